import { OccupancyIndex } from '@shared/domain/occupancy-index.ts';
import type { Booking, Campaign, Capacity, Format, Placement, Section, Site } from '@shared/domain/model.ts';
import { booking, placement as placementFixture } from '@shared/domain/test-fixtures.ts';
import { describe, expect, it } from 'vitest';
import {
  bookingMatches,
  buildRows,
  type CalendarFilter,
  type CalendarRow,
  EMPTY_FILTER,
  type FreeCapacityQuery,
  hasBookingFilter,
  hasFreeCapacity,
  isFilterActive,
  type RowsInput,
} from './rows.ts';

const WINDOW = { start: '2026-03-02', end: '2026-03-15', today: '2026-03-01' };
const SLOTS_2: Capacity = { kind: 'slots', slotsPerDay: 2 };
const IMPRESSIONS_1000: Capacity = {
  kind: 'impressions',
  dailyForecast: 1000,
  weekdayProfile: [100, 100, 100, 100, 100, 100, 100],
  overrides: {},
};

const site = (id: string, name: string): Site => ({ id, name, url: '', version: 0, updatedAt: '' });
const section = (id: string, siteId: string, name: string): Section => ({
  id,
  siteId,
  name,
  version: 0,
  updatedAt: '',
});

function placement(
  id: string,
  sectionId: string,
  siteId: string,
  name: string,
  extra: { formats?: Format[]; capacity?: Capacity } = {},
): Placement {
  const base = placementFixture(extra.capacity ?? SLOTS_2, id);
  return { ...base, siteId, sectionId, name, formats: extra.formats ?? base.formats };
}

const option = (expiresOn: string): Partial<Booking> => ({ status: 'option', optionExpiresOn: expiresOn });
const campaign = (id: string, advertiserId: string) => ({ id, advertiserId }) as Campaign;

// Ids deliberately out of name order, so an ordering by id would show.
const sites = [site('s-3', 'Actu Nord'), site('s-1', 'L’Écho Sud'), site('s-2', 'Zèbre Mag')];
const sections = [
  section('sec-9', 's-3', 'Sport'),
  section('sec-8', 's-3', 'Économie'),
  section('sec-7', 's-3', 'Culture'),
  section('sec-6', 's-1', 'Accueil'),
  section('sec-5', 's-1', 'Vide'),
  section('sec-4', 's-2', 'Orpheline'), // placements only under the wrong site
];
const placements = [
  placement('p-top10', 'sec-9', 's-3', 'Top 10'),
  placement('p-top2', 'sec-9', 's-3', 'Top 2'),
  placement('p-banner', 'sec-9', 's-3', 'Bannière', { formats: ['leaderboard_728x90'] }),
  placement('p-eco', 'sec-8', 's-3', 'Pavé marchés', { capacity: IMPRESSIONS_1000, formats: ['video'] }),
  placement('p-heart', 'sec-7', 's-3', 'Cœur de cible'),
  placement('p-home', 'sec-6', 's-1', 'Habillage', { formats: ['skin'] }),
];
// Not shown: not in the index, section missing, site missing, section of another site.
const strays = [
  placement('p-unindexed', 'sec-6', 's-1', 'Hors index'),
  placement('p-no-section', 'sec-missing', 's-1', 'Sans rubrique'),
  placement('p-no-site', 'sec-6', 's-missing', 'Sans site'),
  placement('p-wrong-site', 'sec-4', 's-1', 'Mauvais site'),
];
const indexed = [...placements, ...strays.filter((p) => p.id !== 'p-unindexed')];

const campaigns = new Map([
  ['cp-1', campaign('cp-1', 'adv-1')],
  ['cp-2', campaign('cp-2', 'adv-2')],
]);
const bookings: Booking[] = [
  booking({ id: 'b-1', placementId: 'p-top2', campaignId: 'cp-1', status: 'confirmed' }),
  booking({
    id: 'b-2',
    placementId: 'p-home',
    campaignId: 'cp-2',
    status: 'option',
    optionExpiresOn: '2026-03-20',
  }),
  booking({ id: 'b-3', placementId: 'p-top10', campaignId: 'cp-2', status: 'cancelled' }),
  booking({ id: 'b-4', placementId: 'p-unindexed', campaignId: 'cp-1', status: 'confirmed' }),
  booking({ id: 'b-5', placementId: 'p-eco', campaignId: 'cp-unknown', status: 'confirmed' }),
];

