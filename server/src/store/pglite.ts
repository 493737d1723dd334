import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.ts';

/**
 * PGlite is one connection in this process. Its `query` and `transaction` share one exclusive
 * mutex, so a write transaction already runs alone and reads wait for it to finish: that is the
 * serialisation the write path relies on (see `postgres.ts` for the same guarantee on a server).
 */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir !== undefined) await mkdir(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir === undefined ? {} : { dataDir });
  const query = async <Row>(sql: string, params?: readonly unknown[]): Promise<Row[]> =>
    (await pg.query<Row>(sql, params as unknown[] | undefined)).rows;
  return {
    kind: 'pglite',
    query,
    writeTransaction: <T>(work: (tx: Queryable) => Promise<T>) =>
      pg.transaction((tx) =>
        work({
          query: async <Row>(sql: string, params?: readonly unknown[]) =>
            (await tx.query<Row>(sql, params as unknown[] | undefined)).rows,
        }),
      ),
    close: () => pg.close(),
  };
}
