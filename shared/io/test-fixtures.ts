/**
 * A small campaign with one line of each kind a finance person would check by hand, for the
 * tests of `build.ts` and `fingerprint.ts`. Used only by tests.
 */
import {
  advertiserSchema,
  agencySchema,
  bookingSchema,
  campaignSchema,
  placementSchema,
  sectionSchema,
  settingsSchema,
  siteSchema,
  type Booking,
} from '../domain/model.ts';
import type { BuildInsertionOrderInput } from './build.ts';

export const TODAY = '2026-03-15';

export const site = siteSchema.parse({ id: 'site-1', name: 'Le Quotidien' });
export const sport = sectionSchema.parse({ id: 'sec-sport', siteId: 'site-1', name: 'Sport' });
export const economie = sectionSchema.parse({ id: 'sec-eco', siteId: 'site-1', name: 'Économie' });

/** One slot a day: sold exclusively. */
export const takeover = placementSchema.parse({
  id: 'p-takeover',
  siteId: 'site-1',
  sectionId: 'sec-sport',
  name: 'Sport – habillage',
  formats: ['skin'],
  capacity: { kind: 'slots', slotsPerDay: 1 },
});
/** Three slots a day, in rotation. */
export const rotation = placementSchema.parse({
  id: 'p-rotation',
  siteId: 'site-1',
  sectionId: 'sec-sport',
  name: 'Sport – pavé',
  formats: ['rectangle_300x250'],
  capacity: { kind: 'slots', slotsPerDay: 3 },
});
/** 100 000 impressions a day, 0.12 % expected click rate. */
export const display = placementSchema.parse({
  id: 'p-display',
  siteId: 'site-1',
  sectionId: 'sec-eco',
  name: 'Économie – bannière',
  formats: ['leaderboard_728x90'],
  capacity: { kind: 'impressions', dailyForecast: 100_000 },
  expectedCtrPct: 0.12,
});

export const advertiser = advertiserSchema.parse({
  id: 'adv-1',
  name: 'Cycles Martin',
  legalName: 'Cycles Martin SARL',
  address: '12 rue des Vélos\n44000 Nantes',
  vatNumber: 'FR12345678901',
  contacts: { billing: { name: 'Compta', email: 'compta@cycles-martin.example', phone: '' } },
});
export const agency = agencySchema.parse({
  id: 'ag-1',
  name: 'Agence Bleue',
  legalName: 'Agence Bleue SAS',
  defaultCommissionPct: 15,
});
export const campaign = campaignSchema.parse({
  id: 'camp-1',
  name: 'Printemps 2026',
  advertiserId: 'adv-1',
  agencyId: 'ag-1',
  agencyCommissionPct: 15,
  status: 'confirmed',
});

export function booking(id: string, fields: Partial<Booking> & Pick<Booking, 'placementId'>): Booking {
  return bookingSchema.parse({
    id,
    campaignId: 'camp-1',
    format:
      fields.placementId === 'p-display'
        ? 'leaderboard_728x90'
        : fields.placementId === 'p-takeover'
          ? 'skin'
          : 'rectangle_300x250',
    startDate: '2026-04-01',
    endDate: '2026-04-01',
    status: 'confirmed',
    volume: { kind: 'slots', slots: 1 },
    rateModel: 'cpd',
    rateCents: 0,
    ...fields,
  });
}

/**
 * The lines, and what each is worth (worked out by hand in build.test.ts):
 * A exclusive CPD, B CPD 2 slots with 12.5 %, C CPM with an odd goal and 12.5 %, D CPC on a share
 * of voice, E flat, F a live option; G an option past its expiry, H cancelled, I expired, J
 * another campaign's (none of those four is on the IO).
 */
export const bookings = {
  A: booking('b-A', {
    placementId: 'p-takeover',
    startDate: '2026-04-06',
    endDate: '2026-04-12',
    rateCents: 50_000,
  }),
  B: booking('b-B', {
    placementId: 'p-rotation',
    startDate: '2026-04-01',
    endDate: '2026-04-10',
    volume: { kind: 'slots', slots: 2 },
    rateCents: 12_345,
    discountPct: 12.5,
  }),
  C: booking('b-C', {
    placementId: 'p-display',
    startDate: '2026-04-01',
    endDate: '2026-04-07',
    volume: { kind: 'impressions', goal: 1_234_502 },
    rateModel: 'cpm',
    rateCents: 250,
    discountPct: 12.5,
  }),
  D: booking('b-D', {
    placementId: 'p-display',
    startDate: '2026-04-13',
    endDate: '2026-04-16',
    volume: { kind: 'sov', pct: 33.33 },
    rateModel: 'cpc',
    rateCents: 80,
    discountPct: 5,
  }),
  E: booking('b-E', {
    placementId: 'p-rotation',
    startDate: '2026-04-20',
    endDate: '2026-04-26',
    rateModel: 'flat',
    rateCents: 1_500_000,
  }),
  F: booking('b-F', {
    placementId: 'p-takeover',
    startDate: '2026-05-04',
    endDate: '2026-05-05',
    status: 'option',
    optionExpiresOn: '2026-04-30',
    rateCents: 50_000,
  }),
  G: booking('b-G', {
    placementId: 'p-takeover',
    startDate: '2026-06-01',
    endDate: '2026-06-07',
    status: 'option',
    optionExpiresOn: '2026-03-10',
    rateCents: 50_000,
  }),
  H: booking('b-H', {
    placementId: 'p-takeover',
    startDate: '2026-06-08',
    endDate: '2026-06-09',
    status: 'cancelled',
    rateCents: 50_000,
  }),
  I: booking('b-I', {
    placementId: 'p-takeover',
    startDate: '2026-06-10',
    endDate: '2026-06-11',
    status: 'expired',
    rateCents: 50_000,
  }),
  J: booking('b-J', {
    placementId: 'p-takeover',
    campaignId: 'other',
    startDate: '2026-04-01',
    endDate: '2026-04-30',
    rateCents: 50_000,
  }),
};

export const settings = settingsSchema.parse({
  defaultVatPct: 20,
  publisher: {
    legalName: 'Régie Ouest SAS',
    address: '1 quai de la Fosse\n44000 Nantes',
    companyNumber: '12345678900012',
    vatNumber: 'FR98123456789',
    logoDataUrl: 'data:image/png;base64,iVBORw0KGgo=',
  },
});

export function input(overrides: Partial<BuildInsertionOrderInput> = {}): BuildInsertionOrderInput {
  return {
    campaign,
    bookings: Object.values(bookings),
    placements: [takeover, rotation, display],
    sections: [sport, economie],
    sites: [site],
    advertisers: [advertiser],
    agencies: new Map([[agency.id, agency]]),
    settings,
    number: 'IO-2026-0001',
    revision: 1,
    issuedOn: TODAY,
    locale: 'fr',
    today: TODAY,
    ...overrides,
  };
}
