import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesPageSchema, type Change } from '../../shared/api/contract.ts';
import { newId } from '../../shared/ids.ts';
import type { RunningServer } from '../src/app.ts';
import { BACKENDS, client, create, key, startOn, START_TIMEOUT, type Client } from './harness.ts';

/** Reads the whole feed after `cursor`, `limit` at a time. */
async function readAll(
  call: Client,
  cursor: string,
  limit: number,
): Promise<{ changes: Change[]; cursor: string }> {
  const changes: Change[] = [];
  for (;;) {
    const answer = await call('GET', `/v1/changes?limit=${limit}${cursor ? `&after=${cursor}` : ''}`);
    const page = changesPageSchema.parse(answer.body);
    changes.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) return { changes, cursor };
  }
}

describe.each(BACKENDS)('change feed on $name', (backend) => {
  let server: RunningServer;
  let call: Client;
  beforeAll(async () => {
    server = await startOn(backend);
    call = client(server);
  }, START_TIMEOUT);
  afterAll(() => server.close());

  it('returns every change after the cursor, in order, once, with tombstones', async () => {
    const start = (await readAll(call, '', 1000)).cursor;
    const a = await create(call, 'sites', { id: newId(), name: 'A' });
    const b = await create(call, 'sites', { id: newId(), name: 'B' });
    await call('PATCH', `/v1/sites/${a.id}`, { body: { name: 'A2' }, key: key(), ifMatch: 1 });
    await call('DELETE', `/v1/sites/${b.id}`, { key: key(), ifMatch: 1 });

    const { changes, cursor } = await readAll(call, start, 1);
    // One entry per record, as it is now, in the order of its last write.
    expect(changes.map((c) => [c.id, c.version, c.deleted])).toEqual([
      [a.id, 2, false],
      [b.id, 2, true],
    ]);
    expect(changes[0]!.record).toMatchObject({ id: a.id, name: 'A2', version: 2 });
    expect(changes[1]!.record).toBeNull();
    const seqs = changes.map((c) => c.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));

    const nothing = await call('GET', `/v1/changes?after=${cursor}`);
    expect(nothing.body).toEqual({ changes: [], cursor, hasMore: false });
  });

  it('a cursor taken mid-way picks up later writes, refused writes leave no change', async () => {
    const { cursor } = await readAll(call, '', 1000);
    await call('POST', '/v1/sites', { body: { id: newId(), name: '' }, key: key() });
    const c = await create(call, 'sites', { id: newId(), name: 'C' });
    const after = await readAll(call, cursor, 10);
    expect(after.changes.map((change) => change.id)).toEqual([c.id]);
    expect(Number(after.cursor)).toBeGreaterThan(Number(cursor));
  });

  it('refuses a malformed cursor', async () => {
    expect((await call('GET', '/v1/changes?after=abc')).body.code).toBe('bad_request');
  });
});
