/**
 * Everything the calendar grid reads, derived from the store's live queries: the occupancy index
 * (followed incrementally), the rows after grouping and filters, bookings by placement, and the
 * bars of each placement with their lanes (computed lazily, only for the rows on screen).
 */
import { useMemo, useState } from 'react';
import { toDayNumber } from '@shared/domain/days.ts';
import { frenchPublicHolidaysBetween } from '@shared/domain/holidays.ts';
import type { Booking, Campaign } from '@shared/domain/model.ts';
import { usePlanningOf, usePlanningTables, type Planning } from '@renderer/features/bookings/usePlanning.ts';
import { useToday } from '@renderer/features/bookings/useToday.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { useCalendar } from './calendar-store.ts';
import { calendarWindow } from './calendar-window.ts';
import { placementOrder } from './drag-proposal.ts';
import { assignLanes, laneCount } from './geometry.ts';
import type { GridModel } from './grid-gesture.ts';
import type { BarLookup, RowBars } from './bar-painter.ts';
import { OccupancyFollower } from './occupancy-follower.ts';
import { groupByPlacement, PlacementGrouping, type BookingsByPlacement } from './placement-grouping.ts';
import { bookingMatches, buildRows, type CalendarFilter } from './rows.ts';
import { useFirstView } from './useFirstView.ts';

export interface CalendarModel {
  planning: Planning;
  grid: GridModel;
  lookup: BarLookup;
  holidays: ReadonlySet<number>;
  barsFor: (placementId: string) => RowBars | undefined;
}

/** Bookings drawn as bars: live ones, plus cancelled or expired ones when the status filter asks. */
function isShown(booking: Booking, filter: CalendarFilter): boolean {
  if (filter.statuses.length > 0) return filter.statuses.includes(booking.status);
  return booking.status === 'option' || booking.status === 'confirmed';
}

/** The bars of each placement with their lanes, computed the first time a row is drawn. */
class BarsCache {
  private readonly bars = new Map<string, RowBars | undefined>();

  constructor(
    private readonly bookingsByPlacement: BookingsByPlacement,
    private readonly filter: CalendarFilter,
    private readonly campaignById: ReadonlyMap<string, Campaign>,
  ) {}

  get(placementId: string): RowBars | undefined {
    if (this.bars.has(placementId)) return this.bars.get(placementId);
    const shown = (this.bookingsByPlacement.get(placementId) ?? []).filter(
      (b) => isShown(b, this.filter) && bookingMatches(b, this.filter, this.campaignById),
    );
    const lanes = assignLanes(shown);
    const bars = shown.length > 0 ? { bookings: shown, lanes, laneCount: laneCount(lanes) } : undefined;
    this.bars.set(placementId, bars);
    return bars;
  }
}

/** `rowsOnScreen`: how many rows fit on the screen, for the first view (see useFirstView). */
export function useCalendarModel(rowsOnScreen: number): CalendarModel | undefined {
  const tables = usePlanningTables();
  const today = useToday();
  const { locale } = useI18n();
  const filter = useCalendar((s) => s.filter);
  const collapsed = useCalendar((s) => s.collapsed);
  const window = useMemo(() => calendarWindow(today), [today]);
  const [follower] = useState(() => new OccupancyFollower());
  const [grouping] = useState(() => new PlacementGrouping());

  const full = usePlanningOf(tables);
  const firstView = useFirstView(tables, { today, window, locale, rowsOnScreen });
  const planning = full ?? firstView?.planning;
  const readRows = full ? null : (firstView?.readRows ?? null);

  const placements = full?.placements;
  const bookings = planning?.bookings;
  const bookingsSnapshot = full?.bookingsSnapshot;
  const index = useMemo(
    () =>
      placements && bookingsSnapshot
        ? follower.sync(placements, bookingsSnapshot, today, window)
        : firstView?.index,
    [follower, placements, bookingsSnapshot, today, window, firstView],
  );
  const version = index?.version;

  const holidays = useMemo(
    () =>
      new Set(
        frenchPublicHolidaysBetween(toDayNumber(window.start), toDayNumber(window.end)).map((h) => h.day),
      ),
    [window],
  );

  // The first view's few bookings are grouped afresh; every booking, followed edit by edit.
  const bookingsByPlacement = useMemo(
    () => (bookingsSnapshot ? grouping.sync(bookingsSnapshot) : groupByPlacement(bookings ?? [])),
    [grouping, bookingsSnapshot, bookings],
  );

  const rows = useMemo(() => {
    if (!planning || !index) return [];
    return buildRows({
      sites: planning.sites,
      sections: planning.sections,
      placements: planning.placements,
      bookings: planning.bookings,
      campaignById: planning.campaignById,
      index,
      collapsed: new Set(collapsed),
      filter,
      locale,
    });
    // `version`: the free-capacity filter reads the index, which changes in place.
  }, [planning, index, version, collapsed, filter, locale]); // eslint-disable-line react-hooks/exhaustive-deps

  const barsFor = useMemo(() => {
    const cache = new BarsCache(bookingsByPlacement, filter, planning?.campaignById ?? new Map());
    return (placementId: string) => cache.get(placementId);
  }, [bookingsByPlacement, filter, planning]);

  return useMemo(() => {
    if (!planning || !index) return undefined;
    const grid: GridModel = {
      rows,
      order: placementOrder(rows),
      index,
      bookingById: planning.bookingById,
      placementById: planning.placementById,
      bookingsByPlacement,
      today,
      readRows,
    };
    const lookup = { campaignById: planning.campaignById, advertiserById: planning.advertiserById };
    return { planning, grid, lookup, holidays, barsFor };
  }, [planning, index, rows, bookingsByPlacement, today, holidays, barsFor, readRows]);
}
