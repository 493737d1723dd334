/**
 * Reading the store from React: live queries that re-render when the data they read changes
 * (in this window or another), and return `undefined` while the first result loads.
 * Components never write to tables; they call `execute` or the history store.
 *
 * The queriers are exported too (`queries`) for code outside React and for tests (`liveQuery`).
 */
import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AnyEntity, Booking, EntityName, EntityTypes, Settings } from '@shared/domain/model.ts';
import type { OutboxEntry } from './command-types.ts';
import { db as appDb, type SlotboardDb } from './db.ts';
import { LiveTable, type TableSnapshot } from './live-table.ts';
import { outboxWatch } from './outbox-watch.ts';
import { loadSettings } from './settings.ts';

export const queries = {
  /** Every record of one entity, by id. */
  table: <E extends EntityName>(db: SlotboardDb, entity: E): Promise<EntityTypes[E][]> =>
    db.entityTable(entity).toArray(),
  /** One record, or null when there is none (so "not found" differs from "loading"). */
  record: async <E extends EntityName>(
    db: SlotboardDb,
    entity: E,
    id: string,
  ): Promise<EntityTypes[E] | null> => (await db.entityTable(entity).get(id)) ?? null,
  /** The bookings of a few placements, through the placementId index: a first view's read. */
  bookingsOfPlacements: (db: SlotboardDb, placementIds: readonly string[]): Promise<Booking[]> =>
    db.transaction('r', db.bookings, async () => {
      const lists = await Promise.all(
        placementIds.map((id) => db.bookings.where('placementId').equals(id).toArray()),
      );
      return lists.flat();
    }),
  settings: (db: SlotboardDb): Promise<Settings> => loadSettings(db),
  /** The queue itself, oldest first (sync status panel). */
  outbox: (db: SlotboardDb): Promise<OutboxEntry[]> => db.outbox.orderBy('seq').toArray(),
};

/** Any live read of the store; `deps` are the querier's inputs, as for `useEffect`. */
export function useStoreQuery<T>(
  querier: (db: SlotboardDb) => Promise<T> | T,
  deps: readonly unknown[],
  database: SlotboardDb = appDb,
): T | undefined {
  // The querier is re-created on every render; deps say when it actually changes.
  return useLiveQuery(() => querier(database), [database, ...deps]);
}

const liveTables = new WeakMap<SlotboardDb, Map<EntityName, LiveTable<AnyEntity>>>();

/** The one LiveTable of an entity's table in a database, shared by every reader. */
export function liveTable<E extends EntityName>(database: SlotboardDb, entity: E): LiveTable<EntityTypes[E]> {
  let tables = liveTables.get(database);
  if (!tables) {
    tables = new Map();
    liveTables.set(database, tables);
  }
  let table = tables.get(entity);
  if (!table) {
    table = new LiveTable<AnyEntity>(database.table(entity));
    tables.set(entity, table);
  }
  return table as LiveTable<EntityTypes[E]>;
}

/**
 * Makes the whole-table read of `entity` wait until the returned release is called (see
 * `LiveTable.holdReadsUntil`): a screen reads its first view through an index first.
 */
export function holdTableReads(entity: EntityName, database: SlotboardDb = appDb): () => void {
  let release: () => void = () => undefined;
  liveTable(database, entity).holdReadsUntil(new Promise<void>((resolve) => (release = resolve)));
  return release;
}

/** Every record of `entity` with the ids changed since a past revision; undefined while loading. */
export function useTableSnapshot<E extends EntityName>(
  entity: E,
  database: SlotboardDb = appDb,
): TableSnapshot<EntityTypes[E]> | undefined {
  const table = liveTable(database, entity);
  return useSyncExternalStore(table.subscribe, table.current);
}

/** Every record of `entity` (do not mutate: readers share it); undefined while loading. */
export function useTable<E extends EntityName>(
  entity: E,
  database: SlotboardDb = appDb,
): EntityTypes[E][] | undefined {
  // Typed mutable for the screens' props; the array is shared, and nothing sorts it in place.
  return useTableSnapshot(entity, database)?.rows as EntityTypes[E][] | undefined;
}

/** One record; undefined while loading, null when not found (or no id given). */
export function useRecord<E extends EntityName>(
  entity: E,
  id: string | null | undefined,
  database: SlotboardDb = appDb,
): EntityTypes[E] | null | undefined {
  return useLiveQuery(
    () => (id == null ? null : queries.record(database, entity, id)),
    [database, entity, id],
  );
}

/** The laptop's settings (defaults until saved); undefined while loading. */
export function useSettings(database: SlotboardDb = appDb): Settings | undefined {
  return useLiveQuery(() => queries.settings(database), [database]);
}

/** How many changes wait to be synced; undefined while loading. */
export function useOutboxCount(database: SlotboardDb = appDb): number | undefined {
  const watch = outboxWatch(database);
  return useSyncExternalStore(watch.subscribe, () => watch.current()?.count);
}
