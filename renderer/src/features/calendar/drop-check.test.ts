import { type DayExcess, wouldOverbook } from '@shared/domain/availability.ts';
import { volumeFitsCapacity } from '@shared/domain/capacity.ts';
import { addDays } from '@shared/domain/days.ts';
import {
  BOOKING_STATUSES,
  type Booking,
  type Capacity,
  type Format,
  type Placement,
  type Volume,
} from '@shared/domain/model.ts';
import { OccupancyIndex } from '@shared/domain/occupancy-index.ts';
import { booking, placement as placementFixture } from '@shared/domain/test-fixtures.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDrop, type DropProblem, previewRow, type ProposedChange } from './drop-check.ts';

const TODAY = '2026-03-01';

function placement(id: string, capacity: Capacity, formats: Format[] = ['rectangle_300x250']): Placement {
  return { ...placementFixture(capacity, id), formats };
}
const slots = (slotsPerDay: number): Capacity => ({ kind: 'slots', slotsPerDay });
const IMPRESSIONS_1000: Capacity = {
  kind: 'impressions',
  dailyForecast: 1000,
  weekdayProfile: [100, 100, 100, 100, 100, 100, 100],
  overrides: {},
};

const placements = [
  placement('pl-a', slots(1)),
  placement('pl-b', slots(1)),
  placement('pl-c', slots(2)),
  placement('pl-video', slots(5), ['video']),
  placement('pl-imp', IMPRESSIONS_1000),
];
const placementById = new Map(placements.map((p) => [p.id, p]));

/** The store as `checkDrop` reads it: bookings by placement id. */
function store(...bookings: Booking[]): Map<string, Booking[]> {
  const byPlacement = new Map<string, Booking[]>();
  for (const b of bookings) byPlacement.set(b.placementId, [...(byPlacement.get(b.placementId) ?? []), b]);
  return byPlacement;
}

const check = (changes: ProposedChange[], ...existing: Booking[]) =>
  checkDrop(changes, placementById, store(...existing), TODAY);
const move = (before: Booking, fields: Partial<Booking>): ProposedChange => ({
  before,
  after: { ...before, ...fields },
});
const option = { status: 'option', optionExpiresOn: '2026-03-31' } as const;

const problem = (
  kind: 'overbooked' | 'at_risk',
  bookingId: string,
  placementId: string,
  days: DayExcess[],
) => ({
  kind,
  bookingId,
  placementId,
  days,
});

/** Each day from `from` to `to` with the same excess. */
function days(from: string, to: string, excess = 1): DayExcess[] {
  const out: DayExcess[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) out.push({ day, excess });
  return out;
}

describe('checkDrop: capacity', () => {
  const full = booking({ id: 'full', placementId: 'pl-a' }); // 2–8 March, the only slot
  const mover = booking({ id: 'mover', placementId: 'pl-b', startDate: '2026-03-05', endDate: '2026-03-10' });

  it('refuses a confirmed booking moved onto a full placement, naming the days and excess', () => {
    expect(check([move(mover, { placementId: 'pl-a' })], full, mover)).toEqual({
      outcome: 'refused',
      problems: [problem('overbooked', 'mover', 'pl-a', days('2026-03-05', '2026-03-08'))],
    });
  });

  it('only warns when the same move is an option: options never sell', () => {
    const held = { ...mover, ...option };
    expect(check([move(held, { placementId: 'pl-a' })], full, held)).toEqual({
      outcome: 'warn',
      problems: [problem('at_risk', 'mover', 'pl-a', days('2026-03-05', '2026-03-08'))],
    });
  });

  it('warns when a confirmed booking lands on days an option holds', () => {
    const hold = { ...full, ...option };
    expect(check([move(mover, { placementId: 'pl-a' })], hold, mover)).toMatchObject({
      outcome: 'warn',
      problems: [{ kind: 'at_risk', days: days('2026-03-05', '2026-03-08') }],
    });
  });

  it('ignores an option past its expiry, and accepts what fits', () => {
    const lapsed = { ...full, status: 'option' as const, optionExpiresOn: '2026-02-28' };
    expect(check([move(mover, { placementId: 'pl-a' })], lapsed, mover)).toEqual({
      outcome: 'ok',
      problems: [],
    });
    expect(check([move(mover, { placementId: 'pl-c' })], full, mover).outcome).toBe('ok');
    expect(check([move(mover, { startDate: '2026-03-09' })], full, mover).outcome).toBe('ok');
  });

  it('reports the excess in the placement unit: impressions', () => {
    const sold = booking({
      id: 'sold',
      placementId: 'pl-imp',
      endDate: '2026-03-03',
      volume: { kind: 'impressions', goal: 1500 },
    });
    const created = { ...sold, id: 'new', volume: { kind: 'impressions' as const, goal: 1000 } };
    expect(check([{ before: null, after: created }], sold).problems).toEqual([
      problem('overbooked', 'new', 'pl-imp', days('2026-03-02', '2026-03-03', 250)),
    ]);
  });
});

