import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SlotboardDb } from './db.ts';
import { execute } from './commands.ts';
import { createHistoryStore, type HistoryStore } from './history.ts';
import { freshDb, ids, seed, snapshot } from './test-fixtures.ts';

let db: SlotboardDb;
let store: HistoryStore;

beforeEach(async () => {
  db = freshDb('history');
  await seed(db);
  store = createHistoryStore(db);
});
afterEach(() => db.close());

describe('history store', () => {
  it('undoes and redoes create, update, delete and batch steps, each through the outbox', async () => {
    const h = () => store.getState();
    const initial = await snapshot(db);
    expect(h().canUndo).toBe(false);

    await h().run(
      { type: 'create', entity: 'advertisers', value: { id: 'advertiser-2', name: 'Optique Durand' } },
      'Add advertiser',
    );
    await h().run({ type: 'update', entity: 'bookings', id: ids.booking, patch: { status: 'confirmed' } });
    await h().run({ type: 'delete', entity: 'placements', id: ids.impressionsPlacement });
    await h().run({
      type: 'batch',
      commands: [
        {
          type: 'update',
          entity: 'bookings',
          id: ids.booking,
          patch: { startDate: '2026-04-08', endDate: '2026-04-21' },
        },
        { type: 'update', entity: 'sites', id: ids.site, patch: { name: 'Le Quotidien du Soir' } },
      ],
    });
    const final = await snapshot(db);
    expect(h().undoStack).toHaveLength(4);
    expect(await db.outbox.count()).toBe(5);

    for (let i = 0; i < 4; i++) expect((await h().undo())?.ok).toBe(true);
    expect(await snapshot(db)).toEqual(initial);
    expect(h()).toMatchObject({ canUndo: false, canRedo: true });
    expect(h().redoStack.at(-1)?.label).toBe('Add advertiser'); // next to redo
    expect(await db.outbox.count()).toBe(10); // the undo is synced too

    expect(await h().undo()).toBeNull();
    for (let i = 0; i < 4; i++) expect((await h().redo())?.ok).toBe(true);
    expect(await snapshot(db)).toEqual(final);
    expect(h()).toMatchObject({ canUndo: true, canRedo: false });
  });

  it('does not record a command that failed or changed nothing, and a new command clears redo', async () => {
    const h = () => store.getState();
    const failed = await h().run({ type: 'delete', entity: 'placements', id: ids.placement });
    expect(failed.ok).toBe(false);
    await h().run({ type: 'update', entity: 'sites', id: ids.site, patch: { name: 'Le Quotidien' } });
    expect(h().canUndo).toBe(false);

    await h().run({ type: 'update', entity: 'sites', id: ids.site, patch: { name: 'A' } });
    await h().undo();
    expect(h().canRedo).toBe(true);
    await h().run({ type: 'update', entity: 'sites', id: ids.site, patch: { name: 'B' } });
    expect(h().canRedo).toBe(false);
  });

  it('keeps a step that can no longer be undone, and reports why', async () => {
    const h = () => store.getState();
    await h().run({ type: 'create', entity: 'sites', value: { id: 'site-2', name: 'Le Mag' } });
    // Something else (a sync, another screen) attaches a section to it meanwhile.
    await execute(db, { type: 'create', entity: 'sections', value: { siteId: 'site-2', name: 'Maison' } });
    const result = await h().undo();
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'in_use' }] });
    expect(h().undoStack).toHaveLength(1);
    expect(await db.sites.get('site-2')).toBeDefined();
  });

  it('queues operations fired without waiting, so they never interleave', async () => {
    const h = () => store.getState();
    const initial = await snapshot(db);
    const runs = [1, 2, 3].map((n) =>
      h().run({ type: 'update', entity: 'sites', id: ids.site, patch: { name: `Name ${n}` } }),
    );
    const undos = [h().undo(), h().undo(), h().undo()];
    await Promise.all([...runs, ...undos]);
    expect(await snapshot(db)).toEqual(initial);
    expect(h()).toMatchObject({ canUndo: false, busy: false });
    expect(h().redoStack).toHaveLength(3);
  });

  it('keeps at most `limit` steps', async () => {
    const small = createHistoryStore(db, { limit: 2 });
    for (const name of ['A', 'B', 'C'])
      await small.getState().run({ type: 'update', entity: 'sites', id: ids.site, patch: { name } });
    expect(small.getState().undoStack).toHaveLength(2);
  });
});
