import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_NAMES, ENTITY_SCHEMAS, type Booking, type Placement } from '../domain/model.ts';
import { DEMO_SIZES, OPTION_EXPIRY_DAYS, demoPeriod, generateDemoData, type DemoData } from './generate.ts';
import { UUID_V7_PATTERN } from './random.ts';

const TODAY = '2026-03-10';
const MS_PER_DAY = 86_400_000;

// Day arithmetic written independently of the generator's own calendar helpers.
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
const toIso = (day: number) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const TODAY_N = toDay(TODAY);

/** The capacity of a placement on a day: slots, or forecast = override ?? base × weekday profile. */
function capacityOn(placement: Placement, day: number): number {
  const capacity = placement.capacity;
  if (capacity.kind === 'slots') return capacity.slotsPerDay;
  const override = capacity.overrides[toIso(day)];
  if (override !== undefined) return override;
  const mondayFirst = (new Date(day * MS_PER_DAY).getUTCDay() + 6) % 7;
  return (capacity.dailyForecast * (capacity.weekdayProfile[mondayFirst] ?? 100)) / 100;
}

/** What a booking takes on one of its days: slots; goal spread evenly; SOV % of the forecast. */
function loadOn(booking: Booking, placement: Placement, day: number): number {
  const volume = booking.volume;
  const nDays = toDay(booking.endDate) - toDay(booking.startDate) + 1;
  if (volume.kind === 'slots') return volume.slots;
  if (volume.kind === 'impressions') return volume.goal / nDays;
  return (volume.pct / 100) * capacityOn(placement, day);
}

interface Occupancy {
  overbooked: string[];
  atRisk: number;
  placementDays: number;
}

/** Confirmed and confirmed + option load per placement and day, in typed arrays (fast on the large set). */
function occupancy(data: DemoData): Occupancy {
  const index = new Map(data.placements.map((p, i) => [p.id, i]));
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const b of data.bookings) {
    firstDay = Math.min(firstDay, toDay(b.startDate));
    lastDay = Math.max(lastDay, toDay(b.endDate));
  }
  const days = Math.max(0, lastDay - firstDay + 1);
  const confirmed = new Float64Array(data.placements.length * days);
  const total = new Float64Array(data.placements.length * days);
  const touched = new Uint8Array(data.placements.length * days);
  for (const booking of data.bookings) {
    if (booking.status !== 'confirmed' && booking.status !== 'option') continue;
    const p = index.get(booking.placementId);
    if (p === undefined) throw new Error(`unknown placement ${booking.placementId}`);
    const placement = data.placements[p] as Placement;
    for (let day = toDay(booking.startDate); day <= toDay(booking.endDate); day++) {
      const i = p * days + (day - firstDay);
      const load = loadOn(booking, placement, day);
      total[i] = (total[i] as number) + load;
      if (booking.status === 'confirmed') confirmed[i] = (confirmed[i] as number) + load;
      touched[i] = 1;
    }
  }
  const overbooked: string[] = [];
  let atRisk = 0;
  let placementDays = 0;
  data.placements.forEach((placement, p) => {
    for (let d = 0; d < days; d++) {
      const i = p * days + d;
      if (!touched[i]) continue;
      placementDays++;
      const capacity = capacityOn(placement, firstDay + d);
      const sold = confirmed[i] as number;
      if (sold > capacity + 1e-6)
        overbooked.push(`${placement.name} ${toIso(firstDay + d)}: ${sold} > ${capacity}`);
      else if ((total[i] as number) > capacity + 1e-6) atRisk++;
    }
  });
  return { overbooked, atRisk, placementDays };
}

