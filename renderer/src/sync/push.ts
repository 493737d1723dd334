/**
 * The push: the outbox, oldest first, in batches (see batching.ts for what goes together), until
 * nothing sendable is left. Each answer is applied by `applyBatchResults` in one transaction.
 * A failed request leaves the outbox as it was: the same mutation ids are sent again, and the
 * server answers a retry with its first answer (idempotency keys).
 */
import type { OperationResult } from '@shared/api/contract.ts';
import type { ConflictRecord } from '@renderer/store/conflict-types.ts';
import type { SlotboardDb } from '@renderer/store/db.ts';
import { applyBatchResults } from './acknowledge.ts';
import type { ApiClient } from './api-client.ts';
import { planBatch, toOperations } from './batching.ts';
import { heldRecordKeys } from './conflict-records.ts';
import { releaseEditedConflicts } from './conflicts.ts';
import { SyncError } from './errors.ts';
import { resourceOf } from './records.ts';

/** How many outbox entries one round reads to plan its batch (a batch holds at most 500). */
const OUTBOX_WINDOW = 2000;

export interface PushResult {
  accepted: number;
  /** Conflicts this push wrote. */
  conflicts: ConflictRecord[];
}

export async function pushOutbox(db: SlotboardDb, client: ApiClient, now: () => string): Promise<PushResult> {
  const total: PushResult = { accepted: 0, conflicts: [] };
  for (;;) {
    await releaseEditedConflicts(db, now());
    const held = await heldRecordKeys(db);
    const entries = await db.outbox.orderBy('seq').limit(OUTBOX_WINDOW).toArray();
    const batch = planBatch(entries, held);
    if (batch.length === 0) return total;

    const response = await client.batch(toOperations(batch));
    const outcome = await applyBatchResults(db, batch, response.results, now());
    total.accepted += outcome.accepted;
    total.conflicts.push(...outcome.conflicts);
    await fillServerCopies(db, client, outcome.conflicts);
    const retry = outcome.retry[0];
    if (retry) throw temporaryFailure(retry);
  }
}

/**
 * A refusal of an update without the server's copy (the reference server always sends `current`;
 * another ad server may not): ask for the record, so the user can compare and "take the server's
 * version". Best effort: the pull keeps the copy up to date from then on.
 */
async function fillServerCopies(db: SlotboardDb, client: ApiClient, conflicts: readonly ConflictRecord[]) {
  for (const conflict of conflicts) {
    if (conflict.server !== null || conflict.mutation.op === 'create') continue;
    try {
      const server = await client.record(resourceOf(conflict.entity), conflict.entityId);
      if (server === null) continue;
      await db.conflicts
        .where('id')
        .equals(conflict.id)
        .modify((row) => {
          row.server ??= server;
        });
    } catch {
      // Unreachable now: the conflict still explains the refusal; the pull may bring the copy.
    }
  }
}

function temporaryFailure(result: OperationResult): SyncError {
  const problem = result.problem;
  const code = problem?.code;
  if (result.status === 429) {
    const retryAfterMs = problem?.retryAfter === undefined ? undefined : problem.retryAfter * 1000;
    return new SyncError('rate_limited', 'The server asked to slow down', {
      status: 429,
      code,
      retryAfterMs,
    });
  }
  return new SyncError(
    'server',
    `The server could not apply a change now: ${problem?.title ?? result.status}`,
    {
      status: result.status,
      code,
    },
  );
}
