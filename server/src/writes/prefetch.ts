/**
 * Reads, in a handful of queries, what a batch's rules will ask for: the records it writes, the
 * records they refer to, and the bookings of the placements a confirmed booking lands on. Without
 * it, every operation would pay several round trips; with it, most pay none.
 */
import { isResourceName, type Operation } from '../../../shared/api/contract.ts';
import { referencesOf } from '../../../shared/domain/references.ts';
import type { Json, RecordKey } from '../store/records.ts';
import type { WorkingSet } from './working-set.ts';

function referencedKeys(resource: Operation['resource'], fields: Json | null | undefined): RecordKey[] {
  if (!fields || resource === 'insertion-orders') return [];
  const keys: RecordKey[] = [];
  for (const ref of referencesOf(resource)) {
    const id = fields[ref.field];
    if (typeof id === 'string' && isResourceName(ref.entity)) keys.push({ resource: ref.entity, id });
  }
  return keys;
}

export async function prefetch(ws: WorkingSet, operations: readonly Operation[]): Promise<void> {
  await ws.load(
    operations.flatMap((op) => [
      { resource: op.resource, id: op.id },
      ...referencedKeys(op.resource, op.body),
    ]),
  );
  // Updates and deletes refer to what the stored record names, when the body does not say.
  const stored = await Promise.all(operations.map((op) => ws.get(op.resource, op.id)));
  await ws.load(operations.flatMap((op, i) => referencedKeys(op.resource, stored[i]?.data)));
  const placements = operations.flatMap((op, i) => {
    if (op.resource !== 'bookings') return [];
    const merged = { ...stored[i]?.data, ...op.body };
    return merged.status === 'confirmed' && typeof merged.placementId === 'string'
      ? [merged.placementId]
      : [];
  });
  await ws.loadBookingsOf(placements);
}
