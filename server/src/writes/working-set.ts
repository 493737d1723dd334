/**
 * The records a write transaction reads and writes, held in memory for the transaction's life.
 *
 * Records are read from the database in a few bulk queries (see `prefetch.ts`) and writes are
 * staged here, then flushed in one statement at the end. Every later operation of the batch reads
 * through the staged writes, so it sees the earlier ones exactly as it would had they been
 * committed. `mark`/`rollbackTo` undo staged writes: that is how a refused group leaves nothing.
 */
import type { ResourceName } from '../../../shared/api/contract.ts';
import type { Queryable } from '../store/database.ts';
import {
  bookingsOfPlacements,
  findRecords,
  referringIds,
  type Json,
  type OccupancyRow,
  type RecordKey,
  type StoredRecord,
} from '../store/records.ts';

const keyOf = (resource: string, id: string): string => `${resource}\u0000${id}`;

export class WorkingSet {
  /** What the database held when first read; null: no such record. */
  private readonly base = new Map<string, StoredRecord | null>();
  private readonly staged = new Map<string, StoredRecord>();
  /** Staged writes in order, with what each replaced, for `rollbackTo`. */
  private readonly journal: { key: string; previous: StoredRecord | undefined }[] = [];
  /** Placements whose live bookings were all read, with what occupancy needs of each. */
  private readonly occupancy = new Map<string, OccupancyRow[]>();
  /** Keys of the bookings known, by every placement id they have had (see `indexBooking`). */
  private readonly bookingsByPlacement = new Map<string, Set<string>>();

  constructor(private readonly tx: Queryable) {}

  /** Reads the records not yet known, in one query. */
  async load(keys: readonly RecordKey[]): Promise<void> {
    const missing = dedupe(keys.filter((k) => !this.base.has(keyOf(k.resource, k.id))));
    if (missing.length === 0) return;
    for (const key of missing) this.base.set(keyOf(key.resource, key.id), null);
    for (const record of await findRecords(this.tx, missing)) this.remember(record);
  }

  /** The record (or tombstone) as this transaction sees it; undefined when it never existed. */
  async get(resource: ResourceName, id: string): Promise<StoredRecord | undefined> {
    const key = keyOf(resource, id);
    if (!this.staged.has(key) && !this.base.has(key)) await this.load([{ resource, id }]);
    return this.staged.get(key) ?? this.base.get(key) ?? undefined;
  }

  /** The live record with its server fields, typed as the caller expects; undefined if absent or deleted. */
  async live<T>(resource: ResourceName, id: string): Promise<T | undefined> {
    const record = await this.get(resource, id);
    if (record === undefined || record.deleted || record.data === null) return undefined;
    return { ...record.data, id: record.id, version: record.version, updatedAt: record.updatedAt } as T;
  }

  /** Reads the live bookings of the placements not yet loaded, in one query. */
  async loadBookingsOf(placementIds: readonly string[]): Promise<void> {
    const missing = [...new Set(placementIds)].filter((id) => !this.occupancy.has(id));
    if (missing.length === 0) return;
    for (const id of missing) this.occupancy.set(id, []);
    for (const row of await bookingsOfPlacements(this.tx, missing))
      this.occupancy.get(row.placementId)?.push(row);
  }

  /**
   * The live bookings of a placement as this transaction sees them: as read for occupancy, unless
   * the whole record is known (read or written by this transaction), which then stands in.
   */
  async liveBookingsOf<T>(placementId: string): Promise<T[]> {
    await this.loadBookingsOf([placementId]);
    const found: T[] = [];
    for (const row of this.occupancy.get(placementId) ?? []) {
      const key = keyOf('bookings', row.id);
      if (!this.staged.has(key) && !this.base.has(key)) found.push(row as T);
    }
    for (const key of this.bookingsByPlacement.get(placementId) ?? []) {
      const record = this.staged.get(key) ?? this.base.get(key);
      if (!record || record.deleted || record.data?.placementId !== placementId) continue;
      found.push({ ...record.data, id: record.id, version: record.version } as T);
    }
    return found;
  }

  /** How many live records of `resource` have `field` equal to `id`, staged writes included. */
  async countReferring(resource: ResourceName, field: string, id: string): Promise<number> {
    const stored = await referringIds(this.tx, resource, field, id);
    await this.load(stored.map((storedId) => ({ resource, id: storedId })));
    const candidates = new Set([
      ...stored.map((storedId) => keyOf(resource, storedId)),
      ...this.stagedKeysOf(resource),
    ]);
    let count = 0;
    for (const key of candidates) {
      const record = this.staged.get(key) ?? this.base.get(key);
      if (record && !record.deleted && record.data?.[field] === id) count += 1;
    }
    return count;
  }

  stage(record: StoredRecord): void {
    const key = keyOf(record.resource, record.id);
    this.journal.push({ key, previous: this.staged.get(key) });
    this.staged.set(key, record);
    this.indexBooking(key, record);
  }

  mark(): number {
    return this.journal.length;
  }

  rollbackTo(mark: number): void {
    while (this.journal.length > mark) {
      const entry = this.journal.pop();
      if (!entry) break;
      if (entry.previous === undefined) this.staged.delete(entry.key);
      else this.staged.set(entry.key, entry.previous);
    }
  }

  /** The final state of every record written, one per record. */
  written(): StoredRecord[] {
    return [...this.staged.values()];
  }

  private remember(record: StoredRecord): void {
    const key = keyOf(record.resource, record.id);
    this.base.set(key, record);
    this.indexBooking(key, record);
  }

  /**
   * Every key a booking has had under a placement, base or staged. A booking moved away stays
   * listed under its old placement: readers check the placement id of what they find.
   */
  private indexBooking(key: string, record: StoredRecord): void {
    const placementId = record.resource === 'bookings' ? record.data?.placementId : undefined;
    if (typeof placementId !== 'string') return;
    const keys = this.bookingsByPlacement.get(placementId) ?? new Set<string>();
    keys.add(key);
    this.bookingsByPlacement.set(placementId, keys);
  }

  private *stagedKeysOf(resource: ResourceName): Iterable<string> {
    const prefix = keyOf(resource, '');
    for (const key of this.staged.keys()) if (key.startsWith(prefix)) yield key;
  }
}

function dedupe(keys: readonly RecordKey[]): RecordKey[] {
  const seen = new Map<string, RecordKey>();
  for (const key of keys) seen.set(keyOf(key.resource, key.id), key);
  return [...seen.values()];
}

export type { Json };
