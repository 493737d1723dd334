import { describe, expect, it } from 'vitest';
import { settingsSchema } from '@shared/domain/model.ts';
import { draftToSettingsPatch, isDirty, settingsToDraft } from './settings-draft.ts';

describe('settings draft', () => {
  const settings = settingsSchema.parse({
    userName: 'Léa Dubois',
    defaultVatPct: 5.5,
    publisher: {
      legalName: 'Régie Exemple SAS',
      companyNumber: '12345678900012',
      vatNumber: 'FR12123456789',
    },
  });

  it('round-trips, VAT in the French decimal style, and is clean until edited', () => {
    const draft = settingsToDraft(settings, 'fr');
    expect(draft.defaultVatPct).toBe('5,5');
    expect(isDirty(draft, settings)).toBe(false);
    expect(draftToSettingsPatch(draft)).toEqual({
      patch: { userName: 'Léa Dubois', defaultVatPct: 5.5, publisher: settings.publisher, io: settings.io },
      issues: [],
    });
    expect(isDirty({ ...draft, userName: 'Léa' }, settings)).toBe(true);
  });

  it('normalises registration numbers and reports a VAT rate that is not a number', () => {
    const draft = settingsToDraft(settings, 'en');
    draft.publisher = {
      ...draft.publisher,
      companyNumber: '123 456 789 00012',
      vatNumber: 'fr 12 123456789',
    };
    draft.defaultVatPct = 'twenty';
    const { patch, issues } = draftToSettingsPatch(draft);
    expect(patch.publisher).toMatchObject({ companyNumber: '12345678900012', vatNumber: 'FR12123456789' });
    expect(issues).toEqual([{ path: 'defaultVatPct', code: 'not_a_number' }]);
  });

  it('edits the insertion-order settings: lead days typed as text, text trimmed, a change is unsaved', () => {
    const draft = settingsToDraft(settings, 'fr');
    expect(draft.io.creativeLeadDays).toBe('5');
    draft.io = {
      ...draft.io,
      numberPrefix: ' RO-IO ',
      creativeLeadDays: '10',
      paymentTerms: ' 45 jours fin de mois ',
    };
    const { patch, issues } = draftToSettingsPatch(draft);
    expect(issues).toEqual([]);
    expect(patch.io).toMatchObject({
      numberPrefix: 'RO-IO',
      creativeLeadDays: 10,
      paymentTerms: '45 jours fin de mois',
    });
    expect(isDirty(draft, settings)).toBe(true);

    draft.io.creativeLeadDays = 'cinq';
    expect(draftToSettingsPatch(draft).issues).toEqual([
      { path: 'io.creativeLeadDays', code: 'not_a_number' },
    ]);
  });
});
