/**
 * What the occupancy grid asks before and while bookings are dragged, pure: may these moved,
 * resized or created bookings land where they are dropped, and what would the rows look like?
 *
 * The changes of one gesture apply together (a group move), and a change is only blamed for what it
 * makes worse: a day counts against it when its own booking loads that day and the day ends up
 * further over capacity than the store has it now. So shrinking a booking on an already overbooked
 * placement, or leaving an existing overbooking as it was, is never refused. The rules themselves
 * (what loads, when an option stops holding) are the domain's: `occupancyRange` and `load.ts`.
 */
import type { DayExcess } from '@shared/domain/availability.ts';
import { capacityUnit, volumeFitsCapacity, type CapacityUnit } from '@shared/domain/capacity.ts';
import { fromDayNumber } from '@shared/domain/days.ts';
import { addDemandInto, loadClass, type LoadClass } from '@shared/domain/load.ts';
import type { Booking, Format, IsoDay, Placement } from '@shared/domain/model.ts';
import type { OccupancyIndex } from '@shared/domain/occupancy-index.ts';
import { occupancyRange, type OccupancyRange } from '@shared/domain/occupancy.ts';

export interface ProposedChange {
  /** null: a booking being created. */
  before: Booking | null;
  after: Booking;
}

export type DropProblem =
  /** The target placement does not accept the booking's format. */
  | { kind: 'format'; bookingId: string; placementId: string; format: Format }
  /** The booking's volume is counted in another unit than the placement's capacity (slots vs impressions). */
  | { kind: 'unit'; bookingId: string; placementId: string; unit: CapacityUnit }
  | { kind: 'unknown_placement'; bookingId: string; placementId: string }
  /** Confirmed load over capacity, made worse by the change. */
  | { kind: 'overbooked'; bookingId: string; placementId: string; days: DayExcess[] }
  /** Confirmed plus options over capacity, made worse by the change. */
  | { kind: 'at_risk'; bookingId: string; placementId: string; days: DayExcess[] };

export interface DropVerdict {
  /** 'refused' when any format/unit/unknown_placement/overbooked problem; 'warn' when only at_risk; else 'ok'. */
  outcome: 'ok' | 'warn' | 'refused';
  problems: DropProblem[];
}

/** How far a day is over capacity, sold alone and sold plus held ("taken"), before and after the changes. */
interface DayExcesses {
  confirmed: { before: number; after: number };
  taken: { before: number; after: number };
}

function excessesAt(before: OccupancyRange, after: OccupancyRange, i: number): DayExcesses {
  const capacity = after.capacity[i] ?? 0;
  const over = (load: number) => Math.max(0, load - capacity);
  const confirmedBefore = before.confirmed[i] ?? 0;
  const confirmedAfter = after.confirmed[i] ?? 0;
  return {
    confirmed: { before: over(confirmedBefore), after: over(confirmedAfter) },
    taken: {
      before: over(confirmedBefore + (before.held[i] ?? 0)),
      after: over(confirmedAfter + (after.held[i] ?? 0)),
    },
  };
}

/** The days one change is to blame for on its target placement, split by severity. */
function blamedDays(
  after: Booking,
  kind: LoadClass,
  before: OccupancyRange,
  afterRange: OccupancyRange,
): { overbooked: DayExcess[]; atRisk: DayExcess[] } {
  const own = new Float64Array(afterRange.length);
  addDemandInto(after, afterRange.startDayNumber, afterRange.capacity, own);
  const overbooked: DayExcess[] = [];
  const atRisk: DayExcess[] = [];
  for (let i = 0; i < afterRange.length; i++) {
    if ((own[i] ?? 0) <= 0) continue;
    const { confirmed, taken } = excessesAt(before, afterRange, i);
    const day = () => fromDayNumber(afterRange.startDayNumber + i);
    // An option never sells: it can only put days at risk, whatever else moved with it.
    if (kind === 'confirmed' && confirmed.after > confirmed.before) {
      overbooked.push({ day: day(), excess: confirmed.after });
    } else if (taken.after > taken.before) {
      atRisk.push({ day: day(), excess: taken.after });
    }
  }
  return { overbooked, atRisk };
}

/** The capacity problems of the changes landing on one placement: one list per change, in order. */
function capacityProblems(
  placement: Placement,
  landing: readonly ProposedChange[],
  existing: readonly Booking[],
  changedIds: ReadonlySet<string>,
  today: IsoDay,
): DropProblem[][] {
  const kinds = landing.map(({ after }) =>
    after.startDate <= after.endDate ? loadClass(after, today) : null,
  );
  const loading = landing.filter((_, i) => kinds[i] !== null).map((c) => c.after);
  if (loading.length === 0) return landing.map(() => []);
  // One range covering every loading booking, so each day's before and after are read once.
  const start = loading.reduce((min, b) => (b.startDate < min ? b.startDate : min), '9999-12-31');
  const end = loading.reduce((max, b) => (b.endDate > max ? b.endDate : max), '0000-01-01');
  const afterBookings = existing.filter((b) => !changedIds.has(b.id)).concat(landing.map((c) => c.after));
  const before = occupancyRange(placement, existing, start, end, today);
  const afterRange = occupancyRange(placement, afterBookings, start, end, today);
  return landing.map(({ after }, i): DropProblem[] => {
    const kind = kinds[i];
    if (kind === undefined || kind === null) return [];
    const { overbooked, atRisk } = blamedDays(after, kind, before, afterRange);
    const where = { bookingId: after.id, placementId: placement.id };
    const problems: DropProblem[] = [];
    if (overbooked.length > 0) problems.push({ kind: 'overbooked', ...where, days: overbooked });
    if (atRisk.length > 0) problems.push({ kind: 'at_risk', ...where, days: atRisk });
    return problems;
  });
}

