import { describe, expect, it } from 'vitest';
import { placementSchema, type Placement } from '@shared/domain/model.ts';
import { draftToPlacement, emptyPlacementDraft, issuesOnDraft, placementToDraft } from './placement-draft.ts';

const impressionsPlacement: Placement = placementSchema.parse({
  id: 'p1',
  siteId: 's1',
  sectionId: 'sec1',
  name: 'Home – pavé',
  formats: ['rectangle_300x250', 'half_page_300x600'],
  capacity: {
    kind: 'impressions',
    dailyForecast: 120_000,
    weekdayProfile: [100, 105, 110, 100, 95, 70, 65],
    overrides: { '2026-12-25': 40_000, '2026-07-14': 60_000 },
  },
  rateCard: { cpm: 1250, cpc: 45, flat: 500_000 },
  expectedCtrPct: 0.15,
});

describe('placement draft', () => {
  it('round-trips an impressions placement in French', () => {
    const draft = placementToDraft(impressionsPlacement, 'fr');
    expect(draft.rates.cpm).toBe('12,50');
    expect(draft.rates.cpd).toBe('');
    expect(draft.expectedCtrPct).toBe('0,15');
    expect(draft.overrides.map((r) => r.day)).toEqual(['2026-07-14', '2026-12-25']);
    const { value, issues } = draftToPlacement(draft);
    expect(issues).toEqual([]);
    const { id: _id, version: _v, updatedAt: _u, ...input } = impressionsPlacement;
    expect(value).toEqual(input);
  });

  it('round-trips a slot placement and keeps only the rates a slot placement can use', () => {
    const draft = emptyPlacementDraft('en', 's1', 'sec1');
    draft.name = '  Home – skin ';
    draft.formats = ['skin'];
    draft.slotsPerDay = '1';
    draft.rates = { cpm: '10', cpc: '', cpd: '8 000', flat: '' };
    const { value, issues } = draftToPlacement(draft);
    expect(issues).toEqual([]);
    expect(value).toMatchObject({
      name: 'Home – skin',
      capacity: { kind: 'slots', slotsPerDay: 1 },
      rateCard: { cpd: 800_000 },
      expectedCtrPct: 0.1,
    });
    expect(value.rateCard).not.toHaveProperty('cpm');
  });

  it('reports text that is not a number on the field it was typed in', () => {
    const draft = placementToDraft(impressionsPlacement, 'en');
    draft.dailyForecast = 'lots';
    draft.rates.cpm = '12.345';
    draft.weekdayProfile[2] = '99.5';
    draft.expectedCtrPct = '';
    const { issues } = draftToPlacement(draft);
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'capacity.dailyForecast', code: 'not_a_number' },
        { path: 'rateCard.cpm', code: 'not_whole_cents' },
        { path: 'capacity.weekdayProfile.2', code: 'not_whole' },
        { path: 'expectedCtrPct', code: 'required' },
      ]),
    );
  });

  it('ignores blank override rows and flags incomplete or repeated ones', () => {
    const draft = placementToDraft(impressionsPlacement, 'en');
    draft.overrides = [
      { day: '', forecast: '' },
      { day: '2026-05-01', forecast: '' },
      { day: '2026-05-08', forecast: '5000' },
      { day: '2026-05-08', forecast: '6000' },
      { day: '', forecast: '7000' },
    ];
    const { value, issues } = draftToPlacement(draft);
    expect(issues).toEqual([
      { path: 'overrideRows.1.forecast', code: 'required' },
      { path: 'overrideRows.3.day', code: 'invalid', params: { reason: 'duplicate' } },
      { path: 'overrideRows.4.day', code: 'required' },
    ]);
    expect(value.capacity.kind === 'impressions' && value.capacity.overrides['2026-05-08']).toBe(5000);
  });

  it('moves store issues about an override day onto its row', () => {
    const draft = placementToDraft(impressionsPlacement, 'en');
    draft.overrides = [{ day: '2026-02-30', forecast: '10' }];
    expect(issuesOnDraft([{ path: 'capacity.overrides.2026-02-30', code: 'invalid_date' }], draft)).toEqual([
      { path: 'overrideRows.0.day', code: 'invalid_date' },
    ]);
  });
});