function makeIndex(list: readonly Placement[] = indexed, booked: readonly Booking[] = bookings) {
  return new OccupancyIndex({ ...WINDOW, placements: list, bookings: booked });
}

function rowsFor(overrides: Partial<RowsInput> = {}, filter: Partial<CalendarFilter> = {}): CalendarRow[] {
  return buildRows({
    sites,
    sections,
    placements: [...placements, ...strays],
    bookings,
    campaignById: campaigns,
    index: makeIndex(),
    collapsed: new Set(),
    locale: 'fr',
    ...overrides,
    filter: { ...EMPTY_FILTER, ...filter },
  });
}

const keys = (rows: readonly CalendarRow[]) => rows.map((row) => row.key);
const placementIds = (rows: readonly CalendarRow[]) =>
  rows.flatMap((row) => (row.kind === 'placement' ? [row.placement.id] : []));

const ALL_KEYS = [
  'site:s-3',
  'section:sec-7',
  'placement:p-heart',
  'section:sec-8',
  'placement:p-eco',
  'section:sec-9',
  'placement:p-banner',
  'placement:p-top2',
  'placement:p-top10',
  'site:s-1',
  'section:sec-6',
  'placement:p-home',
];

describe('buildRows: grouping and ordering', () => {
  it('groups by site then section, each by name the French way, numbers in order', () => {
    expect(keys(rowsFor())).toEqual(ALL_KEYS);
  });

  it('drops groups without a visible placement and skips placements without their parents', () => {
    const shown = keys(rowsFor());
    expect(shown).not.toContain('site:s-2');
    expect(shown).not.toContain('section:sec-5');
    for (const stray of strays) expect(shown).not.toContain(`placement:${stray.id}`);
  });

  it('labels group rows and points every row at the index', () => {
    const index = makeIndex();
    const rows = rowsFor({ index });
    expect(rows[0]).toEqual({
      kind: 'site',
      key: 'site:s-3',
      siteId: 's-3',
      label: 'Actu Nord',
      collapsed: false,
      placementRows: ['p-heart', 'p-eco', 'p-banner', 'p-top2', 'p-top10'].map((id) => index.rowOf(id)),
    });
    expect(rows[5]).toMatchObject({ kind: 'section', siteId: 's-3', sectionId: 'sec-9', label: 'Sport' });
    for (const row of rows) {
      if (row.kind === 'placement') expect(row.indexRow).toBe(index.rowOf(row.placement.id));
    }
  });

  it('orders equal names by id, and English the same way', () => {
    const twins = [
      placement('p-b', 'sec-6', 's-1', 'economie'),
      placement('p-a', 'sec-6', 's-1', 'Économie'),
    ];
    const rows = rowsFor({ placements: twins, index: makeIndex(twins), locale: 'en' });
    expect(placementIds(rows)).toEqual(['p-a', 'p-b']);
  });
});

describe('buildRows: collapsed groups', () => {
  it('a collapsed site keeps its row and all its placement rows, hiding the rest', () => {
    const index = makeIndex();
    const rows = rowsFor({ index, collapsed: new Set(['site:s-3']) });
    expect(keys(rows)).toEqual(['site:s-3', 'site:s-1', 'section:sec-6', 'placement:p-home']);
    expect(rows[0]).toMatchObject({ collapsed: true });
    expect(rows[0]?.kind === 'site' && rows[0].placementRows).toEqual(
      ['p-heart', 'p-eco', 'p-banner', 'p-top2', 'p-top10'].map((id) => index.rowOf(id)),
    );
  });

  it('a collapsed section keeps its row and hides only its placements', () => {
    const index = makeIndex();
    const rows = rowsFor({ index, collapsed: new Set(['section:sec-9']) });
    expect(keys(rows)).toEqual([...ALL_KEYS.slice(0, 6), ...ALL_KEYS.slice(9)]);
    expect(keys(rows)).not.toContain('placement:p-top2');
    const sport = rows.find((row) => row.key === 'section:sec-9');
    expect(sport).toMatchObject({
      collapsed: true,
      placementRows: [index.rowOf('p-banner'), index.rowOf('p-top2'), index.rowOf('p-top10')],
    });
  });
});

