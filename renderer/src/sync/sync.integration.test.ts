/**
 * Two planners (two Dexie databases) syncing through the REAL reference server over HTTP
 * (`server/src/app.ts`, in-memory PGlite). Nothing of the server is mocked; a fetch that drops
 * the server's answer after it arrived simulates a lost response.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@shared/ids.ts';
import { execute } from '@renderer/store/commands.ts';
import type { Command } from '@renderer/store/command-types.ts';
import type { SlotboardDb } from '@renderer/store/db.ts';
import { freshDb } from '@renderer/store/test-fixtures.ts';
import { keepAsOption, reapplyMine, takeServerVersion } from './conflicts.ts';
import { createSyncEngine, type SyncEngine } from './engine.ts';

interface RunningServer {
  url: string;
  close: () => Promise<void>;
}
type StartServer = (options: { tokens: string[]; today?: () => string }) => Promise<RunningServer>;

const TOKEN = 'integration-token-0123456789';
// Imported by path at run time: the server is Node code, outside the renderer's type project.
const SERVER_MODULE = '../../../server/src/app.ts';

let server: RunningServer;

beforeAll(async () => {
  const { startServer } = (await import(/* @vite-ignore */ SERVER_MODULE)) as { startServer: StartServer };
  server = await startServer({ tokens: [TOKEN], today: () => '2026-03-01' });
}, 120_000);

afterAll(async () => {
  await server?.close();
});

function planner(options: { fetch?: typeof fetch } = {}): { db: SlotboardDb; engine: SyncEngine } {
  const db = freshDb('planner');
  const engine = createSyncEngine({
    db,
    loadSetup: () => Promise.resolve({ kind: 'ready', config: { serverUrl: server.url, token: TOKEN } }),
    fetch: options.fetch,
    events: null,
  });
  return { db, engine };
}

async function run(db: SlotboardDb, command: Command): Promise<void> {
  const result = await execute(db, command);
  if (!result.ok) throw new Error(`command refused: ${JSON.stringify(result.issues)}`);
}

/** Syncs and expects it to succeed. */
async function sync(p: { engine: SyncEngine }): Promise<void> {
  await p.engine.syncNow();
  expect(p.engine.status.getState().lastError).toBeNull();
}

/** A site › section › placement (one slot a day) › advertiser › campaign, written on `db`. */
async function inventory(db: SlotboardDb) {
  const id = { site: newId(), section: newId(), placement: newId(), advertiser: newId(), campaign: newId() };
  await run(db, {
    type: 'batch',
    commands: [
      { type: 'create', entity: 'sites', value: { id: id.site, name: 'Le Quotidien' } },
      { type: 'create', entity: 'sections', value: { id: id.section, siteId: id.site, name: 'Sport' } },
      {
        type: 'create',
        entity: 'placements',
        value: {
          id: id.placement,
          siteId: id.site,
          sectionId: id.section,
          name: 'Sport – habillage',
          formats: ['skin'],
          capacity: { kind: 'slots', slotsPerDay: 1 },
          rateCard: { cpd: 100_000 },
        },
      },
      { type: 'create', entity: 'advertisers', value: { id: id.advertiser, name: 'Cycles Martin' } },
      {
        type: 'create',
        entity: 'campaigns',
        value: { id: id.campaign, name: 'Printemps', advertiserId: id.advertiser },
      },
    ],
  });
  return id;
}

function confirmedBooking(placementId: string, campaignId: string) {
  return {
    id: newId(),
    campaignId,
    placementId,
    format: 'skin' as const,
    startDate: '2026-04-06',
    endDate: '2026-04-12',
    status: 'confirmed' as const,
    volume: { kind: 'slots' as const, slots: 1 },
    rateModel: 'cpd' as const,
    rateCents: 100_000,
  };
}

