/**
 * Sending the user's version of a conflicted record again. The record's held outbox entries are
 * replaced by ONE entry that takes the server's copy to the local record:
 * - server copy known: an update of the fields that differ, If-Match its version (a delete when
 *   the user deleted the record); nothing to send when they already agree;
 * - server copy unknown (the refusal did not say): the refused mutation's own kind, on its base
 *   version (a create sends the whole record again);
 * - the server deleted it while the user kept it: nothing can be sent (ids are never reused).
 */
import { newId } from '@shared/ids.ts';
import { sameValue } from '@renderer/store/apply.ts';
import type { OutboxEntry, OutboxOperation } from '@renderer/store/command-types.ts';
import type { ConflictRecord, ConflictResolution } from '@renderer/store/conflict-types.ts';
import type { SlotboardDb } from '@renderer/store/db.ts';
import { serverVersion } from './conflict-records.ts';
import { META_FIELDS, recordTable, type StoredRecord } from './records.ts';

export type Replacement =
  | { kind: 'send'; op: OutboxOperation; patch: Record<string, unknown>; baseVersion: number }
  | { kind: 'nothing' }
  | { kind: 'impossible' };

/** What must be sent so the server holds `local` (undefined: deleted locally). Pure. */
export function replacementFor(
  conflict: ConflictRecord,
  local: StoredRecord | undefined,
  held: readonly OutboxEntry[],
): Replacement {
  const server = conflict.server;
  const serverLive = server !== null && server.deleted !== true;
  const base = serverVersion(server);
  if (server !== null) {
    if (local === undefined) return serverLive ? send('delete', {}, base) : { kind: 'nothing' };
    if (!serverLive) return { kind: 'impossible' };
    const patch = differingFields(local, server);
    return Object.keys(patch).length === 0 ? { kind: 'nothing' } : send('update', patch, base);
  }
  const mutation = conflict.mutation;
  if (mutation.op === 'create')
    return local === undefined ? { kind: 'nothing' } : send('create', { ...local }, 0);
  if (local === undefined) return send('delete', {}, mutation.baseVersion);
  const keys = new Set([mutation, ...held].flatMap((entry) => Object.keys(entry.patch)));
  const patch = pickFields(local, keys.size > 0 ? keys : new Set(Object.keys(local)));
  return send('update', patch, mutation.baseVersion);
}

/** Whether the user's version can be sent again at all. */
export function canResubmit(conflict: ConflictRecord, local: StoredRecord | undefined): boolean {
  return replacementFor(conflict, local, []).kind !== 'impossible';
}

/**
 * Inside a transaction over the sync tables: replaces the record's outbox entries by the one
 * that sends the local record, marks the conflict resubmitted (or resolved when there is nothing
 * to send). False when it cannot be sent.
 */
export async function resubmit(
  db: SlotboardDb,
  conflict: ConflictRecord,
  resolution: ConflictResolution,
  now: string,
): Promise<boolean> {
  const table = recordTable(db, conflict.entity);
  const local = await table.get(conflict.entityId);
  const heldQuery = db.outbox.where('[entity+entityId]').equals([conflict.entity, conflict.entityId]);
  const replacement = replacementFor(conflict, local, await heldQuery.toArray());
  if (replacement.kind === 'impossible') return false;
  await heldQuery.delete();
  if (replacement.kind === 'nothing') {
    await db.conflicts.put(settled(conflict, 'nothing_to_send', now));
    return true;
  }
  // Later edits are made on the version the replacement is based on.
  if (local !== undefined) await table.put({ ...local, version: replacement.baseVersion });
  await db.outbox.add(outboxEntry(conflict, replacement, now));
  await db.conflicts.put({ ...withoutEdit(conflict), status: 'resubmitted', resolution });
  return true;
}

export function settled(
  conflict: ConflictRecord,
  resolution: ConflictResolution,
  now: string,
): ConflictRecord {
  return { ...withoutEdit(conflict), status: 'resolved', resolution, resolvedAt: now };
}

function withoutEdit(conflict: ConflictRecord): ConflictRecord {
  const { editAfterSeq: _editAfterSeq, ...rest } = conflict;
  return rest;
}

function outboxEntry(
  conflict: ConflictRecord,
  replacement: Extract<Replacement, { kind: 'send' }>,
  now: string,
): OutboxEntry {
  return {
    mutationId: newId(),
    commandId: newId(),
    entity: conflict.entity,
    entityId: conflict.entityId,
    op: replacement.op,
    patch: replacement.patch,
    baseVersion: replacement.baseVersion,
    createdAt: now,
  };
}

function send(op: OutboxOperation, patch: Record<string, unknown>, baseVersion: number): Replacement {
  return { kind: 'send', op, patch, baseVersion };
}

/** The local fields (no meta) whose value the server does not have. */
function differingFields(local: StoredRecord, server: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(local).filter(
    (key) => !META_FIELDS.has(key) && !sameValue(local[key], server[key]),
  );
  return pickFields(local, new Set(keys));
}

function pickFields(record: StoredRecord, keys: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => keys.has(key) && !META_FIELDS.has(key)));
}
