/**
 * The SQL of the `records` table. A row holds one record of one resource: its data (without the
 * server's fields), its version, the sequence number of its last write, and whether it is a
 * tombstone. Keys and lists go to PostgreSQL as one JSON parameter, which both drivers pass the
 * same way.
 */
import type { ResourceName } from '../../../shared/api/contract.ts';
import type { Queryable } from './database.ts';

export type Json = Record<string, unknown>;

export interface StoredRecord {
  resource: ResourceName;
  id: string;
  version: number;
  /** The change-feed position of its last write. */
  seq: number;
  deleted: boolean;
  updatedAt: string;
  /** The record's fields but `version` and `updatedAt`; null for a tombstone. */
  data: Json | null;
}

export interface RecordKey {
  resource: ResourceName;
  id: string;
}

interface Row {
  resource: ResourceName;
  id: string;
  version: number;
  seq: number | string;
  deleted: boolean;
  updated_at: string;
  data: Json | null;
}

const COLUMNS = 'resource, id, version, seq, deleted, updated_at, data';

function fromRow(row: Row): StoredRecord {
  return {
    resource: row.resource,
    id: row.id,
    version: Number(row.version),
    seq: Number(row.seq),
    deleted: row.deleted,
    updatedAt: row.updated_at,
    data: row.data,
  };
}

/** The record as the API shows it: its fields with the server's, or its tombstone. */
export function publicRecord(record: StoredRecord): Json {
  const meta = { id: record.id, version: record.version, updatedAt: record.updatedAt };
  if (record.deleted || record.data === null) return { ...meta, deleted: true };
  return { ...record.data, ...meta };
}

export async function findRecords(q: Queryable, keys: readonly RecordKey[]): Promise<StoredRecord[]> {
  if (keys.length === 0) return [];
  const rows = await q.query<Row>(
    `SELECT ${COLUMNS} FROM records
     WHERE (resource, id) IN (SELECT k.resource, k.id FROM jsonb_to_recordset($1::jsonb) AS k(resource text, id text))`,
    [JSON.stringify(keys)],
  );
  return rows.map(fromRow);
}

export async function findRecord(q: Queryable, key: RecordKey): Promise<StoredRecord | undefined> {
  const rows = await q.query<Row>(`SELECT ${COLUMNS} FROM records WHERE resource = $1 AND id = $2`, [
    key.resource,
    key.id,
  ]);
  return rows[0] && fromRow(rows[0]);
}

/** Live records of a resource with an id after `after`, by id. */
export async function listRecords(
  q: Queryable,
  resource: ResourceName,
  after: string,
  limit: number,
): Promise<StoredRecord[]> {
  const rows = await q.query<Row>(
    `SELECT ${COLUMNS} FROM records WHERE resource = $1 AND id > $2 AND NOT deleted ORDER BY id LIMIT $3`,
    [resource, after, limit],
  );
  return rows.map(fromRow);
}

/** Records (live or tombstones) whose last write came after `afterSeq`, oldest first. */
export async function changesAfter(q: Queryable, afterSeq: number, limit: number): Promise<StoredRecord[]> {
  const rows = await q.query<Row>(`SELECT ${COLUMNS} FROM records WHERE seq > $1 ORDER BY seq LIMIT $2`, [
    afterSeq,
    limit,
  ]);
  return rows.map(fromRow);
}

/** What occupancy needs of a booking: a fraction of the record, so reading thousands stays cheap. */
export interface OccupancyRow {
  id: string;
  placementId: string;
  startDate: string;
  endDate: string;
  status: string;
  optionExpiresOn: string | null;
  volume: Json;
}

/** Live bookings of the given placements, as occupancy sees them. */
export async function bookingsOfPlacements(
  q: Queryable,
  placementIds: readonly string[],
): Promise<OccupancyRow[]> {
  if (placementIds.length === 0) return [];
  return q.query<OccupancyRow>(
    `SELECT id, data->>'placementId' AS "placementId", data->>'startDate' AS "startDate",
            data->>'endDate' AS "endDate", data->>'status' AS status,
            data->>'optionExpiresOn' AS "optionExpiresOn", data->'volume' AS volume
     FROM records
     WHERE resource = 'bookings' AND NOT deleted
       AND data->>'placementId' IN (SELECT jsonb_array_elements_text($1::jsonb))`,
    [JSON.stringify(placementIds)],
  );
}

/**
 * Ids of the live records of `resource` whose `field` is `id`. The field is written into the SQL
 * (it comes from the shared `DEPENDENTS` table, never from a request) so the index on it is used.
 */
export async function referringIds(
  q: Queryable,
  resource: ResourceName,
  field: string,
  id: string,
): Promise<string[]> {
  if (!/^[A-Za-z]+$/.test(field)) throw new Error(`Not a field name: ${field}`);
  const rows = await q.query<{ id: string }>(
    `SELECT id FROM records WHERE resource = $1 AND NOT deleted AND data->>'${field}' = $2`,
    [resource, id],
  );
  return rows.map((row) => row.id);
}

/** The highest sequence number given so far (0 for an empty store). */
export async function lastSeq(q: Queryable): Promise<number> {
  const rows = await q.query<{ seq: number | string | null }>('SELECT max(seq) AS seq FROM records');
  return Number(rows[0]?.seq ?? 0);
}

/** Inserts or replaces records, in one statement. Each key must appear once. */
export async function writeRecords(q: Queryable, records: readonly StoredRecord[]): Promise<void> {
  if (records.length === 0) return;
  await q.query(
    `INSERT INTO records (${COLUMNS})
     SELECT r.resource, r.id, r.version, r.seq, r.deleted, r."updatedAt", r.data
     FROM jsonb_to_recordset($1::jsonb)
       AS r(resource text, id text, version integer, seq bigint, deleted boolean, "updatedAt" text, data jsonb)
     ON CONFLICT (resource, id) DO UPDATE SET
       version = excluded.version, seq = excluded.seq, deleted = excluded.deleted,
       updated_at = excluded.updated_at, data = excluded.data`,
    [JSON.stringify(records)],
  );
}
