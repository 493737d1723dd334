/** Plausible French company details: VAT numbers and phone numbers. */
import type { Random } from './random.ts';

/** A French VAT number: FR + 2-digit key + a Luhn-valid SIREN. */
export function frenchVatNumber(rng: Random): string {
  const digits = [rng.int(1, 9)];
  for (let i = 0; i < 7; i++) digits.push(rng.int(0, 9));
  // Luhn check digit: double every second digit from the right, counting the check digit.
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const d = digits[7 - i] as number;
    const doubled = i % 2 === 0 ? d * 2 : d;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  digits.push((10 - (sum % 10)) % 10);
  const siren = digits.join('');
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${siren}`;
}

export function phoneNumber(rng: Random, postalCode: string): string {
  const region = postalCode.startsWith('75') ? 1 : rng.int(2, 5);
  const pairs = [rng.int(10, 99), rng.int(0, 99), rng.int(0, 99), rng.int(0, 99)];
  return `0${region} ${pairs.map((p) => String(p).padStart(2, '0')).join(' ')}`;
}