describe('checkDrop: placement and format', () => {
  const b = booking({ id: 'b', placementId: 'pl-a' });

  it('refuses a placement that does not accept the format, or that does not exist', () => {
    expect(check([move(b, { placementId: 'pl-video' })], b)).toEqual({
      outcome: 'refused',
      problems: [{ kind: 'format', bookingId: 'b', placementId: 'pl-video', format: 'rectangle_300x250' }],
    });
    expect(check([move(b, { placementId: 'pl-gone' })], b)).toEqual({
      outcome: 'refused',
      problems: [{ kind: 'unknown_placement', bookingId: 'b', placementId: 'pl-gone' }],
    });
  });

  it('refuses a placement sold in another unit: slots onto impressions and back', () => {
    expect(check([move(b, { placementId: 'pl-imp' })], b)).toEqual({
      outcome: 'refused',
      problems: [{ kind: 'unit', bookingId: 'b', placementId: 'pl-imp', unit: 'impressions' }],
    });
    const goal = booking({ id: 'g', placementId: 'pl-imp', volume: { kind: 'impressions', goal: 7000 } });
    expect(check([move(goal, { placementId: 'pl-a' })], goal).problems).toEqual([
      { kind: 'unit', bookingId: 'g', placementId: 'pl-a', unit: 'slots' },
    ]);
  });

  it('lets a cancelled or expired booking go anywhere its format is accepted', () => {
    const full = booking({ id: 'full', placementId: 'pl-c', volume: { kind: 'slots', slots: 2 } });
    for (const status of ['cancelled', 'expired'] as const) {
      const idle = { ...b, status };
      expect(check([move(idle, { placementId: 'pl-c' })], full, idle)).toEqual({
        outcome: 'ok',
        problems: [],
      });
      expect(check([move(idle, { placementId: 'pl-video' })], full, idle).problems).toEqual([
        { kind: 'format', bookingId: 'b', placementId: 'pl-video', format: 'rectangle_300x250' },
      ]);
    }
  });
});

