import { describe, expect, it } from 'vitest';
import type { Booking, Campaign, Placement } from '@shared/domain/model.ts';
import { validateBooking } from '@shared/domain/validation.ts';
import {
  bookingToDraft,
  defaultOptionExpiry,
  draftCandidate,
  draftToInput,
  newBookingDraft,
  withExpiry,
  withPlacement,
  withRateModel,
  withStartDate,
  withStatus,
  withVolumeKind,
} from './booking-draft.ts';

const TODAY = '2026-03-02';

const slotPlacement: Placement = {
  id: 'p-slot',
  version: 0,
  updatedAt: '',
  siteId: 's',
  sectionId: 'sec',
  name: 'Home – habillage',
  formats: ['skin', 'billboard_970x250'],
  capacity: { kind: 'slots', slotsPerDay: 1 },
  rateCard: { cpd: 250_000, flat: 1_000_000 },
  expectedCtrPct: 0.1,
};

const impressionPlacement: Placement = {
  id: 'p-imp',
  version: 0,
  updatedAt: '',
  siteId: 's',
  sectionId: 'sec',
  name: 'Sport – pavé',
  formats: ['rectangle_300x250'],
  capacity: {
    kind: 'impressions',
    dailyForecast: 100_000,
    weekdayProfile: [100, 100, 100, 100, 100, 100, 100],
    overrides: {},
  },
  rateCard: { cpm: 1250 },
  expectedCtrPct: 0.1,
};

const campaign: Campaign = {
  id: 'c1',
  version: 0,
  updatedAt: '',
  name: 'Printemps',
  advertiserId: 'a1',
  agencyId: null,
  currency: 'EUR',
  agencyCommissionPct: 0,
  status: 'draft',
  notes: '',
};

const booking: Booking = {
  id: 'b1',
  version: 3,
  updatedAt: '2026-01-01T00:00:00.000Z',
  campaignId: 'c1',
  placementId: 'p-imp',
  format: 'rectangle_300x250',
  startDate: '2026-03-10',
  endDate: '2026-03-16',
  status: 'option',
  optionExpiresOn: '2026-03-09',
  volume: { kind: 'sov', pct: 12.5 },
  rateModel: 'cpm',
  rateCents: 1234,
  discountPct: 7.5,
  notes: 'Lancement',
};

describe('new booking draft', () => {
  it('is an option starting in a week, for a week, expiring on its first day at the latest', () => {
    const draft = newBookingDraft({ today: TODAY, locale: 'fr', campaignId: 'c1' });
    expect(draft).toMatchObject({
      campaignId: 'c1',
      startDate: '2026-03-09',
      endDate: '2026-03-15',
      status: 'option',
      optionExpiresOn: '2026-03-09',
      expiryIsDefault: true,
    });
  });

  it('fits a slot placement: its first format, one slot, per day at the rate card', () => {
    const draft = newBookingDraft({ today: TODAY, locale: 'fr', placement: slotPlacement });
    expect(draft).toMatchObject({
      placementId: 'p-slot',
      format: 'skin',
      volumeKind: 'slots',
      volumeAmount: '1',
      rateModel: 'cpd',
      rate: '2500,00',
    });
  });

  it('takes preset dates', () => {
    const draft = newBookingDraft({
      today: TODAY,
      locale: 'en',
      startDate: '2026-05-01',
      endDate: '2026-05-31',
    });
    expect(draft.startDate).toBe('2026-05-01');
    expect(draft.endDate).toBe('2026-05-31');
    expect(draft.optionExpiresOn).toBe('2026-03-09');
  });
});

describe('option expiry', () => {
  it('defaults to a week from today, never after the start', () => {
    expect(defaultOptionExpiry(TODAY, '2026-04-01')).toBe('2026-03-09');
    expect(defaultOptionExpiry(TODAY, '2026-03-05')).toBe('2026-03-05');
    expect(defaultOptionExpiry(TODAY, '')).toBe('2026-03-09');
  });

  it('follows the start date while it is the default, not once typed', () => {
    const draft = newBookingDraft({ today: TODAY, locale: 'fr' });
    expect(withStartDate(draft, '2026-03-04', TODAY).optionExpiresOn).toBe('2026-03-04');
    const typed = withExpiry(draft, '2026-03-06');
    expect(withStartDate(typed, '2026-03-04', TODAY).optionExpiresOn).toBe('2026-03-06');
  });

  it('is given when a confirmed booking turns into an option without one', () => {
    const confirmed = {
      ...newBookingDraft({ today: TODAY, locale: 'fr' }),
      status: 'confirmed' as const,
      optionExpiresOn: '',
    };
    expect(withStatus(confirmed, 'option', TODAY).optionExpiresOn).toBe('2026-03-09');
  });
});