/** Deep equality of JSON-like values, key order ignored. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function expectSchemaValid(data: DemoData): void {
  const problems: string[] = [];
  for (const entity of ENTITY_NAMES) {
    const schema = ENTITY_SCHEMAS[entity];
    for (const record of data[entity]) {
      const result = schema.safeParse(record);
      if (!result.success) problems.push(`${entity} ${record.id}: ${result.error.message}`);
      // Records are complete: parsing adds no default and changes nothing.
      else if (!sameJson(result.data, record))
        problems.push(`${entity} ${record.id}: parsing changed the record`);
    }
  }
  expect(problems.slice(0, 10)).toEqual([]);
}

/** Cross-entity and cross-field rules of the domain; collects problems, asserts once (fast on 50,000 lines). */
function expectDomainValid(data: DemoData, today: string): void {
  const problems: string[] = [];
  const check = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  const sites = new Map(data.sites.map((s) => [s.id, s]));
  const sections = new Map(data.sections.map((s) => [s.id, s]));
  const placements = new Map(data.placements.map((p) => [p.id, p]));
  const advertisers = new Set(data.advertisers.map((a) => a.id));
  const agencies = new Map(data.agencies.map((a) => [a.id, a]));
  const campaigns = new Map(data.campaigns.map((c) => [c.id, c]));
  const todayN = toDay(today);

  const ids = ENTITY_NAMES.flatMap((entity) => data[entity].map((r) => r.id));
  check(new Set(ids).size === ids.length, 'duplicate ids');
  for (const id of ids) check(UUID_V7_PATTERN.test(id), `id ${id} is not UUIDv7-shaped`);

  for (const section of data.sections)
    check(sites.has(section.siteId), `section ${section.id}: unknown site`);
  for (const placement of data.placements) {
    const p = `placement ${placement.name}`;
    check(sections.get(placement.sectionId)?.siteId === placement.siteId, `${p}: section of another site`);
    check(new Set(placement.formats).size === placement.formats.length, `${p}: duplicate formats`);
    const { cpm, cpd } = placement.rateCard;
    if (placement.capacity.kind === 'slots') {
      check(cpd !== undefined && cpm === undefined, `${p}: slot placement without CPD or with CPM`);
    } else {
      check(cpm !== undefined && cpm >= 500 && cpm <= 3_500, `${p}: CPM ${cpm} outside 5–35 €`);
      check(cpd === undefined, `${p}: impression placement with CPD`);
    }
    if (cpd !== undefined)
      check(cpd >= 150_000 && cpd <= 1_200_000, `${p}: CPD ${cpd} outside 1,500–12,000 €`);
  }
  for (const party of [...data.advertisers, ...data.agencies]) {
    const siren = Number(party.vatNumber.slice(4));
    check(/^FR\d{2}\d{9}$/.test(party.vatNumber), `${party.name}: VAT ${party.vatNumber}`);
    check(Number(party.vatNumber.slice(2, 4)) === (12 + 3 * (siren % 97)) % 97, `${party.name}: VAT key`);
    check(party.legalName !== '' && /\n\d{5} /.test(party.address), `${party.name}: legal name or address`);
  }
  for (const agency of data.agencies) {
    check(
      agency.defaultCommissionPct >= 10 && agency.defaultCommissionPct <= 15,
      `${agency.name}: commission`,
    );
  }
  for (const campaign of data.campaigns) {
    check(advertisers.has(campaign.advertiserId), `${campaign.name}: unknown advertiser`);
    const expected = campaign.agencyId === null ? 0 : agencies.get(campaign.agencyId)?.defaultCommissionPct;
    check(campaign.agencyCommissionPct === expected, `${campaign.name}: commission or unknown agency`);
  }
  const campaignsWithBookings = new Set(data.bookings.map((b) => b.campaignId));
  check(campaignsWithBookings.size === data.campaigns.length, 'a campaign has no booking');

  for (const booking of data.bookings) {
    const placement = placements.get(booking.placementId);
    const campaign = campaigns.get(booking.campaignId);
    const b = `booking ${booking.id} (${booking.status}, ${booking.volume.kind})`;
    if (!placement || !campaign) {
      problems.push(`${b}: unknown placement or campaign`);
      continue;
    }
    check(placement.formats.includes(booking.format), `${b}: format not accepted`);
    check(booking.endDate >= booking.startDate, `${b}: ends before it starts`);
    check(booking.discountPct >= 0 && booking.discountPct <= 20, `${b}: discount ${booking.discountPct}`);
    const volume = booking.volume;
    if (placement.capacity.kind === 'slots') {
      check(
        volume.kind === 'slots' && volume.slots >= 1 && volume.slots <= placement.capacity.slotsPerDay,
        `${b}: volume does not fit a slot placement`,
      );
      check(booking.rateModel === 'cpd' || booking.rateModel === 'flat', `${b}: rate model on slots`);
    } else {
      check(
        (volume.kind === 'impressions' && volume.goal > 0) ||
          (volume.kind === 'sov' && volume.pct > 0 && volume.pct <= 100),
        `${b}: volume does not fit an impression placement`,
      );
      check(booking.rateModel === 'cpm' || booking.rateModel === 'cpc', `${b}: rate model on impressions`);
    }
    check((placement.rateCard[booking.rateModel] ?? 0) > 0 && booking.rateCents > 0, `${b}: no rate`);

    // Options carry an expiry no later than their first day; expired ones keep theirs.
    const expiry = booking.optionExpiresOn;
    if (booking.status === 'option' || booking.status === 'expired') {
      check(expiry !== null && expiry <= booking.startDate, `${b}: expiry ${expiry} missing or after start`);
      if (expiry !== null && booking.status === 'expired')
        check(toDay(expiry) < todayN, `${b}: expired in the future`);
      if (expiry !== null && booking.status === 'option' && toDay(expiry) >= todayN) {
        const ahead = toDay(expiry) - todayN;
        check(
          ahead >= OPTION_EXPIRY_DAYS.min && ahead <= OPTION_EXPIRY_DAYS.max,
          `${b}: live option expires in ${ahead} days`,
        );
      }
    } else {
      check(expiry === null, `${b}: expiry on a ${booking.status} booking`);
    }
  }
  expect(problems.slice(0, 10)).toEqual([]);
}

