/** The `idempotency` table: the first answer given to each key, with what the key was used for. */
import type { OperationResult } from '../../../shared/api/contract.ts';
import type { Queryable } from './database.ts';

export interface StoredAnswer {
  key: string;
  /** sha256 of the write the key was first used for (see `writes/fingerprint.ts`). */
  fingerprint: string;
  /** The result as first given: status, and the record or the problem. */
  result: OperationResult;
}

export async function findAnswers(q: Queryable, keys: readonly string[]): Promise<Map<string, StoredAnswer>> {
  const found = new Map<string, StoredAnswer>();
  if (keys.length === 0) return found;
  const rows = await q.query<{ key: string; fingerprint: string; body: OperationResult }>(
    'SELECT key, fingerprint, body FROM idempotency WHERE key IN (SELECT jsonb_array_elements_text($1::jsonb))',
    [JSON.stringify(keys)],
  );
  for (const row of rows)
    found.set(row.key, { key: row.key, fingerprint: row.fingerprint, result: row.body });
  return found;
}

export async function storeAnswers(
  q: Queryable,
  answers: readonly StoredAnswer[],
  now: string,
): Promise<void> {
  if (answers.length === 0) return;
  const rows = answers.map((a) => ({
    key: a.key,
    fingerprint: a.fingerprint,
    status: a.result.status,
    body: a.result,
  }));
  await q.query(
    `INSERT INTO idempotency (key, fingerprint, status, body, created_at)
     SELECT a.key, a.fingerprint, a.status, a.body, $2
     FROM jsonb_to_recordset($1::jsonb) AS a(key text, fingerprint text, status integer, body jsonb)`,
    [JSON.stringify(rows), now],
  );
}
