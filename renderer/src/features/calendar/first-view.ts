/**
 * The calendar's first view, while the whole bookings table is still being read (a second or
 * more at a sales house's size): the bookings of the rows on screen are read first, through the
 * placementId index, and drawn read-only; rows whose bookings are not in yet are drawn as loading.
 * These are its pure parts; `useFirstView` runs it.
 */
import type { Booking, Campaign, IsoDay, Placement, Section, Site } from '@shared/domain/model.ts';
import { OccupancyIndex } from '@shared/domain/occupancy-index.ts';
import type { TableSnapshot } from '@renderer/store/live-table.ts';
import type { CalendarWindow } from './calendar-window.ts';
import { buildRows, hasBookingFilter, type CalendarFilter, type CalendarRow } from './rows.ts';

/** Placements read at most for a first view (a screen of site rows could name them all). */
export const FIRST_VIEW_PLACEMENTS = 300;

/** Booking filters and the free-capacity filter decide the rows from every booking: no first view. */
export function canShowFirstView(filter: CalendarFilter): boolean {
  return !hasBookingFilter(filter) && filter.freeCapacity === null;
}

/**
 * The placements whose bookings the rows `top` … `top + count − 1` draw, at most `limit`: the
 * placement rows' own first, then every placement of the group rows (their summaries add them up).
 */
export function placementsOnScreen(
  rows: readonly CalendarRow[],
  index: Pick<OccupancyIndex, 'placementIds'>,
  top: number,
  count: number,
  limit = FIRST_VIEW_PLACEMENTS,
): string[] {
  const onScreen = rows.slice(Math.max(0, top), Math.max(0, top) + count);
  const ids = new Set<string>();
  const add = (indexRow: number) => {
    const id = index.placementIds[indexRow];
    if (id !== undefined && ids.size < limit) ids.add(id);
  };
  for (const row of onScreen) if (row.kind === 'placement') add(row.indexRow);
  for (const row of onScreen) if (row.kind !== 'placement') row.placementRows.forEach(add);
  return [...ids];
}

export interface FirstViewInput {
  sites: readonly Site[];
  sections: readonly Section[];
  placements: readonly Placement[];
  campaignById: ReadonlyMap<string, Campaign>;
  /** The calendar's state: its filter, collapsed groups and remembered top row. */
  filter: CalendarFilter;
  collapsed: readonly string[];
  topRowKey: string | null;
  today: IsoDay;
  window: CalendarWindow;
  locale: string;
  rowsOnScreen: number;
}

/**
 * What a first view reads: the placements of the rows on screen, from the remembered top row (the
 * first row when it is gone), and the index their bookings go into (every placement, none counted
 * yet). Null when the filter needs every booking.
 */
export function planFirstView(
  input: FirstViewInput,
): { index: OccupancyIndex; placementIds: string[] } | null {
  if (!canShowFirstView(input.filter)) return null;
  const { window, placements, today } = input;
  const index = new OccupancyIndex({ start: window.start, end: window.end, placements, bookings: [], today });
  const rows = buildRows({
    ...input,
    bookings: [],
    index,
    collapsed: new Set(input.collapsed),
  });
  const top = Math.max(
    0,
    rows.findIndex((row) => row.key === input.topRowKey),
  );
  return { index, placementIds: placementsOnScreen(rows, index, top, input.rowsOnScreen) };
}

/** Whether a row's bookings are all read: a group's when every one of its placements' are. */
export function isRowRead(row: CalendarRow, readRows: ReadonlySet<number> | null): boolean {
  if (readRows === null) return true;
  if (row.kind === 'placement') return readRows.has(row.indexRow);
  return row.placementRows.every((indexRow) => readRows.has(indexRow));
}

/** A fixed snapshot of the first view's bookings, standing in for the table's until it is read. */
export function firstViewSnapshot(bookings: readonly Booking[]): TableSnapshot<Booking> {
  return {
    rows: bookings,
    byId: new Map(bookings.map((b) => [b.id, b])),
    // Before the table's first read (LiveTable's revisions start at 1).
    revision: 0,
    changedSince: () => null,
  };
}
