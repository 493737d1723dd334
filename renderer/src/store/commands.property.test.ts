/**
 * Property: whatever sequence of commands a user runs (valid or not, single or batched), undoing
 * every step brings the tables back to where they started, redoing them all brings back the
 * state reached, no reference ever dangles, and every record written left exactly one outbox entry.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '@shared/domain/days.ts';
import type { EntityName } from '@shared/domain/model.ts';
import type { Command, CommandResult } from './command-types.ts';
import type { SlotboardDb } from './db.ts';
import { createHistoryStore } from './history.ts';
import { freshDb, seed, snapshot } from './test-fixtures.ts';

type Op =
  | { kind: 'createSite'; name: string }
  | { kind: 'createSection'; site: number; name: string }
  | { kind: 'createPlacement'; section: number; slots: number }
  | { kind: 'createAdvertiser'; name: string }
  | { kind: 'createCampaign'; advertiser: number; name: string }
  | {
      kind: 'createBooking';
      placement: number;
      campaign: number;
      start: number;
      length: number;
      confirmed: boolean;
    }
  | {
      kind: 'rename';
      entity: 'sites' | 'sections' | 'placements' | 'advertisers' | 'campaigns';
      target: number;
      name: string;
    }
  | { kind: 'moveBooking'; target: number; shift: number }
  | { kind: 'setStatus'; target: number; status: 'option' | 'confirmed' | 'cancelled' }
  | { kind: 'moveToCampaign'; target: number; campaign: number }
  | { kind: 'delete'; entity: EntityName; target: number; cascade: boolean };

const index = fc.nat({ max: 6 });
const name = fc.string({ maxLength: 6 }); // '' and blanks are refused: failures are part of the mix
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('createSite' as const), name }),
  fc.record({ kind: fc.constant('createSection' as const), site: index, name }),
  fc.record({
    kind: fc.constant('createPlacement' as const),
    section: index,
    slots: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({ kind: fc.constant('createAdvertiser' as const), name }),
  fc.record({ kind: fc.constant('createCampaign' as const), advertiser: index, name }),
  fc.record({
    kind: fc.constant('createBooking' as const),
    placement: index,
    campaign: index,
    start: fc.integer({ min: 0, max: 60 }),
    length: fc.integer({ min: -2, max: 20 }),
    confirmed: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('rename' as const),
    entity: fc.constantFrom(
      'sites' as const,
      'sections' as const,
      'placements' as const,
      'advertisers' as const,
      'campaigns' as const,
    ),
    target: index,
    name,
  }),
  fc.record({
    kind: fc.constant('moveBooking' as const),
    target: index,
    shift: fc.integer({ min: -10, max: 10 }),
  }),
  fc.record({
    kind: fc.constant('setStatus' as const),
    target: index,
    status: fc.constantFrom('option' as const, 'confirmed' as const, 'cancelled' as const),
  }),
  fc.record({ kind: fc.constant('moveToCampaign' as const), target: index, campaign: index }),
  fc.record({
    kind: fc.constant('delete' as const),
    entity: fc.constantFrom<EntityName>(
      'sites',
      'sections',
      'placements',
      'advertisers',
      'agencies',
      'campaigns',
      'bookings',
    ),
    target: index,
    cascade: fc.boolean(),
  }),
);
/** A step: one command, or a few run as one batch. */
const stepArb = fc.oneof(
  { weight: 3, arbitrary: opArb.map((op) => [op]) },
  { weight: 1, arbitrary: fc.array(opArb, { minLength: 1, maxLength: 4 }) },
);

async function pick(db: SlotboardDb, entity: EntityName, i: number): Promise<string> {
  const keys = (await db.table(entity).toCollection().primaryKeys()) as string[];
  return keys.length === 0 ? `missing-${entity}` : (keys[i % keys.length] ?? '');
}

