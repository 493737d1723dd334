/**
 * The occupancy of every placement over a fixed day window, kept in typed arrays outside React so
 * the calendar can draw its heat layer straight from them and follow a booking change in a few
 * microseconds instead of recomputing the grid.
 *
 * Each series (capacity, confirmed, held) is ONE contiguous Float64Array of `rows × days`, row
 * major: cell (row, day) is at `row * days + day`, and `series.subarray(row * days, (row + 1) * days)`
 * is one calendar row. Loads are whole numbers (slots, impressions), so adding and subtracting a
 * booking is exact: the incrementally updated index always equals a full recompute.
 *
 * The index remembers, per booking id, the booking it counted. A change subtracts what was counted
 * under that id and adds the new version, so a change replayed twice or a `before` that is stale
 * can never count a booking twice.
 */
import { capacitiesInto } from './capacity.ts';
import { fromDayNumber, toDayNumber } from './days.ts';
import { addDemandInto, loadClass, type LoadClass } from './load.ts';
import type { Booking, IsoDay, Placement } from './model.ts';
import { dayOccupancy, type DayOccupancy } from './occupancy.ts';

export type IndexBooking = Pick<
  Booking,
  'id' | 'placementId' | 'startDate' | 'endDate' | 'volume' | 'status' | 'optionExpiresOn'
>;
export type IndexPlacement = Pick<Placement, 'id' | 'capacity'>;

export interface OccupancyIndexOptions {
  /** First and last day of the window, inclusive. */
  start: IsoDay;
  end: IsoDay;
  /** One row per placement, in this order. */
  placements: readonly IndexPlacement[];
  bookings: Iterable<IndexBooking>;
  /** Decides which options are still live (see `loadClass`). */
  today: IsoDay;
}

/** Where a booking's load lands in the index: a row, a clipped day span, a series. */
interface Footprint {
  row: number;
  /** Day indexes in the window, inclusive. */
  from: number;
  to: number;
  kind: LoadClass;
}

export class OccupancyIndex {
  readonly start: IsoDay;
  readonly end: IsoDay;
  /** Day number of `start`: day number `n` is day index `n - startDayNumber`. */
  readonly startDayNumber: number;
  /** Days in the window (columns). */
  readonly days: number;
  /** Placements (rows). */
  readonly rows: number;
  readonly placementIds: readonly string[];
  /** rows × days, row major. */
  readonly capacity: Float64Array;
  readonly confirmed: Float64Array;
  readonly held: Float64Array;
  /** Per row, the `version` at which the row last changed: redraw rows newer than what is drawn. */
  readonly rowVersions: Uint32Array;

  private todayValue: IsoDay;
  private versionValue = 0;
  private readonly rowById = new Map<string, number>();
  private readonly counted = new Map<string, IndexBooking>();
  /** Work buffer for subtracting a booking (addDemandInto only adds). */
  private readonly scratch: Float64Array;

  constructor(options: OccupancyIndexOptions) {
    this.start = options.start;
    this.end = options.end;
    this.startDayNumber = toDayNumber(options.start);
    this.days = Math.max(0, toDayNumber(options.end) - this.startDayNumber + 1);
    this.rows = options.placements.length;
    this.todayValue = options.today;
    this.placementIds = options.placements.map((p) => p.id);
    const cells = this.rows * this.days;
    this.capacity = new Float64Array(cells);
    this.confirmed = new Float64Array(cells);
    this.held = new Float64Array(cells);
    this.rowVersions = new Uint32Array(this.rows);
    this.scratch = new Float64Array(this.days);
    options.placements.forEach((placement, row) => {
      if (this.rowById.has(placement.id)) throw new Error(`Duplicate placement ${placement.id}`);
      this.rowById.set(placement.id, row);
      if (this.days > 0) capacitiesInto(placement, this.startDayNumber, this.rowOfCells(this.capacity, row));
    });
    for (const booking of options.bookings) this.counted.set(booking.id, booking);
    this.fill();
  }

  /** Increments on every change; compare with `rowVersions` to know what to redraw. */
  get version(): number {
    return this.versionValue;
  }

  get today(): IsoDay {
    return this.todayValue;
  }

  /** The row of a placement, undefined when it is not in the index. */
  rowOf(placementId: string): number | undefined {
    return this.rowById.get(placementId);
  }

  /** The day index of `day` in the window (may be negative or ≥ days: outside it). */
  dayIndexOf(day: IsoDay): number {
    return toDayNumber(day) - this.startDayNumber;
  }

  /** The day at a day index of the window (as YYYY-MM-DD). */
  dayAt(dayIndex: number): IsoDay {
    return fromDayNumber(this.startDayNumber + dayIndex);
  }

  /** The occupancy of one cell; undefined outside the grid. */
  cell(row: number, dayIndex: number): DayOccupancy | undefined {
    if (!Number.isInteger(row) || !Number.isInteger(dayIndex)) return undefined;
    if (row < 0 || row >= this.rows || dayIndex < 0 || dayIndex >= this.days) return undefined;
    const i = row * this.days + dayIndex;
    return dayOccupancy(this.capacity[i] ?? 0, this.confirmed[i] ?? 0, this.held[i] ?? 0);
  }

