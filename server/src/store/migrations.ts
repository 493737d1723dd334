/**
 * The schema, as a list of migrations applied in order at start-up and recorded in
 * `schema_migrations`. A shipped migration is never edited: a change is a new one.
 */
import type { Database, Queryable } from './database.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'records and idempotency',
    sql: `
      -- One table for every resource: the planner's records are documents checked by the shared
      -- zod schemas, and the change feed reads all resources in one ordered scan.
      CREATE TABLE records (
        resource   text    NOT NULL,
        id         text    NOT NULL,
        version    integer NOT NULL,
        seq        bigint  NOT NULL,
        deleted    boolean NOT NULL DEFAULT false,
        updated_at text    NOT NULL,
        data       jsonb,
        PRIMARY KEY (resource, id)
      );
      CREATE UNIQUE INDEX records_seq ON records (seq);
      -- The overbooking check reads a placement's bookings; in-use checks read who refers to a record.
      CREATE INDEX bookings_placement ON records ((data->>'placementId')) WHERE resource = 'bookings';
      CREATE INDEX bookings_campaign ON records ((data->>'campaignId')) WHERE resource = 'bookings';
      CREATE INDEX sections_site ON records ((data->>'siteId')) WHERE resource = 'sections';
      CREATE INDEX placements_site ON records ((data->>'siteId')) WHERE resource = 'placements';
      CREATE INDEX placements_section ON records ((data->>'sectionId')) WHERE resource = 'placements';
      CREATE INDEX campaigns_advertiser ON records ((data->>'advertiserId')) WHERE resource = 'campaigns';
      CREATE INDEX campaigns_agency ON records ((data->>'agencyId')) WHERE resource = 'campaigns';

      -- The first answer to each Idempotency-Key, written in the transaction of the write itself.
      CREATE TABLE idempotency (
        key         text    PRIMARY KEY,
        fingerprint text    NOT NULL,
        status      integer NOT NULL,
        body        jsonb   NOT NULL,
        created_at  text    NOT NULL
      );
    `,
  },
];

async function appliedVersions(tx: Queryable): Promise<Set<number>> {
  await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    integer PRIMARY KEY,
    name       text    NOT NULL,
    applied_at text    NOT NULL
  )`);
  const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
  return new Set(rows.map((row) => Number(row.version)));
}

/**
 * Applies the migrations not yet recorded, in one write transaction: two servers starting on the
 * same database take turns, and a failed migration leaves the schema as it was. Returns the
 * versions applied now.
 */
export async function migrate(db: Database, migrations = MIGRATIONS): Promise<number[]> {
  return db.writeTransaction(async (tx) => {
    const applied = await appliedVersions(tx);
    const now: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      now.push(migration.version);
    }
    return now;
  });
}

/** One statement per query: the extended protocol (used by both drivers) takes only one. */
function splitStatements(sql: string): string[] {
  return sql
    .replace(/--.*$/gm, '')
    .split(';')
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