/** Turns an abstract op into a command on the records present now (a batch sees the store as it was before it). */
async function toCommand(db: SlotboardDb, op: Op): Promise<Command> {
  switch (op.kind) {
    case 'createSite':
      return { type: 'create', entity: 'sites', value: { name: op.name } };
    case 'createSection':
      return {
        type: 'create',
        entity: 'sections',
        value: { siteId: await pick(db, 'sites', op.site), name: op.name },
      };
    case 'createPlacement': {
      const sectionId = await pick(db, 'sections', op.section);
      const section = await db.sections.get(sectionId);
      return {
        type: 'create',
        entity: 'placements',
        value: {
          siteId: section?.siteId ?? 'missing-site',
          sectionId,
          name: `P${op.slots}`,
          formats: ['rectangle_300x250'],
          capacity: { kind: 'slots', slotsPerDay: op.slots },
        },
      };
    }
    case 'createAdvertiser':
      return { type: 'create', entity: 'advertisers', value: { name: op.name } };
    case 'createCampaign':
      return {
        type: 'create',
        entity: 'campaigns',
        value: { name: op.name, advertiserId: await pick(db, 'advertisers', op.advertiser) },
      };
    case 'createBooking': {
      const startDate = addDays('2026-04-01', op.start);
      return {
        type: 'create',
        entity: 'bookings',
        value: {
          placementId: await pick(db, 'placements', op.placement),
          campaignId: await pick(db, 'campaigns', op.campaign),
          format: 'rectangle_300x250',
          startDate,
          endDate: addDays(startDate, op.length),
          status: op.confirmed ? 'confirmed' : 'option',
          optionExpiresOn: op.confirmed ? null : addDays(startDate, -3),
          volume: { kind: 'slots', slots: 1 },
          rateModel: 'cpd',
          rateCents: 10_000,
        },
      };
    }
    case 'rename':
      return {
        type: 'update',
        entity: op.entity,
        id: await pick(db, op.entity, op.target),
        patch: { name: op.name },
      };
    case 'moveBooking': {
      const id = await pick(db, 'bookings', op.target);
      const booking = await db.bookings.get(id);
      if (!booking) return { type: 'update', entity: 'bookings', id, patch: {} };
      const shift = (day: string | null) => (day === null ? null : addDays(day, op.shift));
      return {
        type: 'update',
        entity: 'bookings',
        id,
        patch: {
          startDate: addDays(booking.startDate, op.shift),
          endDate: addDays(booking.endDate, op.shift),
          optionExpiresOn: shift(booking.optionExpiresOn),
        },
      };
    }
    case 'setStatus':
      return {
        type: 'update',
        entity: 'bookings',
        id: await pick(db, 'bookings', op.target),
        patch: { status: op.status },
      };
    case 'moveToCampaign':
      return {
        type: 'update',
        entity: 'bookings',
        id: await pick(db, 'bookings', op.target),
        patch: { campaignId: await pick(db, 'campaigns', op.campaign) },
      };
    case 'delete':
      return {
        type: 'delete',
        entity: op.entity,
        id: await pick(db, op.entity, op.target),
        cascade: op.cascade,
      };
  }
}

/** Every reference in the store points at an existing record. */
async function danglingReferences(db: SlotboardDb): Promise<string[]> {
  const has = async (entity: EntityName, id: string) => (await db.table(entity).get(id)) !== undefined;
  const problems: string[] = [];
  for (const s of await db.sections.toArray())
    if (!(await has('sites', s.siteId))) problems.push(`section ${s.id}`);
  for (const p of await db.placements.toArray()) {
    if (!(await has('sections', p.sectionId)) || !(await has('sites', p.siteId)))
      problems.push(`placement ${p.id}`);
  }
  for (const c of await db.campaigns.toArray()) {
    if (!(await has('advertisers', c.advertiserId))) problems.push(`campaign ${c.id}`);
    if (c.agencyId !== null && !(await has('agencies', c.agencyId))) problems.push(`campaign ${c.id} agency`);
  }
  for (const b of await db.bookings.toArray()) {
    if (!(await has('placements', b.placementId)) || !(await has('campaigns', b.campaignId)))
      problems.push(`booking ${b.id}`);
  }
  return problems;
}

const changesOf = (result: CommandResult | null) => (result?.ok ? (result.changes ?? 0) : 0);

describe('random command sequences', () => {
  it('undo all → initial tables; redo all → final tables; no dangling reference; one outbox entry per write', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 14 }), async (steps) => {
        const db = freshDb('property');
        try {
          await seed(db);
          const history = createHistoryStore(db);
          const initial = await snapshot(db);
          let written = 0;

          for (const step of steps) {
            const commands: Command[] = [];
            for (const op of step) commands.push(await toCommand(db, op));
            const command: Command =
              commands.length === 1 && commands[0] ? commands[0] : { type: 'batch', commands };
            written += changesOf(await history.getState().run(command));
            expect(await danglingReferences(db)).toEqual([]);
          }
          const final = await snapshot(db);
          expect(await db.outbox.count()).toBe(written);

          const steps_ = history.getState().undoStack.length;
          for (let i = 0; i < steps_; i++) {
            const undone = await history.getState().undo();
            expect(undone?.ok).toBe(true);
            written += changesOf(undone);
          }
          expect(history.getState().canUndo).toBe(false);
          expect(await snapshot(db)).toEqual(initial);
          expect(await danglingReferences(db)).toEqual([]);

          while (history.getState().canRedo) {
            const redone = await history.getState().redo();
            expect(redone?.ok).toBe(true);
            written += changesOf(redone);
          }
          expect(await snapshot(db)).toEqual(final);
          expect(await db.outbox.count()).toBe(written);
        } finally {
          db.close();
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
