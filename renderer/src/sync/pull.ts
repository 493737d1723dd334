/**
 * The pull: the server's change feed from the stored cursor, page by page. Each page is applied
 * in ONE transaction with the new cursor, so a crash never skips or half-applies a page.
 *
 * Remote changes bypass commands: no outbox entry, no undo step. A record with pending outbox
 * entries is not overwritten (the user's edit wins locally until the push settles it: accepted,
 * or a 412 that brings the server's copy into a conflict); a record with an unresolved conflict
 * is not overwritten either, but the conflict keeps the server's newer copy. Tombstones delete.
 * Each record is checked with its entity's schema: an invalid one is skipped and reported.
 */
import { MAX_PAGE_LIMIT, type Change, type ChangesPage } from '@shared/api/contract.ts';
import type { ValidationIssue } from '@shared/domain/issues.ts';
import type { OutboxEntity } from '@renderer/store/command-types.ts';
import type { ConflictRecord } from '@renderer/store/conflict-types.ts';
import type { SlotboardDb } from '@renderer/store/db.ts';
import type { ApiClient } from './api-client.ts';
import { serverCopy, serverVersion, UNRESOLVED } from './conflict-records.ts';
import {
  entityOf,
  parseServerRecord,
  recordKey,
  recordTable,
  syncTables,
  type StoredRecord,
} from './records.ts';

/** The `meta` row of the cursor, kept per server: another server's cursor means nothing here. */
export const CURSOR_META_KEY = 'sync';

interface CursorRow {
  serverUrl: string;
  cursor: string | null;
}

export interface InvalidRecord {
  resource: Change['resource'];
  id: string;
  issues: ValidationIssue[];
}

export interface PullResult {
  /** Changes written to the store. */
  applied: number;
  invalid: InvalidRecord[];
}

/** The cursor stored for `serverUrl`; null when none (start from the beginning). */
export async function readCursor(db: SlotboardDb, serverUrl: string): Promise<string | null> {
  const row = (await db.meta.get(CURSOR_META_KEY))?.value as CursorRow | undefined;
  return row?.serverUrl === serverUrl ? row.cursor : null;
}

export async function pullChanges(
  db: SlotboardDb,
  client: ApiClient,
  serverUrl: string,
): Promise<PullResult> {
  const result: PullResult = { applied: 0, invalid: [] };
  let cursor = await readCursor(db, serverUrl);
  for (;;) {
    const page = await client.changes(cursor, MAX_PAGE_LIMIT);
    const applied = await applyPage(db, page, serverUrl);
    result.applied += applied.applied;
    result.invalid.push(...applied.invalid);
    // An answer that does not move the cursor cannot have more to give.
    if (!page.hasMore || page.cursor === cursor) return result;
    cursor = page.cursor;
    // Between two pages the page handles input and paints: a first pull never freezes it.
    await nextTask();
  }
}

/**
 * One page and its cursor, in one transaction. A page behind the stored cursor is ignored.
 * The page is read and written in bulk (its conflicts, its pending keys, one bulkPut and one
 * bulkDelete per table): a request per record made a first pull of 60,000 records take minutes.
 */
export async function applyPage(db: SlotboardDb, page: ChangesPage, serverUrl: string): Promise<PullResult> {
  const { checked, invalid } = await checkPage(page);
  return db.transaction('rw', syncTables(db), async () => {
    const result: PullResult = { applied: 0, invalid };
    const stored = await readCursor(db, serverUrl);
    if (stored !== null && isBehind(page.cursor, stored)) return { applied: 0, invalid: [] };
    const conflicts = await unresolvedConflicts(db);
    const pending = await pendingKeys(db, checked);
    const writes = new Map<OutboxEntity, { put: StoredRecord[]; delete: string[] }>();
    for (const { change, entity, key, record } of checked) {
      const conflict = conflicts.get(key);
      if (conflict) {
        await keepNewerServerCopy(db, conflict, change, record);
        continue;
      }
      if (pending.has(key)) continue;
      const tableWrites = writes.get(entity) ?? { put: [], delete: [] };
      writes.set(entity, tableWrites);
      if (record === null) tableWrites.delete.push(change.id);
      else tableWrites.put.push(record);
      result.applied += 1;
    }
    for (const [entity, { put, delete: deleted }] of writes) {
      const table = recordTable(db, entity);
      for (const chunk of chunks(put)) await table.bulkPut(chunk);
      for (const chunk of chunks(deleted)) await table.bulkDelete(chunk);
    }
    const row: CursorRow = { serverUrl, cursor: page.cursor };
    await db.meta.put({ key: CURSOR_META_KEY, value: row });
    return result;
  });
}

