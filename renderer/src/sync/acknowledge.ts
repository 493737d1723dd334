/**
 * Applying a batch's answer to the store, in ONE transaction:
 * - accepted: the entry leaves the outbox; the local record takes the server's version and
 *   timestamp (and its values for fields no pending entry changes), and the record's pending
 *   entries are rebased on that version (their If-Match); a resubmitted conflict is resolved;
 * - refused: the entry leaves the outbox into a conflict; the local record keeps the user's edit;
 * - failed for now (429, 5xx for that operation): the entry stays, to be sent again;
 * - not tried (`dependency_failed`: the record's change before it in the batch was not applied):
 *   the entry stays, behind that change's conflict or retry.
 */
import type { OperationResult, Problem } from '@shared/api/contract.ts';
import type { OutboxEntity, OutboxEntry } from '@renderer/store/command-types.ts';
import type { ConflictRecord } from '@renderer/store/conflict-types.ts';
import type { SlotboardDb } from '@renderer/store/db.ts';
import { recordRefusal } from './conflict-records.ts';
import { parseServerRecord, recordKey, recordTable, syncTables } from './records.ts';

export interface BatchOutcome {
  accepted: number;
  /** Conflicts written or re-opened by this batch. */
  conflicts: ConflictRecord[];
  /** Operations the server could not do now (their entries stay in the outbox). */
  retry: OperationResult[];
}

/**
 * The batch is read and written in bulk (its entries, records, pending entries and conflicts in a
 * few queries): a request per entry made pushing 10,000 changes take minutes. A record may have
 * several entries in a batch (see batching.ts): its last accepted one gives its version.
 */
export async function applyBatchResults(
  db: SlotboardDb,
  entries: readonly OutboxEntry[],
  results: readonly OperationResult[],
  now: string,
): Promise<BatchOutcome> {
  return db.transaction('rw', syncTables(db), async () => {
    const outcome: BatchOutcome = { accepted: 0, conflicts: [], retry: [] };
    // Gone already (another window's push acknowledged them): nothing left to do.
    const present = await db.outbox.bulkGet(entries.map((entry) => entry.seq ?? -1));
    const accepted: Accepted[] = [];
    const refused: { entry: OutboxEntry; problem: Problem }[] = [];
    entries.forEach((entry, index) => {
      const result = results[index];
      if (result === undefined || entry.seq === undefined || present[index] === undefined) return;
      if (isSuccess(result.status) && result.record) accepted.push({ entry, stored: result.record });
      else if (result.problem?.code === 'dependency_failed') return;
      else if (result.problem && !isTemporary(result.status))
        refused.push({ entry, problem: result.problem });
      else outcome.retry.push(result);
    });
    await db.outbox.bulkDelete([...accepted, ...refused].map(({ entry }) => entry.seq ?? -1));
    await acknowledgeAll(db, accepted, now);
    for (const { entry, problem } of refused)
      outcome.conflicts.push(await recordRefusal(db, entry, problem, now));
    outcome.accepted = accepted.length;
    return outcome;
  });
}

interface Accepted {
  entry: OutboxEntry;
  /** The record as the server stored it. */
  stored: Record<string, unknown>;
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

/** The server could not do it now: try again later rather than bother the user. */
function isTemporary(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * Accepted entries (already out of the outbox): their records take the server's version, their
 * later entries are rebased on it, and a resubmitted conflict of theirs is resolved.
 */
async function acknowledgeAll(db: SlotboardDb, accepted: readonly Accepted[], now: string): Promise<void> {
  if (accepted.length === 0) return;
  const versions = new Map(
    accepted.map(({ entry, stored }) => [recordKey(entry.entity, entry.entityId), serverMeta(stored)]),
  );
  const pending = await db.outbox
    .where('[entity+entityId]')
    .anyOf(accepted.map(({ entry }) => [entry.entity, entry.entityId]))
    .toArray();
  const pendingByRecord = groupBy(pending, (e) => recordKey(e.entity, e.entityId));
  await db.outbox.bulkPut(
    pending.map((e) => ({
      ...e,
      baseVersion: versions.get(recordKey(e.entity, e.entityId))?.version ?? e.baseVersion,
    })),
  );
  await mergeRecords(db, accepted, pendingByRecord);
  await resolveResubmitted(db, versions, now);
}

/** Each accepted record takes the server's values, except the fields its pending entries change. */
async function mergeRecords(
  db: SlotboardDb,
  accepted: readonly Accepted[],
  pendingByRecord: ReadonlyMap<string, readonly OutboxEntry[]>,
): Promise<void> {
  const lastOfEachRecord = new Map(accepted.map((a) => [recordKey(a.entry.entity, a.entry.entityId), a]));
  const byEntity = groupBy(
    [...lastOfEachRecord.values()].filter(({ entry }) => entry.op !== 'delete'),
    ({ entry }) => entry.entity,
  );
  for (const [entity, group] of byEntity) {
    const table = recordTable(db, entity as OutboxEntity);
    const locals = await table.bulkGet(group.map(({ entry }) => entry.entityId));
    const merged = group.flatMap(({ entry, stored }, i) => {
      const local = locals[i];
      if (local === undefined) return [];
      const later = pendingByRecord.get(recordKey(entry.entity, entry.entityId)) ?? [];
      const userFields = new Set(later.flatMap((e) => Object.keys(e.patch)));
      return [mergeServerRecord(entry, local, stored, userFields, serverMeta(stored))];
    });
    if (merged.length > 0) await table.bulkPut(merged);
  }
}

async function resolveResubmitted(
  db: SlotboardDb,
  acknowledged: ReadonlyMap<string, unknown>,
  now: string,
): Promise<void> {
  const resubmitted = await db.conflicts.where('status').equals('resubmitted').toArray();
  const settled = resubmitted
    .filter((conflict) => acknowledged.has(recordKey(conflict.entity, conflict.entityId)))
    .map((conflict): ConflictRecord => ({ ...conflict, status: 'resolved', resolvedAt: now }));
  if (settled.length > 0) await db.conflicts.bulkPut(settled);
}

function serverMeta(stored: Record<string, unknown>): { version: number; updatedAt: string } {
  return { version: Number(stored.version), updatedAt: String(stored.updatedAt) };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * The local record after the server stored it: the server's values (it is authoritative: it may
 * have filled defaults), except the fields the user changed since (pending entries), with the
 * server's version. A server record that does not fit the schema only lends its version.
 */
function mergeServerRecord(
  entry: OutboxEntry,
  local: Record<string, unknown> & { id: string },
  stored: Record<string, unknown>,
  userFields: ReadonlySet<string>,
  meta: { version: number; updatedAt: string },
): Record<string, unknown> & { id: string } {
  const parsed = parseServerRecord(entry.entity, stored, { id: entry.entityId, ...meta });
  if (!parsed.ok || entry.entity === 'insertionOrders') return { ...local, ...meta };
  const kept = Object.fromEntries(Object.entries(local).filter(([key]) => userFields.has(key)));
  return { ...parsed.value, ...kept, ...meta };
}
