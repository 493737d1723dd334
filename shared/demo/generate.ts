/**
 * Demo and benchmark data: a fictional French ad sales house (sites, sections, placements with
 * their capacities and rate cards, advertisers, agencies, campaigns and bookings) around a given
 * `today`. Every record satisfies its schema in `model.ts` and the domain rules (format accepted by
 * the placement, volume and rate model fitting the capacity kind, options with an expiry no later
 * than their start…). The output depends only on `seed`, `today` and `size`.
 *
 * Confirmed bookings never overbook: a running occupancy per placement and day (typed arrays) is
 * kept while generating, and a line that does not fit is moved, shrunk or dropped (cancelled).
 * A handful of options are then placed on top of sold inventory, so the grid has "at risk" days.
 */
import type {
  Advertiser,
  Agency,
  Booking,
  BookingStatus,
  Campaign,
  CampaignStatus,
  Contact,
  IsoDay,
  Placement,
  RateCard,
  RateModel,
  Section,
  Site,
  Volume,
} from '../domain/model.ts';
import {
  fromDayNumber as isoDay,
  toDayNumber as dayNumber,
  weekdayOfDayNumber as weekdayIndex,
} from '../domain/days.ts';
import { frenchPublicHolidaysBetween } from '../domain/holidays.ts';
import {
  AGENCY_COMMISSIONS,
  BOOKING_NOTES,
  BRAND_NAMES,
  BRAND_PREFIXES,
  CAMPAIGN_NOTES,
  CAMPAIGN_THEMES,
  CITIES,
  FEATURED_ADVERTISERS,
  FEATURED_AGENCIES,
  FEATURED_SITES,
  FIRST_NAMES,
  LAST_NAMES,
  LEGAL_FORMS,
  LIFESTYLE_THEMES,
  PLACEMENT_TEMPLATES,
  SITE_KINDS,
  SITE_NAME_PATTERNS,
  SPORTS,
  STREETS,
  TECH_WORDS,
  type PlacementTemplate,
  type SiteKind,
} from './names.ts';
import { Random, createIdMaker, hashSeed, type Weighted } from './random.ts';

// ───────────────────────────── public API ─────────────────────────────

export interface DemoSizeSpec {
  /** Number of placements (exact). */
  placements: number;
  /** Number of bookings (exact). */
  bookings: number;
  /** Length of the planning period in days; every booking lies inside it. */
  days: number;
}

export type DemoSize = 'demo' | 'large' | DemoSizeSpec;

export const DEMO_SIZES = {
  /** Loads instantly: 4 sites, 25 sections, 80 placements, 400 bookings over six months. */
  demo: { placements: 80, bookings: 400, days: 183 },
  /** The performance set: 2,000 placements and 50,000 bookings over two years. */
  large: { placements: 2_000, bookings: 50_000, days: 730 },
} as const satisfies Record<'demo' | 'large', DemoSizeSpec>;

export interface DemoOptions {
  /** Seed of the random generator. Default 42. */
  seed?: number;
  /** The day the data set is built around (bookings in the past, live and expired options…). */
  today: IsoDay;
  /** Default `'demo'`. */
  size?: DemoSize;
}

export interface DemoData {
  sites: Site[];
  sections: Section[];
  placements: Placement[];
  advertisers: Advertiser[];
  agencies: Agency[];
  campaigns: Campaign[];
  bookings: Booking[];
}

export interface DemoPeriod {
  /** First and last day of the period, inclusive. */
  first: IsoDay;
  last: IsoDay;
  days: number;
}

/** Live options expire between these many days after `today` (never after their start). */
export const OPTION_EXPIRY_DAYS = { min: 3, max: 21 } as const;

export function resolveDemoSize(size: DemoSize = 'demo'): DemoSizeSpec {
  const spec = typeof size === 'string' ? DEMO_SIZES[size] : size;
  for (const key of ['placements', 'bookings', 'days'] as const) {
    const value = spec[key];
    if (!Number.isInteger(value) || value < (key === 'bookings' ? 0 : 1)) {
      throw new RangeError(`Demo size: ${key} must be a positive integer, got ${value}`);
    }
  }
  return { placements: spec.placements, bookings: spec.bookings, days: spec.days };
}

/** The period the bookings of a data set lie in: a sixth of it before `today`, the rest after. */
export function demoPeriod(today: IsoDay, size: DemoSize = 'demo'): DemoPeriod {
  const { days } = resolveDemoSize(size);
  const first = dayNumber(today) - Math.round(days / 6);
  return { first: isoDay(first), last: isoDay(first + days - 1), days };
}

/** Generates a complete, schema-valid data set; same seed, today and size give a deep-equal result. */
export function generateDemoData(options: DemoOptions): DemoData {
  return new Generator(options).run();
}

// ───────────────────────────── internals ─────────────────────────────

interface SiteInfo {
  site: Site;
  kind: SiteKind;
  audience: number;
  profile: number[];
  /** Indices into `placements`, and the cumulative demand weights to draw them. */
  placementIndices: number[];
  cumulativeDemand: Float64Array;
}

interface SectionInfo {
  section: Section;
  siteIndex: number;
  home: boolean;
  /** Page views as a share of the site's home page. */
  traffic: number;
}

