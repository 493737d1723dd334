/**
 * The occupancy calendar's row model, pure: which rows the grid shows, in which order. Placements
 * are grouped by site then section, each group a row of its own that can be collapsed, and the
 * filters (placement fields, bookings held, free capacity) narrow the placements shown.
 *
 * A group row lists the OccupancyIndex rows of its visible placements (`placementRows`) so the grid
 * can draw the group's summary occupancy straight from the index, collapsed or not. Building the
 * rows is one pass over the placements and one over the bookings (plus sorting the names), so it
 * can run on every filter keystroke with tens of thousands of bookings.
 */
import type {
  Booking,
  BookingStatus,
  Campaign,
  Format,
  IsoDay,
  Placement,
  Section,
  Site,
} from '@shared/domain/model.ts';
import { isValidDay, toDayNumber } from '@shared/domain/days.ts';
import type { OccupancyIndex } from '@shared/domain/occupancy-index.ts';

interface GroupRowFields {
  key: string;
  siteId: string;
  label: string;
  collapsed: boolean;
  /** Index rows of the group's visible placements, listed even when collapsed (summary occupancy). */
  placementRows: number[];
}
export interface SiteRow extends GroupRowFields {
  kind: 'site';
}
export interface SectionRow extends GroupRowFields {
  kind: 'section';
  sectionId: string;
}
export interface PlacementRow {
  kind: 'placement';
  key: string;
  placement: Placement;
  indexRow: number;
}
export type CalendarRow = SiteRow | SectionRow | PlacementRow;

export interface FreeCapacityQuery {
  /** First and last day asked for, inclusive. */
  from: IsoDay;
  to: IsoDay;
  /** An impressions goal to place over the range; null (or 0) asks for something free every day. */
  impressions: number | null;
  format: Format | null;
}

export interface CalendarFilter {
  /** Case- and accent-insensitive substring of the site, section or placement name ('' = all). */
  text: string;
  /** Each list: empty = no constraint. */
  siteIds: readonly string[];
  sectionIds: readonly string[];
  /** The placement accepts at least one of them. */
  formats: readonly Format[];
  /** Booking filters: keep placements holding at least one booking that passes all three. */
  advertiserIds: readonly string[];
  campaignIds: readonly string[];
  statuses: readonly BookingStatus[];
  freeCapacity: FreeCapacityQuery | null;
}

export const EMPTY_FILTER: CalendarFilter = Object.freeze({
  text: '',
  siteIds: [],
  sectionIds: [],
  formats: [],
  advertiserIds: [],
  campaignIds: [],
  statuses: [],
  freeCapacity: null,
});

export const siteKey = (siteId: string): string => `site:${siteId}`;
export const sectionKey = (sectionId: string): string => `section:${sectionId}`;
export const placementKey = (placementId: string): string => `placement:${placementId}`;

export function hasBookingFilter(filter: CalendarFilter): boolean {
  return filter.advertiserIds.length > 0 || filter.campaignIds.length > 0 || filter.statuses.length > 0;
}

export function isFilterActive(filter: CalendarFilter): boolean {
  return (
    filter.text.trim() !== '' ||
    filter.siteIds.length > 0 ||
    filter.sectionIds.length > 0 ||
    filter.formats.length > 0 ||
    hasBookingFilter(filter) ||
    filter.freeCapacity !== null
  );
}

/** An empty list lets everything through; a set makes the test O(1) over 50,000 bookings. */
function memberOf<T>(values: readonly T[]): (value: T) => boolean {
  if (values.length === 0) return () => true;
  const set = new Set(values);
  return (value) => set.has(value);
}

function bookingMatcher(
  filter: CalendarFilter,
  campaignById: ReadonlyMap<string, Campaign>,
): (booking: Booking) => boolean {
  const statusOk = memberOf(filter.statuses);
  const campaignOk = memberOf(filter.campaignIds);
  // A booking whose campaign is unknown has no known advertiser: it matches none. Without an
  // advertiser filter, the campaign is not even looked up (50,000 times).
  const advertiserOk = memberOf<string | undefined>(filter.advertiserIds);
  const byAdvertiser = filter.advertiserIds.length > 0;
  return (booking) =>
    statusOk(booking.status) &&
    campaignOk(booking.campaignId) &&
    (!byAdvertiser || advertiserOk(campaignById.get(booking.campaignId)?.advertiserId));
}

/**
 * Whether a booking passes the booking filters (advertiser via its campaign, campaign, status).
 * True when none is set.
 */
