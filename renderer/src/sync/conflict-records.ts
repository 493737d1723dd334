/**
 * Reading and writing conflict records inside the sync's transactions. A refusal becomes a
 * conflict in the same transaction that takes its mutation out of the outbox.
 */
import type { Problem } from '@shared/api/contract.ts';
import { newId } from '@shared/ids.ts';
import type { OutboxEntity, OutboxEntry } from '@renderer/store/command-types.ts';
import type { ConflictRecord } from '@renderer/store/conflict-types.ts';
import type { SlotboardDb } from '@renderer/store/db.ts';
import { recordKey } from './records.ts';

/** Conflicts the user has not settled yet. */
export const UNRESOLVED = ['open', 'resubmitted'] as const;

/** The record's conflict still open or resubmitted, if any (there is at most one). */
export async function unresolvedConflict(
  db: SlotboardDb,
  entity: OutboxEntity,
  entityId: string,
): Promise<ConflictRecord | undefined> {
  const all = await db.conflicts.where('[entity+entityId]').equals([entity, entityId]).toArray();
  return all.find((conflict) => conflict.status !== 'resolved');
}

/** Record keys whose outbox entries wait for the user: their conflict is open. */
export async function heldRecordKeys(db: SlotboardDb): Promise<Set<string>> {
  const open = await db.conflicts.where('status').equals('open').toArray();
  return new Set(open.map((conflict) => recordKey(conflict.entity, conflict.entityId)));
}

/**
 * Stores the refusal of `entry`: a new open conflict, or the record's resubmitted conflict opened
 * again with this refusal. The server's copy is the problem's `current`, else the one known.
 */
export async function recordRefusal(
  db: SlotboardDb,
  entry: OutboxEntry,
  problem: Problem,
  now: string,
): Promise<ConflictRecord> {
  const existing = await unresolvedConflict(db, entry.entity, entry.entityId);
  const conflict: ConflictRecord = {
    id: existing?.id ?? newId(),
    entity: entry.entity,
    entityId: entry.entityId,
    status: 'open',
    mutation: entry,
    problem,
    server: problem.current ?? existing?.server ?? null,
    createdAt: now,
  };
  await db.conflicts.put(conflict);
  return conflict;
}

/** The server's copy of a record: what a tombstone or a change says, with its meta. */
export function serverCopy(
  record: Record<string, unknown> | null,
  meta: { id: string; version: number; updatedAt: string; deleted: boolean },
): Record<string, unknown> {
  if (meta.deleted || record === null) {
    return { id: meta.id, version: meta.version, updatedAt: meta.updatedAt, deleted: true };
  }
  return { ...record, id: meta.id, version: meta.version, updatedAt: meta.updatedAt };
}

/** The version of a server copy, 0 when unknown. */
export function serverVersion(server: Record<string, unknown> | null): number {
  return typeof server?.version === 'number' ? server.version : 0;
}
