import pg from 'pg';
import type { Database, Queryable } from './database.ts';

/**
 * Every write transaction takes this transaction-scoped advisory lock first, so writes are
 * serialised across connections and across servers sharing the database. Two things need it:
 * - the change feed: a record's `seq` is taken inside the transaction, so without the lock a
 *   transaction holding seq 41 could commit after one holding seq 42, and a client that already
 *   read up to 42 would never see 41;
 * - overbooking: two confirmed bookings racing for the last slot of a placement would each see
 *   the other's slot as free under READ COMMITTED; one at a time, the second sees the first.
 * The lock is released at commit, after the transaction became visible to others.
 */
const WRITE_LOCK = 0x51_07_b0_a4;

export async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // Fail at start-up, not at the first request, when the database cannot be reached.
  (await pool.connect()).release();
  const query = async <Row>(sql: string, params?: readonly unknown[]): Promise<Row[]> =>
    (await pool.query(sql, params as unknown[] | undefined)).rows as Row[];

  async function writeTransaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
      const result = await work({
        query: async <Row>(sql: string, params?: readonly unknown[]) =>
          (await client.query(sql, params as unknown[] | undefined)).rows as Row[],
      });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  return { kind: 'postgres', query, writeTransaction, close: () => pool.end() };
}