describe('checkDrop: group moves', () => {
  const resident = booking({ id: 'resident', placementId: 'pl-c' }); // 1 of 2 slots, 2–8 March
  const one = booking({ id: 'one', placementId: 'pl-b', startDate: '2026-03-03', endDate: '2026-03-04' });
  const two = booking({ id: 'two', placementId: 'pl-a', startDate: '2026-03-04', endDate: '2026-03-05' });

  it('refuses bookings that only overbook together, blaming each on the shared day', () => {
    const group = [move(one, { placementId: 'pl-c' }), move(two, { placementId: 'pl-c' })];
    expect(check([group[0] as ProposedChange], resident, one, two).outcome).toBe('ok');
    expect(check([group[1] as ProposedChange], resident, one, two).outcome).toBe('ok');
    expect(check(group, resident, one, two)).toEqual({
      outcome: 'refused',
      problems: [
        problem('overbooked', 'one', 'pl-c', [{ day: '2026-03-04', excess: 1 }]),
        problem('overbooked', 'two', 'pl-c', [{ day: '2026-03-04', excess: 1 }]),
      ],
    });
  });

  it('blames a booking of the group only for days it loads itself', () => {
    const late = booking({ id: 'late', placementId: 'pl-a', startDate: '2026-03-05', endDate: '2026-03-05' });
    const third = booking({
      id: 'third',
      placementId: 'pl-b',
      startDate: '2026-03-07',
      endDate: '2026-03-08',
    });
    const empty = booking({ id: 'empty', placementId: 'pl-a', volume: { kind: 'slots', slots: 0 } });
    const group = [
      move(one, { placementId: 'pl-a' }),
      move(third, { placementId: 'pl-a', startDate: '2026-03-05', endDate: '2026-03-06' }),
      { before: null, after: empty },
    ];
    expect(check(group, late, one, third).problems).toEqual([
      problem('overbooked', 'third', 'pl-a', [{ day: '2026-03-05', excess: 1 }]),
    ]);
  });

  it('accepts two bookings swapping placements, which one alone could not do', () => {
    const a = booking({ id: 'a', placementId: 'pl-a' });
    const b = booking({ id: 'b', placementId: 'pl-b' });
    const swap = [move(a, { placementId: 'pl-b' }), move(b, { placementId: 'pl-a' })];
    expect(check(swap, a, b)).toEqual({ outcome: 'ok', problems: [] });
    expect(check([swap[0] as ProposedChange], a, b).outcome).toBe('refused');
  });

  it('blames an option of the group only for risk, even when a confirmed one overbooks', () => {
    const held = { ...two, ...option };
    const group = [
      move(one, { placementId: 'pl-a' }),
      move(held, { placementId: 'pl-a', startDate: '2026-03-03' }),
    ];
    const full = booking({ id: 'full', placementId: 'pl-a' });
    const verdict = check(group, full, one, held);
    expect(verdict.outcome).toBe('refused');
    expect(verdict.problems.map((p: DropProblem) => [p.kind, p.bookingId])).toEqual([
      ['overbooked', 'one'],
      ['at_risk', 'two'],
    ]);
  });
});

describe('checkDrop: an existing overbooking is not the change’s fault', () => {
  const first = booking({ id: 'first', placementId: 'pl-a' }); // 2–8 March
  const second = booking({
    id: 'second',
    placementId: 'pl-a',
    startDate: '2026-03-05',
    endDate: '2026-03-08',
  });

  it('allows shrinking, extending over free days or editing without moving', () => {
    expect(check([move(second, { endDate: '2026-03-06' })], first, second).outcome).toBe('ok');
    expect(check([move(second, { endDate: '2026-03-12' })], first, second).outcome).toBe('ok');
    expect(check([move(second, { notes: 'creative late' })], first, second).outcome).toBe('ok');
    expect(check([move(second, { placementId: 'pl-b' })], first, second).outcome).toBe('ok');
  });

  it('refuses only the days made worse', () => {
    expect(
      check([move(second, { startDate: '2026-03-04', endDate: '2026-03-07' })], first, second).problems,
    ).toEqual([problem('overbooked', 'second', 'pl-a', [{ day: '2026-03-04', excess: 1 }])]);
  });

  it('checks a creation (no before) against the store', () => {
    const created = booking({
      id: 'created',
      placementId: 'pl-a',
      startDate: '2026-03-08',
      endDate: '2026-03-09',
    });
    expect(check([{ before: null, after: created }], first, second).problems).toEqual([
      problem('overbooked', 'created', 'pl-a', [{ day: '2026-03-08', excess: 2 }]),
    ]);
    const later = { ...created, startDate: '2026-03-09' };
    expect(check([{ before: null, after: later }], first, second)).toEqual({ outcome: 'ok', problems: [] });
  });
});

const BASE = '2026-03-02';
const dayAt = (offset: number) => addDays(BASE, offset);
const template = booking({ id: 'template' });

