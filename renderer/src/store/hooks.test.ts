import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import type { SlotboardDb } from './db.ts';
import { execute } from './commands.ts';
import { queries } from './hooks.ts';
import { freshDb, ids, seed } from './test-fixtures.ts';

let db: SlotboardDb;
beforeEach(async () => {
  db = freshDb('hooks');
  await seed(db);
});
afterEach(() => db.close());

/** Collects what a live query emits. */
function observe<T>(querier: () => Promise<T>) {
  const values: T[] = [];
  const waiters: (() => void)[] = [];
  const subscription = liveQuery(querier).subscribe({
    next: (value) => {
      values.push(value);
      waiters.splice(0).forEach((wake) => wake());
    },
  });
  const nextValue = (count: number) =>
    new Promise<void>((resolve) => {
      const check = () => (values.length >= count ? resolve() : waiters.push(check));
      check();
    });
  return { values, nextValue, stop: () => subscription.unsubscribe() };
}

describe('live reads', () => {
  it('see a committed command, and nothing of a rejected one', async () => {
    const count = observe(() => db.outbox.count());
    const sites = observe(() => queries.table(db, 'sites'));
    await count.nextValue(1);
    await sites.nextValue(1);
    expect(count.values).toEqual([0]);

    const rejected = await execute(db, { type: 'delete', entity: 'placements', id: ids.placement });
    expect(rejected.ok).toBe(false);
    await execute(db, { type: 'update', entity: 'sites', id: ids.site, patch: { name: 'Le Soir' } });
    await count.nextValue(2);
    await sites.nextValue(2);
    expect(count.values).toEqual([0, 1]);
    expect(sites.values.at(-1)?.map((s) => s.name)).toEqual(['Le Soir']);
    count.stop();
    sites.stop();
  });

  it('tell a missing record (null) from one still loading', async () => {
    expect(await queries.record(db, 'sites', 'nope')).toBeNull();
    expect(await queries.record(db, 'sites', ids.site)).toMatchObject({ name: 'Le Quotidien' });
    expect(await queries.settings(db)).toMatchObject({ locale: 'fr' });
  });
});