interface PlacementInfo {
  placement: Placement;
  template: PlacementTemplate;
  siteIndex: number;
  slots: boolean;
  demand: number;
}

interface CampaignPlan {
  campaign: Campaign;
  status: CampaignStatus;
  first: number;
  last: number;
  siteIndices: number[];
}

interface PlacedBooking {
  booking: Booking;
  placementIndex: number;
  first: number;
  last: number;
}

/** Home-page banner impressions a day of a site of audience 1. */
const HOME_IMPRESSIONS = 800_000;

type LineIntent = { status: BookingStatus; pastExpiry: boolean };
const CONFIRMED_CAMPAIGN_LINES: readonly Weighted<BookingStatus>[] = [
  ['confirmed', 85],
  ['option', 10],
  ['cancelled', 5],
];
const PROPOSAL_LINES: readonly Weighted<LineIntent>[] = [
  [{ status: 'option', pastExpiry: false }, 78],
  [{ status: 'option', pastExpiry: true }, 12],
  [{ status: 'expired', pastExpiry: true }, 10],
];
/** Slot placements (skins, interstitials) sell by the day or the week. */
const SLOT_BOOKING_DAYS: readonly Weighted<number>[] = [
  [1, 25],
  [2, 10],
  [3, 15],
  [5, 10],
  [7, 25],
  [14, 15],
];
/** Impression lines run from a week to a month and a half. */
const IMPRESSION_BOOKING_DAYS: readonly Weighted<readonly [number, number]>[] = [
  [[7, 7], 10],
  [[14, 14], 20],
  [[10, 31], 40],
  [[28, 45], 30],
];
const DISCOUNTS: readonly Weighted<number>[] = [
  [0, 50],
  [5, 15],
  [10, 15],
  [15, 10],
  [20, 5],
  [7.5, 3],
  [12.5, 2],
];

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Lower-case ASCII words joined by hyphens: `Maison & Saveurs` → `maison-saveurs`. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Binary search of a cumulative weight array: the first index whose cumulative weight exceeds `target`. */
function searchCumulative(cumulative: Float64Array, target: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] as number) > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function cumulativeOf(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    total += w;
    out[i] = total;
  });
  return out;
}

function drawCumulative(rng: Random, cumulative: Float64Array): number {
  const total = cumulative[cumulative.length - 1] ?? 0;
  return searchCumulative(cumulative, rng.next() * total);
}

/** `count` distinct items, each draw proportional to its weight among those left. */
function weightedSample<T>(
  rng: Random,
  items: readonly T[],
  weight: (item: T) => number,
  count: number,
): T[] {
  const pool = items.map((item) => [item, weight(item)] as const);
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    const chosen = rng.weighted(pool.map((entry, i) => [i, entry[1] > 0 ? entry[1] : 1e-9] as const));
    const entry = pool[chosen];
    if (!entry) break;
    out.push(entry[0]);
    pool.splice(chosen, 1);
  }
  return out;
}

/**
 * Spreads `total` units over `weights.length` buckets: each gets `min` first (never more than its cap),
 * the rest in proportion to the weights, the remainder drawn at random. Linear in the bucket count.
 */
function distribute(
  rng: Random,
  total: number,
  weights: readonly number[],
  caps: readonly number[],
  min = 1,
): number[] {
  const capOf = (i: number) => caps[i] ?? Infinity;
  const counts = weights.map((_, i) => Math.min(min, capOf(i)));
  let left = total - counts.reduce((a, b) => a + b, 0);
  while (left > 0) {
    const open: number[] = [];
    counts.forEach((count, i) => {
      if (count < capOf(i)) open.push(i);
    });
    if (open.length === 0) break;
    const openWeights = open.map((i) => Math.max(1e-9, weights[i] ?? 1));
    const totalWeight = openWeights.reduce((a, b) => a + b, 0);
    const budget = left;
    open.forEach((i, k) => {
      const add = Math.min(
        Math.floor((budget * (openWeights[k] as number)) / totalWeight),
        capOf(i) - (counts[i] as number),
      );
      counts[i] = (counts[i] as number) + add;
      left -= add;
    });
    // The remainder one unit at a time, until done or a bucket fills up (then the open set is rebuilt).
    const cumulative = cumulativeOf(openWeights);
    while (left > 0) {
      const i = open[drawCumulative(rng, cumulative)] as number;
      if ((counts[i] as number) >= capOf(i)) break;
      counts[i] = (counts[i] as number) + 1;
      left -= 1;
    }
  }
  return counts;
}

