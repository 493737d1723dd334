import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from './issues.ts';
import {
  advertiserSchema,
  agencySchema,
  type Booking,
  bookingSchema,
  campaignSchema,
  placementSchema,
  sectionSchema,
  siteSchema,
} from './model.ts';
import {
  bookingRules,
  campaignRules,
  placementRules,
  sectionRules,
  validateBooking,
  validateCampaign,
  validatePlacement,
  validateSection,
} from './validation.ts';

const site = siteSchema.parse({ id: 'site-1', name: 'Le Quotidien' });
const otherSite = siteSchema.parse({ id: 'site-2', name: 'Le Mag' });
const section = sectionSchema.parse({ id: 'sec-1', siteId: 'site-1', name: 'Sport' });
const slotPlacement = placementSchema.parse({
  id: 'pl-slots',
  siteId: 'site-1',
  sectionId: 'sec-1',
  name: 'Home – habillage',
  formats: ['skin'],
  capacity: { kind: 'slots', slotsPerDay: 1 },
});
const impressionPlacement = placementSchema.parse({
  id: 'pl-imps',
  siteId: 'site-1',
  sectionId: 'sec-1',
  name: 'Sport – pavé',
  formats: ['rectangle_300x250', 'half_page_300x600'],
  capacity: { kind: 'impressions', dailyForecast: 120_000 },
});
const advertiser = advertiserSchema.parse({ id: 'adv-1', name: 'Cafés Martin' });
const agency = agencySchema.parse({ id: 'ag-1', name: 'Média Conseil' });
const campaign = campaignSchema.parse({ id: 'cp-1', name: 'Printemps 2026', advertiserId: 'adv-1' });

const bookingInput = {
  id: 'bk-1',
  campaignId: 'cp-1',
  placementId: 'pl-imps',
  format: 'rectangle_300x250',
  startDate: '2026-04-06',
  endDate: '2026-04-19',
  status: 'option',
  optionExpiresOn: '2026-03-31',
  volume: { kind: 'impressions', goal: 500_000 },
  rateModel: 'cpm',
  rateCents: 1200,
};

function booking(fields: Partial<Booking> = {}): Booking {
  return bookingSchema.parse({ ...bookingInput, ...fields });
}

const codes = (issues: ValidationIssue[]) => issues.map((i) => `${i.path}:${i.code}`);

