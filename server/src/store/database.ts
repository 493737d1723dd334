import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

/**
 * The storage port: PGlite (embedded, the default) or PostgreSQL (DATABASE_URL) behind one small
 * interface, so the SQL, the migrations and the write path are the same on both.
 */
export interface Queryable {
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `work` in one transaction, serialised with every other write transaction of every
   * server sharing the database. Commits when `work` resolves, rolls back when it throws.
   */
  writeTransaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent, PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite's data directory; absent: in memory. */
  dataDir?: string | undefined;
}

// Static imports: `npm run server` runs through Vite's module runner, which cannot load modules
// after the entry point's top level has finished.
export function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir);
}
