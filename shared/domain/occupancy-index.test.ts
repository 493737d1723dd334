import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './days.ts';
import { BOOKING_STATUSES, type Capacity, type Volume } from './model.ts';
import { OccupancyIndex, type IndexBooking, type IndexPlacement } from './occupancy-index.ts';
import { occupancyRange } from './occupancy.ts';

const BASE = '2026-03-02'; // a Monday

function booking(fields: Partial<IndexBooking> & { id: string }): IndexBooking {
  return {
    placementId: 'pl-1',
    startDate: '2026-03-02',
    endDate: '2026-03-08',
    status: 'confirmed',
    optionExpiresOn: null,
    volume: { kind: 'slots', slots: 1 },
    ...fields,
  };
}

const slots = (id: string, slotsPerDay = 2): IndexPlacement => ({
  id,
  capacity: { kind: 'slots', slotsPerDay },
});

function series(index: OccupancyIndex, row: number) {
  const from = row * index.days;
  const to = from + index.days;
  return {
    capacity: Array.from(index.capacity.subarray(from, to)),
    confirmed: Array.from(index.confirmed.subarray(from, to)),
    held: Array.from(index.held.subarray(from, to)),
  };
}

/** Every figure of the index, for exact comparison. */
function snapshot(index: OccupancyIndex) {
  return {
    capacity: Array.from(index.capacity),
    confirmed: Array.from(index.confirmed),
    held: Array.from(index.held),
  };
}

// ───────────────────────────── arbitraries ─────────────────────────────

const dayAt = (offset: number) => addDays(BASE, offset);

const capacityArb: fc.Arbitrary<Capacity> = fc.oneof(
  fc.record({ kind: fc.constant('slots' as const), slotsPerDay: fc.integer({ min: 1, max: 4 }) }),
  fc.record({
    kind: fc.constant('impressions' as const),
    dailyForecast: fc.integer({ min: 1, max: 2_000_000 }),
    weekdayProfile: fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 7, maxLength: 7 }),
    overrides: fc
      .array(fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: 0, max: 3_000_000 })), {
        maxLength: 5,
      })
      .map((pairs) => Object.fromEntries(pairs.map(([d, n]) => [dayAt(d), n]))),
  }),
);

const placementsArb = fc
  .array(capacityArb, { minLength: 1, maxLength: 4 })
  .map((capacities) => capacities.map((capacity, i): IndexPlacement => ({ id: `pl-${i}`, capacity })));

const volumeArb: fc.Arbitrary<Volume> = fc.oneof(
  fc.record({ kind: fc.constant('slots' as const), slots: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('impressions' as const), goal: fc.integer({ min: 0, max: 5_000_000 }) }),
  fc.record({
    kind: fc.constant('sov' as const),
    pct: fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100),
  }),
);

/** A booking's fields but its id; placement 4 is never in the index, lengths ≤ 0 are reversed dates. */
const fieldsArb = fc
  .record({
    placement: fc.integer({ min: 0, max: 4 }),
    start: fc.integer({ min: -15, max: 60 }),
    length: fc.integer({ min: -1, max: 25 }),
    status: fc.constantFrom(...BOOKING_STATUSES),
    expiry: fc.option(fc.integer({ min: -10, max: 60 }), { nil: null }),
    volume: volumeArb,
  })
  .map((f): Omit<IndexBooking, 'id'> => ({
    placementId: `pl-${f.placement}`,
    startDate: dayAt(f.start),
    endDate: dayAt(f.start + f.length - 1),
    status: f.status,
    optionExpiresOn: f.expiry === null ? null : dayAt(f.expiry),
    volume: f.volume,
  }));

