/**
 * Keeps one OccupancyIndex in step with the store's bookings. The index is built once per
 * placement list and window; after that only the bookings the store says it changed are looked
 * at (or, when it cannot say, every booking is compared with what the index counted), and only
 * those whose occupancy-relevant fields changed are applied (a few microseconds each), so a
 * drag's commit or a sync never recomputes the grid.
 *
 * Timings go to the Performance timeline (`calendar:occupancy-full`, `calendar:occupancy-change`)
 * for the calendar benchmark.
 */
import type { Booking, IsoDay, Placement, Volume } from '@shared/domain/model.ts';
import { OccupancyIndex, type IndexBooking } from '@shared/domain/occupancy-index.ts';
import type { TableSnapshot } from '@renderer/store/live-table.ts';
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
  private revision = -1;
  private counted = new Map<string, Booking>();

  /** The index for these placements and bookings, built or updated as needed. */
  sync(
    placements: readonly Placement[],
    bookings: TableSnapshot<Booking>,
    today: IsoDay,
    window: CalendarWindow,
  ): OccupancyIndex {
    const windowKey = `${window.start}/${window.end}`;
    if (!this.index || placements !== this.placements || windowKey !== this.windowKey) {
      return this.build(placements, bookings, today, window, windowKey);
    }
    const index = this.index;
    if (index.today !== today) index.setToday(today);
    if (bookings.revision === this.revision) return index;
    const start = performance.now();
    const changedIds = bookings.changedSince(this.revision);
    const changes = changedIds
      ? this.applyChanged(index, changedIds, bookings.byId)
      : this.applyDiff(index, bookings.rows);
    this.revision = bookings.revision;
    if (changes > 0) measure('calendar:occupancy-change', start);
    return index;
  }

  /** The store named the ids it changed: only those are looked at. */
  private applyChanged(
    index: OccupancyIndex,
    ids: ReadonlySet<string>,
    byId: ReadonlyMap<string, Booking>,
  ): number {
    let changes = 0;
    for (const id of ids) {
      const before = this.counted.get(id);
      const after = byId.get(id);
      if (after) this.counted.set(id, after);
      else this.counted.delete(id);
      if (before === after || (before && after && !occupancyDiffers(before, after))) continue;
      index.applyChange(before ?? null, after ?? null);
      changes += 1;
    }
    return changes;
  }

  /** Without a list of changed ids, every booking is compared with what was counted. */
  private applyDiff(index: OccupancyIndex, bookings: readonly Booking[]): number {
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
    return changes;
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
    bookings: TableSnapshot<Booking>,
    today: IsoDay,
    window: CalendarWindow,
    windowKey: string,
  ): OccupancyIndex {
    const start = performance.now();
    const rows = bookings.rows;
    this.index = new OccupancyIndex({
      start: window.start,
      end: window.end,
      placements,
      bookings: rows,
      today,
    });
    measure('calendar:occupancy-full', start);
    this.placements = placements;
    this.windowKey = windowKey;
    this.revision = bookings.revision;
    this.counted = new Map(rows.map((b) => [b.id, b]));
    return this.index;
  }
}