describe('buildRows: placement filters', () => {
  it('narrows to sites and sections', () => {
    expect(keys(rowsFor({}, { siteIds: ['s-1'] }))).toEqual([
      'site:s-1',
      'section:sec-6',
      'placement:p-home',
    ]);
    expect(placementIds(rowsFor({}, { sectionIds: ['sec-9', 'sec-6'] }))).toEqual([
      'p-banner',
      'p-top2',
      'p-top10',
      'p-home',
    ]);
    expect(placementIds(rowsFor({}, { siteIds: ['s-1'], sectionIds: ['sec-9'] }))).toEqual([]);
  });

  it('keeps placements accepting at least one of the formats', () => {
    expect(placementIds(rowsFor({}, { formats: ['skin', 'video'] }))).toEqual(['p-eco', 'p-home']);
    expect(keys(rowsFor({}, { formats: ['native'] }))).toEqual([]);
  });

  it('searches site, section and placement names without case or accents', () => {
    expect(keys(rowsFor({}, { text: 'eco' }))).toEqual(['site:s-3', 'section:sec-8', 'placement:p-eco']);
    expect(placementIds(rowsFor({}, { text: 'ÉCHO' }))).toEqual(['p-home']);
    expect(placementIds(rowsFor({}, { text: "l'echo" }))).toEqual(['p-home']);
    expect(placementIds(rowsFor({}, { text: 'pave' }))).toEqual(['p-eco']);
    expect(placementIds(rowsFor({}, { text: 'coeur' }))).toEqual(['p-heart']);
    expect(placementIds(rowsFor({}, { text: ' top 1 ' }))).toEqual(['p-top10']);
    expect(placementIds(rowsFor({}, { text: 'sport' }))).toEqual(['p-banner', 'p-top2', 'p-top10']);
    expect(placementIds(rowsFor({}, { text: 'zzz' }))).toEqual([]);
    expect(keys(rowsFor({}, { text: '   ' }))).toEqual(ALL_KEYS);
  });

  it('combines filters: every one must pass', () => {
    expect(placementIds(rowsFor({}, { text: 'top', formats: ['leaderboard_728x90'] }))).toEqual([]);
    expect(placementIds(rowsFor({}, { text: 'sport', formats: ['leaderboard_728x90'] }))).toEqual([
      'p-banner',
    ]);
  });
});

describe('booking filters', () => {
  it('bookingMatches: status, campaign and advertiser through the campaign', () => {
    const b = booking({ campaignId: 'cp-1', status: 'option', optionExpiresOn: '2026-03-01' });
    const match = (filter: Partial<CalendarFilter>) =>
      bookingMatches(b, { ...EMPTY_FILTER, ...filter }, campaigns);
    expect(match({})).toBe(true);
    expect(match({ statuses: ['option', 'expired'] })).toBe(true);
    expect(match({ statuses: ['confirmed'] })).toBe(false);
    expect(match({ campaignIds: ['cp-2'] })).toBe(false);
    expect(match({ advertiserIds: ['adv-1'] })).toBe(true);
    expect(match({ advertiserIds: ['adv-2'] })).toBe(false);
    expect(match({ advertiserIds: ['adv-1'], campaignIds: ['cp-1'], statuses: ['confirmed'] })).toBe(false);
    const orphan = booking({ campaignId: 'cp-gone' });
    expect(bookingMatches(orphan, { ...EMPTY_FILTER, advertiserIds: ['adv-1'] }, campaigns)).toBe(false);
  });

  it('keeps placements holding a matching booking, whatever its dates', () => {
    expect(placementIds(rowsFor({}, { advertiserIds: ['adv-2'] }))).toEqual(['p-top10', 'p-home']);
    expect(placementIds(rowsFor({}, { statuses: ['confirmed'] }))).toEqual(['p-eco', 'p-top2']);
    expect(placementIds(rowsFor({}, { campaignIds: ['cp-1'] }))).toEqual(['p-top2']); // b-4 is not indexed
    expect(placementIds(rowsFor({}, { campaignIds: ['cp-2'], statuses: ['cancelled'] }))).toEqual([
      'p-top10',
    ]);
    const later = booking({
      id: 'b-later',
      placementId: 'p-heart',
      campaignId: 'cp-1',
      startDate: '2027-01-01',
      endDate: '2027-01-02',
    });
    expect(placementIds(rowsFor({ bookings: [...bookings, later] }, { campaignIds: ['cp-1'] }))).toEqual([
      'p-heart',
      'p-top2',
    ]);
  });

  it('tells which filters are on', () => {
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    expect(isFilterActive({ ...EMPTY_FILTER, text: '  ' })).toBe(false);
    expect(hasBookingFilter(EMPTY_FILTER)).toBe(false);
    expect(isFilterActive({ ...EMPTY_FILTER, text: 'a' })).toBe(true);
    expect(isFilterActive({ ...EMPTY_FILTER, formats: ['video'] })).toBe(true);
    expect(isFilterActive({ ...EMPTY_FILTER, freeCapacity: query('2026-03-02', '2026-03-02') })).toBe(true);
    expect(hasBookingFilter({ ...EMPTY_FILTER, siteIds: ['s-1'] })).toBe(false);
    for (const filter of [
      { advertiserIds: ['a'] },
      { campaignIds: ['c'] },
      { statuses: ['option' as const] },
    ]) {
      expect(hasBookingFilter({ ...EMPTY_FILTER, ...filter })).toBe(true);
      expect(isFilterActive({ ...EMPTY_FILTER, ...filter })).toBe(true);
    }
  });
});

