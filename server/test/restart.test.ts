import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids.ts';
import { openDatabase } from '../src/store/database.ts';
import { migrate } from '../src/store/migrations.ts';
import { BACKENDS, client, create, startOn, START_TIMEOUT, type Backend } from './harness.ts';

/** PGlite persisted to a temporary directory, or this file's PostgreSQL schema. */
async function persistentStore(backend: Backend) {
  if (backend.name === 'postgres') return backend.storeOptions();
  return { dataDir: await mkdtemp(join(tmpdir(), 'slotboard-server-')) };
}

describe.each(BACKENDS)('restart on $name', (backend) => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it(
    'keeps the data, applies no migration twice, and the cursor goes on',
    async () => {
      const store = await persistentStore(backend);
      if (store.dataDir) dirs.push(store.dataDir);
      const first = await startOn(backend, store);
      const call = client(first);
      const site = await create(call, 'sites', { id: newId(), name: 'Persisted' });
      const before = (await call('GET', '/v1/changes?limit=1000')).body.cursor as string;
      await first.close();

      const db = await openDatabase(store);
      expect(await migrate(db)).toEqual([]);
      await db.close();

      const second = await startOn(backend, store);
      const again = client(second);
      expect((await again('GET', `/v1/sites/${site.id}`)).body).toEqual(site);
      const next = await create(again, 'sites', { id: newId(), name: 'After restart' });
      const changes = (await again('GET', `/v1/changes?after=${before}`)).body;
      expect(changes.changes.map((c: { id: string }) => c.id)).toEqual([next.id]);
      expect(changes.changes[0].seq).toBeGreaterThan(Number(before));
      await second.close();
    },
    4 * START_TIMEOUT,
  );
});
