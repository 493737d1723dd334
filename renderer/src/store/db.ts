/**
 * The laptop's store: one IndexedDB database through Dexie, the source of truth of the planner.
 *
 * Tables hold the synced entities (one per `EntityName`), the outbox of mutations waiting for the
 * ad server, the local settings and a small key-value `meta` table (sync cursor, last option
 * expiry run…). Nothing outside `renderer/src/store` writes to these tables: screens call
 * `execute` (commands.ts) or the history store, and read through the hooks in hooks.ts.
 *
 * Schema history. Versions are never edited once shipped; a change is a new version (with an
 * upgrade function when existing rows need it). Primary keys cannot change (Dexie #1148).
 * - 1: the first schema.
 * - 2: bookings get the `[status+optionExpiresOn]` index the option expiry needs; bookings
 *      written before it get `discountPct: 0` and `notes: ''`, campaigns `notes: ''`.
 * - 3: `insertionOrders` (issued IO revisions, immutable, synced through the outbox) and
 *      `ioFiles` (the PDF bytes of each, local to the laptop). New tables only: no upgrade.
 * - 4: `conflicts` (mutations the ad server refused, kept until the user resolves them; written
 *      by the sync engine, renderer/src/sync). A new table only: no upgrade. The sync cursor
 *      lives in `meta` under `sync` (`{ serverUrl, cursor }`).
 */
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { EntityName, EntityTypes, IsoDay, Locale } from '@shared/domain/model.ts';
import type { IoDocument } from '@shared/io/types.ts';
import type { OutboxEntry } from './command-types.ts';
import type { ConflictRecord } from './conflict-types.ts';

/** One row of the `settings` table; the app's settings live under the key `'app'`. */
export interface SettingsRow {
  key: string;
  value: unknown;
}

/** One row of the `meta` table: bookkeeping of the store itself, never synced. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * One issued revision of a campaign's insertion order: the snapshot of what was sent. Written once
 * by `issueInsertionOrder` (store/insertion-orders.ts), never updated or deleted by the planner.
 */
export interface InsertionOrderRecord {
  /** UUIDv7. */
  id: string;
  campaignId: string;
  /** E.g. `IO-2026-0042`, the same for every revision of the campaign's IO. */
  number: string;
  /** 1, 2, 3… */
  revision: number;
  /** When it was issued (UTC ISO timestamp). */
  issuedAt: string;
  /** The date printed on it. */
  issuedOn: IsoDay;
  locale: Locale;
  /** `ioFingerprint(document)`, compared with a fresh build to tell an IO out of date. */
  fingerprint: string;
  document: IoDocument;
  /** The server's version (0: not synced yet), as for synced entities. */
  version: number;
  updatedAt: string;
}

/** The PDF of an issued revision, kept on this laptop only (not synced). `id` = the IO's id. */
export interface IoFileRecord {
  id: string;
  pdf: Uint8Array;
}

/** Version 1: the first schema. Kept verbatim: Dexie diffs each version against the previous one. */
export const SCHEMA_V1 = {
  sites: 'id, updatedAt',
  sections: 'id, siteId, updatedAt',
  placements: 'id, siteId, sectionId, updatedAt',
  advertisers: 'id, name, updatedAt',
  agencies: 'id, name, updatedAt',
  campaigns: 'id, advertiserId, agencyId, updatedAt',
  bookings: 'id, placementId, [placementId+startDate], campaignId, updatedAt, status',
  outbox: '++seq, mutationId, [entity+entityId]',
  settings: 'key',
  meta: 'key',
} as const;

/** Version 2: only the tables that changed. */
export const SCHEMA_V2 = {
  bookings:
    'id, placementId, [placementId+startDate], campaignId, updatedAt, status, [status+optionExpiresOn]',
} as const;

/** Version 3: insertion orders. */
export const SCHEMA_V3 = {
  insertionOrders: 'id, campaignId, [campaignId+revision], number, issuedAt',
  ioFiles: 'id',
} as const;

/** Version 4: sync conflicts, found by record and listed by status. */
export const SCHEMA_V4 = {
  conflicts: 'id, [entity+entityId], status, createdAt',
} as const;

export const DB_VERSION = 4;

/** Fills the fields version 1 rows may lack. Exported for the migration test. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table<Record<string, unknown>>('bookings')
    .toCollection()
    .modify((booking) => {
      if (typeof booking.discountPct !== 'number') booking.discountPct = 0;
      if (typeof booking.notes !== 'string') booking.notes = '';
      if (booking.optionExpiresOn === undefined) booking.optionExpiresOn = null;
    });
  await tx
    .table<Record<string, unknown>>('campaigns')
    .toCollection()
    .modify((campaign) => {
      if (typeof campaign.notes !== 'string') campaign.notes = '';
    });
}

/** What another connection asked for: a newer schema (`newVersion`), or deleting the database (`null`). */
export interface VersionChangeInfo {
  name: string;
  oldVersion: number;
  newVersion: number | null;
}