describe('generateDemoData: demo size', () => {
  let data: DemoData;
  beforeAll(() => {
    data = generateDemoData({ today: TODAY });
  });

  it('has the documented sizes', () => {
    expect(data.sites).toHaveLength(4);
    expect(data.sections).toHaveLength(25);
    expect(data.placements).toHaveLength(DEMO_SIZES.demo.placements);
    expect(data.advertisers).toHaveLength(25);
    expect(data.agencies).toHaveLength(5);
    expect(data.campaigns).toHaveLength(60);
    expect(data.bookings).toHaveLength(DEMO_SIZES.demo.bookings);
    expect(data.sites.map((s) => s.name)).toEqual([
      'Le Quotidien du Midi',
      'Sport Matin',
      'Maison & Saveurs',
      'Tech Hebdo',
    ]);
  });

  it('passes every zod schema of model.ts with complete records', () => {
    expectSchemaValid(data);
    for (const entity of ENTITY_NAMES) {
      for (const record of data[entity]) {
        expect(record.version).toBe(0);
        expect(record.updatedAt <= `${TODAY}T09:00:00.000Z`).toBe(true);
        expect(new Date(record.updatedAt).toISOString()).toBe(record.updatedAt);
      }
    }
  });

  it('keeps referential integrity and the domain rules', () => {
    expectDomainValid(data, TODAY);
  });

  it('lies in its period, with lines started in the past and options of every kind', () => {
    const period = demoPeriod(TODAY, 'demo');
    expect(toDay(period.last) - toDay(period.first) + 1).toBe(183);
    for (const b of data.bookings) {
      expect(b.startDate >= period.first && b.endDate <= period.last).toBe(true);
    }
    const started = data.bookings.filter((b) => b.status === 'confirmed' && b.startDate < TODAY);
    const live = data.bookings.filter((b) => b.status === 'option' && (b.optionExpiresOn as string) >= TODAY);
    const pastExpiry = data.bookings.filter(
      (b) => b.status === 'option' && (b.optionExpiresOn as string) < TODAY,
    );
    expect(started.length).toBeGreaterThan(5);
    expect(live.length).toBeGreaterThan(20);
    expect(pastExpiry.length).toBeGreaterThan(3);
    expect(data.bookings.some((b) => b.status === 'expired')).toBe(true);
    expect(data.bookings.some((b) => b.status === 'cancelled')).toBe(true);
    expect(new Set(data.campaigns.map((c) => c.status))).toEqual(
      new Set(['draft', 'proposal', 'confirmed', 'cancelled']),
    );
    expect(new Set(data.bookings.map((b) => b.volume.kind))).toEqual(
      new Set(['slots', 'impressions', 'sov']),
    );
    expect(new Set(data.bookings.map((b) => b.rateModel))).toEqual(new Set(['cpm', 'cpc', 'cpd', 'flat']));
  });

  it('has impression forecasts with weekday profiles and holiday overrides', () => {
    const impressions = data.placements.filter((p) => p.capacity.kind === 'impressions');
    const slots = data.placements.filter((p) => p.capacity.kind === 'slots');
    expect(impressions.length).toBeGreaterThan(40);
    expect(slots.length).toBeGreaterThan(5);
    for (const p of slots)
      if (p.formats.includes('skin')) expect(p.capacity).toEqual({ kind: 'slots', slotsPerDay: 1 });
    const news = data.placements.find(
      (p) => p.siteId === data.sites[0]?.id && p.capacity.kind === 'impressions',
    );
    const lifestyle = data.placements.find(
      (p) => p.siteId === data.sites[2]?.id && p.capacity.kind === 'impressions',
    );
    if (news?.capacity.kind !== 'impressions' || lifestyle?.capacity.kind !== 'impressions')
      throw new Error('missing');
    const weekend = (profile: number[]) => (profile[5] ?? 0) + (profile[6] ?? 0);
    const weekday = (profile: number[]) => (profile[0] ?? 0) + (profile[1] ?? 0);
    expect(weekend(news.capacity.weekdayProfile)).toBeLessThan(weekday(news.capacity.weekdayProfile));
    expect(weekend(lifestyle.capacity.weekdayProfile)).toBeGreaterThan(
      weekday(lifestyle.capacity.weekdayProfile),
    );
    // 2026-04-06 is Easter Monday, 2026-05-01 Labour Day: both in the period.
    expect(Object.keys(news.capacity.overrides)).toEqual(
      expect.arrayContaining(['2026-04-06', '2026-05-01', '2026-05-14']),
    );
    expect(news.capacity.overrides['2026-05-01']).toBeLessThan(news.capacity.dailyForecast);
    expect(lifestyle.capacity.overrides['2026-05-01']).toBeGreaterThan(lifestyle.capacity.dailyForecast);
  });

  it('never overbooks confirmed lines, but leaves a few at-risk days', () => {
    const result = occupancy(data);
    expect(result.overbooked).toEqual([]);
    expect(result.atRisk).toBeGreaterThan(0);
    expect(result.atRisk).toBeLessThan(result.placementDays * 0.05);
  });

  it('is deterministic for a seed and today', () => {
    expect(generateDemoData({ today: TODAY, seed: 42 })).toEqual(data);
    const other = generateDemoData({ today: TODAY, seed: 7 });
    expect(other.bookings).not.toEqual(data.bookings);
    const later = generateDemoData({ today: '2026-09-01' });
    expect(later.bookings[0]?.startDate).not.toBe(data.bookings[0]?.startDate);
    expectSchemaValid(other);
    expectDomainValid(other, TODAY);
    expect(occupancy(other).overbooked).toEqual([]);
  });

  it('sells the same inventory whatever day it is loaded: only holiday forecasts follow the period', () => {
    const catalogue = (set: DemoData) => ({
      sites: set.sites.map((s) => s.name),
      sections: set.sections.map((s) => s.name),
      placements: set.placements.map(({ name, formats, rateCard, capacity }) => ({
        name,
        formats,
        rateCard,
        capacity: capacity.kind === 'slots' ? capacity : { ...capacity, overrides: {} },
      })),
    });
    // Periods holding different numbers of public holidays.
    for (const today of ['2026-12-04', '2026-12-07']) {
      const later = generateDemoData({ today });
      expect(catalogue(later), today).toEqual(catalogue(data));
      const forecast = later.placements.find((p) => p.capacity.kind === 'impressions')?.capacity;
      expect(forecast?.kind === 'impressions' && forecast.overrides['2026-12-25']).toBeGreaterThan(0);
    }
  });

  it('is valid for other seeds and days (options expiring around year ends, leap days)', () => {
    for (const [seed, today] of [
      [1, '2024-02-29'],
      [2, '2025-12-20'],
      [3, '2027-07-14'],
    ] as const) {
      const set = generateDemoData({ seed, today });
      expectSchemaValid(set);
      expectDomainValid(set, today);
      expect(occupancy(set).overbooked).toEqual([]);
    }
  });
});