export function bookingMatches(
  booking: Booking,
  filter: CalendarFilter,
  campaignById: ReadonlyMap<string, Campaign>,
): boolean {
  return bookingMatcher(filter, campaignById)(booking);
}

function placementsWithMatchingBookings(input: RowsInput): Set<string> {
  const matches = bookingMatcher(input.filter, input.campaignById);
  const ids = new Set<string>();
  for (const booking of input.bookings) {
    if (!ids.has(booking.placementId) && matches(booking)) ids.add(booking.placementId);
  }
  return ids;
}

/** The query turned into day indexes once, so each placement costs only a scan of its row. */
function freeCapacityCheck(
  index: OccupancyIndex,
  query: FreeCapacityQuery,
): (placement: Placement) => boolean {
  if (!isValidDay(query.from) || !isValidDay(query.to) || query.to < query.from) return () => false;
  const from = toDayNumber(query.from) - index.startDayNumber;
  const to = toDayNumber(query.to) - index.startDayNumber;
  const goal = query.impressions !== null && query.impressions > 0 ? query.impressions : null;
  const [first, last] = [Math.max(0, from), Math.min(index.days - 1, to)];
  // Days before or after the window are unknown: they count as nothing free.
  const wholeRangeKnown = from >= 0 && to < index.days;
  const freeAt = (cell: number) =>
    Math.max(0, (index.capacity[cell] ?? 0) - (index.confirmed[cell] ?? 0) - (index.held[cell] ?? 0));
  return (placement) => {
    if (query.format !== null && !placement.formats.includes(query.format)) return false;
    const row = index.rowOf(placement.id);
    if (row === undefined) return false;
    const offset = row * index.days;
    if (goal !== null) {
      // An impressions goal spreads over the days, so what counts is the total left, not each day.
      if (placement.capacity.kind !== 'impressions') return false;
      let free = 0;
      for (let day = first; day <= last && free < goal; day++) free += freeAt(offset + day);
      return free >= goal;
    }
    if (!wholeRangeKnown) return false;
    for (let day = first; day <= last; day++) if (freeAt(offset + day) <= 0) return false;
    return true;
  };
}

/**
 * Free capacity check for one placement row, from the index (free = capacity − confirmed − held,
 * never below 0, per day):
 * - with `impressions` (> 0): only placements whose capacity kind is 'impressions' qualify, and the
 *   SUM of free over [from, to] must be ≥ impressions (an impressions goal spreads over the days);
 * - without (null or 0): free > 0 on EVERY day of the range (a slot or some impressions left each day);
 * - with `format`: the placement must accept it.
 * Days of the range outside the index window count as 0 free. A range with to < from, or a
 * malformed day, matches nothing.
 */
export function hasFreeCapacity(
  index: OccupancyIndex,
  placement: Placement,
  query: FreeCapacityQuery,
): boolean {
  return freeCapacityCheck(index, query)(placement);
}

type PlacementTest = (site: Site, section: Section, placement: Placement) => boolean;

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Lower case without accents, so "eco" finds "Économie" and "coeur" finds "Cœur". */
function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[‘’]/g, "'");
}

/** Folds each site and section name once, however many placements ask for it. */
function textMatcher(text: string): PlacementTest | null {
  const needle = foldText(text.trim());
  if (needle === '') return null;
  const folded = new Map<string, boolean>();
  const groupMatches = (key: string, name: string) => {
    let hit = folded.get(key);
    if (hit === undefined) folded.set(key, (hit = foldText(name).includes(needle)));
    return hit;
  };
  return (site, section, placement) =>
    groupMatches(siteKey(site.id), site.name) ||
    groupMatches(sectionKey(section.id), section.name) ||
    foldText(placement.name).includes(needle);
}

function placementFilter(input: RowsInput): PlacementTest {
  const { filter } = input;
  const siteOk = memberOf(filter.siteIds);
  const sectionOk = memberOf(filter.sectionIds);
  const formats = filter.formats;
  const text = textMatcher(filter.text);
  const free = filter.freeCapacity ? freeCapacityCheck(input.index, filter.freeCapacity) : null;
  const booked = hasBookingFilter(filter) ? placementsWithMatchingBookings(input) : null;
  // Cheapest tests first: the free-capacity scan only runs on placements that passed the rest.
  return (site, section, placement) =>
    siteOk(site.id) &&
    sectionOk(section.id) &&
    (formats.length === 0 || formats.some((f) => placement.formats.includes(f))) &&
    (booked === null || booked.has(placement.id)) &&
    (text === null || text(site, section, placement)) &&
    (free === null || free(placement));
}