type Listener<T> = (info: T) => void;

export class SlotboardDb extends Dexie {
  // `declare`: Dexie creates the tables in `version().stores()`; no class field may shadow them.
  declare sites: EntityTable<EntityTypes['sites'], 'id'>;
  declare sections: EntityTable<EntityTypes['sections'], 'id'>;
  declare placements: EntityTable<EntityTypes['placements'], 'id'>;
  declare advertisers: EntityTable<EntityTypes['advertisers'], 'id'>;
  declare agencies: EntityTable<EntityTypes['agencies'], 'id'>;
  declare campaigns: EntityTable<EntityTypes['campaigns'], 'id'>;
  declare bookings: EntityTable<EntityTypes['bookings'], 'id'>;
  declare outbox: EntityTable<OutboxEntry, 'seq'>;
  declare settings: Table<SettingsRow, string>;
  declare meta: Table<MetaRow, string>;
  declare insertionOrders: EntityTable<InsertionOrderRecord, 'id'>;
  declare ioFiles: EntityTable<IoFileRecord, 'id'>;
  declare conflicts: EntityTable<ConflictRecord, 'id'>;

  private readonly versionChangeListeners = new Set<Listener<VersionChangeInfo>>();
  private readonly blockedListeners = new Set<Listener<VersionChangeInfo>>();
  /** Set once another connection upgraded or deleted the database and this one closed. */
  closedByVersionChange = false;

  constructor(name: string) {
    // 'strict': `complete` waits for the disk, not the OS buffer (Chrome defaults to 'relaxed').
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);

    // Another window (or a newer build) wants to upgrade or delete the database. This page runs
    // code written for the old schema, so it must not keep working on it: close for good (no
    // silent reopen on the next query) and let the app ask the user to reload.
    this.on('versionchange', (event: IDBVersionChangeEvent) => {
      this.closedByVersionChange = true;
      this.close({ disableAutoOpen: true });
      const info = toInfo(name, event);
      for (const listener of this.versionChangeListeners) listener(info);
      return false; // handled: skips Dexie's default close-and-warn
    });
    // Our own upgrade waits for another connection that will not close.
    this.on('blocked', (event: IDBVersionChangeEvent) => {
      if (this.blockedListeners.size === 0) return undefined; // Dexie's default: a console warning
      const info = toInfo(name, event);
      for (const listener of this.blockedListeners) listener(info);
      return false;
    });
  }

  /** The table of one entity kind, typed. */
  entityTable<E extends EntityName>(entity: E): Table<EntityTypes[E], string> {
    return this.table(entity);
  }

  /** Called once when another connection upgrades or deletes the database; this one is then closed. Returns an unsubscribe. */
  onVersionChange(listener: Listener<VersionChangeInfo>): () => void {
    this.versionChangeListeners.add(listener);
    return () => this.versionChangeListeners.delete(listener);
  }

  /** Called when opening (upgrading) this database waits for another connection to close. Returns an unsubscribe. */
  onBlocked(listener: Listener<VersionChangeInfo>): () => void {
    this.blockedListeners.add(listener);
    return () => this.blockedListeners.delete(listener);
  }
}

function toInfo(name: string, event: IDBVersionChangeEvent): VersionChangeInfo {
  // Dexie multiplies schema versions by 10 in IndexedDB; report them as declared here.
  const scale = (v: number | null): number | null => (v == null || v === 0 ? null : v / 10);
  return { name, oldVersion: scale(event.oldVersion) ?? 0, newVersion: scale(event.newVersion) };
}

/** A new handle on the database `name` (opened lazily by the first query). */
export function openDb(name = 'slotboard'): SlotboardDb {
  return new SlotboardDb(name);
}

/** The app's database. Tests open their own with `openDb(uniqueName)`. */
export const db: SlotboardDb = openDb();

/** Subscribes to the app database's version change (see `SlotboardDb.onVersionChange`). */
export function onVersionChange(
  listener: Listener<VersionChangeInfo>,
  database: SlotboardDb = db,
): () => void {
  return database.onVersionChange(listener);
}

/** Subscribes to the app database's blocked upgrade (see `SlotboardDb.onBlocked`). */
export function onDatabaseBlocked(
  listener: Listener<VersionChangeInfo>,
  database: SlotboardDb = db,
): () => void {
  return database.onBlocked(listener);
}