describe('generateDemoData: other sizes', () => {
  it('builds custom sizes with exact counts, down to a single placement', () => {
    const small = generateDemoData({
      today: TODAY,
      seed: 5,
      size: { placements: 12, bookings: 50, days: 40 },
    });
    expect(small.placements).toHaveLength(12);
    expect(small.bookings).toHaveLength(50);
    expectSchemaValid(small);
    expectDomainValid(small, TODAY);
    expect(occupancy(small).overbooked).toEqual([]);

    const tiny = generateDemoData({ today: TODAY, size: { placements: 1, bookings: 3, days: 1 } });
    expect(tiny.placements).toHaveLength(1);
    expect(tiny.bookings).toHaveLength(3);
    expectSchemaValid(tiny);
    expectDomainValid(tiny, TODAY);

    const empty = generateDemoData({ today: TODAY, size: { placements: 3, bookings: 0, days: 10 } });
    expect(empty.bookings).toEqual([]);
    expect(empty.campaigns).toEqual([]);
  });

  it('rejects a malformed day or size', () => {
    expect(() => generateDemoData({ today: '2026-02-30' })).toThrow(RangeError);
    expect(() => generateDemoData({ today: '10/03/2026' })).toThrow(RangeError);
    expect(() => generateDemoData({ today: TODAY, size: { placements: 0, bookings: 1, days: 1 } })).toThrow(
      RangeError,
    );
  });

  it('large: 2,000 placements and 50,000 bookings within 730 days, valid and not overbooked', () => {
    const started = Date.now();
    const data = generateDemoData({ today: TODAY, size: 'large' });
    const elapsed = Date.now() - started;
    expect(data.placements).toHaveLength(2_000);
    expect(data.bookings).toHaveLength(50_000);
    const period = demoPeriod(TODAY, 'large');
    expect(period.days).toBe(730);
    expect(toDay(period.last) - toDay(period.first) + 1).toBe(730);
    let first = Infinity;
    let last = -Infinity;
    for (const b of data.bookings) {
      first = Math.min(first, toDay(b.startDate));
      last = Math.max(last, toDay(b.endDate));
    }
    expect(first).toBeGreaterThanOrEqual(toDay(period.first));
    expect(last).toBeLessThanOrEqual(toDay(period.last));
    expect(first).toBeLessThan(TODAY_N);
    expect(data.sites.length).toBeGreaterThan(50);
    expect(data.sections.length).toBeGreaterThan(400);

    expectSchemaValid(data);
    expectDomainValid(data, TODAY);
    const result = occupancy(data);
    expect(result.overbooked).toEqual([]);
    expect(result.atRisk).toBeGreaterThan(0);
    // "A few seconds": about 1.5 s on a quiet 2-core machine; the bound leaves room for a busy one.
    expect(elapsed).toBeLessThan(15_000);
  }, 60_000);
});