const capacityArb: fc.Arbitrary<Capacity> = fc.oneof(
  fc.integer({ min: 1, max: 4 }).map(slots),
  fc.record({
    kind: fc.constant('impressions' as const),
    dailyForecast: fc.integer({ min: 1, max: 50_000 }),
    weekdayProfile: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 7, maxLength: 7 }),
    overrides: fc
      .array(fc.tuple(fc.integer({ min: -5, max: 40 }), fc.integer({ min: 0, max: 80_000 })), {
        maxLength: 4,
      })
      .map((pairs) => Object.fromEntries(pairs.map(([d, n]) => [dayAt(d), n]))),
  }),
);
const volumeArb: fc.Arbitrary<Volume> = fc.oneof(
  fc.record({ kind: fc.constant('slots' as const), slots: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('impressions' as const), goal: fc.integer({ min: 0, max: 400_000 }) }),
  fc.record({
    kind: fc.constant('sov' as const),
    pct: fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100),
  }),
);
/** A booking's varying fields; placement `placements` (one past the last) is never in the index. */
const fieldsArb = (placementCount: number) =>
  fc
    .record({
      placement: fc.integer({ min: 0, max: placementCount }),
      start: fc.integer({ min: -10, max: 40 }),
      length: fc.integer({ min: 0, max: 20 }),
      status: fc.constantFrom(...BOOKING_STATUSES),
      expiry: fc.option(fc.integer({ min: -5, max: 40 }), { nil: null }),
      volume: volumeArb,
    })
    .map((f): Partial<Booking> => ({
      placementId: `pl-${f.placement}`,
      startDate: dayAt(f.start),
      endDate: dayAt(f.start + f.length - 1),
      status: f.status,
      optionExpiresOn: f.expiry === null ? null : dayAt(f.expiry),
      volume: f.volume,
    }));
const make = (id: string, fields: Partial<Booking>): Booking => ({ ...template, id, ...fields });