describe('changing the placement', () => {
  it('moves a slot draft to what an impression placement sells', () => {
    const slot = newBookingDraft({ today: TODAY, locale: 'en', placement: slotPlacement });
    const moved = withPlacement(slot, impressionPlacement, 'en');
    expect(moved).toMatchObject({
      placementId: 'p-imp',
      format: 'rectangle_300x250',
      volumeKind: 'impressions',
      volumeAmount: '',
      rateModel: 'cpm',
      rate: '12.50',
    });
  });

  it('keeps an accepted format and a fitting volume', () => {
    const draft = {
      ...newBookingDraft({ today: TODAY, locale: 'en', placement: slotPlacement }),
      format: 'billboard_970x250' as const,
      volumeAmount: '2',
    };
    const moved = withPlacement(draft, { ...slotPlacement, id: 'p-slot-2', rateCard: {} }, 'en');
    expect(moved.format).toBe('billboard_970x250');
    expect(moved.volumeAmount).toBe('2');
    expect(moved.rate).toBe('2500.00'); // no rate on the new card: the rate stays as it was
  });

  it('pre-fills the rate of another rate model from the card', () => {
    const draft = newBookingDraft({ today: TODAY, locale: 'fr', placement: slotPlacement });
    expect(withRateModel(draft, 'flat', slotPlacement, 'fr').rate).toBe('10000,00');
  });

  it('clears the amount when the volume kind changes', () => {
    const draft = {
      ...newBookingDraft({ today: TODAY, locale: 'fr', placement: impressionPlacement }),
      volumeAmount: '500000',
    };
    expect(withVolumeKind(draft, 'sov').volumeAmount).toBe('');
    expect(withVolumeKind(draft, 'impressions')).toBe(draft);
  });
});

describe('draft ↔ booking', () => {
  it.each(['fr', 'en'] as const)('round-trips a booking (%s)', (locale) => {
    const { id: _id, version: _v, updatedAt: _u, ...fields } = booking;
    expect(draftToInput(bookingToDraft(booking, locale))).toEqual(fields);
  });

  it('reads what a French user types', () => {
    const draft = {
      ...newBookingDraft({ today: TODAY, locale: 'fr', campaignId: 'c1', placement: impressionPlacement }),
      volumeAmount: '500 000',
      rate: '12,5',
      discountPct: '10,5',
    };
    expect(draftToInput(draft)).toMatchObject({
      volume: { kind: 'impressions', goal: 500_000 },
      rateCents: 1250,
      discountPct: 10.5,
      optionExpiresOn: '2026-03-09',
    });
  });

  it('sends no expiry for a confirmed booking, and none when an option has none', () => {
    const draft = newBookingDraft({ today: TODAY, locale: 'fr' });
    expect(draftToInput({ ...draft, status: 'confirmed' }).optionExpiresOn).toBeNull();
    expect(draftToInput({ ...draft, optionExpiresOn: '' }).optionExpiresOn).toBeNull();
  });

  it('leaves a blank discount at zero', () => {
    expect(draftToInput(newBookingDraft({ today: TODAY, locale: 'fr' })).discountPct).toBe(0);
  });
});

describe('the store’s validation sees the user’s mistakes on the right fields', () => {
  const valid = {
    ...newBookingDraft({ today: TODAY, locale: 'fr', campaignId: 'c1', placement: impressionPlacement }),
    volumeAmount: '100000',
  };
  const issuesOf = (draft: typeof valid) => {
    const result = validateBooking(
      { ...draftToInput(draft), id: 'x' },
      { placement: impressionPlacement, campaign },
    );
    return result.ok ? [] : result.issues.map((i) => `${i.path}:${i.code}`);
  };

  it('accepts the valid draft', () => {
    expect(issuesOf(valid)).toEqual([]);
  });

  it('reports end before start, SOV over 100 %, an option without expiry, a format not accepted', () => {
    expect(issuesOf({ ...valid, endDate: '2026-03-01' })).toContain('endDate:end_before_start');
    expect(issuesOf({ ...valid, volumeKind: 'sov', volumeAmount: '150' })).toContain(
      'volume.pct:sov_over_100',
    );
    expect(issuesOf({ ...valid, optionExpiresOn: '' })).toContain('optionExpiresOn:option_without_expiry');
    expect(issuesOf({ ...valid, format: 'skin' })).toContain('format:format_not_accepted');
  });

  it('reports text where a number belongs, and a missing date', () => {
    expect(issuesOf({ ...valid, rate: 'douze' })).toContain('rateCents:not_a_number');
    expect(issuesOf({ ...valid, rate: '12,345' })).toContain('rateCents:not_whole_cents');
    expect(issuesOf({ ...valid, volumeAmount: '' })).toContain('volume.goal:not_a_number');
    expect(issuesOf({ ...valid, startDate: '' })).toContain('startDate:invalid_date');
  });
});

describe('draft candidate (live feedback)', () => {
  it('is the booking when the draft is complete', () => {
    const draft = {
      ...newBookingDraft({ today: TODAY, locale: 'fr', campaignId: 'c1', placement: slotPlacement }),
    };
    expect(draftCandidate(draft, 'b9')).toMatchObject({
      id: 'b9',
      volume: { kind: 'slots', slots: 1 },
      rateCents: 250_000,
    });
  });

  it('is null while dates or numbers are not readable', () => {
    const draft = newBookingDraft({ today: TODAY, locale: 'fr', campaignId: 'c1', placement: slotPlacement });
    expect(draftCandidate({ ...draft, endDate: '2026-03-01' })).toBeNull();
    expect(draftCandidate({ ...draft, startDate: '' })).toBeNull();
    expect(draftCandidate({ ...draft, rate: 'x' })).toBeNull();
    expect(draftCandidate({ ...draft, endDate: '2099-01-01' })).toBeNull();
  });
});