function uniqueName(used: Set<string>, make: () => string): string {
  for (let attempt = 0; attempt < 40; attempt++) {
    const name = make();
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
  const base = make();
  let n = 2;
  while (used.has(`${base} ${n}`)) n++;
  used.add(`${base} ${n}`);
  return `${base} ${n}`;
}

/** A French VAT number: FR + 2-digit key + a Luhn-valid SIREN. */
function frenchVatNumber(rng: Random): string {
  const digits = [rng.int(1, 9)];
  for (let i = 0; i < 7; i++) digits.push(rng.int(0, 9));
  // Luhn check digit: double every second digit from the right, counting the check digit.
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const d = digits[7 - i] as number;
    const doubled = i % 2 === 0 ? d * 2 : d;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  digits.push((10 - (sum % 10)) % 10);
  const siren = digits.join('');
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${siren}`;
}

function phoneNumber(rng: Random, postalCode: string): string {
  const region = postalCode.startsWith('75') ? 1 : rng.int(2, 5);
  const pairs = [rng.int(10, 99), rng.int(0, 99), rng.int(0, 99), rng.int(0, 99)];
  return `0${region} ${pairs.map((p) => String(p).padStart(2, '0')).join(' ')}`;
}

class Generator {
  private readonly seed: number;
  private readonly today: number;
  private readonly spec: DemoSizeSpec;
  private readonly first: number;
  private readonly last: number;
  private readonly days: number;
  private readonly nextId: () => string;

  private readonly sites: SiteInfo[] = [];
  private readonly sections: SectionInfo[] = [];
  private readonly placements: PlacementInfo[] = [];
  private readonly advertisers: Advertiser[] = [];
  private readonly advertiserAgency: (number | null)[] = [];
  private readonly agencies: Agency[] = [];
  private readonly campaigns: CampaignPlan[] = [];
  private readonly bookings: PlacedBooking[] = [];

  /** Per placement × day: capacity (slots or forecast impressions), confirmed load, option load. */
  private capacity = new Float64Array(0);
  private confirmed = new Float64Array(0);
  private held = new Float64Array(0);
  /** `YYYY-MM-DD` of every day of the period. */
  private readonly periodDays: IsoDay[];

  constructor(options: DemoOptions) {
    this.seed = options.seed ?? 42;
    this.today = dayNumber(options.today);
    this.spec = resolveDemoSize(options.size);
    const period = demoPeriod(options.today, this.spec);
    this.first = dayNumber(period.first);
    this.last = dayNumber(period.last);
    this.days = period.days;
    this.periodDays = Array.from({ length: this.days }, (_, d) => isoDay(this.first + d));
    this.nextId = createIdMaker(this.stream(1));
  }

  /** An independent stream per concern, so tuning one part does not reshuffle the others. */
  private stream(salt: number): Random {
    return new Random(hashSeed(this.seed, salt));
  }

  /** A UTC timestamp in office hours, up to `maxDaysBack` days before 09:00 UTC on `today`. */
  private stamp(rng: Random, maxDaysBack: number): string {
    const back = rng.int(0, maxDaysBack);
    const hour = back === 0 ? rng.int(6, 8) : rng.int(7, 17);
    const minute = rng.int(0, 59);
    const second = rng.int(0, 59);
    const two = (v: number) => (v < 10 ? `0${v}` : `${v}`);
    return `${this.dayString(this.today - back)}T${two(hour)}:${two(minute)}:${two(second)}.000Z`;
  }

  /** `YYYY-MM-DD` of a day number, from the period cache when it can. */
  private dayString(day: number): IsoDay {
    return this.periodDays[day - this.first] ?? isoDay(day);
  }

  run(): DemoData {
    this.makeInventory(this.stream(2));
    this.makeBuyers(this.stream(3));
    this.makeCampaigns(this.stream(4));
    this.makeBookings(this.stream(5));
    this.makeAtRiskOptions(this.stream(6));
    return {
      sites: this.sites.map((s) => s.site),
      sections: this.sections.map((s) => s.section),
      placements: this.placements.map((p) => p.placement),
      advertisers: this.advertisers,
      agencies: this.agencies,
      campaigns: this.campaigns.map((c) => c.campaign),
      bookings: this.bookings.map((b) => b.booking),
    };
  }

  // ─────────── inventory ───────────

  private makeInventory(rng: Random): void {
    const nSites = Math.max(1, Math.ceil(this.spec.placements / 25));
    const usedNames = new Set<string>();
    const kinds = Object.entries(SITE_KINDS).map(([kind, spec]) => [kind as SiteKind, spec.weight] as const);

    const siteSpecs: { name: string; kind: SiteKind; audience: number }[] = [];
    for (let i = 0; i < nSites; i++) {
      const featured = FEATURED_SITES[i];
      if (featured) {
        usedNames.add(featured.name);
        siteSpecs.push({ ...featured });
        continue;
      }
      const kind = rng.weighted(kinds);
      const name = uniqueName(usedNames, () =>
        rng
          .pick(SITE_NAME_PATTERNS[kind])
          .replace('{c}', rng.pick(CITIES)[1])
          .replace('{s}', rng.pick(SPORTS))
          .replace('{x}', rng.pick(TECH_WORDS))
          .replace('{a}', rng.pick(LIFESTYLE_THEMES.slice(0, 6)))
          .replace('{b}', rng.pick(LIFESTYLE_THEMES.slice(6))),
      );
      siteSpecs.push({ name, kind, audience: Math.round(rng.float(0.05, 0.45) * 100) / 100 });
    }

    for (const spec of siteSpecs) {
      const profile = SITE_KINDS[spec.kind].weekdayProfile.map((v) => clamp(v + rng.int(-3, 3), 0, 1000));
      this.sites.push({
        site: {
          id: this.nextId(),
          version: 0,
          updatedAt: this.stamp(rng, 120),
          name: spec.name,
          url: `https://www.${slug(spec.name)}.fr/`,
        },
        kind: spec.kind,
        audience: spec.audience,
        profile,
        placementIndices: [],
        cumulativeDemand: new Float64Array(0),
      });
    }

    // Sections: every site gets its home page, the others go to the bigger audiences first.
    const sectionCaps = this.sites.map((s) => SITE_KINDS[s.kind].sections.length);
    const totalCap = sectionCaps.reduce((a, b) => a + b, 0);
    const nSections = clamp(
      Math.round(this.spec.placements / 3.2),
      nSites,
      Math.min(totalCap, this.spec.placements),
    );
    const sectionCounts = distribute(
      rng,
      nSections,
      this.sites.map((s) => 0.3 + s.audience),
      sectionCaps,
      1,
    );
    this.sites.forEach((info, siteIndex) => {
      const all = SITE_KINDS[info.kind].sections;
      const count = sectionCounts[siteIndex] ?? 1;
      const featured = siteIndex < FEATURED_SITES.length;
      const rest = all.slice(1);
      const chosen = featured
        ? rest.slice(0, count - 1)
        : rng.sample(rest, count - 1).sort((a, b) => rest.indexOf(a) - rest.indexOf(b));
      ['Accueil', ...chosen].forEach((name, rank) => {
        this.sections.push({
          section: {
            id: this.nextId(),
            version: 0,
            updatedAt: this.stamp(rng, 120),
            siteId: info.site.id,
            name,
          },
          siteIndex,
          home: rank === 0,
          traffic: rank === 0 ? 1 : 0.5 * 0.85 ** (rank - 1) * rng.float(0.8, 1.2),
        });
      });
    });

    // Placements: at least one per section, more on home pages and big sites.
    const placementCounts = distribute(
      rng,
      this.spec.placements,
      this.sections.map((s) => (s.home ? 3 : 1) * (0.3 + (this.sites[s.siteIndex]?.audience ?? 0))),
      this.sections.map(() => PLACEMENT_TEMPLATES.length),
      1,
    );
    const holidays = frenchPublicHolidaysBetween(this.first, this.last);
    this.sections.forEach((sectionInfo, sectionIndex) => {
      const siteInfo = this.sites[sectionInfo.siteIndex] as SiteInfo;
      const count = placementCounts[sectionIndex] ?? 1;
      // Listed in rate-card order (skin first), whatever order they were drawn in.
      const templates = weightedSample(
        rng,
        PLACEMENT_TEMPLATES,
        (t) => (sectionInfo.home ? t.homeWeight : t.sectionWeight),
        count,
      ).sort((a, b) => PLACEMENT_TEMPLATES.indexOf(a) - PLACEMENT_TEMPLATES.indexOf(b));
      for (const template of templates) {
        const index = this.placements.length;
        siteInfo.placementIndices.push(index);
        this.placements.push(this.makePlacement(rng, template, siteInfo, sectionInfo, holidays));
      }
    });

    for (const siteInfo of this.sites) {
      siteInfo.cumulativeDemand = cumulativeOf(
        siteInfo.placementIndices.map((i) => this.placements[i]?.demand ?? 0),
      );
    }
    this.fillCapacity();
  }

  private makePlacement(
    rng: Random,
    template: PlacementTemplate,
    siteInfo: SiteInfo,
    sectionInfo: SectionInfo,
    holidays: readonly { day: number }[],
  ): PlacementInfo {
    const siteIndex = sectionInfo.siteIndex;
    const home = sectionInfo.home;
    // Where in the rate range: home pages sell at the top of the card.
    const position = home ? rng.float(0.55, 1) : rng.float(0, 0.65);
    const inRange = (range: readonly [number, number]) => range[0] + (range[1] - range[0]) * position;
    const rateCard: RateCard = {};
    let capacity: Placement['capacity'];
    let expectedCtrPct: number;

    if (template.slots && template.cpd) {
      capacity = { kind: 'slots', slotsPerDay: rng.int(template.slots[0], template.slots[1]) };
      const cpdEuros = Math.round(inRange(template.cpd) / 100) * 100;
      rateCard.cpd = cpdEuros * 100;
      rateCard.flat = Math.round((cpdEuros * (template.flatDays ?? 5) * 0.85) / 100) * 100 * 100;
      expectedCtrPct = rng.int(8, 30) / 100;
    } else {
      const base = Math.max(
        2_000,
        Math.round(
          (HOME_IMPRESSIONS *
            siteInfo.audience *
            sectionInfo.traffic *
            (template.volumeFactor ?? 0.5) *
            rng.float(0.85, 1.15)) /
            1_000,
        ) * 1_000,
      );
      const holidayFactor = SITE_KINDS[siteInfo.kind].holidayFactor;
      const overrides: Record<IsoDay, number> = {};
      for (const holiday of holidays) {
        overrides[isoDay(holiday.day)] =
          Math.round((base * holidayFactor * rng.float(0.95, 1.05)) / 100) * 100;
      }
      capacity = {
        kind: 'impressions',
        dailyForecast: base,
        weekdayProfile: siteInfo.profile.map((v) => clamp(v + rng.int(-2, 2), 0, 1000)),
        overrides,
      };
      if (template.cpm) rateCard.cpm = Math.round(inRange(template.cpm) * 2) * 50;
      if (template.cpc && rng.chance(template.cpcChance ?? 0))
        rateCard.cpc = Math.round(inRange(template.cpc) * 20) * 5;
      expectedCtrPct = template.formats.includes('native') ? rng.int(20, 80) / 100 : rng.int(5, 35) / 100;
    }

    return {
      placement: {
        id: this.nextId(),
        version: 0,
        updatedAt: this.stamp(rng, 120),
        siteId: siteInfo.site.id,
        sectionId: sectionInfo.section.id,
        name: `${sectionInfo.section.name} – ${template.label}`,
        formats: [...template.formats],
        capacity,
        rateCard,
        expectedCtrPct,
      },
      template,
      siteIndex,
      slots: capacity.kind === 'slots',
      demand: template.demand * (home ? 4 : 1) * (0.5 + siteInfo.audience) * rng.float(0.7, 1.3),
    };
  }

  /** The capacity of every placement on every day of the period, in one typed array. */
  private fillCapacity(): void {
    const days = this.days;
    const size = this.placements.length * days;
    this.capacity = new Float64Array(size);
    this.confirmed = new Float64Array(size);
    this.held = new Float64Array(size);
    this.placements.forEach(({ placement }, p) => {
      const row = p * days;
      const capacity = placement.capacity;
      if (capacity.kind === 'slots') {
        this.capacity.fill(capacity.slotsPerDay, row, row + days);
        return;
      }
      for (let d = 0; d < days; d++) {
        const day = this.first + d;
        const override = capacity.overrides[this.periodDays[d] as IsoDay];
        this.capacity[row + d] =
          override ??
          Math.round((capacity.dailyForecast * (capacity.weekdayProfile[weekdayIndex(day)] ?? 100)) / 100);
      }
    });
  }

  // ─────────── buyers ───────────

  private contact(rng: Random, domain: string, postalCode: string): Contact {
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    return {
      name: `${firstName} ${lastName}`,
      email: `${slug(firstName)}.${slug(lastName)}@${domain}`,
      phone: phoneNumber(rng, postalCode),
    };
  }

  private party(rng: Random, name: string) {
    const [postalCode, city] = rng.pick(CITIES);
    const domain = `${slug(name)}.fr`;
    return {
      name,
      legalName: `${name} ${rng.pick(LEGAL_FORMS)}`,
      address: `${rng.int(1, 180)} ${rng.pick(STREETS)}\n${postalCode} ${city}`,
      vatNumber: frenchVatNumber(rng),
      contacts: {
        sales: this.contact(rng, domain, postalCode),
        traffic: this.contact(rng, domain, postalCode),
        billing: {
          name: 'Service comptabilité',
          email: `compta@${domain}`,
          phone: phoneNumber(rng, postalCode),
        },
      },
    };
  }

  private makeBuyers(rng: Random): void {
    const nAdvertisers = Math.max(3, Math.round(Math.sqrt(this.spec.bookings) * 1.25));
    const nAgencies = Math.max(2, Math.round(Math.sqrt(nAdvertisers)));

    const usedAgencies = new Set<string>();
    for (let i = 0; i < nAgencies; i++) {
      const name =
        FEATURED_AGENCIES[i] ??
        uniqueName(usedAgencies, () => `${rng.pick(FEATURED_AGENCIES)} ${rng.pick(CITIES)[1]}`);
      usedAgencies.add(name);
      this.agencies.push({
        id: this.nextId(),
        version: 0,
        updatedAt: this.stamp(rng, 90),
        ...this.party(rng, name),
        defaultCommissionPct: rng.pick(AGENCY_COMMISSIONS),
      });
    }

    const used = new Set<string>(FEATURED_ADVERTISERS);
    const combos = rng.shuffle(
      BRAND_PREFIXES.flatMap((prefix) => BRAND_NAMES.map((name) => `${prefix} ${name}`)).filter(
        (n) => !used.has(n),
      ),
    );
    for (let i = 0; i < nAdvertisers; i++) {
      let name = FEATURED_ADVERTISERS[i] ?? combos[i - FEATURED_ADVERTISERS.length];
      if (name === undefined) name = uniqueName(used, () => `${rng.pick(combos)} ${rng.pick(CITIES)[1]}`);
      used.add(name);
      this.advertisers.push({
        id: this.nextId(),
        version: 0,
        updatedAt: this.stamp(rng, 90),
        ...this.party(rng, name),
      });
      // About half the advertisers buy through an agency of record.
      this.advertiserAgency.push(rng.chance(0.5) ? rng.int(0, nAgencies - 1) : null);
    }
  }

  // ─────────── campaigns ───────────

  private makeCampaigns(rng: Random): void {
    const total = this.spec.bookings;
    const nCampaigns = total === 0 ? 0 : clamp(Math.round(total / 6.67), 1, total);
    // A few advertisers buy a lot, most buy a little.
    const advertiserWeights = cumulativeOf(this.advertisers.map((_, i) => 1 / (i + 1) ** 0.5));
    const siteWeights = cumulativeOf(this.sites.map((s) => 0.2 + s.audience));
    const futureStart = this.today + OPTION_EXPIRY_DAYS.min;
    const canPropose = futureStart <= this.last;

    for (let i = 0; i < nCampaigns; i++) {
      const advertiserIndex = drawCumulative(rng, advertiserWeights);
      const advertiser = this.advertisers[advertiserIndex] as Advertiser;
      let status = rng.weighted<CampaignStatus>([
        ['confirmed', 60],
        ['proposal', 20],
        ['draft', 8],
        ['cancelled', 12],
      ]);
      if (!canPropose && (status === 'proposal' || status === 'draft')) status = 'confirmed';

      const length = rng.int(14, 75);
      const earliest = status === 'proposal' || status === 'draft' ? futureStart : this.first;
      // More is sold in the coming weeks than a year ahead: starts lean towards the period's beginning.
      const latest = Math.max(earliest, this.last - 6);
      const first = earliest + Math.floor(rng.next() ** 1.4 * (latest - earliest + 1));
      const last = Math.min(this.last, first + length - 1);

      const agencyIndex = this.advertiserAgency[advertiserIndex] ?? null;
      const agency = agencyIndex === null ? undefined : this.agencies[agencyIndex];
      const month = Number(this.dayString(first).slice(5, 7));
      const themes = CAMPAIGN_THEMES.filter(([, months]) => months.length === 0 || months.includes(month));
      const theme = rng.pick(themes.length > 0 ? themes : CAMPAIGN_THEMES)[0];
      const nSites = Math.min(
        this.sites.length,
        rng.weighted([
          [1, 60],
          [2, 30],
          [3, 10],
        ] as const),
      );
      const siteIndices: number[] = [];
      while (siteIndices.length < nSites) {
        const s = drawCumulative(rng, siteWeights);
        if (!siteIndices.includes(s)) siteIndices.push(s);
      }

      this.campaigns.push({
        campaign: {
          id: this.nextId(),
          version: 0,
          updatedAt: this.stamp(rng, 45),
          name: `${advertiser.name} – ${theme} ${this.dayString(first).slice(0, 4)}`,
          advertiserId: advertiser.id,
          agencyId: agency?.id ?? null,
          currency: 'EUR',
          agencyCommissionPct: agency?.defaultCommissionPct ?? 0,
          status,
          notes: rng.chance(0.3) ? rng.pick(CAMPAIGN_NOTES) : '',
        },
        status,
        first,
        last,
        siteIndices,
      });
    }
  }

  // ─────────── bookings ───────────

  private makeBookings(rng: Random): void {
    const nCampaigns = this.campaigns.length;
    if (nCampaigns === 0) return;
    const counts = distribute(
      rng,
      this.spec.bookings,
      this.campaigns.map(() => rng.float(0.3, 1.6) ** 2),
      this.campaigns.map(() => Infinity),
      1,
    );
    // Sold campaigns take their inventory first; proposals and drafts hold what is left.
    const order: readonly CampaignStatus[] = ['confirmed', 'cancelled', 'proposal', 'draft'];
    for (const status of order) {
      this.campaigns.forEach((plan, c) => {
        if (plan.status !== status) return;
        const count = counts[c] ?? 1;
        for (let i = 0; i < count; i++) this.makeBooking(rng, plan);
      });
    }
  }

  /** What a line of a campaign in this status should be. */
  private intendedStatus(rng: Random, plan: CampaignPlan): LineIntent {
    switch (plan.status) {
      case 'confirmed': {
        return { status: rng.weighted(CONFIRMED_CAMPAIGN_LINES), pastExpiry: false };
      }
      case 'proposal':
        return rng.weighted(PROPOSAL_LINES);
      case 'draft':
        return rng.chance(0.1)
          ? { status: 'option', pastExpiry: true }
          : { status: 'option', pastExpiry: false };
      case 'cancelled':
        return rng.chance(0.75)
          ? { status: 'cancelled', pastExpiry: false }
          : { status: 'expired', pastExpiry: true };
    }
  }

  private pickPlacement(rng: Random, plan: CampaignPlan): number {
    const site = this.sites[rng.pick(plan.siteIndices)] as SiteInfo;
    return site.placementIndices[drawCumulative(rng, site.cumulativeDemand)] as number;
  }

  private pickRange(rng: Random, plan: CampaignPlan, slots: boolean): [number, number] {
    const [min, max] = rng.weighted(IMPRESSION_BOOKING_DAYS);
    const length = slots ? rng.weighted(SLOT_BOOKING_DAYS) : rng.int(min, max);
    const start = rng.int(plan.first, Math.max(plan.first, plan.last - length + 1));
    return [start, Math.min(plan.last, start + length - 1)];
  }

  /** Remaining capacity of placement `p` on day number `day` (confirmed and options both count). */
  private remaining(p: number, day: number): number {
    const i = p * this.days + (day - this.first);
    return (this.capacity[i] as number) - (this.confirmed[i] as number) - (this.held[i] as number);
  }

  /** The daily load a volume puts on placement `p` on `day`. */
  private load(p: number, volume: Volume, nDays: number, day: number): number {
    switch (volume.kind) {
      case 'slots':
        return volume.slots;
      case 'impressions':
        return volume.goal / nDays;
      case 'sov':
        return (volume.pct / 100) * (this.capacity[p * this.days + (day - this.first)] as number);
    }
  }

  private addLoad(
    p: number,
    volume: Volume,
    first: number,
    last: number,
    into: Float64Array,
    sign = 1,
  ): void {
    const nDays = last - first + 1;
    for (let day = first; day <= last; day++) {
      const i = p * this.days + (day - this.first);
      into[i] = (into[i] as number) + sign * this.load(p, volume, nDays, day);
    }
  }

  /** A volume that fits in what is left on every day of the range, or null. Keeps a one-impression margin. */
  private fittingVolume(rng: Random, p: number, first: number, last: number): Volume | null {
    const info = this.placements[p] as PlacementInfo;
    let minRemaining = Infinity;
    let minShare = Infinity;
    for (let day = first; day <= last; day++) {
      const remaining = this.remaining(p, day);
      minRemaining = Math.min(minRemaining, remaining);
      const capacity = this.capacity[p * this.days + (day - this.first)] as number;
      if (capacity > 0) minShare = Math.min(minShare, ((remaining - 1) / capacity) * 100);
    }
    if (info.slots) {
      if (minRemaining < 1) return null;
      return { kind: 'slots', slots: minRemaining >= 2 && rng.chance(0.2) ? 2 : 1 };
    }
    const nDays = last - first + 1;
    if (rng.chance(0.25)) {
      const pct = Math.min(100, Math.floor((minShare * rng.float(0.4, 1)) / 5) * 5);
      if (pct >= 5) return { kind: 'sov', pct };
    }
    const goal = Math.floor((minRemaining * rng.float(0.5, 1) * nDays) / 1_000) * 1_000;
    if (goal >= 1_000 && goal / nDays <= minRemaining - 1) return { kind: 'impressions', goal };
    return null;
  }

  /** A plausible volume for a line that takes no capacity (cancelled, expired). */
  private anyVolume(rng: Random, p: number, first: number, last: number): Volume {
    const info = this.placements[p] as PlacementInfo;
    if (info.slots) return { kind: 'slots', slots: 1 };
    if (rng.chance(0.25)) return { kind: 'sov', pct: rng.int(1, 6) * 5 };
    const capacity = info.placement.capacity;
    const daily = capacity.kind === 'impressions' ? capacity.dailyForecast : 1_000;
    return {
      kind: 'impressions',
      goal: Math.max(1_000, Math.round((daily * (last - first + 1) * rng.float(0.1, 0.4)) / 1_000) * 1_000),
    };
  }

  private rateFor(rng: Random, p: number): { rateModel: RateModel; rateCents: number } {
    const info = this.placements[p] as PlacementInfo;
    const card = info.placement.rateCard;
    let rateModel: RateModel;
    if (info.slots) rateModel = card.flat !== undefined && rng.chance(0.25) ? 'flat' : 'cpd';
    else rateModel = card.cpc !== undefined && rng.chance(0.3) ? 'cpc' : 'cpm';
    const listed = card[rateModel] ?? 0;
    // Now and then a negotiated rate, 10 % under the card.
    const rateCents = rng.chance(0.1) ? Math.round(listed * 0.9) : listed;
    return { rateModel, rateCents };
  }

  private expiry(rng: Random, start: number, pastExpiry: boolean): number {
    if (pastExpiry) return Math.min(start - rng.int(0, 5), this.today - rng.int(1, 12));
    return Math.min(start, this.today + rng.int(OPTION_EXPIRY_DAYS.min, OPTION_EXPIRY_DAYS.max));
  }

  private makeBooking(rng: Random, plan: CampaignPlan): void {
    const intent = this.intendedStatus(rng, plan);
    const pastExpiry = intent.pastExpiry;
    let status = intent.status;
    const liveFrom = this.today + OPTION_EXPIRY_DAYS.min;
    let placed: { p: number; first: number; last: number; volume: Volume } | null = null;
    let fallback: { p: number; first: number; last: number } | null = null;

    for (let attempt = 0; attempt < 10 && placed === null; attempt++) {
      const p = this.pickPlacement(rng, plan);
      const [first, last] = this.pickRange(rng, plan, (this.placements[p] as PlacementInfo).slots);
      fallback ??= { p, first, last };
      // A live option must start after its expiry, a few days from now at the earliest.
      let lineStatus = status;
      if (lineStatus === 'option' && !pastExpiry && first < liveFrom) lineStatus = 'confirmed';
      if (lineStatus === 'confirmed' || lineStatus === 'option') {
        // Shrink the line before giving up on this placement and range.
        let volume = this.fittingVolume(rng, p, first, last);
        if (volume === null && last > first) {
          volume = this.fittingVolume(rng, p, first, first + ((last - first) >> 1));
        }
        if (volume === null) continue;
        status = lineStatus;
        const end = this.fits(p, volume, first, last) ? last : first + ((last - first) >> 1);
        placed = { p, first, last: end, volume };
      } else {
        placed = { p, first, last, volume: this.anyVolume(rng, p, first, last) };
      }
    }

    if (placed === null) {
      // Nothing fits: the line was dropped for lack of inventory.
      const { p, first, last } = fallback as { p: number; first: number; last: number };
      status = 'cancelled';
      placed = { p, first, last, volume: this.anyVolume(rng, p, first, last) };
    }

    const { p, first, last, volume } = placed;
    const info = this.placements[p] as PlacementInfo;
    const optionExpiresOn =
      status === 'option' || status === 'expired'
        ? this.dayString(this.expiry(rng, first, pastExpiry))
        : null;
    if (status === 'confirmed') this.addLoad(p, volume, first, last, this.confirmed);
    if (status === 'option') this.addLoad(p, volume, first, last, this.held);

    this.bookings.push({
      booking: {
        id: this.nextId(),
        version: 0,
        updatedAt: this.stamp(rng, 30),
        campaignId: plan.campaign.id,
        placementId: info.placement.id,
        format: rng.pick(info.placement.formats),
        startDate: this.dayString(first),
        endDate: this.dayString(last),
        status,
        optionExpiresOn,
        volume,
        ...this.rateFor(rng, p),
        discountPct: rng.weighted(DISCOUNTS),
        notes: rng.chance(0.15) ? rng.pick(BOOKING_NOTES) : '',
      },
      placementIndex: p,
      first,
      last,
    });
  }

  /** Whether `volume` over [first, last] stays within what is left on every day. */
  private fits(p: number, volume: Volume, first: number, last: number): boolean {
    const nDays = last - first + 1;
    for (let day = first; day <= last; day++) {
      const margin = volume.kind === 'slots' ? 0 : 1;
      if (this.load(p, volume, nDays, day) > this.remaining(p, day) - margin) return false;
    }
    return true;
  }

  /**
   * Moves a few live options of proposals onto inventory already sold to someone else, sized so
   * that confirmed + options exceed capacity on each of their days: the grid's "at risk" warnings.
   * Confirmed load is untouched, so nothing is overbooked.
   */
  private makeAtRiskOptions(rng: Random): void {
    const liveFrom = this.today + OPTION_EXPIRY_DAYS.min;
    const wanted = Math.max(2, Math.round(Math.sqrt(this.spec.bookings) / 3));
    const todayString = isoDay(this.today);
    const campaignStatus = new Map(this.campaigns.map((c) => [c.campaign.id, c.status]));
    const options = rng.shuffle(
      this.bookings.filter(
        (b) =>
          b.booking.status === 'option' &&
          b.booking.optionExpiresOn !== null &&
          b.booking.optionExpiresOn >= todayString &&
          campaignStatus.get(b.booking.campaignId) !== 'confirmed',
      ),
    );
    // Contest inventory of the coming weeks, where the planner looks first.
    const contested = this.bookings.filter((b) => b.booking.status === 'confirmed' && b.last >= liveFrom);
    const soon = contested.filter((b) => b.first <= this.today + 45);
    const sold = soon.length > 0 ? soon : contested;
    if (sold.length === 0) return;

    for (const option of options.slice(0, wanted)) {
      const target = rng.pick(sold);
      const p = target.placementIndex;
      const info = this.placements[p] as PlacementInfo;
      const first = Math.max(target.first, liveFrom);
      const last = Math.min(target.last, first + rng.int(0, 6));
      const nDays = last - first + 1;

      let maxRemaining = 0;
      let maxShare = 0;
      let maxCapacity = 0;
      for (let day = first; day <= last; day++) {
        const capacity = this.capacity[p * this.days + (day - this.first)] as number;
        const remaining = Math.max(0, this.remaining(p, day));
        maxRemaining = Math.max(maxRemaining, remaining);
        maxCapacity = Math.max(maxCapacity, capacity);
        if (capacity > 0) maxShare = Math.max(maxShare, (remaining / capacity) * 100);
      }
      let volume: Volume;
      if (info.slots) {
        volume = { kind: 'slots', slots: (info.placement.capacity as { slotsPerDay: number }).slotsPerDay };
      } else {
        const pct = Math.ceil((maxShare + 10) / 5) * 5;
        volume =
          pct <= 90
            ? { kind: 'sov', pct }
            : {
                kind: 'impressions',
                goal: Math.ceil(((maxRemaining + 0.15 * maxCapacity) * nDays) / 1_000) * 1_000,
              };
      }

      // Release what the option held before, then hold the contested range.
      const previous = option.booking;
      this.addLoad(option.placementIndex, previous.volume, option.first, option.last, this.held, -1);
      this.addLoad(p, volume, first, last, this.held);
      option.placementIndex = p;
      option.first = first;
      option.last = last;
      option.booking = {
        ...previous,
        placementId: info.placement.id,
        format: rng.pick(info.placement.formats),
        startDate: this.dayString(first),
        endDate: this.dayString(last),
        optionExpiresOn: this.dayString(this.expiry(rng, first, false)),
        volume,
        ...this.rateFor(rng, p),
        notes: 'Option en concurrence avec une réservation ferme : à arbitrer.',
      };
    }
  }
}