describe('bookingRules', () => {
  it('accepts a well-formed booking', () => {
    expect(bookingRules(booking(), impressionPlacement, campaign)).toEqual([]);
    const skin = booking({
      placementId: 'pl-slots',
      format: 'skin',
      volume: { kind: 'slots', slots: 1 },
      rateModel: 'cpd',
      status: 'confirmed',
      optionExpiresOn: null,
    });
    expect(bookingRules(skin, slotPlacement, campaign)).toEqual([]);
  });

  it('rejects an end before the start, on the end date', () => {
    expect(bookingRules(booking({ endDate: '2026-04-05' }), impressionPlacement, campaign)).toEqual([
      { path: 'endDate', code: 'end_before_start' },
    ]);
    expect(bookingRules(booking({ endDate: '2026-04-06' }), impressionPlacement, campaign)).toEqual([]); // one day is fine
  });

  it('rejects a range longer than three years', () => {
    const ok = booking({ startDate: '2026-04-06', endDate: '2029-04-05' });
    expect(bookingRules(ok, impressionPlacement, campaign)).toEqual([]);
    const tooLong = booking({ startDate: '2026-04-06', endDate: '2029-04-06' });
    expect(bookingRules(tooLong, impressionPlacement, campaign)).toEqual([
      { path: 'endDate', code: 'range_too_long', params: { maxYears: 3 } },
    ]);
  });

  it('rejects dates that do not exist, and then skips the rules that would compare them', () => {
    expect(codes(bookingRules(booking({ startDate: '2026-02-30' }), impressionPlacement, campaign))).toEqual([
      'startDate:invalid_date',
    ]);
    expect(codes(bookingRules(booking({ endDate: '2026-04-31' }), impressionPlacement, campaign))).toEqual([
      'endDate:invalid_date',
    ]);
    expect(
      codes(bookingRules(booking({ optionExpiresOn: '2026-13-01' }), impressionPlacement, campaign)),
    ).toEqual(['optionExpiresOn:invalid_date']);
  });

  it('requires an expiry on an option, no later than its start', () => {
    expect(bookingRules(booking({ optionExpiresOn: null }), impressionPlacement, campaign)).toEqual([
      { path: 'optionExpiresOn', code: 'option_without_expiry' },
    ]);
    expect(bookingRules(booking({ optionExpiresOn: '2026-04-06' }), impressionPlacement, campaign)).toEqual(
      [],
    );
    expect(bookingRules(booking({ optionExpiresOn: '2026-04-07' }), impressionPlacement, campaign)).toEqual([
      { path: 'optionExpiresOn', code: 'expiry_after_start' },
    ]);
    const confirmed = booking({ status: 'confirmed', optionExpiresOn: null });
    expect(bookingRules(confirmed, impressionPlacement, campaign)).toEqual([]);
  });

  it('rejects a share of voice over 100 % on volume.pct', () => {
    expect(
      bookingRules(booking({ volume: { kind: 'sov', pct: 100 } }), impressionPlacement, campaign),
    ).toEqual([]);
    expect(
      bookingRules(booking({ volume: { kind: 'sov', pct: 100.5 } }), impressionPlacement, campaign),
    ).toEqual([{ path: 'volume.pct', code: 'sov_over_100' }]);
  });

  it('rejects a zero or negative volume of any kind', () => {
    for (const volume of [
      { kind: 'impressions', goal: 0 },
      { kind: 'impressions', goal: -10 },
      { kind: 'sov', pct: 0 },
      { kind: 'sov', pct: -1 },
    ] as const) {
      expect(
        bookingRules(booking({ volume }), impressionPlacement, campaign),
        JSON.stringify(volume),
      ).toEqual([{ path: 'volume', code: 'volume_not_positive' }]);
    }
    const noSlot = booking({
      placementId: 'pl-slots',
      format: 'skin',
      rateModel: 'flat',
      volume: { kind: 'slots', slots: 0 },
    });
    expect(bookingRules(noSlot, slotPlacement, campaign)).toEqual([
      { path: 'volume', code: 'volume_not_positive' },
    ]);
  });

  it('rejects a format the placement does not accept, naming it', () => {
    expect(bookingRules(booking({ format: 'skin' }), impressionPlacement, campaign)).toEqual([
      { path: 'format', code: 'format_not_accepted', params: { format: 'skin' } },
    ]);
  });

  it('rejects a volume that does not fit how the placement is sold', () => {
    expect(
      bookingRules(booking({ volume: { kind: 'slots', slots: 1 } }), impressionPlacement, campaign),
    ).toEqual([{ path: 'volume.kind', code: 'volume_kind_mismatch', params: { expected: 'impressions' } }]);
    const goalOnSkin = booking({
      placementId: 'pl-slots',
      format: 'skin',
      rateModel: 'flat',
      volume: { kind: 'sov', pct: 50 },
    });
    expect(bookingRules(goalOnSkin, slotPlacement, campaign)).toEqual([
      { path: 'volume.kind', code: 'volume_kind_mismatch', params: { expected: 'slots' } },
    ]);
  });

  it('rejects CPM and CPC on a slot placement, where no impressions are counted', () => {
    for (const rateModel of ['cpm', 'cpc'] as const) {
      const b = booking({
        placementId: 'pl-slots',
        format: 'skin',
        volume: { kind: 'slots', slots: 1 },
        rateModel,
      });
      expect(bookingRules(b, slotPlacement, campaign)).toEqual([
        { path: 'rateModel', code: 'rate_model_mismatch', params: { rateModel } },
      ]);
    }
    // Per day and flat are fine on either kind of placement.
    expect(bookingRules(booking({ rateModel: 'cpd' }), impressionPlacement, campaign)).toEqual([]);
    expect(bookingRules(booking({ rateModel: 'flat' }), impressionPlacement, campaign)).toEqual([]);
  });

  it('reports an unknown placement or campaign, including one that is not the referenced record', () => {
    expect(codes(bookingRules(booking(), undefined, campaign))).toEqual(['placementId:unknown_placement']);
    expect(codes(bookingRules(booking(), slotPlacement, campaign))).toEqual([
      'placementId:unknown_placement',
    ]);
    expect(codes(bookingRules(booking(), impressionPlacement, undefined))).toEqual([
      'campaignId:unknown_campaign',
    ]);
    const other = campaignSchema.parse({ id: 'cp-2', name: 'Autre', advertiserId: 'adv-1' });
    expect(codes(bookingRules(booking(), impressionPlacement, other))).toEqual([
      'campaignId:unknown_campaign',
    ]);
  });

  it('reports every problem at once so a form can mark all its fields', () => {
    const bad = booking({
      endDate: '2026-04-01',
      optionExpiresOn: null,
      format: 'video',
      volume: { kind: 'sov', pct: 120 },
    });
    expect(codes(bookingRules(bad, impressionPlacement, undefined))).toEqual([
      'endDate:end_before_start',
      'optionExpiresOn:option_without_expiry',
      'volume.pct:sov_over_100',
      'format:format_not_accepted',
      'campaignId:unknown_campaign',
    ]);
  });
});