describe('checkDrop agrees with the server’s rule (property)', () => {
  it('a creation gets exactly the days wouldOverbook finds; an edit at most those', () => {
    fc.assert(
      fc.property(
        capacityArb,
        fc.array(fieldsArb(0), { maxLength: 12 }),
        fieldsArb(0),
        fc.option(fc.nat(), { nil: null }),
        fc.integer({ min: -5, max: 30 }),
        (capacity, existingFields, fields, edited, todayOffset) => {
          const target = placement('pl-0', capacity);
          const existing = existingFields.map((f, i) => make(`b${i}`, f));
          const before =
            edited === null || existing.length === 0 ? null : (existing[edited % existing.length] ?? null);
          const after = make(before?.id ?? 'new', fields);
          const today = dayAt(todayOffset);
          const verdict = checkDrop(
            [{ before, after }],
            new Map([['pl-0', target]]),
            store(...existing),
            today,
          );
          if (!volumeFitsCapacity(after.volume, target)) {
            // Validation refuses such a booking before the server counts anything.
            expect(verdict.problems).toEqual([
              { kind: 'unit', bookingId: after.id, placementId: 'pl-0', unit: target.capacity.kind },
            ]);
            return;
          }
          const server = wouldOverbook(target, existing, after, today);
          const daysOf = (kind: DropProblem['kind']) =>
            verdict.problems.flatMap((p) => (p.kind === kind && 'days' in p ? p.days : []));
          if (before === null) {
            expect(daysOf('overbooked')).toEqual(server.overbookedDays);
            expect(daysOf('at_risk')).toEqual(server.atRiskDays);
          } else {
            const serverDays = [...server.overbookedDays, ...server.atRiskDays];
            for (const day of daysOf('overbooked')) expect(server.overbookedDays).toContainEqual(day);
            for (const day of daysOf('at_risk')) expect(serverDays).toContainEqual(day);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('previewRow', () => {
  const index = new OccupancyIndex({
    start: '2026-03-02',
    end: '2026-03-08',
    placements: [placement('pl-a', slots(1)), placement('pl-b', slots(3))],
    bookings: [booking({ id: 'x', placementId: 'pl-a', startDate: '2026-03-03', endDate: '2026-03-04' })],
    today: TODAY,
  });
  const x = booking({ id: 'x', placementId: 'pl-a', startDate: '2026-03-03', endDate: '2026-03-04' });

  it('moves the load from the old row to the new one, clipped to the window', () => {
    const changes = [
      move(x, { placementId: 'pl-b', startDate: '2026-03-07', endDate: '2026-03-12', ...option }),
    ];
    const a = previewRow(index, changes, 0, -3, 2);
    expect(a.from).toBe(0);
    expect(Array.from(a.confirmed)).toEqual([0, 0, 0]);
    expect(Array.from(a.capacity)).toEqual([1, 1, 1]);
    const b = previewRow(index, changes, 1, 4, 99);
    expect(b.from).toBe(4);
    expect(Array.from(b.held)).toEqual([0, 1, 1]);
    expect(Array.from(b.capacity)).toEqual([3, 3, 3]);
    expect(Array.from(index.confirmed.subarray(0, 7))).toEqual([0, 1, 1, 0, 0, 0, 0]); // the index is untouched
  });

  it('gives empty series for a row or range outside the index', () => {
    expect(previewRow(index, [], 2, 0, 6).capacity).toHaveLength(0);
    expect(previewRow(index, [], -1, 0, 6).held).toHaveLength(0);
    expect(previewRow(index, [], 0, 5, 4).confirmed).toHaveLength(0);
    expect(previewRow(index, [], 0, 7, 9).capacity).toHaveLength(0);
  });

  it('equals a fresh index built with the changed bookings (property)', () => {
    fc.assert(
      fc.property(
        fc.array(capacityArb, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: -5, max: 30 }),
        fc.array(fieldsArb(4), { maxLength: 15 }),
        fc.uniqueArray(fc.nat(30), { maxLength: 6 }),
        fc.array(fieldsArb(4), { minLength: 6, maxLength: 6 }),
        fc.tuple(fc.integer({ min: -30, max: 40 }), fc.integer({ min: -30, max: 40 })),
        (
          capacities,
          windowStart,
          windowLength,
          todayOffset,
          existingFields,
          picks,
          newFields,
          [from, to],
        ) => {
          const list = capacities.map((capacity, i) => placement(`pl-${i}`, capacity));
          const existing = existingFields.map((f, i) => make(`b${i}`, f));
          // A pick past the existing bookings is a creation.
          const changes = picks.map((pick, k): ProposedChange => {
            const before = existing[pick] ?? null;
            return { before, after: make(before?.id ?? `new${k}`, newFields[k] ?? {}) };
          });
          const window = {
            start: dayAt(windowStart),
            end: dayAt(windowStart + windowLength - 1),
            today: dayAt(todayOffset),
          };
          const index = new OccupancyIndex({ ...window, placements: list, bookings: existing });
          const changedIds = new Set(changes.map((c) => c.after.id));
          const afterBookings = [
            ...existing.filter((b) => !changedIds.has(b.id)),
            ...changes.map((c) => c.after),
          ];
          const fresh = new OccupancyIndex({ ...window, placements: list, bookings: afterBookings });
          list.forEach((_, row) => {
            const preview = previewRow(index, changes, row, from, to);
            const first = Math.max(0, from);
            const last = Math.min(index.days - 1, to);
            const expected = (series: Float64Array) =>
              Array.from(
                series.subarray(row * index.days + first, row * index.days + Math.max(first, last + 1)),
              );
            expect(preview.from).toBe(first);
            expect(Array.from(preview.capacity)).toEqual(expected(fresh.capacity));
            expect(Array.from(preview.confirmed)).toEqual(expected(fresh.confirmed));
            expect(Array.from(preview.held)).toEqual(expected(fresh.held));
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
