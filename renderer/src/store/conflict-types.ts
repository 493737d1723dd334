/**
 * A conflict: a mutation the ad server refused (overbooked, invalid, changed on the server since
 * it was made…). The sync engine writes one in the same transaction that takes the mutation out
 * of the outbox, so a refusal is never lost; the user resolves it from the Conflicts panel.
 */
import type { Problem } from '@shared/api/contract.ts';
import type { OutboxEntity, OutboxEntry } from './command-types.ts';

/**
 * - `open`: waiting for the user. The record's later outbox entries are held back from the push.
 * - `resubmitted`: the user sent their version again (re-applied, edited, kept as option): the
 *   next acknowledged push of the record resolves it, a new refusal re-opens it.
 * - `resolved`: kept for the record, no longer shown as pending.
 */
export type ConflictStatus = 'open' | 'resubmitted' | 'resolved';

export type ConflictResolution = 'server' | 'mine' | 'option' | 'edited' | 'nothing_to_send';

export interface ConflictRecord {
  /** UUIDv7. */
  id: string;
  entity: OutboxEntity;
  entityId: string;
  status: ConflictStatus;
  /** The user's refused mutation, as it left the outbox. */
  mutation: OutboxEntry;
  /** Why the server refused it. */
  problem: Problem;
  /**
   * The record as the server holds it (a tombstone has `deleted: true`), when known: from the
   * refusal's `current`, then kept up to date by the pull. Null when the server never said.
   */
  server: Record<string, unknown> | null;
  /** UTC ISO. */
  createdAt: string;
  resolvedAt?: string;
  resolution?: ConflictResolution;
  /**
   * Set when the user chose to edit the record: the outbox's last `seq` at that moment. A later
   * entry for the record means the edit was saved, and the push sends the record again.
   */
  editAfterSeq?: number;
}