describe('placementRules', () => {
  it('accepts a placement in a section of its own site', () => {
    expect(placementRules(impressionPlacement, section)).toEqual([]);
  });

  it('reports an unknown section', () => {
    expect(placementRules(impressionPlacement, undefined)).toEqual([
      { path: 'sectionId', code: 'unknown_section' },
    ]);
    const elsewhere = sectionSchema.parse({ id: 'sec-9', siteId: 'site-1', name: 'Éco' });
    expect(placementRules(impressionPlacement, elsewhere)).toEqual([
      { path: 'sectionId', code: 'unknown_section' },
    ]);
  });

  it('reports a section that belongs to another site', () => {
    const foreign = sectionSchema.parse({ id: 'sec-1', siteId: 'site-2', name: 'Sport' });
    expect(placementRules(impressionPlacement, foreign)).toEqual([
      { path: 'sectionId', code: 'section_of_other_site' },
    ]);
  });

  it('reports forecast overrides on days that do not exist', () => {
    const p = placementSchema.parse({
      ...impressionPlacement,
      capacity: { kind: 'impressions', dailyForecast: 1000, overrides: { '2026-02-30': 0, '2026-05-01': 0 } },
    });
    expect(placementRules(p, section)).toEqual([
      { path: 'capacity.overrides.2026-02-30', code: 'invalid_date' },
    ]);
  });
});

describe('sectionRules', () => {
  it('requires the section’s site', () => {
    expect(sectionRules(section, site)).toEqual([]);
    expect(sectionRules(section, undefined)).toEqual([{ path: 'siteId', code: 'unknown_site' }]);
    expect(sectionRules(section, otherSite)).toEqual([{ path: 'siteId', code: 'unknown_site' }]);
  });
});

describe('campaignRules', () => {
  it('requires the advertiser', () => {
    expect(campaignRules(campaign, advertiser, null)).toEqual([]);
    expect(campaignRules(campaign, undefined, null)).toEqual([
      { path: 'advertiserId', code: 'unknown_advertiser' },
    ]);
  });

  it('requires the agency only when the campaign names one', () => {
    const viaAgency = campaignSchema.parse({ ...campaign, agencyId: 'ag-1', agencyCommissionPct: 15 });
    expect(campaignRules(viaAgency, advertiser, agency)).toEqual([]);
    expect(campaignRules(viaAgency, advertiser, undefined)).toEqual([
      { path: 'agencyId', code: 'unknown_agency' },
    ]);
    expect(campaignRules(viaAgency, advertiser, null)).toEqual([
      { path: 'agencyId', code: 'unknown_agency' },
    ]);
    expect(campaignRules(campaign, advertiser, undefined)).toEqual([]);
  });
});

describe('validate* (shape, then rules)', () => {
  it('returns the parsed booking with defaults filled in', () => {
    const result = validateBooking(bookingInput, { placement: impressionPlacement, campaign });
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ discountPct: 0, notes: '', version: 0 }) as unknown,
    });
  });

  it('stops at shape errors without running the rules', () => {
    const result = validateBooking({ ...bookingInput, format: 'banner', rateCents: 12.5 }, {});
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(codes(result.issues)).toEqual(['format:invalid_format', 'rateCents:not_whole_cents']);
  });

  it('reports rule issues on well-formed input', () => {
    const result = validateBooking(
      { ...bookingInput, startDate: '2026-02-30' },
      { placement: impressionPlacement, campaign },
    );
    expect(result).toEqual({ ok: false, issues: [{ path: 'startDate', code: 'invalid_date' }] });
    expect(validateBooking(bookingInput, { campaign })).toEqual({
      ok: false,
      issues: [{ path: 'placementId', code: 'unknown_placement' }],
    });
  });

  it('validates placements, sections and campaigns the same way', () => {
    const { id: _id, ...placementInput } = impressionPlacement;
    expect(validatePlacement({ ...placementInput, id: 'pl-new' }, { section }).ok).toBe(true);
    expect(validatePlacement({ ...placementInput, id: 'pl-new' }, {})).toEqual({
      ok: false,
      issues: [{ path: 'sectionId', code: 'unknown_section' }],
    });
    expect(validateSection({ id: 's', siteId: 'site-1', name: 'Culture' }, { site }).ok).toBe(true);
    expect(validateSection({ id: 's', siteId: 'site-1', name: ' ' }, { site })).toEqual({
      ok: false,
      issues: [{ path: 'name', code: 'required' }],
    });
    expect(
      validateCampaign({ id: 'c', name: 'Été', advertiserId: 'adv-1', agencyId: 'ag-1' }, { advertiser }),
    ).toEqual({
      ok: false,
      issues: [{ path: 'agencyId', code: 'unknown_agency' }],
    });
    expect(
      validateCampaign(
        { id: 'c', name: 'Été', advertiserId: 'adv-1', agencyId: 'ag-1' },
        { advertiser, agency },
      ).ok,
    ).toBe(true);
  });
});
