/**
 * Keeps one OccupancyIndex in step with the store's live query results. The index is built once
 * per placement list and window; after that each new bookings array is diffed by id against what
 * the index counted, and only the bookings whose occupancy-relevant fields changed are applied
 * (a few microseconds each), so a drag's commit or a sync never recomputes the grid.
 *
 * Timings go to the Performance timeline (`calendar:occupancy-full`, `calendar:occupancy-change`)
 * for the calendar benchmark.
 */
import type { Booking, IsoDay, Placement, Volume } from '@shared/domain/model.ts';
import { OccupancyIndex, type IndexBooking } from '@shared/domain/occupancy-index.ts';
import type { CalendarWindow } from './calendar-window.ts';

type FollowedBooking = IndexBooking & Partial<Pick<Booking, 'updatedAt' | 'version'>>;

function sameVolume(a: Volume, b: Volume): boolean {
  if (a.kind === 'slots') return b.kind === 'slots' && a.slots === b.slots;
  if (a.kind === 'impressions') return b.kind === 'impressions' && a.goal === b.goal;
  return b.kind === 'sov' && a.pct === b.pct;
}

/** Whether two versions of a booking take capacity differently. */
export function occupancyDiffers(a: IndexBooking, b: IndexBooking): boolean {
  return (
    a.placementId !== b.placementId ||
    a.startDate !== b.startDate ||
    a.endDate !== b.endDate ||
    a.status !== b.status ||
    a.optionExpiresOn !== b.optionExpiresOn ||
    !sameVolume(a.volume, b.volume)
  );
}

/**
 * Every write stamps `updatedAt` (and sync sets `version`), so an unchanged stamp means an
 * unchanged record: a live query re-reads the whole table as new objects after each write, and
 * this keeps diffing 50,000 of them to two string comparisons each.
 */
function sameRevision(a: FollowedBooking, b: FollowedBooking): boolean {
  return (
    a.updatedAt !== undefined && a.updatedAt !== '' && a.updatedAt === b.updatedAt && a.version === b.version
  );
}

function measure(name: string, start: number): void {
  // The Performance API exists in browsers and Node; the guard keeps odd test hosts quiet.
  if (typeof performance.measure === 'function') performance.measure(name, { start, end: performance.now() });
}

export class OccupancyFollower {
  private index: OccupancyIndex | null = null;
  private placements: readonly Placement[] | null = null;
  private windowKey = '';
  private counted = new Map<string, Booking>();

  /** The index for these placements and bookings, built or updated as needed. */
  sync(
    placements: readonly Placement[],
    bookings: readonly Booking[],
    today: IsoDay,
    window: CalendarWindow,
  ): OccupancyIndex {
    const windowKey = `${window.start}/${window.end}`;
    if (!this.index || placements !== this.placements || windowKey !== this.windowKey) {
      return this.build(placements, bookings, today, window, windowKey);
    }
    const index = this.index;
    if (index.today !== today) index.setToday(today);
    const start = performance.now();
    let changes = 0;
    for (const booking of bookings) {
      const before = this.counted.get(booking.id);
      if (before === booking || (before && sameRevision(before, booking))) continue;
      this.counted.set(booking.id, booking);
      if (before && !occupancyDiffers(before, booking)) continue;
      index.applyChange(before ?? null, booking);
      changes += 1;
    }
    // Every id in `bookings` is counted now, so a larger count means some were deleted.
    if (this.counted.size > bookings.length) changes += this.forgetDeleted(index, bookings);
    if (changes > 0) measure('calendar:occupancy-change', start);
    return index;
  }

  private forgetDeleted(index: OccupancyIndex, bookings: readonly Booking[]): number {
    const present = new Set(bookings.map((b) => b.id));
    let removed = 0;
    for (const [id, booking] of this.counted) {
      if (present.has(id)) continue;
      this.counted.delete(id);
      index.applyChange(booking, null);
      removed += 1;
    }
    return removed;
  }

  private build(
    placements: readonly Placement[],
    bookings: readonly Booking[],
    today: IsoDay,
    window: CalendarWindow,
    windowKey: string,
  ): OccupancyIndex {
    const start = performance.now();
    this.index = new OccupancyIndex({ start: window.start, end: window.end, placements, bookings, today });
    measure('calendar:occupancy-full', start);
    this.placements = placements;
    this.windowKey = windowKey;
    this.counted = new Map(bookings.map((b) => [b.id, b]));
    return this.index;
  }
}
