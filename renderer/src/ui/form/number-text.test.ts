import { describe, expect, it } from 'vitest';
import { centsToText, numberToText, textToCents, textToNumber } from './number-text.ts';

describe('number text', () => {
  it('writes numbers in the user’s locale', () => {
    expect(numberToText(12.5, 'fr')).toBe('12,5');
    expect(numberToText(12.5, 'en')).toBe('12.5');
    expect(centsToText(1234, 'fr')).toBe('12,34');
    expect(centsToText(250_000, 'en')).toBe('2500.00');
    expect(centsToText(123456, 'fr')).toBe('1234,56');
  });

  it('reads typed numbers, keeping what is not one as typed', () => {
    expect(textToNumber('12,5')).toBe(12.5);
    expect(textToNumber('1 000')).toBe(1000);
    expect(textToNumber('', 0)).toBe(0);
    expect(textToNumber('')).toBe('');
    expect(textToNumber('douze')).toBe('douze');
  });

  it('reads money into exact whole cents, leaving extra decimals for the store to refuse', () => {
    expect(textToCents('12,34')).toBe(1234);
    expect(textToCents('0.29')).toBe(29); // 0.29 * 100 is 28.999… in floating point
    expect(textToCents('1 250')).toBe(125_000);
    expect(textToCents('12,345')).not.toSatisfy(Number.isInteger);
    expect(textToCents('abc')).toBe('abc');
  });
});
