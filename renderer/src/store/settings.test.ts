import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SlotboardDb } from './db.ts';
import { defaultSettings, loadSettings, saveSettings, SETTINGS_KEY, systemLocale } from './settings.ts';
import { freshDb } from './test-fixtures.ts';

let db: SlotboardDb;
beforeEach(() => {
  db = freshDb('settings');
});
afterEach(() => db.close());

describe('settings', () => {
  it('gives the defaults when nothing is stored (French, 20 % VAT)', async () => {
    const settings = await loadSettings(db);
    expect(settings).toEqual(defaultSettings());
    expect(settings).toMatchObject({ locale: 'fr', defaultVatPct: 20 });
  });

  it('saves a valid patch, merging the publisher, without touching the outbox', async () => {
    await saveSettings(db, { publisher: { legalName: 'Régie Ouest SAS' } });
    const result = await saveSettings(db, { locale: 'en', publisher: { email: 'adops@regie.example' } });
    expect(result.ok).toBe(true);
    const settings = await loadSettings(db);
    expect(settings.locale).toBe('en');
    expect(settings.publisher).toMatchObject({ legalName: 'Régie Ouest SAS', email: 'adops@regie.example' });
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses an invalid patch and keeps what was stored', async () => {
    await saveSettings(db, { userName: 'Camille' });
    const result = await saveSettings(db, { defaultVatPct: 120, userName: 'Other' });
    expect(result).toEqual({ ok: false, issues: [{ path: 'defaultVatPct', code: 'percent_out_of_range' }] });
    expect(await loadSettings(db)).toMatchObject({ userName: 'Camille', defaultVatPct: 20 });
  });

  it('falls back field by field on corrupt stored settings', async () => {
    await db.settings.put({
      key: SETTINGS_KEY,
      value: { locale: 'de', userName: 'Camille', publisher: { legalName: 'Régie', email: 'not an email' } },
    });
    const settings = await loadSettings(db);
    expect(settings.locale).toBe('fr');
    expect(settings.userName).toBe('Camille');
    expect(settings.publisher).toMatchObject({ legalName: 'Régie', email: '' });

    await db.settings.put({ key: SETTINGS_KEY, value: 'garbage' });
    expect(await loadSettings(db)).toEqual(defaultSettings());
  });
});

describe('systemLocale', () => {
  it('speaks French to a French system and English to any other', () => {
    expect(systemLocale(['fr-FR', 'en-US'])).toBe('fr');
    expect(systemLocale(['fr-CA'])).toBe('fr');
    expect(systemLocale(['en-GB', 'fr-FR'])).toBe('en');
    expect(systemLocale(['de-DE'])).toBe('en');
  });
});
