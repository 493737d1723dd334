/**
 * Sync under fire: three planners and the REAL reference server over HTTP, each planner behind
 * its own fault-injecting proxy (server/test/fault-proxy.ts: dropped requests, responses lost
 * after the server committed, duplicated and delayed requests, 503 and 429 answers, offline
 * periods), with server restarts in the middle of pushes. fast-check draws hundreds of
 * operations (book, move, resize, confirm, cancel, delete, sync, go offline, restart…); after a
 * quiet period the test checks what must hold whatever happened:
 *
 * 1. no lost write: every mutation a planner queued was accepted by the server or is a conflict;
 * 2. replaying every accepted write changes nothing on the server;
 * 3. the server never holds an overbooked day;
 * 4. once each planner settles its conflicts, every store equals the server's;
 * 5. every outbox is empty;
 * 6. no planner's cursor ever moved backwards.
 *
 * The run's figures (operations, faults, conflicts) are printed for the closing notes.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { mulberry32 } from '@shared/demo/random.ts';
import { addDays } from '@shared/domain/days.ts';
import type { Booking, Placement } from '@shared/domain/model.ts';
import { newId } from '@shared/ids.ts';
import type { Command } from '@renderer/store/command-types.ts';
import type { SlotboardDb } from '@renderer/store/db.ts';
import { differences, overbookedDays, replay, serverRecords, storeRecords } from './chaos-checks.ts';
import { takeServerVersion } from './conflicts.ts';
import { isBehind } from './pull.ts';
import {
  serverModules,
  TOKEN,
  TODAY,
  FIRST_DAY,
  DAYS,
  CLIENTS,
  FAULT_RATE,
  rerun,
  PLACEMENT_SLOTS,
  type Planner,
  World,
} from './chaos-world.ts';

// ───────────── operations

type Op =
  | { kind: 'book'; client: number; placement: number; start: number; length: number; option: boolean }
  | { kind: 'move'; client: number; pick: number; days: number; placement: number | null }
  | { kind: 'resize'; client: number; pick: number; days: number }
  | { kind: 'confirm' | 'cancel' | 'delete'; client: number; pick: number }
  | { kind: 'sync'; client: number }
  | { kind: 'offline'; client: number; offline: boolean }
  | { kind: 'restart'; client: number };

const client = fc.integer({ min: 0, max: CLIENTS - 1 });
const pick = fc.nat();
const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant('book' as const),
      client,
      placement: fc.integer({ min: 0, max: PLACEMENT_SLOTS.length - 1 }),
      start: fc.integer({ min: 0, max: DAYS - 1 }),
      length: fc.integer({ min: 1, max: 6 }),
      option: fc.boolean(),
    }),
    weight: 6,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      client,
      pick,
      days: fc.integer({ min: -3, max: 3 }),
      placement: fc.option(fc.integer({ min: 0, max: PLACEMENT_SLOTS.length - 1 }), { nil: null }),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant('resize' as const),
      client,
      pick,
      days: fc.integer({ min: -2, max: 2 }),
    }),
    weight: 2,
  },
  {
    arbitrary: fc.record({
      kind: fc.constantFrom('confirm' as const, 'cancel' as const, 'delete' as const),
      client,
      pick,
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constant('sync' as const), client }), weight: 5 },
  {
    arbitrary: fc.record({ kind: fc.constant('offline' as const), client, offline: fc.boolean() }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant('restart' as const), client }), weight: 1 },
);

async function liveBookings(db: SlotboardDb): Promise<Booking[]> {
  return (await db.bookings.toArray()).filter((b) => b.status === 'option' || b.status === 'confirmed');
}

async function apply(world: World, op: Op): Promise<void> {
  const planner = world.planners[op.client];
  if (!planner) return;
  world.operations += 1;
  switch (op.kind) {
    case 'book': {
      const placement = world.placements[op.placement];
      if (!placement) return;
      const startDate = addDays(FIRST_DAY, op.start);
      await world.run(planner, {
        type: 'create',
        entity: 'bookings',
        value: {
          id: newId(),
          campaignId: world.campaignId,
          placementId: placement.id,
          format: 'skin',
          startDate,
          endDate: addDays(startDate, op.length - 1),
          status: op.option ? 'option' : 'confirmed',
          optionExpiresOn: op.option ? TODAY : null,
          volume: { kind: 'slots', slots: 1 },
          rateModel: 'cpd',
          rateCents: 100_000,
        },
      });
      return;
    }
    case 'sync':
      return world.sync(planner);
    case 'offline':
      planner.proxy.setOffline(op.offline);
      return;
    case 'restart':
      return world.restartDuring(world.sync(planner));
    default:
      return editBooking(world, planner, op);
  }
}

async function editBooking(
  world: World,
  planner: Planner,
  op: Extract<Op, { kind: 'move' | 'resize' | 'confirm' | 'cancel' | 'delete' }>,
): Promise<void> {
  const bookings = await liveBookings(planner.db);
  const booking = bookings[op.pick % Math.max(1, bookings.length)];
  if (!booking) return;
  const update = (patch: Partial<Booking>) =>
    world.run(planner, { type: 'update', entity: 'bookings', id: booking.id, patch });
  switch (op.kind) {
    case 'move': {
      const placementId = op.placement === null ? booking.placementId : world.placements[op.placement]?.id;
      await update({
        placementId,
        startDate: addDays(booking.startDate, op.days),
        endDate: addDays(booking.endDate, op.days),
      });
      return;
    }
    case 'resize':
      await update({ endDate: addDays(booking.endDate, op.days) });
      return;
    case 'confirm':
      await update({ status: 'confirmed', optionExpiresOn: null });
      return;
    case 'cancel':
      await update({ status: 'cancelled' });
      return;
    case 'delete':
      await world.run(planner, { type: 'delete', entity: 'bookings', id: booking.id });
  }
}

// ───────────── setting the stage, and the quiet period

async function seedInventory(world: World): Promise<void> {
  const [first] = world.planners;
  if (!first) throw new Error('no planner');
  const site = newId();
  const section = newId();
  const advertiser = newId();
  world.campaignId = newId();
  world.placements = PLACEMENT_SLOTS.map(
    (slotsPerDay, i) =>
      ({
        id: newId(),
        siteId: site,
        sectionId: section,
        name: `Habillage ${i + 1}`,
        formats: ['skin'],
        capacity: { kind: 'slots', slotsPerDay },
        rateCard: { cpd: 100_000 },
      }) as unknown as Placement,
  );
  const created = await world.run(first, {
    type: 'batch',
    commands: [
      { type: 'create', entity: 'sites', value: { id: site, name: 'Le Quotidien' } },
      { type: 'create', entity: 'sections', value: { id: section, siteId: site, name: 'Sport' } },
      ...world.placements.map((value): Command => ({ type: 'create', entity: 'placements', value })),
      { type: 'create', entity: 'advertisers', value: { id: advertiser, name: 'Cycles Martin' } },
      {
        type: 'create',
        entity: 'campaigns',
        value: { id: world.campaignId, name: 'Printemps', advertiserId: advertiser },
      },
    ],
  });
  if (!created) throw new Error('the inventory was refused');
  world.placements = await first.db.placements.toArray();
  for (const planner of world.planners) await world.sync(planner);
  for (const planner of world.planners) await world.sync(planner);
}

/** Faults off, everyone online, syncing until no planner has anything left to send or learn. */
async function quiesce(world: World): Promise<void> {
  for (const planner of world.planners) {
    planner.proxy.setFaultRate(0);
    planner.proxy.setOffline(false);
  }
  for (let round = 0; round < 3; round++) for (const planner of world.planners) await world.sync(planner);
}