  /** The bookings the index counts from, by id (live or not, in the window or not). */
  bookings(): IterableIterator<IndexBooking> {
    return this.counted.values();
  }

  /**
   * Follows one booking change: create (`before` null), update or move (both), delete (`after`
   * null). Only the rows and days the old and new versions touch are rewritten; `version` moves on
   * every call. Returns the rows whose loads changed (empty when neither version takes anything in
   * the window). What is subtracted is what the index counted under that id, `before` supplying
   * only the id when `after` is null.
   */
  applyChange(before: IndexBooking | null, after: IndexBooking | null): number[] {
    const id = after?.id ?? before?.id;
    if (id === undefined) return [];
    if (before && after && before.id !== after.id) {
      throw new Error(`applyChange: ids differ (${before.id} → ${after.id})`);
    }
    const old = this.counted.get(id);
    // Compute both footprints first: a malformed date throws here, before anything is touched.
    const removed = old ? this.footprint(old) : null;
    const added = after ? this.footprint(after) : null;
    if (after) this.counted.set(id, after);
    else this.counted.delete(id);
    this.versionValue += 1;
    const rows: number[] = [];
    if (old && removed) {
      this.addLoad(old, removed, -1);
      rows.push(removed.row);
    }
    if (after && added) {
      this.addLoad(after, added, 1);
      if (rows[0] !== added.row) rows.push(added.row);
    }
    for (const row of rows) this.rowVersions[row] = this.versionValue;
    return rows;
  }

  /**
   * Moves "today" (options past their expiry stop counting as held). Only the options whose
   * liveness changes are subtracted, so this costs one pass over the bookings, not a rebuild.
   * Returns the rows that changed.
   */
  setToday(today: IsoDay): number[] {
    const previous = this.todayValue;
    if (today === previous) return [];
    const changed = new Set<number>();
    const moves: [IndexBooking, Footprint | null, Footprint | null][] = [];
    for (const booking of this.counted.values()) {
      if (booking.status !== 'option') continue;
      if (loadClass(booking, previous) === loadClass(booking, today)) continue;
      moves.push([booking, this.footprint(booking, previous), this.footprint(booking, today)]);
    }
    this.todayValue = today;
    for (const [booking, removed, added] of moves) {
      if (removed) {
        this.addLoad(booking, removed, -1);
        changed.add(removed.row);
      }
      if (added) {
        this.addLoad(booking, added, 1);
        changed.add(added.row);
      }
    }
    this.versionValue += 1;
    for (const row of changed) this.rowVersions[row] = this.versionValue;
    return [...changed];
  }

  /** Recomputes the loads from the counted bookings in one pass (capacities do not change). */
  rebuild(): void {
    this.confirmed.fill(0);
    this.held.fill(0);
    this.fill();
    this.versionValue += 1;
    this.rowVersions.fill(this.versionValue);
  }

  private fill(): void {
    // One pass over the bookings; addDemandInto clips each to the day window we keep.
    for (const booking of this.counted.values()) {
      const row = this.rowById.get(booking.placementId);
      if (row === undefined) continue;
      const kind = loadClass(booking, this.todayValue);
      if (kind === null) continue;
      const target = this.rowOfCells(kind === 'confirmed' ? this.confirmed : this.held, row);
      addDemandInto(booking, this.startDayNumber, this.rowOfCells(this.capacity, row), target);
    }
  }

  /** One row of a rows × days array, as a view on it. */
  private rowOfCells(cells: Float64Array, row: number): Float64Array {
    return cells.subarray(row * this.days, (row + 1) * this.days);
  }

  /** Where the booking's load lands, or null when it takes nothing in the window we keep. */
  private footprint(booking: IndexBooking, today = this.todayValue): Footprint | null {
    const row = this.rowById.get(booking.placementId);
    if (row === undefined) return null;
    const kind = loadClass(booking, today);
    if (kind === null) return null;
    const from = Math.max(0, toDayNumber(booking.startDate) - this.startDayNumber);
    const to = Math.min(this.days - 1, toDayNumber(booking.endDate) - this.startDayNumber);
    return from <= to ? { row, from, to, kind } : null;
  }

  /** Adds (sign 1) or subtracts (sign -1) the booking's demand on its footprint's days. */
  private addLoad(booking: IndexBooking, at: Footprint, sign: 1 | -1): void {
    const length = at.to - at.from + 1;
    const offset = at.row * this.days + at.from;
    const work = this.scratch.subarray(0, length).fill(0);
    const capacities = this.capacity.subarray(offset, offset + length);
    addDemandInto(booking, this.startDayNumber + at.from, capacities, work);
    const target = at.kind === 'confirmed' ? this.confirmed : this.held;
    for (let i = 0; i < length; i++) target[offset + i] = (target[offset + i] ?? 0) + sign * (work[i] ?? 0);
  }
}
