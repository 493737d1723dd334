/**
 * Commands are the only way the planner writes data. Each one is plain data, so it can be
 * validated, executed, inverted (undo) and logged, and every entity write it makes lands in the
 * outbox in the same transaction.
 */
import type { AnyEntity, EntityName, EntityTypes } from '@shared/domain/model.ts';
import type { ValidationIssue } from '@shared/domain/issues.ts';

/** The editable fields of an entity: everything but the sync metadata. */
export type EntityInput<E extends EntityName> = Omit<EntityTypes[E], 'id' | 'version' | 'updatedAt'>;

export type Command =
  | { type: 'create'; entity: EntityName; value: Partial<AnyEntity> & { id?: string } }
  | { type: 'update'; entity: EntityName; id: string; patch: Partial<AnyEntity> }
  /**
   * Refused with `in_use` while other records reference the record, except a campaign deleted
   * with `cascade: true`, which deletes its bookings first (and its undo restores them all).
   */
  | { type: 'delete'; entity: EntityName; id: string; cascade?: boolean }
  /** Several commands as one transaction and one undo step (group moves, demo load). */
  | { type: 'batch'; commands: Command[] };

export type CommandResult =
  | {
      ok: true;
      /** The command that undoes this one. Executing it is itself a command (and reaches the outbox). */
      inverse: Command;
      /** Ids of the records created, in order. */
      createdIds: string[];
      /**
       * How many records were written (= outbox entries added). 0 for a command that changed
       * nothing (an update to the same values, an empty batch): it need not go on the undo stack.
       */
      changes?: number;
    }
  | {
      ok: false;
      /** Why nothing was written; `index` points into a batch. */
      issues: (ValidationIssue & { index?: number })[];
    };

export type OutboxOperation = 'create' | 'update' | 'delete';

/**
 * What an outbox entry is about: a synced entity, or an issued insertion order (written only by
 * `issueInsertionOrder`, always a `create`: issued revisions are immutable, so they are not
 * entities the generic commands may update or delete).
 */
export type OutboxEntity = EntityName | 'insertionOrders';

/** One queued mutation for the ad server, written in the same transaction as the entity. */
export interface OutboxEntry {
  /** Auto-incremented order of the queue. */
  seq?: number;
  /** UUIDv7; doubles as the `Idempotency-Key` of the push. */
  mutationId: string;
  /**
   * Shared by every entry one command (one local transaction) wrote, so the push can keep a batch
   * together. Absent on entries written before it existed.
   */
  commandId?: string;
  entity: OutboxEntity;
  entityId: string;
  op: OutboxOperation;
  /** The full record for a create, the changed fields for an update, empty for a delete. */
  patch: Record<string, unknown>;
  /** The server version the change was made on (0 for a record never synced). */
  baseVersion: number;
  createdAt: string;
}
