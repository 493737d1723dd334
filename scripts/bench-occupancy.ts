/**
 * How fast the occupancy index is at a real sales house's size: builds the large seeded data set
 * (2,000 placements, 50,000 bookings over 730 days), times a full recompute of the index over the
 * whole period, then 1,000 random single-booking changes (moves in time, moves to another
 * placement, status changes, deletes and re-creates), each applied incrementally. Prints the
 * figures, and as its LAST line one JSON object
 * `{ placements, bookings, days, occupancyFullMs, occupancyOneChangeMs, occupancyOneChangeP95Ms, bufferMB }`,
 * the full recompute being the median of a few runs and a change's time the median (and p95) of
 * the 1,000 changes.
 *
 *   node -e "import('vite').then((vite) => vite.runnerImport('./scripts/bench-occupancy.ts'))" -- \
 *     [--today YYYY-MM-DD] [--changes 1000] [--seed 42]
 */
import { performance } from 'node:perf_hooks';
import { demoPeriod, generateDemoData } from '../shared/demo/generate.ts';
import { createRandom } from '../shared/demo/random.ts';
import { addDays } from '../shared/domain/days.ts';
import { BOOKING_STATUSES } from '../shared/domain/model.ts';
import { OccupancyIndex, type IndexBooking } from '../shared/domain/occupancy-index.ts';

const USAGE = 'Usage: bench-occupancy [--today YYYY-MM-DD] [--changes 1000] [--seed 42]';

interface Options {
  today: string;
  changes: number;
  seed: number;
}

function parseArgs(args: readonly string[]): Options {
  // Fixed by default so two runs measure the same data set.
  const options: Options = { today: '2026-06-01', changes: 1_000, seed: 42 };
  for (let i = 0; i < args.length; i++) {
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(args[i] ?? '');
    if (!match) throw new Error(`Unexpected argument "${args[i]}".\n${USAGE}`);
    const name = match[1] ?? '';
    const value = match[2] ?? args[++i] ?? '';
    if (name === 'today' && /^\d{4}-\d{2}-\d{2}$/.test(value)) options.today = value;
    else if ((name === 'changes' || name === 'seed') && /^\d+$/.test(value) && Number(value) > 0)
      options[name] = Number(value);
    else throw new Error(`Bad option --${name} ${value}.\n${USAGE}`);
  }
  return options;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const round = (n: number, digits = 3) => Number(n.toFixed(digits));

function main(): void {
  const options = parseArgs(process.argv.slice(2).filter((arg) => arg !== '--'));
  const data = generateDemoData({ today: options.today, size: 'large', seed: options.seed });
  const period = demoPeriod(options.today, 'large');
  const build = () =>
    new OccupancyIndex({
      start: period.first,
      end: period.last,
      placements: data.placements,
      bookings: data.bookings,
      today: options.today,
    });

  build(); // warm-up
  const fullRuns: number[] = [];
  let index = build();
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    index = build();
    fullRuns.push(performance.now() - t0);
  }
  fullRuns.sort((a, b) => a - b);

  const random = createRandom(options.seed);
  const current = new Map<string, IndexBooking>(data.bookings.map((b) => [b.id, b]));
  const ids = [...current.keys()];
  const placementIds = data.placements.map((p) => p.id);
  const change = (before: IndexBooking): IndexBooking | null => {
    const kind = random.int(0, 9);
    if (kind === 0) return null; // delete (re-created by a later pick)
    if (kind <= 5) {
      const shift = random.int(-14, 14);
      return {
        ...before,
        startDate: addDays(before.startDate, shift),
        endDate: addDays(before.endDate, shift),
      };
    }
    if (kind <= 7)
      return { ...before, placementId: placementIds[random.int(0, placementIds.length - 1)] ?? '' };
    return { ...before, status: BOOKING_STATUSES[random.int(0, BOOKING_STATUSES.length - 1)] ?? 'confirmed' };
  };

  const times: number[] = [];
  const deleted = new Map<string, IndexBooking>();
  for (let i = 0; i < options.changes; i++) {
    const id = ids[random.int(0, ids.length - 1)] ?? '';
    const before = current.get(id) ?? null;
    const after = before ? change(before) : (deleted.get(id) ?? null);
    const t0 = performance.now();
    index.applyChange(before, after);
    times.push(performance.now() - t0);
    if (after) {
      current.set(id, after);
      deleted.delete(id);
    } else if (before) {
      current.delete(id);
      deleted.set(id, before);
    }
  }
  times.sort((a, b) => a - b);

  // Check the result the way the unit tests do: the incremental index equals a fresh recompute.
  const fresh = new OccupancyIndex({
    start: period.first,
    end: period.last,
    placements: data.placements,
    bookings: current.values(),
    today: options.today,
  });
  for (const key of ['confirmed', 'held'] as const) {
    const a = index[key];
    const b = fresh[key];
    for (let i = 0; i < a.length; i++)
      if (a[i] !== b[i]) throw new Error(`Incremental ${key} differs from a full recompute at cell ${i}`);
  }

  const bytes = index.capacity.byteLength + index.confirmed.byteLength + index.held.byteLength;
  const result = {
    placements: data.placements.length,
    bookings: data.bookings.length,
    days: index.days,
    occupancyFullMs: round(percentile(fullRuns, 50), 1),
    occupancyOneChangeMs: round(percentile(times, 50)),
    occupancyOneChangeP95Ms: round(percentile(times, 95)),
    bufferMB: round(bytes / (1024 * 1024), 1),
  };
  console.log(
    `Full recompute: ${fullRuns.map((t) => t.toFixed(1)).join(', ')} ms; ` +
      `one change: median ${result.occupancyOneChangeMs} ms, p95 ${result.occupancyOneChangeP95Ms} ms, ` +
      `max ${round(times[times.length - 1] ?? 0)} ms over ${times.length} changes (checked against a full recompute).`,
  );
  console.log(JSON.stringify(result));
}

main();
