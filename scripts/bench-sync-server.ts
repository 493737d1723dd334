/**
 * What bench:sync does to the reference ad server from Node: seeds it with a data set through
 * POST /v1/batch, and reads its whole change feed (to know what a pull must catch up to).
 */
import { API_PREFIX, MAX_BATCH_OPERATIONS, type Operation } from '../shared/api/contract.ts';
import { ENTITY_NAMES } from '../shared/domain/model.ts';
import { newId } from '../shared/ids.ts';
import type { RunningServer } from '../server/src/app.ts';

/** The bench's bearer token: the server is started with it, the planner's sync is given it. */
export const TOKEN = 'bench-sync-token-0123456789';

/**
 * A data set as batches for POST /v1/batch: creates, parents first (the entities' order), at
 * most `size` operations a request.
 */
export function seedBatches(
  data: { readonly [entity: string]: readonly Record<string, unknown>[] | undefined },
  size = MAX_BATCH_OPERATIONS,
  key: () => string = newId,
): Operation[][] {
  const operations: Operation[] = [];
  for (const entity of ENTITY_NAMES) {
    for (const record of data[entity] ?? []) {
      const { version: _version, updatedAt: _updatedAt, ...body } = record;
      operations.push({ key: key(), resource: entity, id: String(record.id), op: 'create', body });
    }
  }
  const batches: Operation[][] = [];
  for (let i = 0; i < operations.length; i += size) batches.push(operations.slice(i, i + size));
  return batches;
}

export interface ServerFeed {
  changes: number;
  cursor: string | null;
  ms: number;
}

/** The whole change feed, read from Node: how many changes, the last cursor, and how long the server took. */
export async function readFeed(server: RunningServer): Promise<ServerFeed> {
  const started = performance.now();
  let cursor: string | null = null;
  let changes = 0;
  for (;;) {
    const query = new URLSearchParams({ limit: '1000' });
    if (cursor !== null) query.set('after', cursor);
    const response = await fetch(`${server.url}${API_PREFIX}/changes?${query.toString()}`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    if (!response.ok) throw new Error(`GET /changes: HTTP ${response.status}`);
    const page = (await response.json()) as { changes: unknown[]; cursor: string; hasMore: boolean };
    changes += page.changes.length;
    const moved = page.cursor !== cursor;
    cursor = page.cursor;
    if (!page.hasMore || !moved) break;
  }
  return { changes, cursor, ms: performance.now() - started };
}

/** Seeds a server with a data set through POST /v1/batch; returns what it refused, by code. */
export async function seed(
  server: RunningServer,
  batches: Operation[][],
): Promise<{ ms: number; refused: Map<string, number> }> {
  const started = performance.now();
  const refused = new Map<string, number>();
  for (const operations of batches) {
    const response = await fetch(`${server.url}${API_PREFIX}/batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ operations }),
    });
    if (!response.ok) throw new Error(`POST /batch: HTTP ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { results: { status: number; problem?: { code: string } }[] };
    for (const result of body.results) {
      if (result.status >= 300) {
        const code = result.problem?.code ?? String(result.status);
        refused.set(code, (refused.get(code) ?? 0) + 1);
      }
    }
  }
  return { ms: performance.now() - started, refused };
}