type Op =
  | { op: 'create'; fields: Omit<IndexBooking, 'id'> }
  | { op: 'update'; pick: number; fields: Omit<IndexBooking, 'id'> }
  | { op: 'move'; pick: number; placement: number; shift: number }
  | { op: 'status'; pick: number; status: IndexBooking['status'] }
  | { op: 'delete'; pick: number }
  | { op: 'today'; today: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('create' as const), fields: fieldsArb }),
  fc.record({ op: fc.constant('update' as const), pick: fc.nat(), fields: fieldsArb }),
  fc.record({
    op: fc.constant('move' as const),
    pick: fc.nat(),
    placement: fc.integer({ min: 0, max: 4 }),
    shift: fc.integer({ min: -20, max: 20 }),
  }),
  fc.record({
    op: fc.constant('status' as const),
    pick: fc.nat(),
    status: fc.constantFrom(...BOOKING_STATUSES),
  }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('today' as const), today: fc.integer({ min: -5, max: 50 }) }),
);

const scenarioArb = fc.record({
  placements: placementsArb,
  windowStart: fc.integer({ min: 0, max: 20 }),
  windowLength: fc.integer({ min: 1, max: 40 }),
  today: fc.integer({ min: -5, max: 50 }),
  bookings: fc.array(fieldsArb, { maxLength: 25 }),
  ops: fc.array(opArb, { maxLength: 40 }),
});

// ───────────────────────────── tests ─────────────────────────────

