/**
 * `execute`: the one way the planner writes planning data.
 *
 * A command runs in ONE Dexie read-write transaction over every entity table and the outbox. It
 * validates (entity schema, then the cross-entity rules against the records in the store), writes
 * each record and one outbox entry per record written, and returns the command that undoes it.
 * A rejected command, or any command of a rejected batch, writes nothing: the transaction aborts.
 *
 * - create: assigns `id` (UUIDv7) unless given and `updatedAt`; outbox patch = the full record.
 * - update: merges the patch shallowly (a field given replaces the whole value, e.g. all of
 *   `capacity`; sync fields `version`/`updatedAt` are ignored; `id` cannot change);
 *   refuses only issues the edit introduces; outbox patch = the fields that changed. An update
 *   that changes nothing writes nothing (no outbox entry) and reports `changes: 0`.
 * - delete: refused with `in_use` (params `count`, `entity`) while records refer to it; a
 *   campaign with `cascade: true` takes its bookings with it. Undo re-creates the exact records.
 * - batch: in order, in the same transaction (a later command sees the earlier ones' writes);
 *   its inverse is the reversed list of inverses, one undo step.
 *
 * Storage failures (quota, a closed database…) reject the promise; the transaction has then been
 * rolled back and nothing was written either.
 */
import type { Command, CommandResult } from './command-types.ts';
import type { SlotboardDb } from './db.ts';
import { newId } from '@shared/ids.ts';
import { applyCommand, CommandRejected, writeTables } from './apply.ts';

export interface ExecuteOptions {
  /** The clock for `updatedAt` and the outbox `createdAt` (UTC ISO); defaults to the system clock. */
  now?: () => Date;
}

/** The inverse of a command that wrote nothing: an empty batch, itself a no-op. */
export const NOOP: Command = { type: 'batch', commands: [] };

export async function execute(
  db: SlotboardDb,
  command: Command,
  options: ExecuteOptions = {},
): Promise<CommandResult> {
  const ctx = { db, now: (options.now?.() ?? new Date()).toISOString(), commandId: newId() };
  try {
    return await db.transaction('rw', writeTables(db), async (): Promise<CommandResult> => {
      const applied = await applyCommand(ctx, command);
      return {
        ok: true,
        inverse: applied.inverse ?? NOOP,
        createdIds: applied.createdIds,
        changes: applied.changes,
      };
    });
  } catch (error) {
    if (error instanceof CommandRejected) return { ok: false, issues: error.issues };
    throw error;
  }
}

/** Whether a command certainly writes nothing (an empty batch, or batches of them). */
export function isNoop(command: Command): boolean {
  return command.type === 'batch' && command.commands.every(isNoop);
}