function query(from: string, to: string, more: Partial<FreeCapacityQuery> = {}): FreeCapacityQuery {
  return { from, to, impressions: null, format: null, ...more };
}

describe('hasFreeCapacity', () => {
  const impressions = placement('p-imp', 'sec-6', 's-1', 'Impressions', { capacity: IMPRESSIONS_1000 });
  const slots = placement('p-slot', 'sec-6', 's-1', 'Slots');
  const outside = placement('p-out', 'sec-6', 's-1', 'Outside');
  const on = (placementId: string, fields: Partial<Booking>) => booking({ placementId, ...fields });
  const freeBookings = [
    // Impressions: 1,000 a day sold from 2 to 5 March, 500 a day held on 6 and 7.
    on('p-imp', { endDate: '2026-03-05', volume: { kind: 'impressions', goal: 4000 } }),
    on('p-imp', {
      ...option('2026-03-31'),
      startDate: '2026-03-06',
      endDate: '2026-03-07',
      volume: { kind: 'impressions', goal: 1000 },
    }),
    // These take nothing: the index leaves cancelled and expired bookings out.
    on('p-imp', {
      status: 'cancelled',
      startDate: '2026-03-08',
      endDate: '2026-03-14',
      volume: { kind: 'impressions', goal: 7000 },
    }),
    on('p-imp', {
      ...option('2026-02-28'),
      startDate: '2026-03-08',
      endDate: '2026-03-14',
      volume: { kind: 'impressions', goal: 7000 },
    }),
    on('p-imp', {
      status: 'expired',
      startDate: '2026-03-08',
      endDate: '2026-03-14',
      volume: { kind: 'impressions', goal: 7000 },
    }),
    // Slots (2 a day): one sold from 2 to 8 March, one held on 5 and 6: full those two days.
    on('p-slot', {}),
    on('p-slot', { ...option('2026-03-31'), startDate: '2026-03-05', endDate: '2026-03-06' }),
    on('p-slot', { status: 'cancelled', startDate: '2026-03-10', endDate: '2026-03-10' }),
  ];
  const index = makeIndex([impressions, slots], freeBookings);
  const free = (p: Placement, q: FreeCapacityQuery) => hasFreeCapacity(index, p, q);

  it('an impressions goal needs the sum of free impressions over the range', () => {
    expect(free(impressions, query('2026-03-05', '2026-03-07', { impressions: 1000 }))).toBe(true);
    expect(free(impressions, query('2026-03-05', '2026-03-07', { impressions: 1001 }))).toBe(false);
    expect(free(impressions, query('2026-03-08', '2026-03-14', { impressions: 7000 }))).toBe(true);
    expect(free(impressions, query('2026-03-08', '2026-03-14', { impressions: 7001 }))).toBe(false);
  });

  it('an impressions goal never matches a slot placement', () => {
    expect(free(slots, query('2026-03-09', '2026-03-15', { impressions: 1 }))).toBe(false);
  });

  it('without a goal, something must be free on every day of the range', () => {
    expect(free(impressions, query('2026-03-04', '2026-03-06'))).toBe(false);
    expect(free(impressions, query('2026-03-06', '2026-03-15'))).toBe(true);
    expect(free(slots, query('2026-03-02', '2026-03-04'))).toBe(true);
    expect(free(slots, query('2026-03-04', '2026-03-05'))).toBe(false);
    expect(free(slots, query('2026-03-02', '2026-03-04', { impressions: 0 }))).toBe(true);
  });

  it('checks the format', () => {
    expect(free(slots, query('2026-03-02', '2026-03-02', { format: 'rectangle_300x250' }))).toBe(true);
    expect(free(slots, query('2026-03-02', '2026-03-02', { format: 'video' }))).toBe(false);
  });

  it('counts days outside the window as nothing free', () => {
    expect(free(slots, query('2026-03-14', '2026-03-16'))).toBe(false);
    expect(free(slots, query('2026-02-20', '2026-03-02'))).toBe(false);
    expect(free(impressions, query('2026-03-14', '2026-03-20', { impressions: 2000 }))).toBe(true);
    expect(free(impressions, query('2026-03-14', '2026-03-20', { impressions: 2001 }))).toBe(false);
    expect(free(outside, query('2026-03-10', '2026-03-10'))).toBe(false);
  });

  it('matches nothing for a reversed or malformed range', () => {
    expect(free(slots, query('2026-03-10', '2026-03-09'))).toBe(false);
    expect(free(slots, query('2026-03-10', '2026-03-09', { impressions: 1 }))).toBe(false);
    expect(free(slots, query('2026-03-1', '2026-03-12'))).toBe(false);
  });

  it('narrows the rows in buildRows, dropping emptied groups', () => {
    const list = [
      impressions,
      slots,
      placement('p-full', 'sec-9', 's-3', 'Full', { capacity: { kind: 'slots', slotsPerDay: 1 } }),
    ];
    const full = booking({ placementId: 'p-full', startDate: '2026-03-01', endDate: '2026-03-31' });
    const rows = (q: FreeCapacityQuery) =>
      keys(
        rowsFor(
          { placements: list, bookings: [full], index: makeIndex(list, [...freeBookings, full]) },
          { freeCapacity: q },
        ),
      );
    expect(rows(query('2026-03-09', '2026-03-10'))).toEqual([
      'site:s-1',
      'section:sec-6',
      'placement:p-imp',
      'placement:p-slot',
    ]);
    expect(rows(query('2026-03-05', '2026-03-05'))).toEqual([]);
    expect(rows(query('2026-03-05', '2026-03-07', { impressions: 1000 }))).toEqual([
      'site:s-1',
      'section:sec-6',
      'placement:p-imp',
    ]);
  });
});

