/**
 * Keeps one OccupancyIndex in step with the store's live query results. The index is built once
 * per placement list and window; after that each new bookings array is diffed by id against what
 * the index counted, and only the bookings whose occupancy-relevant fields changed are applied
 * (a few microseconds each), so a drag's commit or a sync never recomputes the grid.
 *
 * Timings go to the Performance timeline (`calendar:occupancy-full`, `calendar:occupancy-change`)
 * for the calendar benchmark.
 */
import type { Booking, IsoDay, Placement } from '@shared/domain/model.ts';
import { OccupancyIndex, type IndexBooking } from '@shared/domain/occupancy-index.ts';
import type { CalendarWindow } from './calendar-window.ts';

/** Whether two versions of a booking take capacity differently. */
export function occupancyDiffers(a: IndexBooking, b: IndexBooking): boolean {
  return (
    a.placementId !== b.placementId ||
    a.startDate !== b.startDate ||
    a.endDate !== b.endDate ||
    a.status !== b.status ||
    a.optionExpiresOn !== b.optionExpiresOn ||
    JSON.stringify(a.volume) !== JSON.stringify(b.volume)
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
    const seen = new Set<string>();
    for (const booking of bookings) {
      seen.add(booking.id);
      const before = this.counted.get(booking.id);
      if (before === booking) continue;
      this.counted.set(booking.id, booking);
      if (before && !occupancyDiffers(before, booking)) continue;
      index.applyChange(before ?? null, booking);
      changes += 1;
    }
    if (seen.size !== this.counted.size) {
      for (const [id, booking] of this.counted) {
        if (seen.has(id)) continue;
        this.counted.delete(id);
        index.applyChange(booking, null);
        changes += 1;
      }
    }
    if (changes > 0) measure('calendar:occupancy-change', start);
    return index;
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