interface CheckedChange {
  change: Change;
  entity: OutboxEntity;
  key: string;
  /** The record as it will be stored; null for a tombstone. */
  record: StoredRecord | null;
}

/**
 * The page's last change of each record, checked against its entity's schema. Done before the
 * transaction, a macrotask every `CHECK_SLICE` records: checking 1,000 bookings in one go held
 * the page for 50–70 ms, and inside a transaction there is no yielding (it would commit).
 */
async function checkPage(page: ChangesPage): Promise<{ checked: CheckedChange[]; invalid: InvalidRecord[] }> {
  const checked: CheckedChange[] = [];
  const invalid: InvalidRecord[] = [];
  let count = 0;
  for (const change of latestPerRecord(page.changes).values()) {
    if (++count % CHECK_SLICE === 0) await nextTask();
    const entity = entityOf(change.resource);
    const parsed = parseChange(entity, change);
    if (parsed !== null && !parsed.ok) {
      invalid.push({ resource: change.resource, id: change.id, issues: parsed.issues });
      continue;
    }
    checked.push({ change, entity, key: recordKey(entity, change.id), record: parsed?.value ?? null });
  }
  return { checked, invalid };
}

const CHECK_SLICE = 250;

/** The page's last change of each record (a feed lists a record once, but a page is input). */
function latestPerRecord(changes: readonly Change[]): Map<string, Change> {
  const latest = new Map<string, Change>();
  for (const change of changes) {
    const key = recordKey(entityOf(change.resource), change.id);
    latest.delete(key);
    latest.set(key, change);
  }
  return latest;
}

/** A change's record checked against its schema; null for a tombstone. */
function parseChange(entity: OutboxEntity, change: Change): ReturnType<typeof parseServerRecord> | null {
  if (change.deleted) return null;
  const meta = { id: change.id, version: change.version, updatedAt: change.updatedAt };
  return parseServerRecord(entity, change.record ?? {}, meta);
}

/** Unresolved conflicts by record key: they are few, so all are read at once. */
async function unresolvedConflicts(db: SlotboardDb): Promise<Map<string, ConflictRecord>> {
  const open = await db.conflicts.where('status').anyOf(UNRESOLVED).toArray();
  return new Map(open.map((conflict) => [recordKey(conflict.entity, conflict.entityId), conflict]));
}

/** Keys of the page's records that have outbox entries waiting: the user's edit wins locally. */
async function pendingKeys(db: SlotboardDb, changes: readonly CheckedChange[]): Promise<Set<string>> {
  const wanted = changes.map(({ entity, change }) => [entity, change.id]);
  const entries = await db.outbox.where('[entity+entityId]').anyOf(wanted).toArray();
  return new Set(entries.map((entry) => recordKey(entry.entity, entry.entityId)));
}

/** A conflicted record is not overwritten, but its conflict keeps the server's newer copy. */
async function keepNewerServerCopy(
  db: SlotboardDb,
  conflict: ConflictRecord,
  change: Change,
  record: StoredRecord | null,
): Promise<void> {
  if (change.version <= serverVersion(conflict.server)) return;
  const meta = { id: change.id, version: change.version, updatedAt: change.updatedAt };
  await db.conflicts.update(conflict.id, {
    server: serverCopy(record, { ...meta, deleted: change.deleted }),
  });
}

/**
 * A bulkPut clones its records synchronously, in one task: 1,000 bookings held the page for
 * 100 ms. Chunks awaited one after the other let input in between (same transaction).
 */
const WRITE_CHUNK = 200;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += WRITE_CHUNK) out.push(items.slice(i, i + WRITE_CHUNK));
  return out;
}

/** Resolves on the next macrotask, after the browser has handled input and painted. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Whether cursor `a` comes before `b`. Cursors are the server's sequence numbers; anything else
 * is opaque and never "behind".
 */
export function isBehind(a: string, b: string): boolean {
  if (!/^\d+$/.test(a) || !/^\d+$/.test(b)) return false;
  return BigInt(a) < BigInt(b);
}
