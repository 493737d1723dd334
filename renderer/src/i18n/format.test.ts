import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatDayRange,
  formatMoney,
  formatPercent,
  parseDecimal,
  parseMoneyToCents,
} from './format.ts';

/** Intl uses narrow and regular no-break spaces in French; compare on plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('locale formatting', () => {
  it('formats money from cents the way each locale writes it', () => {
    expect(plain(formatMoney(123456, 'EUR', 'fr'))).toBe('1 234,56 €');
    expect(formatMoney(123456, 'EUR', 'en')).toBe('€1,234.56');
  });

  it('formats a stored day as that same day in every time zone', () => {
    expect(formatDay('2026-03-01', 'fr', 'short')).toBe('01/03/2026');
    expect(formatDay('2026-03-01', 'en', 'long')).toBe('1 March 2026');
    expect(formatDay('2026-03-01', 'fr', 'long')).toBe('1 mars 2026');
  });

  it('formats a date range compactly', () => {
    expect(plain(formatDayRange('2026-03-03', '2026-03-09', 'fr'))).toMatch(/3.+9 mars 2026/);
  });

  it('formats percentages with the locale decimal separator', () => {
    expect(plain(formatPercent(12.5, 'fr'))).toBe('12,5 %');
    expect(formatPercent(12.5, 'en')).toBe('12.5%');
  });
});

describe('parsing what the user typed', () => {
  it('accepts French and English decimals and grouped thousands', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('1 000')).toBe(1000);
    expect(parseDecimal('1\u202f000,25')).toBe(1000.25);
  });

  it('rejects what is not a number', () => {
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('abc')).toBeNull();
    expect(parseDecimal('1,2,3')).toBeNull();
  });

  it('turns money into integer cents without float drift', () => {
    expect(parseMoneyToCents('12,50')).toBe(1250);
    expect(parseMoneyToCents('0.29')).toBe(29);
    expect(parseMoneyToCents('1 234,56')).toBe(123456);
  });
});
