/**
 * The shared state of one run of the demo generator: the period, the records made so far with what
 * the later steps need to know about them, and the running occupancy per placement and day.
 */
import type {
  Advertiser,
  Agency,
  Booking,
  Campaign,
  CampaignStatus,
  IsoDay,
  Placement,
  Section,
  Site,
} from '../domain/model.ts';
import { fromDayNumber as isoDay, toDayNumber as dayNumber } from '../domain/days.ts';
import type { DemoPeriod, DemoSizeSpec } from './generate.ts';
import type { PlacementTemplate, SiteKind } from './inventory-names.ts';
import { Random, createIdMaker, hashSeed } from './random.ts';

/** Live options expire between these many days after `today` (never after their start). */
export const OPTION_EXPIRY_DAYS = { min: 3, max: 21 } as const;

export interface SiteInfo {
  site: Site;
  kind: SiteKind;
  audience: number;
  profile: number[];
  /** Indices into `placements`, and the cumulative demand weights to draw them. */
  placementIndices: number[];
  cumulativeDemand: Float64Array;
}

export interface SectionInfo {
  section: Section;
  siteIndex: number;
  home: boolean;
  /** Page views as a share of the site's home page. */
  traffic: number;
}

export interface PlacementInfo {
  placement: Placement;
  template: PlacementTemplate;
  siteIndex: number;
  slots: boolean;
  demand: number;
}

export interface CampaignPlan {
  campaign: Campaign;
  status: CampaignStatus;
  first: number;
  last: number;
  siteIndices: number[];
}

export interface PlacedBooking {
  booking: Booking;
  placementIndex: number;
  first: number;
  last: number;
}

export interface DemoContext {
  readonly seed: number;
  readonly spec: DemoSizeSpec;
  /** Day numbers of `today` and of the period's first and last days. */
  readonly today: number;
  readonly first: number;
  readonly last: number;
  readonly days: number;
  readonly nextId: () => string;

  readonly sites: SiteInfo[];
  readonly sections: SectionInfo[];
  readonly placements: PlacementInfo[];
  readonly advertisers: Advertiser[];
  readonly advertiserAgency: (number | null)[];
  readonly agencies: Agency[];
  readonly campaigns: CampaignPlan[];
  readonly bookings: PlacedBooking[];

  /** Per placement × day: capacity (slots or forecast impressions), confirmed load, option load. */
  capacity: Float64Array;
  confirmed: Float64Array;
  held: Float64Array;
  /** `YYYY-MM-DD` of every day of the period. */
  readonly periodDays: IsoDay[];
}

export function createContext(
  seed: number,
  today: IsoDay,
  spec: DemoSizeSpec,
  period: DemoPeriod,
): DemoContext {
  const first = dayNumber(period.first);
  return {
    seed,
    spec,
    today: dayNumber(today),
    first,
    last: dayNumber(period.last),
    days: period.days,
    nextId: createIdMaker(new Random(hashSeed(seed, 1))),
    sites: [],
    sections: [],
    placements: [],
    advertisers: [],
    advertiserAgency: [],
    agencies: [],
    campaigns: [],
    bookings: [],
    capacity: new Float64Array(0),
    confirmed: new Float64Array(0),
    held: new Float64Array(0),
    periodDays: Array.from({ length: period.days }, (_, d) => isoDay(first + d)),
  };
}

/** An independent stream per concern, so tuning one part does not reshuffle the others. */
export function stream(ctx: DemoContext, salt: number): Random {
  return new Random(hashSeed(ctx.seed, salt));
}

/** A UTC timestamp in office hours, up to `maxDaysBack` days before 09:00 UTC on `today`. */
export function stamp(ctx: DemoContext, rng: Random, maxDaysBack: number): string {
  const back = rng.int(0, maxDaysBack);
  const hour = back === 0 ? rng.int(6, 8) : rng.int(7, 17);
  const minute = rng.int(0, 59);
  const second = rng.int(0, 59);
  const two = (v: number) => (v < 10 ? `0${v}` : `${v}`);
  return `${dayString(ctx, ctx.today - back)}T${two(hour)}:${two(minute)}:${two(second)}.000Z`;
}

/** `YYYY-MM-DD` of a day number, from the period cache when it can. */
export function dayString(ctx: DemoContext, day: number): IsoDay {
  return ctx.periodDays[day - ctx.first] ?? isoDay(day);
}