describe('sync over HTTP with the reference server', () => {
  it('brings a booking made offline to the other planner', async () => {
    const a = planner();
    const b = planner();
    const id = await inventory(a.db);
    await sync(a);

    // Same database as `a`, but no network: the booking waits in the outbox.
    const booking = confirmedBooking(id.placement, id.campaign);
    await run(a.db, { type: 'create', entity: 'bookings', value: booking });
    const cut = createSyncEngine({
      db: a.db,
      loadSetup: () => Promise.resolve({ kind: 'ready', config: { serverUrl: server.url, token: TOKEN } }),
      fetch: () => Promise.reject(new TypeError('network down')),
      events: null,
    });
    await cut.syncNow();
    expect(cut.status.getState()).toMatchObject({ state: 'offline', pending: 0 });
    expect(await a.db.outbox.count()).toBe(1);

    await sync(a);
    expect(await a.db.outbox.count()).toBe(0);
    expect(await a.db.bookings.get(booking.id)).toMatchObject({ version: 1 });

    await sync(b);
    expect(await b.db.bookings.get(booking.id)).toMatchObject({ status: 'confirmed', version: 1 });
    expect(await b.db.placements.get(id.placement)).toMatchObject({ name: 'Sport – habillage' });
    expect(await b.db.outbox.count()).toBe(0);
  });

  it('gives the last free slot to one planner; the other gets a conflict it can resolve', async () => {
    const a = planner();
    const b = planner();
    const id = await inventory(a.db);
    await sync(a);
    await sync(b);

    const mine = confirmedBooking(id.placement, id.campaign);
    const theirs = confirmedBooking(id.placement, id.campaign);
    await run(a.db, { type: 'create', entity: 'bookings', value: mine });
    await run(b.db, { type: 'create', entity: 'bookings', value: theirs });
    await sync(a);
    await sync(b);

    const [conflict] = await b.db.conflicts.toArray();
    expect(conflict).toMatchObject({ entityId: theirs.id, status: 'open', problem: { code: 'overbooked' } });
    expect(conflict?.problem.overbooked?.days).toHaveLength(7);
    // Nothing lost: B still shows its booking, and A's arrived beside it.
    expect(await b.db.bookings.get(theirs.id)).toMatchObject({ status: 'confirmed' });
    expect(await b.db.bookings.get(mine.id)).toMatchObject({ status: 'confirmed', version: 1 });

    expect(await keepAsOption(b.db, conflict!.id, '2026-03-20')).toEqual({ ok: true });
    await sync(b);
    expect(await b.db.conflicts.get(conflict!.id)).toMatchObject({
      status: 'resolved',
      resolution: 'option',
    });
    expect(await b.db.outbox.count()).toBe(0);

    await sync(a);
    expect(await a.db.bookings.get(theirs.id)).toMatchObject({
      status: 'option',
      optionExpiresOn: '2026-03-20',
    });
  });

  it('turns an edit made on a stale version into a 412 conflict, resolvable either way', async () => {
    const a = planner();
    const b = planner();
    const id = await inventory(a.db);
    await sync(a);
    await sync(b);

    await run(a.db, { type: 'update', entity: 'campaigns', id: id.campaign, patch: { notes: 'from A' } });
    await run(b.db, { type: 'update', entity: 'campaigns', id: id.campaign, patch: { notes: 'from B' } });
    await sync(a);
    await sync(b);

    const [conflict] = await b.db.conflicts.toArray();
    expect(conflict).toMatchObject({
      problem: { code: 'version_conflict' },
      server: { notes: 'from A', version: 2 },
    });
    expect(await b.db.campaigns.get(id.campaign)).toMatchObject({ notes: 'from B' });

    expect(await reapplyMine(b.db, conflict!.id)).toEqual({ ok: true });
    await sync(b);
    expect(await b.db.campaigns.get(id.campaign)).toMatchObject({ notes: 'from B', version: 3 });
    await sync(a);
    expect(await a.db.campaigns.get(id.campaign)).toMatchObject({ notes: 'from B', version: 3 });

    // And the other way: A edits on a stale copy again, then takes the server's version.
    await run(a.db, {
      type: 'update',
      entity: 'campaigns',
      id: id.campaign,
      patch: { name: 'Printemps bis' },
    });
    await run(b.db, {
      type: 'update',
      entity: 'campaigns',
      id: id.campaign,
      patch: { name: 'Printemps ter' },
    });
    await sync(b);
    await sync(a);
    const [stale] = await a.db.conflicts.where('status').equals('open').toArray();
    expect(await takeServerVersion(a.db, stale!.id)).toEqual({ ok: true });
    expect(await a.db.campaigns.get(id.campaign)).toMatchObject({ name: 'Printemps ter', version: 4 });
  });

  it('retries a batch whose answer was lost without applying it twice', async () => {
    let lose = true;
    const losing: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (lose && response.url.endsWith('/v1/batch')) {
        lose = false;
        await response.text(); // the server has committed; the answer never reaches the planner
        throw new TypeError('connection reset');
      }
      return response;
    };
    const a = planner({ fetch: losing });
    const b = planner();
    const id = await inventory(a.db);
    await a.engine.syncNow();
    expect(a.engine.status.getState()).toMatchObject({ state: 'offline', lastError: { kind: 'network' } });
    expect(await a.db.outbox.count()).toBe(5);

    await sync(a);
    expect(await a.db.outbox.count()).toBe(0);
    expect(await a.db.conflicts.count()).toBe(0);
    await sync(b);
    expect(await b.db.campaigns.get(id.campaign)).toMatchObject({ name: 'Printemps', version: 1 });
  });

  it('pushes a booking made and revised offline in one request; a refused one keeps its revision', async () => {
    const batchSizes: number[] = [];
    const counting: typeof fetch = (input, init) => {
      const url = input instanceof Request ? input.url : input.toString();
      if (url.endsWith('/v1/batch') && typeof init?.body === 'string')
        batchSizes.push((JSON.parse(init.body) as { operations: unknown[] }).operations.length);
      return fetch(input, init);
    };
    const a = planner({ fetch: counting });
    const b = planner();
    const id = await inventory(a.db);
    await sync(a);
    await sync(b);

    const mine = confirmedBooking(id.placement, id.campaign);
    await run(a.db, { type: 'create', entity: 'bookings', value: mine });
    for (const notes of ['second thoughts', 'final'])
      await run(a.db, { type: 'update', entity: 'bookings', id: mine.id, patch: { notes } });
    batchSizes.length = 0;
    await sync(a);
    expect(batchSizes).toEqual([3]);
    expect(await a.db.bookings.get(mine.id)).toMatchObject({ notes: 'final', version: 3 });
    expect(await a.db.outbox.count()).toBe(0);

    // B takes the same slot offline and revises it: the create is refused, the revision waits.
    const theirs = confirmedBooking(id.placement, id.campaign);
    await run(b.db, { type: 'create', entity: 'bookings', value: theirs });
    await run(b.db, { type: 'update', entity: 'bookings', id: theirs.id, patch: { notes: 'revised' } });
    await sync(b);
    const conflicts = await b.db.conflicts.toArray();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ entityId: theirs.id, problem: { code: 'overbooked' } });
    expect(await b.db.outbox.count()).toBe(1);
    expect(await b.db.bookings.get(theirs.id)).toMatchObject({ notes: 'revised' });

    expect(await keepAsOption(b.db, conflicts[0]!.id, '2026-03-20')).toEqual({ ok: true });
    await sync(b);
    expect(await b.db.outbox.count()).toBe(0);
    await sync(a);
    expect(await a.db.bookings.get(theirs.id)).toMatchObject({ status: 'option', notes: 'revised' });
  });
});
