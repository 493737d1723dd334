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
  Campaign,
  IsoDay,
  Placement,
  Section,
  Site,
} from '../domain/model.ts';
import { fromDayNumber as isoDay, toDayNumber as dayNumber } from '../domain/days.ts';
import { makeAtRiskOptions } from './at-risk.ts';
import { makeBookings } from './bookings.ts';
import { makeBuyers } from './buyers.ts';
import { makeCampaigns } from './campaigns.ts';
import { createContext, stream } from './context.ts';
import { makeInventory } from './inventory.ts';

export { OPTION_EXPIRY_DAYS } from './context.ts';

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
  const spec = resolveDemoSize(options.size);
  const ctx = createContext(options.seed ?? 42, options.today, spec, demoPeriod(options.today, spec));
  makeInventory(ctx, stream(ctx, 2));
  makeBuyers(ctx, stream(ctx, 3));
  makeCampaigns(ctx, stream(ctx, 4));
  makeBookings(ctx, stream(ctx, 5));
  makeAtRiskOptions(ctx, stream(ctx, 6));
  return {
    sites: ctx.sites.map((s) => s.site),
    sections: ctx.sections.map((s) => s.section),
    placements: ctx.placements.map((p) => p.placement),
    advertisers: ctx.advertisers,
    agencies: ctx.agencies,
    campaigns: ctx.campaigns.map((c) => c.campaign),
    bookings: ctx.bookings.map((b) => b.booking),
  };
}
