/**
 * For the followers' tests: successive snapshots of the bookings table as the store publishes
 * them. `tellsChanges` false is a store that cannot say which ids changed (a reload), so a
 * follower must look at them all.
 */
import type { Booking } from '@shared/domain/model.ts';
import type { TableSnapshot } from '@renderer/store/live-table.ts';

export function snapshots(tellsChanges: boolean) {
  const log: { revision: number; ids: readonly string[] }[] = [];
  return (rows: Booking[], changedIds: readonly string[] = []): TableSnapshot<Booking> => {
    const revision = log.length + 1;
    log.push({ revision, ids: changedIds });
    return {
      rows,
      byId: new Map(rows.map((b) => [b.id, b])),
      revision,
      changedSince: (since) =>
        tellsChanges
          ? new Set(log.filter((e) => e.revision > since && e.revision <= revision).flatMap((e) => e.ids))
          : null,
    };
  };
}
