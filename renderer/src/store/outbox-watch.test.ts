import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execute } from './commands.ts';
import type { SlotboardDb } from './db.ts';
import { outboxWatch, type OutboxState } from './outbox-watch.ts';
import { freshDb, ids, seed } from './test-fixtures.ts';

let db: SlotboardDb;
let stop: (() => void) | undefined;
beforeEach(async () => {
  db = freshDb('outbox-watch');
  await seed(db);
});
afterEach(() => {
  stop?.();
  stop = undefined;
  db.close();
});

/** Follows the outbox; `until(check)` waits for a state that passes. */
function follow() {
  const watch = outboxWatch(db);
  let wake: (() => void) | undefined;
  stop = watch.subscribe(() => wake?.());
  const until = async (check: (state: OutboxState) => boolean): Promise<OutboxState> => {
    for (;;) {
      const state = watch.current();
      if (state && check(state)) return state;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  return { watch, until };
}

const rename = (name: string) =>
  execute(db, { type: 'update', entity: 'sites', id: ids.site, patch: { name } });

describe('OutboxWatch', () => {
  it('counts the entries each command queues, and sees the newest seq grow', async () => {
    const { until } = follow();
    expect(await until(() => true)).toEqual({ count: 0, newestSeq: 0 });
    await rename('Le Soir');
    const one = await until((s) => s.count === 1);
    await rename('Le Matin');
    const two = await until((s) => s.count === 2);
    expect(two.newestSeq).toBeGreaterThan(one.newestSeq);
    expect(two.count).toBe(await db.outbox.count());
  });

  it('counts down as entries are acknowledged, and to zero when the outbox is cleared', async () => {
    const { until } = follow();
    for (const name of ['A', 'B', 'C']) await rename(name);
    const three = await until((s) => s.count === 3);
    const first = await db.outbox.orderBy('seq').first();
    await db.outbox.delete(first?.seq ?? -1);
    expect(await until((s) => s.count === 2)).toEqual({ count: 2, newestSeq: three.newestSeq });
    await db.outbox.clear();
    expect((await until((s) => s.count === 0)).newestSeq).toBe(three.newestSeq);
  });

  it('counts nothing for a command the store refused', async () => {
    const { until } = follow();
    await rename('Le Soir');
    await until((s) => s.count === 1);
    const refused = await execute(db, { type: 'delete', entity: 'placements', id: ids.placement });
    expect(refused.ok).toBe(false);
    await rename('Le Matin');
    // Once the rename's entry is seen, the refused command's would have been too.
    const newest = (await db.outbox.orderBy('seq').last())?.seq;
    expect((await until((s) => s.newestSeq === newest)).count).toBe(2);
  });

  it('starts afresh from the table when it is followed again', async () => {
    const first = follow();
    await rename('Le Soir');
    await first.until((s) => s.count === 1);
    stop?.();
    // Unseen while nobody follows.
    await rename('Le Matin');
    expect(first.watch.current()).toBeUndefined();
    const again = follow();
    expect((await again.until(() => true)).count).toBe(2);
  });
});