export interface RowsInput {
  sites: readonly Site[];
  sections: readonly Section[];
  placements: readonly Placement[];
  bookings: readonly Booking[];
  campaignById: ReadonlyMap<string, Campaign>;
  /** Placements absent from it (index.rowOf undefined) are skipped. */
  index: OccupancyIndex;
  /** Row keys of collapsed groups ('site:…' / 'section:…'). */
  collapsed: ReadonlySet<string>;
  filter: CalendarFilter;
  /** For Intl.Collator ordering (numeric, base sensitivity). */
  locale: string;
}

interface SectionGroup {
  section: Section;
  entries: { placement: Placement; indexRow: number }[];
}
interface SiteGroup {
  site: Site;
  sections: Map<string, SectionGroup>;
}

/** The visible placements under their site and section, in no particular order yet. */
function groupVisiblePlacements(input: RowsInput): Map<string, SiteGroup> {
  const siteById = new Map(input.sites.map((site) => [site.id, site]));
  const sectionById = new Map(input.sections.map((section) => [section.id, section]));
  const passes = placementFilter(input);
  const groups = new Map<string, SiteGroup>();
  for (const placement of input.placements) {
    const indexRow = input.index.rowOf(placement.id);
    const site = siteById.get(placement.siteId);
    const section = sectionById.get(placement.sectionId);
    // A section of another site would list the placement under two sites: validation forbids it.
    if (indexRow === undefined || !site || !section || section.siteId !== site.id) continue;
    if (!passes(site, section, placement)) continue;
    let siteGroup = groups.get(site.id);
    if (!siteGroup) groups.set(site.id, (siteGroup = { site, sections: new Map() }));
    let sectionGroup = siteGroup.sections.get(section.id);
    if (!sectionGroup) siteGroup.sections.set(section.id, (sectionGroup = { section, entries: [] }));
    sectionGroup.entries.push({ placement, indexRow });
  }
  return groups;
}

type ByName = (a: { id: string; name: string }, b: { id: string; name: string }) => number;

// Building a collator costs far more than comparing with one; the locale rarely changes.
const collators = new Map<string, Intl.Collator>();

function byNameThenId(locale: string): ByName {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    collators.set(locale, collator);
  }
  const compare = collator.compare;
  // "Économie" and "economie" compare equal at base sensitivity: the id keeps the order stable.
  return (a, b) => compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** One site's rows: its own, then (unless collapsed) each section's and its placements'. */
function siteRows(
  { site, sections }: SiteGroup,
  byName: ByName,
  collapsed: ReadonlySet<string>,
): CalendarRow[] {
  const groups = [...sections.values()].sort((a, b) => byName(a.section, b.section));
  for (const group of groups) group.entries.sort((a, b) => byName(a.placement, b.placement));
  const rowsOf = (group: SectionGroup) => group.entries.map((entry) => entry.indexRow);
  const key = siteKey(site.id);
  const common = { siteId: site.id, key, label: site.name, collapsed: collapsed.has(key) };
  const rows: CalendarRow[] = [{ kind: 'site', ...common, placementRows: groups.flatMap(rowsOf) }];
  if (common.collapsed) return rows;
  for (const group of groups) {
    const { section } = group;
    const sectionRow: SectionRow = {
      kind: 'section',
      key: sectionKey(section.id),
      siteId: site.id,
      sectionId: section.id,
      label: section.name,
      collapsed: collapsed.has(sectionKey(section.id)),
      placementRows: rowsOf(group),
    };
    rows.push(sectionRow);
    if (sectionRow.collapsed) continue;
    for (const { placement, indexRow } of group.entries) {
      rows.push({ kind: 'placement', key: placementKey(placement.id), placement, indexRow });
    }
  }
  return rows;
}

/**
 * Sites by name, then their sections by name, then placements by name (collator, ties by id); a
 * group with no visible placement is dropped. A collapsed site hides its sections and placements, a
 * collapsed section its placements (the group row stays). Placement filters: site, section, format,
 * text, free capacity. Booking filters (`hasBookingFilter`): keep only placements holding at least
 * one matching booking (any date). A placement missing from the index, whose site or section is
 * missing, or whose section belongs to another site, is skipped.
 */
export function buildRows(input: RowsInput): CalendarRow[] {
  const byName = byNameThenId(input.locale);
  const sites = [...groupVisiblePlacements(input).values()].sort((a, b) => byName(a.site, b.site));
  return sites.flatMap((group) => siteRows(group, byName, input.collapsed));
}