// ───────────── the property

const totals = { runs: 0, operations: 0, restarts: 0, conflicts: 0, accepted: 0, replayed: 0 };
const faultTotals: Record<string, number> = {};
let current: World | null = null;

afterEach(async () => {
  await current?.stop();
  current = null;
});

describe('sync chaos: three planners, a faulty network, a restarting server', () => {
  it('loses nothing, never overbooks, and converges', async () => {
    const modules = await serverModules();
    await fc.assert(
      fc.asyncProperty(
        fc.integer(),
        fc.array(opArb, { minLength: 200, maxLength: 260 }),
        async (seed, ops) => {
          const world = new World(modules, mulberry32(seed));
          current = world;
          await world.start();
          await seedInventory(world);
          for (const planner of world.planners) planner.proxy.setFaultRate(FAULT_RATE);

          for (const op of ops) await apply(world, op);
          await quiesce(world);

          // 1. Nothing lost: each queued mutation was accepted, or is a conflict the planner shows.
          for (const planner of world.planners) {
            // A later edit of a conflicted record waits in the outbox, shown with its conflict.
            const conflicts = await planner.db.conflicts.toArray();
            const conflicted = new Set(conflicts.map((c) => c.mutation.mutationId));
            const unresolved = new Set(
              conflicts.filter((c) => c.status !== 'resolved').map((c) => c.entityId),
            );
            const held = new Set(
              (await planner.db.outbox.toArray())
                .filter((e) => unresolved.has(e.entityId))
                .map((e) => e.mutationId),
            );
            const missing = [...planner.queued.values()]
              .map((e) => e.mutationId)
              .filter((id) => !planner.observed.accepted.has(id) && !conflicted.has(id) && !held.has(id));
            expect(missing, 'mutations neither on the server nor in conflict').toEqual([]);
            // Nothing else waits: the quiet period sent all that could go.
            expect(await planner.db.outbox.count()).toBe(held.size);
            // 6. Cursors only moved forward.
            planner.observed.cursors.forEach((cursor, i) => {
              const previous = planner.observed.cursors[i - 1];
              if (previous !== undefined) expect(isBehind(cursor, previous)).toBe(false);
            });
          }

          // 2. Replaying every accepted write changes nothing.
          const replayed = await replay(
            world.server.url,
            TOKEN,
            world.planners.map((p) => p.observed),
          );

          // 3. No overbooked day on the server.
          const server = await serverRecords(world.server.url, TOKEN);
          const bookings = [...server.entries()]
            .filter(([k]) => k.startsWith('bookings/'))
            .map(([, v]) => v as Booking);
          expect(
            overbookedDays(world.placements, bookings, { first: FIRST_DAY, count: DAYS, today: TODAY }),
          ).toEqual([]);

          // 4. Each planner takes the server's version of its conflicts; then every store equals the server.
          let conflicts = 0;
          for (const planner of world.planners) {
            const open = (await planner.db.conflicts.toArray()).filter((c) => c.status !== 'resolved');
            conflicts += await planner.db.conflicts.count();
            for (const conflict of open) await takeServerVersion(planner.db, conflict.id);
          }
          await quiesce(world);
          const settled = await serverRecords(world.server.url, TOKEN);
          for (const planner of world.planners) {
            // 5. Outboxes drained.
            expect(await planner.db.outbox.count()).toBe(0);
            expect(differences(await storeRecords(planner.db), settled)).toEqual([]);
          }

          totals.runs += 1;
          totals.operations += world.operations;
          totals.restarts += world.restarts;
          totals.conflicts += conflicts;
          totals.accepted += world.planners.reduce((n, p) => n + p.observed.accepted.size, 0);
          totals.replayed += replayed;
          for (const [name, count] of Object.entries(world.faults()))
            faultTotals[name] = (faultTotals[name] ?? 0) + count;
          await world.stop();
          current = null;
        },
      ),
      rerun === undefined ? { numRuns: 4, endOnFailure: true } : { ...rerun, numRuns: 1, endOnFailure: true },
    );
    console.log(
      `sync chaos: ${totals.runs} runs, ${totals.operations} operations, ${totals.accepted} writes accepted, ` +
        `${totals.conflicts} conflicts raised, ${totals.restarts} server restarts, ${totals.replayed} writes replayed; ` +
        `faults injected: ${JSON.stringify(faultTotals)}`,
    );
  }, 600_000);
});
