/**
 * Resolving conflicts: the user's choices in the Conflicts panel. Each runs in ONE transaction,
 * and none loses data silently: the conflict record stays, marked resolved and how.
 *
 * - take the server's version: the local record becomes the server's copy (deleted if the
 *   server deleted it, or never had it); the record's held entries are dropped;
 * - re-apply mine: one new outbox entry sends the local record again on the server's version;
 * - keep it as an option (an overbooked confirmed booking): an ordinary update command (status
 *   option + expiry, validated, with its outbox entry), then re-applied like "mine";
 * - edit it: the user changes the booking through the normal form; the next push notices the new
 *   outbox entry (`releaseEditedConflicts`) and re-applies, and its acknowledgement resolves it.
 */
import type { IsoDay } from '@shared/domain/model.ts';
import type { ValidationIssue } from '@shared/domain/issues.ts';
import { newId } from '@shared/ids.ts';
import { applyCommand, CommandRejected } from '@renderer/store/apply.ts';
import type { ConflictRecord } from '@renderer/store/conflict-types.ts';
import type { SlotboardDb } from '@renderer/store/db.ts';
import { parseServerRecord, recordTable, syncTables } from './records.ts';
import { resubmit, settled } from './resubmit.ts';
import { serverVersion } from './conflict-records.ts';

export type ResolveResult =
  | { ok: true }
  | { ok: false; reason: 'not_found' | 'already_resolved' | 'server_copy_unknown' | 'cannot_resubmit' }
  | { ok: false; reason: 'invalid'; issues: ValidationIssue[] };

const nowIso = (): string => new Date().toISOString();

/** The local record becomes the server's copy. */
export function takeServerVersion(
  db: SlotboardDb,
  conflictId: string,
  now = nowIso(),
): Promise<ResolveResult> {
  return withConflict(db, conflictId, async (conflict) => {
    const table = recordTable(db, conflict.entity);
    const server = conflict.server;
    if (server === null && conflict.mutation.op !== 'create')
      return { ok: false, reason: 'server_copy_unknown' };
    if (server === null || server.deleted === true) {
      await table.delete(conflict.entityId);
    } else {
      const meta = {
        id: conflict.entityId,
        version: serverVersion(server),
        updatedAt: String(server.updatedAt),
      };
      const parsed = parseServerRecord(conflict.entity, server, meta);
      if (!parsed.ok) return { ok: false, reason: 'invalid', issues: parsed.issues };
      await table.put(parsed.value);
    }
    await db.outbox.where('[entity+entityId]').equals([conflict.entity, conflict.entityId]).delete();
    await db.conflicts.put(settled(conflict, 'server', now));
    return { ok: true };
  });
}

/** Sends the user's version again, based on the server's current one. */
export function reapplyMine(db: SlotboardDb, conflictId: string, now = nowIso()): Promise<ResolveResult> {
  return withConflict(db, conflictId, async (conflict) =>
    (await resubmit(db, conflict, 'mine', now)) ? { ok: true } : { ok: false, reason: 'cannot_resubmit' },
  );
}

/** An overbooked confirmed booking becomes an option expiring on `expiresOn`, and is sent again. */
export function keepAsOption(
  db: SlotboardDb,
  conflictId: string,
  expiresOn: IsoDay,
  now = nowIso(),
): Promise<ResolveResult> {
  return withConflict(db, conflictId, async (conflict) => {
    const patch = { status: 'option', optionExpiresOn: expiresOn } as const;
    try {
      await applyCommand(
        { db, now, commandId: newId() },
        { type: 'update', entity: 'bookings', id: conflict.entityId, patch },
      );
    } catch (error) {
      if (error instanceof CommandRejected) return { ok: false, reason: 'invalid', issues: error.issues };
      throw error;
    }
    return (await resubmit(db, conflict, 'option', now))
      ? { ok: true }
      : { ok: false, reason: 'cannot_resubmit' };
  });
}

/**
 * The user is about to edit the record through its form: the edit saved after this moment is
 * sent by the next push (see `releaseEditedConflicts`).
 */
export function startEditing(db: SlotboardDb, conflictId: string): Promise<ResolveResult> {
  return withConflict(db, conflictId, async (conflict) => {
    const last = await db.outbox.orderBy('seq').last();
    await db.conflicts.put({ ...conflict, editAfterSeq: last?.seq ?? 0 });
    return { ok: true };
  });
}

/** Re-applies every open conflict whose record was edited since the user chose to edit it. */
export async function releaseEditedConflicts(db: SlotboardDb, now = nowIso()): Promise<number> {
  return db.transaction('rw', syncTables(db), async () => {
    const editing = (await db.conflicts.where('status').equals('open').toArray()).filter(
      (conflict) => conflict.editAfterSeq !== undefined,
    );
    let released = 0;
    for (const conflict of editing) {
      const entries = await db.outbox
        .where('[entity+entityId]')
        .equals([conflict.entity, conflict.entityId])
        .toArray();
      if (!entries.some((entry) => (entry.seq ?? 0) > (conflict.editAfterSeq ?? 0))) continue;
      if (await resubmit(db, conflict, 'edited', now)) released += 1;
    }
    return released;
  });
}

/** Runs `task` on the open conflict in one transaction over the sync tables. */
function withConflict(
  db: SlotboardDb,
  conflictId: string,
  task: (conflict: ConflictRecord) => Promise<ResolveResult>,
): Promise<ResolveResult> {
  return db.transaction('rw', syncTables(db), async (): Promise<ResolveResult> => {
    const conflict = await db.conflicts.get(conflictId);
    if (conflict === undefined) return { ok: false, reason: 'not_found' };
    if (conflict.status !== 'open') return { ok: false, reason: 'already_resolved' };
    return task(conflict);
  });
}
