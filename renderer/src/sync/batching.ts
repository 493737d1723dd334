/**
 * Which outbox entries the next push sends, and how they are written on the wire. Pure.
 *
 * Rules, in `seq` order:
 * - a record's later edits may follow its earlier operation in the same batch: they are sent
 *   `basedOn` it (the server matches them against the version it wrote), so a line created and
 *   revised offline goes in one push; a create never follows (undoing a delete waits);
 * - a command's entries (same `commandId`) travel together, as one `group` the server applies
 *   all or none; a command that cannot go whole stops the batch there, so later commands never
 *   overtake it (a booking's creation never reaches the server before its campaign's);
 * - records with an open conflict are held back with every later entry touching them (the user
 *   decides first); other records go on;
 * - a command too big for one batch (an import), or one editing a record twice, is sent in
 *   parts, in order, when it is first in line.
 */
import { MAX_BATCH_OPERATIONS, type Operation } from '@shared/api/contract.ts';
import type { OutboxEntry } from '@renderer/store/command-types.ts';
import { META_FIELDS, recordKey, resourceOf } from './records.ts';

export function entryKey(entry: OutboxEntry): string {
  return recordKey(entry.entity, entry.entityId);
}

/** The entries of the next batch; `held` are record keys with an open conflict. */
export function planBatch(
  entries: readonly OutboxEntry[],
  held: ReadonlySet<string>,
  max = MAX_BATCH_OPERATIONS,
): OutboxEntry[] {
  const batch: OutboxEntry[] = [];
  const inBatch = new Set<string>();
  const blocked = new Set(held);
  for (const group of commandGroups(entries)) {
    const keys = group.map(entryKey);
    if (keys.some((key) => blocked.has(key))) {
      for (const key of keys) blocked.add(key);
      continue;
    }
    const fits =
      batch.length + group.length <= max &&
      new Set(keys).size === keys.length &&
      group.every((entry, i) => entry.op !== 'create' || !inBatch.has(keys[i]!));
    if (!fits) return batch.length === 0 ? sendablePart(group, max) : batch;
    batch.push(...group);
    for (const key of keys) inBatch.add(key);
  }
  return batch;
}

/** Consecutive entries of the same command; an entry without a command id stands alone. */
export function commandGroups(entries: readonly OutboxEntry[]): OutboxEntry[][] {
  const groups: OutboxEntry[][] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    const sameCommand = entry.commandId !== undefined && last?.[0]?.commandId === entry.commandId;
    if (last && sameCommand) last.push(entry);
    else groups.push([entry]);
  }
  return groups;
}

/** The head of a command that cannot go whole: up to `max` entries, one per record. */
function sendablePart(group: readonly OutboxEntry[], max: number): OutboxEntry[] {
  const part: OutboxEntry[] = [];
  const seen = new Set<string>();
  for (const entry of group) {
    if (part.length === max || seen.has(entryKey(entry))) break;
    part.push(entry);
    seen.add(entryKey(entry));
  }
  return part;
}

/** The batch's operations: a record's later entry is based on its entry before in the batch. */
export function toOperations(batch: readonly OutboxEntry[]): Operation[] {
  const latest = new Map<string, string>();
  return batch.map((entry) => {
    const operation = toOperation(entry, latest.get(entryKey(entry)));
    latest.set(entryKey(entry), entry.mutationId);
    return operation;
  });
}

/** An outbox entry as a batch operation; `basedOn` is the key of the record's operation before it. */
export function toOperation(entry: OutboxEntry, basedOn?: string): Operation {
  const operation: Operation = {
    key: entry.mutationId,
    resource: resourceOf(entry.entity),
    id: entry.entityId,
    op: entry.op,
  };
  if (entry.commandId !== undefined) operation.group = entry.commandId;
  // A never-synced base (0) has no version to match: the server answers 428, a visible conflict.
  if (entry.op !== 'create' && basedOn !== undefined) operation.basedOn = basedOn;
  else if (entry.op !== 'create' && entry.baseVersion >= 1) operation.ifMatch = entry.baseVersion;
  if (entry.op === 'create') operation.body = withoutMeta(entry.patch, true);
  if (entry.op === 'update') operation.body = withoutMeta(entry.patch, false);
  return operation;
}

/** The server sets `version` and `updatedAt`; a create keeps its client-made `id`. */
function withoutMeta(patch: Record<string, unknown>, keepId: boolean): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(patch).filter(([key]) => !META_FIELDS.has(key) || (keepId && key === 'id')),
  );
}