describe('OccupancyIndex', () => {
  const window = { start: '2026-03-02', end: '2026-03-15' };

  it('lays out one contiguous row-major buffer per series', () => {
    const index = new OccupancyIndex({
      ...window,
      placements: [slots('pl-1', 2), slots('pl-2', 3)],
      bookings: [booking({ id: 'b1', placementId: 'pl-2', startDate: '2026-03-03', endDate: '2026-03-04' })],
      today: '2026-03-01',
    });
    expect(index.days).toBe(14);
    expect(index.rows).toBe(2);
    expect(index.capacity).toHaveLength(28);
    expect(index.confirmed[14 + 1]).toBe(1);
    expect(index.confirmed[14 + 2]).toBe(1);
    expect(index.confirmed.reduce((a, b) => a + b, 0)).toBe(2);
    expect(index.capacity[0]).toBe(2);
    expect(index.capacity[14]).toBe(3);
    expect(index.rowOf('pl-2')).toBe(1);
    expect(index.rowOf('nope')).toBeUndefined();
    expect(index.dayIndexOf('2026-03-04')).toBe(2);
    expect(index.dayAt(2)).toBe('2026-03-04');
  });

  it('reads a cell with its state, undefined outside the grid', () => {
    const index = new OccupancyIndex({
      ...window,
      placements: [slots('pl-1', 1)],
      bookings: [
        booking({ id: 'b1', endDate: '2026-03-03' }),
        booking({ id: 'b2', startDate: '2026-03-03', endDate: '2026-03-04', status: 'option' }),
      ],
      today: '2026-03-01',
    });
    expect(index.cell(0, 0)).toMatchObject({ capacity: 1, confirmed: 1, held: 0, state: 'full' });
    expect(index.cell(0, 1)).toMatchObject({ capacity: 1, confirmed: 1, held: 1, state: 'at_risk' });
    expect(index.cell(0, 2)).toMatchObject({ confirmed: 0, held: 1, state: 'full' });
    expect(index.cell(0, 3)).toMatchObject({ confirmed: 0, held: 0, state: 'free' });
    expect(index.cell(0, 14)).toBeUndefined();
    expect(index.cell(1, 0)).toBeUndefined();
    expect(index.cell(-1, 0)).toBeUndefined();
    expect(index.cell(0, 0.5)).toBeUndefined();
  });

  it('clips bookings partly or wholly outside the window', () => {
    const index = new OccupancyIndex({
      ...window,
      placements: [slots('pl-1', 5)],
      bookings: [
        booking({ id: 'before', startDate: '2026-02-01', endDate: '2026-03-01' }),
        booking({ id: 'after', startDate: '2026-03-16', endDate: '2026-04-01' }),
        booking({ id: 'left', startDate: '2026-02-25', endDate: '2026-03-03' }),
        booking({ id: 'right', startDate: '2026-03-14', endDate: '2026-03-20' }),
        booking({ id: 'both', startDate: '2026-01-01', endDate: '2026-12-31' }),
      ],
      today: '2026-03-01',
    });
    const { confirmed } = series(index, 0);
    expect(confirmed).toEqual([2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2]);
  });

  it('spreads a clipped impressions goal over the whole booking, not the visible part', () => {
    const placement: IndexPlacement = {
      id: 'pl-1',
      capacity: {
        kind: 'impressions',
        dailyForecast: 1000,
        weekdayProfile: [100, 100, 100, 100, 100, 50, 50],
        overrides: {},
      },
    };
    // 10 days from 2026-02-25 to 2026-03-06, 1,003 impressions: 101 on the first 3 days, then 100.
    const b = booking({
      id: 'b',
      startDate: '2026-02-25',
      endDate: '2026-03-06',
      volume: { kind: 'impressions', goal: 1003 },
    });
    const index = new OccupancyIndex({
      ...window,
      placements: [placement],
      bookings: [b],
      today: '2026-03-01',
    });
    expect(series(index, 0).confirmed.slice(0, 6)).toEqual([100, 100, 100, 100, 100, 0]);
    expect(series(index, 0).capacity.slice(4, 8)).toEqual([1000, 500, 500, 1000]);
    index.applyChange(b, null);
    expect(series(index, 0).confirmed.every((n) => n === 0)).toBe(true);
  });

  it('handles create, move to another placement and delete on the affected rows only', () => {
    const index = new OccupancyIndex({
      ...window,
      placements: [slots('pl-1'), slots('pl-2')],
      bookings: [],
      today: '2026-03-01',
    });
    const created = booking({ id: 'b', startDate: '2026-03-05', endDate: '2026-03-06' });
    expect(index.applyChange(null, created)).toEqual([0]);
    expect(index.version).toBe(1);
    expect(index.rowVersions[0]).toBe(1);
    const moved = { ...created, placementId: 'pl-2', startDate: '2026-03-10', endDate: '2026-03-10' };
    expect(index.applyChange(created, moved)).toEqual([0, 1]);
    expect(series(index, 0).confirmed.every((n) => n === 0)).toBe(true);
    expect(series(index, 1).confirmed[8]).toBe(1);
    expect(index.rowVersions[1]).toBe(2);
    expect(index.applyChange(moved, null)).toEqual([1]);
    expect(index.confirmed.every((n) => n === 0)).toBe(true);
    expect(index.version).toBe(3);
  });

  it('never counts a booking twice when a change is replayed or its before is stale', () => {
    const index = new OccupancyIndex({
      ...window,
      placements: [slots('pl-1')],
      bookings: [],
      today: '2026-03-01',
    });
    const b = booking({ id: 'b', endDate: '2026-03-02' });
    index.applyChange(null, b);
    index.applyChange(null, b);
    expect(index.confirmed[0]).toBe(1);
    index.applyChange({ ...b, startDate: '2026-03-10', endDate: '2026-03-10' }, null);
    expect(index.confirmed.every((n) => n === 0)).toBe(true);
    expect(() => index.applyChange(b, { ...b, id: 'other' })).toThrow(/ids differ/);
  });

  it('changes nothing when a booking has a malformed date', () => {
    const b = booking({ id: 'b' });
    const index = new OccupancyIndex({
      ...window,
      placements: [slots('pl-1')],
      bookings: [b],
      today: '2026-03-01',
    });
    const before = snapshot(index);
    expect(() => index.applyChange(b, { ...b, endDate: '2026-02-30' })).toThrow(RangeError);
    expect(snapshot(index)).toEqual(before);
    expect(index.applyChange(b, null)).toEqual([0]);
  });

  it('stops counting an option as held after its expiry when today moves, and back', () => {
    const option = booking({ id: 'o', status: 'option', optionExpiresOn: '2026-03-04' });
    const index = new OccupancyIndex({
      ...window,
      placements: [slots('pl-1')],
      bookings: [option],
      today: '2026-03-04',
    });
    expect(index.held[0]).toBe(1);
    const v = index.version;
    expect(index.setToday('2026-03-05')).toEqual([0]);
    expect(index.held.every((n) => n === 0)).toBe(true);
    expect(index.version).toBe(v + 1);
    expect(index.setToday('2026-03-05')).toEqual([]);
    expect(index.version).toBe(v + 1);
    index.setToday('2026-03-01');
    expect(index.held[0]).toBe(1);
    expect(index.today).toBe('2026-03-01');
  });

  it('ignores bookings of placements outside the index until moved into it', () => {
    const b = booking({ id: 'b', placementId: 'elsewhere' });
    const index = new OccupancyIndex({
      ...window,
      placements: [slots('pl-1')],
      bookings: [b],
      today: '2026-03-01',
    });
    expect(index.confirmed.every((n) => n === 0)).toBe(true);
    expect(index.applyChange(b, { ...b, placementId: 'pl-1' })).toEqual([0]);
    expect(index.confirmed[0]).toBe(1);
  });

  it('rejects duplicate placements and accepts an empty window', () => {
    expect(
      () =>
        new OccupancyIndex({
          ...window,
          placements: [slots('a'), slots('a')],
          bookings: [],
          today: '2026-03-01',
        }),
    ).toThrow(/Duplicate/);
    const empty = new OccupancyIndex({
      start: '2026-03-02',
      end: '2026-03-01',
      placements: [slots('a')],
      bookings: [booking({ id: 'b', placementId: 'a' })],
      today: '2026-03-01',
    });
    expect(empty.days).toBe(0);
    expect(empty.applyChange(null, booking({ id: 'c', placementId: 'a' }))).toEqual([]);
  });

  it('full recompute equals occupancyRange row by row (property)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const start = dayAt(s.windowStart);
        const end = dayAt(s.windowStart + s.windowLength - 1);
        const today = dayAt(s.today);
        const bookings = s.bookings.map((f, i) => ({ ...f, id: `b${i}` }));
        const index = new OccupancyIndex({ start, end, placements: s.placements, bookings, today });
        s.placements.forEach((placement, row) => {
          const range = occupancyRange(placement, bookings, start, end, today);
          expect(series(index, row)).toEqual({
            capacity: Array.from(range.capacity),
            confirmed: Array.from(range.confirmed),
            held: Array.from(range.held),
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  it('after any sequence of changes, equals a fresh full recompute exactly (property)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const start = dayAt(s.windowStart);
        const end = dayAt(s.windowStart + s.windowLength - 1);
        const live = new Map<string, IndexBooking>();
        s.bookings.forEach((f, i) => live.set(`b${i}`, { ...f, id: `b${i}` }));
        let today = dayAt(s.today);
        const index = new OccupancyIndex({
          start,
          end,
          placements: s.placements,
          bookings: live.values(),
          today,
        });
        let serial = live.size;
        let version = index.version;
        const pick = (n: number) => [...live.values()][n % live.size];
        for (const op of s.ops) {
          if (op.op === 'today') {
            today = dayAt(op.today);
            index.setToday(today);
            continue;
          }
          if (op.op === 'create') {
            const created = { ...op.fields, id: `b${serial++}` };
            live.set(created.id, created);
            index.applyChange(null, created);
          } else {
            const before = live.size > 0 ? pick(op.pick) : undefined;
            if (!before) continue;
            let after: IndexBooking | null;
            if (op.op === 'update') after = { ...op.fields, id: before.id };
            else if (op.op === 'move')
              after = {
                ...before,
                placementId: `pl-${op.placement}`,
                startDate: addDays(before.startDate, op.shift),
                endDate: addDays(before.endDate, op.shift),
              };
            else if (op.op === 'status') after = { ...before, status: op.status };
            else after = null;
            if (after) live.set(after.id, after);
            else live.delete(before.id);
            index.applyChange(before, after);
          }
          expect(index.version).toBeGreaterThan(version);
          version = index.version;
        }
        const fresh = new OccupancyIndex({
          start,
          end,
          placements: s.placements,
          bookings: live.values(),
          today,
        });
        expect(snapshot(index)).toEqual(snapshot(fresh));
        expect([...index.bookings()].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
          [...live.values()].sort((a, b) => a.id.localeCompare(b.id)),
        );
        index.rebuild();
        expect(snapshot(index)).toEqual(snapshot(fresh));
      }),
      { numRuns: 300 },
    );
  });
});
