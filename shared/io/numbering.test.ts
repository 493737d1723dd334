import { describe, expect, it } from 'vitest';
import {
  formatIoNumber,
  ioFileName,
  ioYearOf,
  isIoNumber,
  isValidIoPrefix,
  parseIoNumber,
} from './numbering.ts';

describe('IO numbers', () => {
  it('formats prefix, year and a four-digit sequence', () => {
    expect(formatIoNumber('IO', 2026, 42)).toBe('IO-2026-0042');
    expect(formatIoNumber('IO', 2026, 1)).toBe('IO-2026-0001');
    expect(formatIoNumber('IO', 2026, 9999)).toBe('IO-2026-9999');
    expect(formatIoNumber('RO-IO', 2027, 7)).toBe('RO-IO-2027-0007');
  });

  it('grows past 9999 instead of wrapping', () => {
    expect(formatIoNumber('IO', 2026, 10_000)).toBe('IO-2026-10000');
    expect(formatIoNumber('IO', 2026, 123_456)).toBe('IO-2026-123456');
  });

  it('refuses what cannot be printed on a contract', () => {
    for (const [prefix, year, sequence] of [
      ['', 2026, 1],
      ['I O', 2026, 1],
      ['IO-', 2026, 1],
      ['IO/X', 2026, 1],
      ['x'.repeat(17), 2026, 1],
      ['IO', 999, 1],
      ['IO', 10_000, 1],
      ['IO', 2026.5, 1],
      ['IO', 2026, 0],
      ['IO', 2026, -3],
      ['IO', 2026, 1.5],
      ['IO', 2026, Number.MAX_SAFE_INTEGER + 1],
    ] as const) {
      expect(() => formatIoNumber(prefix, year, sequence), `${prefix} ${year} ${sequence}`).toThrow(
        RangeError,
      );
    }
  });

  it('parses its own numbers back, and nothing else', () => {
    expect(parseIoNumber('IO-2026-0042')).toEqual({ prefix: 'IO', year: 2026, sequence: 42 });
    expect(parseIoNumber('RO-IO-2026-12345')).toEqual({ prefix: 'RO-IO', year: 2026, sequence: 12345 });
    expect(parseIoNumber('OI_2-2026-0001')).toEqual({ prefix: 'OI_2', year: 2026, sequence: 1 });
    for (const text of [
      'IO-2026-42',
      'IO-2026-00042',
      'IO-26-0042',
      'IO-2026-0000',
      '-2026-0001',
      'IO 2026 0001',
      'IO-2026-0001 ',
      '',
    ]) {
      expect(parseIoNumber(text), text).toBeNull();
      expect(isIoNumber(text), text).toBe(false);
    }
    for (let sequence = 1; sequence < 20_000; sequence += 997) {
      const number = formatIoNumber('IO', 2030, sequence);
      expect(parseIoNumber(number)).toEqual({ prefix: 'IO', year: 2030, sequence });
    }
  });

  it('validates prefixes and reads the year of a day', () => {
    expect(isValidIoPrefix('IO')).toBe(true);
    expect(isValidIoPrefix('io2')).toBe(true);
    expect(isValidIoPrefix('RO_IO-FR')).toBe(true);
    expect(isValidIoPrefix('IO--X')).toBe(false);
    expect(isValidIoPrefix('ÉO')).toBe(false);
    expect(ioYearOf('2026-12-31')).toBe(2026);
  });

  it('names files after the number, the revision and the campaign, safely', () => {
    expect(ioFileName({ number: 'IO-2026-0042', revision: 2, campaign: { name: 'Printemps 2026' } })).toBe(
      'IO-2026-0042 r2 – Printemps 2026.pdf',
    );
    expect(
      ioFileName({ number: 'IO-2026-0042', revision: 1, campaign: { name: 'Soldes 50/50: "été"' } }, 'json'),
    ).toBe('IO-2026-0042 r1 – Soldes 50_50_ _été_.json');
  });
});
