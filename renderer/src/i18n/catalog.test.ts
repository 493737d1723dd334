import { describe, expect, it } from 'vitest';
import { catalogs } from './catalog.ts';

describe('message catalogs', () => {
  it('has a non-empty French and English text for every key', () => {
    for (const key of Object.keys(catalogs.en) as (keyof typeof catalogs.en)[]) {
      expect(catalogs.en[key].trim(), key).not.toBe('');
      expect(catalogs.fr[key].trim(), key).not.toBe('');
    }
  });

  it('keeps the same placeholders in both languages', () => {
    // The singular of a plural may spell the number out ("sa réservation"), so {count} is optional there.
    const placeholders = (key: string, text: string) =>
      [...text.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1])
        .filter((name) => !(key.endsWith('.one') && name === 'count'))
        .sort();
    for (const key of Object.keys(catalogs.en) as (keyof typeof catalogs.en)[]) {
      expect(placeholders(key, catalogs.fr[key]), key).toEqual(placeholders(key, catalogs.en[key]));
    }
  });
});
