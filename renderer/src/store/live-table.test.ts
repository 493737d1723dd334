import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Site } from '@shared/domain/model.ts';
import { execute } from './commands.ts';
import type { SlotboardDb } from './db.ts';
import { liveTable } from './hooks.ts';
import type { TableSnapshot } from './live-table.ts';
import { freshDb, ids, seed } from './test-fixtures.ts';

let db: SlotboardDb;
let stop: (() => void) | undefined;
beforeEach(async () => {
  db = freshDb('live-table');
  await seed(db);
});
afterEach(() => {
  stop?.();
  db.close();
});

/** Follows the sites table; `next()` waits for the snapshot after the last one seen. */
function follow() {
  const table = liveTable(db, 'sites');
  let seen = 0;
  let wake: (() => void) | undefined;
  stop = table.subscribe(() => wake?.());
  const next = async (): Promise<TableSnapshot<Site>> => {
    while ((table.current()?.revision ?? 0) <= seen) await new Promise<void>((resolve) => (wake = resolve));
    const snapshot = table.current();
    if (!snapshot) throw new Error('no snapshot');
    seen = snapshot.revision;
    return snapshot;
  };
  return { next };
}

const create = (name: string) =>
  execute(db, { type: 'create', entity: 'sites', value: { name, url: 'https://example.fr' } });

describe('LiveTable', () => {
  it('reads the table once, then publishes each change with the ids it touched', async () => {
    const sites = follow();
    const first = await sites.next();
    expect(first.rows.map((s) => s.name)).toEqual(['Le Quotidien']);

    await execute(db, { type: 'update', entity: 'sites', id: ids.site, patch: { name: 'Le Soir' } });
    const renamed = await sites.next();
    expect(renamed.rows.map((s) => s.name)).toEqual(['Le Soir']);
    expect(renamed.byId.get(ids.site)?.name).toBe('Le Soir');
    expect(renamed.changedSince(first.revision)).toEqual(new Set([ids.site]));
    // The earlier snapshot is untouched: readers may still hold it.
    expect(first.rows.map((s) => s.name)).toEqual(['Le Quotidien']);

    const created = await create('Zoo Mag');
    const grown = await sites.next();
    const newId = created.ok ? created.createdIds[0] : undefined;
    expect(grown.rows.map((s) => s.name)).toEqual(['Le Soir', 'Zoo Mag']);
    expect(grown.changedSince(renamed.revision)).toEqual(new Set([newId]));
    expect(grown.changedSince(first.revision)).toEqual(new Set([ids.site, newId]));
    expect(grown.changedSince(grown.revision)).toEqual(new Set());
  });

  it('drops deleted rows, and reloads after a change it cannot name key by key (a clear)', async () => {
    const sites = follow();
    await sites.next();
    const created = await create('Zoo Mag');
    const withZoo = await sites.next();
    const zooId = created.ok ? (created.createdIds[0] ?? '') : '';

    await execute(db, { type: 'delete', entity: 'sites', id: zooId });
    const without = await sites.next();
    expect(without.rows.map((s) => s.id)).toEqual([ids.site]);
    expect(without.byId.has(zooId)).toBe(false);
    expect(without.changedSince(withZoo.revision)).toEqual(new Set([zooId]));

    await db.sites.toCollection().modify({ url: 'https://changed.fr' });
    const modified = await sites.next();
    expect(modified.rows.map((s) => s.url)).toEqual(['https://changed.fr']);
    expect(modified.changedSince(without.revision)).toEqual(new Set([ids.site]));

    await db.transaction('rw', [db.sites, db.sections, db.placements, db.bookings], async () => {
      await Promise.all([db.bookings.clear(), db.placements.clear(), db.sections.clear()]);
      await db.sites.clear();
    });
    const cleared = await sites.next();
    expect(cleared.rows).toEqual([]);
    expect(cleared.changedSince(modified.revision)).toBeNull();
  });

  it('ignores writes to other tables, and a rejected command publishes nothing', async () => {
    const sites = follow();
    const first = await sites.next();
    const rejected = await execute(db, {
      type: 'update',
      entity: 'sites',
      id: ids.site,
      patch: { name: '' },
    });
    expect(rejected.ok).toBe(false);
    await execute(db, { type: 'update', entity: 'placements', id: ids.placement, patch: { name: 'Pavé' } });
    await execute(db, { type: 'update', entity: 'sites', id: ids.site, patch: { name: 'Le Soir' } });
    const next = await sites.next();
    // The only snapshot after the first is the site's own change.
    expect(next.revision).toBe(first.revision + 1);
    expect(next.changedSince(first.revision)).toEqual(new Set([ids.site]));
  });

  it('holds its whole-table read until released, and a change made meanwhile is in the first read', async () => {
    let release: () => void = () => undefined;
    liveTable(db, 'sites').holdReadsUntil(new Promise<void>((resolve) => (release = resolve)));
    const sites = follow();
    await create('Zoo Mag');
    // A read that is not held is done within a few macrotasks.
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(liveTable(db, 'sites').current()).toBeUndefined();

    release();
    const first = await sites.next();
    expect(first.rows.map((s) => s.name).sort()).toEqual(['Le Quotidien', 'Zoo Mag']);
  });
});