describe('buildRows at the size of a large publisher', () => {
  it('lists 2,000 placements against 50,000 bookings, the booking filter keeping those booked', () => {
    const manySections = Array.from({ length: 40 }, (_, i) =>
      section(`sec-${i}`, `s-${i % 8}`, `Rubrique ${i}`),
    );
    const manySites = Array.from({ length: 8 }, (_, i) => site(`s-${i}`, `Site ${i}`));
    const many = Array.from({ length: 2000 }, (_, i) => {
      const sec = manySections[i % 40] as Section;
      return placement(`p-${i}`, sec.id, sec.siteId, `Emplacement ${i}`);
    });
    const base = booking({ campaignId: 'cp-2' });
    // Plain copies: parsing 50,000 bookings would only measure zod.
    const many50k = Array.from({ length: 50_000 }, (_, i) => ({
      ...base,
      id: `bk-${i}`,
      placementId: `p-${(i * 7) % 1999}`,
    }));
    many50k.push({ ...base, id: 'bk-last', placementId: 'p-1999', campaignId: 'cp-1' });
    const index = makeIndex(many, []);
    const input = { sites: manySites, sections: manySections, placements: many, bookings: many50k, index };
    const all = rowsFor(input);
    expect(all).toHaveLength(8 + 40 + 2000);
    expect(all[0]?.key).toBe('site:s-0');
    expect(all[2]?.key).toBe('placement:p-0');
    expect(all[3]?.key).toBe('placement:p-40');
    expect(keys(rowsFor(input, { advertiserIds: ['adv-1'] }))).toEqual([
      'site:s-7',
      'section:sec-39',
      'placement:p-1999',
    ]);
    expect(rowsFor(input, { campaignIds: ['cp-2'] })).toHaveLength(8 + 40 + 1999);
  });
});
