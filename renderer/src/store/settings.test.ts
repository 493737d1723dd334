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

describe('insertion order settings', () => {
  it('gives the IO defaults and an empty logo to settings stored before they existed', async () => {
    await db.settings.put({
      key: SETTINGS_KEY,
      value: {
        locale: 'en',
        userName: 'Camille',
        defaultVatPct: 5.5,
        publisher: { legalName: 'Régie Ouest SAS' },
      },
    });
    const settings = await loadSettings(db);
    expect(settings).toMatchObject({ locale: 'en', userName: 'Camille', defaultVatPct: 5.5 });
    expect(settings.publisher).toMatchObject({ legalName: 'Régie Ouest SAS', logoDataUrl: '' });
    expect(settings.io).toEqual({
      numberPrefix: 'IO',
      governingTerms: 'IAB/4A’s Standard Terms and Conditions for Internet Advertising, v3.0',
      adServerOfRecord: '',
      creativeLeadDays: 5,
      cancellationTerms: expect.stringMatching(/^Cancellations must be notified in writing/) as string,
      paymentTerms: 'Net 30 days from invoice date',
    });
  });

  it('keeps the valid IO fields of damaged stored settings and defaults the others', async () => {
    await db.settings.put({
      key: SETTINGS_KEY,
      value: {
        publisher: { legalName: 'Régie', logoDataUrl: 'javascript:alert(1)' },
        io: {
          numberPrefix: 'IO/../',
          paymentTerms: 'Net 45',
          creativeLeadDays: -2,
          adServerOfRecord: 'Kevel',
        },
      },
    });
    const settings = await loadSettings(db);
    expect(settings.publisher).toMatchObject({ legalName: 'Régie', logoDataUrl: '' });
    expect(settings.io).toMatchObject({
      numberPrefix: 'IO',
      paymentTerms: 'Net 45',
      creativeLeadDays: 5,
      adServerOfRecord: 'Kevel',
    });

    await db.settings.put({ key: SETTINGS_KEY, value: { userName: 'Léa', io: 'garbage' } });
    expect(await loadSettings(db)).toMatchObject({ userName: 'Léa', io: defaultSettings().io });
  });

  it('merges an IO patch field by field and validates it', async () => {
    expect((await saveSettings(db, { io: { numberPrefix: 'OI-RO' } })).ok).toBe(true);
    expect((await saveSettings(db, { io: { paymentTerms: 'Net 45' } })).ok).toBe(true);
    expect((await loadSettings(db)).io).toMatchObject({
      numberPrefix: 'OI-RO',
      paymentTerms: 'Net 45',
      creativeLeadDays: 5,
    });

    expect(await saveSettings(db, { io: { numberPrefix: 'IO 2026' } })).toEqual({
      ok: false,
      issues: [{ path: 'io.numberPrefix', code: 'invalid_io_prefix' }],
    });
    expect(await saveSettings(db, { io: { creativeLeadDays: 120 } })).toEqual({
      ok: false,
      issues: [{ path: 'io.creativeLeadDays', code: 'lead_days_out_of_range' }],
    });
    expect((await loadSettings(db)).io.numberPrefix).toBe('OI-RO');
  });

  it('accepts a PNG, JPEG or SVG logo up to 1 MB, and nothing else', async () => {
    const png = `data:image/png;base64,${'A'.repeat(400)}`;
    expect((await saveSettings(db, { publisher: { logoDataUrl: png } })).ok).toBe(true);
    expect((await loadSettings(db)).publisher.logoDataUrl).toBe(png);
    expect(
      (await saveSettings(db, { publisher: { logoDataUrl: 'data:image/svg+xml;base64,PHN2Zy8+' } })).ok,
    ).toBe(true);
    expect((await saveSettings(db, { publisher: { logoDataUrl: '' } })).ok).toBe(true);

    const refused = async (logoDataUrl: string) => {
      const result = await saveSettings(db, { publisher: { logoDataUrl } });
      return result.ok ? [] : result.issues.map((issue) => `${issue.path} ${issue.code}`);
    };
    expect(await refused('data:image/gif;base64,R0lGOD')).toEqual(['publisher.logoDataUrl invalid_logo']);
    expect(await refused('data:text/html;base64,PHNjcmlwdD4=')).toEqual([
      'publisher.logoDataUrl invalid_logo',
    ]);
    expect(await refused('https://example.com/logo.png')).toEqual(['publisher.logoDataUrl invalid_logo']);
    expect(await refused('data:image/png,notbase64')).toEqual(['publisher.logoDataUrl invalid_logo']);
    // 1 MB + 3 bytes of image.
    expect(
      await refused(`data:image/jpeg;base64,${'A'.repeat(Math.ceil((1024 * 1024) / 3) * 4 + 4)}`),
    ).toEqual(['publisher.logoDataUrl logo_too_large']);
    expect(await refused(`data:image/png;base64,${'A'.repeat(3_000_000)}`)).toEqual([
      'publisher.logoDataUrl logo_too_large',
    ]);
  });
});
