/**
 * Applying a batch's answer to the store, in ONE transaction:
 * - accepted: the entry leaves the outbox; the local record takes the server's version and
 *   timestamp (and its values for fields no pending entry changes), and the record's pending
 *   entries are rebased on that version (their If-Match); a resubmitted conflict is resolved;
 * - refused: the entry leaves the outbox into a conflict; the local record keeps the user's edit;
 * - failed for now (429, 5xx for that operation): the entry stays, to be sent again.
 */
import type { OperationResult } from '@shared/api/contract.ts';
import type { OutboxEntry } from '@renderer/store/command-types.ts';
import type { ConflictRecord } from '@renderer/store/conflict-types.ts';
import type { SlotboardDb } from '@renderer/store/db.ts';
import { recordRefusal, unresolvedConflict } from './conflict-records.ts';
import { parseServerRecord, recordTable, syncTables } from './records.ts';

export interface BatchOutcome {
  accepted: number;
  /** Conflicts written or re-opened by this batch. */
  conflicts: ConflictRecord[];
  /** Operations the server could not do now (their entries stay in the outbox). */
  retry: OperationResult[];
}

export async function applyBatchResults(
  db: SlotboardDb,
  entries: readonly OutboxEntry[],
  results: readonly OperationResult[],
  now: string,
): Promise<BatchOutcome> {
  return db.transaction('rw', syncTables(db), async () => {
    const outcome: BatchOutcome = { accepted: 0, conflicts: [], retry: [] };
    for (const [index, entry] of entries.entries()) {
      const result = results[index];
      if (result === undefined || entry.seq === undefined) continue;
      // Gone already (another window's push acknowledged it): nothing left to do.
      if ((await db.outbox.get(entry.seq)) === undefined) continue;
      if (isSuccess(result.status) && result.record) {
        await acknowledge(db, entry, result.record, now);
        outcome.accepted += 1;
      } else if (result.problem && !isTemporary(result.status)) {
        await db.outbox.delete(entry.seq);
        outcome.conflicts.push(await recordRefusal(db, entry, result.problem, now));
      } else {
        outcome.retry.push(result);
      }
    }
    return outcome;
  });
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

/** The server could not do it now: try again later rather than bother the user. */
function isTemporary(status: number): boolean {
  return status === 429 || status >= 500;
}

async function acknowledge(
  db: SlotboardDb,
  entry: OutboxEntry,
  stored: Record<string, unknown>,
  now: string,
): Promise<void> {
  const version = Number(stored.version);
  const updatedAt = String(stored.updatedAt);
  await db.outbox.delete(entry.seq);
  const pending = db.outbox.where('[entity+entityId]').equals([entry.entity, entry.entityId]);
  const pendingEntries = await pending.toArray();
  await pending.modify({ baseVersion: version });

  const table = recordTable(db, entry.entity);
  const local = await table.get(entry.entityId);
  if (local !== undefined && entry.op !== 'delete') {
    const userFields = new Set(pendingEntries.flatMap((e) => Object.keys(e.patch)));
    await table.put(mergeServerRecord(entry, local, stored, userFields, { version, updatedAt }));
  }
  const conflict = await unresolvedConflict(db, entry.entity, entry.entityId);
  if (conflict?.status === 'resubmitted') {
    await db.conflicts.update(conflict.id, { status: 'resolved', resolvedAt: now });
  }
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
