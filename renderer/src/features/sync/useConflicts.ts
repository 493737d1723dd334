/** Live reads of the conflicts table for the screens, and the calendar's marker hook. */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ConflictRecord } from '@renderer/store/conflict-types.ts';
import { db as appDb, type SlotboardDb } from '@renderer/store/db.ts';
import { UNRESOLVED } from '@renderer/sync/conflict-records.ts';

/** Conflicts not resolved yet, oldest first; undefined while loading. */
export function useUnresolvedConflicts(database: SlotboardDb = appDb): ConflictRecord[] | undefined {
  return useLiveQuery(
    async () =>
      (
        await database.conflicts
          .where('status')
          .anyOf([...UNRESOLVED])
          .toArray()
      ).sort(byCreation),
    [database],
  );
}

/**
 * Ids of the bookings with an unresolved conflict, for the calendar to mark their bars. The same
 * Set object until the ids change.
 */
export function useConflictedBookingIds(database: SlotboardDb = appDb): ReadonlySet<string> {
  const ids = useLiveQuery(
    async () =>
      (
        await database.conflicts
          .where('status')
          .anyOf([...UNRESOLVED])
          .toArray()
      )
        .filter((conflict) => conflict.entity === 'bookings')
        .map((conflict) => conflict.entityId)
        .sort()
        .join('\u0000'),
    [database],
  );
  return useMemo(() => new Set(ids ? ids.split('\u0000') : []), [ids]);
}

function byCreation(a: ConflictRecord, b: ConflictRecord): number {
  return a.createdAt.localeCompare(b.createdAt);
}
