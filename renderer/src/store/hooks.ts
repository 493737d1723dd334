/**
 * Reading the store from React: live queries that re-render when the data they read changes
 * (in this window or another), and return `undefined` while the first result loads.
 * Components never write to tables; they call `execute` or the history store.
 *
 * The queriers are exported too (`queries`) for code outside React and for tests (`liveQuery`).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { EntityName, EntityTypes, Settings } from '@shared/domain/model.ts';
import type { OutboxEntry } from './command-types.ts';
import { db as appDb, type SlotboardDb } from './db.ts';
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
  settings: (db: SlotboardDb): Promise<Settings> => loadSettings(db),
  /** Mutations waiting for the ad server. */
  outboxCount: (db: SlotboardDb): Promise<number> => db.outbox.count(),
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

/** Every record of `entity`; undefined while loading. */
export function useTable<E extends EntityName>(
  entity: E,
  database: SlotboardDb = appDb,
): EntityTypes[E][] | undefined {
  return useLiveQuery(() => queries.table(database, entity), [database, entity]);
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
  return useLiveQuery(() => queries.outboxCount(database), [database]);
}