function placementProblem(change: ProposedChange, placement: Placement | undefined): DropProblem | null {
  const { id: bookingId, placementId, format } = change.after;
  if (!placement) return { kind: 'unknown_placement', bookingId, placementId };
  if (!placement.formats.includes(format)) return { kind: 'format', bookingId, placementId, format };
  if (!volumeFitsCapacity(change.after.volume, placement))
    return { kind: 'unit', bookingId, placementId, unit: capacityUnit(placement) };
  return null;
}

function outcomeOf(problems: readonly DropProblem[]): DropVerdict['outcome'] {
  if (problems.some((p) => p.kind !== 'at_risk')) return 'refused';
  return problems.length > 0 ? 'warn' : 'ok';
}

/**
 * Whether `changes`, applied together, may land. `bookingsByPlacement` is the store before the
 * change. A cancelled or expired booking (or an option past its expiry) takes no capacity: only
 * its placement and format are checked. Problems come in the order of the changes; a change's days
 * are sorted.
 */
export function checkDrop(
  changes: readonly ProposedChange[],
  placementById: ReadonlyMap<string, Placement>,
  bookingsByPlacement: ReadonlyMap<string, readonly Booking[]>,
  today: IsoDay,
): DropVerdict {
  // The store's copy of a changed booking never counts next to its new version, even when `before`
  // is null or stale: the change stands in for whatever the store holds under that id.
  const changedIds = new Set(
    changes.flatMap(({ before, after }) => (before ? [before.id, after.id] : [after.id])),
  );
  const problemsOf: DropProblem[][] = changes.map(() => []);
  const landingOn = new Map<string, number[]>(); // placement id → indexes of the changes landing there
  changes.forEach((change, i) => {
    const placement = placementById.get(change.after.placementId);
    const problem = placementProblem(change, placement);
    if (problem) problemsOf[i]?.push(problem);
    // A volume in another unit has no meaningful load there: only the refusal is told.
    if (placement && problem?.kind !== 'unit')
      landingOn.set(placement.id, [...(landingOn.get(placement.id) ?? []), i]);
  });
  for (const [placementId, indexes] of landingOn) {
    const placement = placementById.get(placementId);
    if (!placement) continue;
    const landing = indexes.flatMap((i) => changes[i] ?? []);
    const existing = bookingsByPlacement.get(placementId) ?? [];
    capacityProblems(placement, landing, existing, changedIds, today).forEach((problems, k) => {
      problemsOf[indexes[k] ?? -1]?.push(...problems);
    });
  }
  const problems = problemsOf.flat();
  return { outcome: outcomeOf(problems), problems };
}

/** Adds (sign 1) or subtracts (sign -1) a live booking's load into the series of its class. */
function applyLoad(
  booking: Booking,
  today: IsoDay,
  firstDayNumber: number,
  series: { capacity: Float64Array; confirmed: Float64Array; held: Float64Array },
  sign: 1 | -1,
): void {
  const kind = loadClass(booking, today);
  if (kind === null) return;
  const demand = new Float64Array(series.capacity.length);
  addDemandInto(booking, firstDayNumber, series.capacity, demand);
  const target = kind === 'confirmed' ? series.confirmed : series.held;
  for (let i = 0; i < demand.length; i++) target[i] = (target[i] ?? 0) + sign * (demand[i] ?? 0);
}

/**
 * The occupancy of one index row over day indexes [from, to] (inclusive, clipped to the window)
 * as it would be with the changes applied: for the drag preview. Starts from copies of the index's
 * arrays, subtracts the `before` of the changes on that row and adds their `after` (load classes at
 * `index.today`); the index itself is left alone. A row outside the index, or a range outside the
 * window, gives empty series (`from` is then the clipped start).
 */
export function previewRow(
  index: OccupancyIndex,
  changes: readonly ProposedChange[],
  row: number,
  from: number,
  to: number,
): { from: number; capacity: Float64Array; confirmed: Float64Array; held: Float64Array } {
  const first = Math.max(0, Math.ceil(from));
  const last = Math.min(index.days - 1, Math.floor(to));
  const rowExists = Number.isInteger(row) && row >= 0 && row < index.rows;
  const length = rowExists ? Math.max(0, last - first + 1) : 0;
  const offset = row * index.days + first;
  const cells = (series: Float64Array) => series.slice(offset, offset + length);
  const preview = {
    capacity: cells(index.capacity),
    confirmed: cells(index.confirmed),
    held: cells(index.held),
  };
  const firstDayNumber = index.startDayNumber + first;
  const onRow = (booking: Booking | null): booking is Booking =>
    length > 0 && booking !== null && index.rowOf(booking.placementId) === row;
  for (const { before, after } of changes) {
    if (onRow(before)) applyLoad(before, index.today, firstDayNumber, preview, -1);
    if (onRow(after)) applyLoad(after, index.today, firstDayNumber, preview, 1);
  }
  return { from: first, ...preview };
}
