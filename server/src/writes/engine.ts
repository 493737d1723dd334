/**
 * Applies writes: every write request, single or batch, comes through `applyWrites`.
 *
 * One request is one database transaction, serialised with all other writes (see
 * `store/postgres.ts` for why). Inside it, each operation — or each `group` of operations — is
 * its own unit: it is applied whole or not at all (its staged writes are rolled back in memory),
 * and its result is the one it would have had alone. The records written and the answer to every
 * Idempotency-Key are flushed at the end, in the same transaction: if the commit fails, neither
 * the writes nor the answers exist, and a retry is applied afresh.
 */
import type { Operation, OperationResult } from '../../../shared/api/contract.ts';
import type { Database, Queryable } from '../store/database.ts';
import { findAnswers, storeAnswers, type StoredAnswer } from '../store/idempotency.ts';
import { lastSeq, writeRecords } from '../store/records.ts';
import { applyOperation, type WriteContext } from './apply.ts';
import { fingerprint } from './fingerprint.ts';
import { prefetch } from './prefetch.ts';
import { problem, Refusal } from './problems.ts';
import { WorkingSet } from './working-set.ts';

export interface WriteOptions {
  today: string;
  now: string;
  /** Told about unexpected errors (a 500 for one operation). */
  onError?: (error: unknown) => void;
}

/** Operations in units: a lone operation, or every operation of a group, in the order of its first. */
export function unitsOf(operations: readonly Operation[]): number[][] {
  const units: number[][] = [];
  const groups = new Map<string, number[]>();
  operations.forEach((op, index) => {
    if (op.group === undefined) return void units.push([index]);
    const unit = groups.get(op.group);
    if (unit) return void unit.push(index);
    const created = [index];
    groups.set(op.group, created);
    units.push(created);
  });
  return units;
}

interface Attempt {
  index: number;
  print: string;
  result: OperationResult;
}

/** How a unit failed: which operation, its answer, and whether that answer is final (stored). */
interface Failure extends Attempt {
  /** An internal error is not an answer: nothing of the unit is stored, a retry tries again. */
  internal: boolean;
}

class Batch {
  readonly results: OperationResult[] = [];
  /** Answers to store: refused writes too, so a retry gets the same refusal. */
  readonly answers: StoredAnswer[] = [];
  private readonly known: Map<string, StoredAnswer>;

  constructor(
    private readonly ws: WorkingSet,
    private readonly operations: readonly Operation[],
    private readonly ctx: WriteContext,
    stored: Map<string, StoredAnswer>,
    private readonly onError: (error: unknown) => void,
  ) {
    this.known = new Map(stored);
  }

  /** Applies one unit: all its operations, or none when one of them fails. */
  async run(unit: readonly number[]): Promise<void> {
    const mark = this.ws.mark();
    const applied: Attempt[] = [];
    for (const index of unit) {
      const op = this.operations[index]!;
      const print = fingerprint(op);
      const replayed = this.replay(op, print);
      if (replayed) {
        this.results[index] = replayed;
        if (replayed.status < 300) continue;
        return this.fail(unit, mark, { index, print, result: replayed, internal: false }, false);
      }
      const attempt = await this.attempt(index, op, print);
      if ('internal' in attempt) return this.fail(unit, mark, attempt, !attempt.internal);
      applied.push(attempt);
    }
    for (const attempt of applied) this.answer(attempt);
  }

  private async attempt(index: number, op: Operation, print: string): Promise<Attempt | Failure> {
    try {
      const written = await applyOperation(this.ws, op, this.ctx);
      return { index, print, result: { key: op.key, status: written.status, record: written.record } };
    } catch (error) {
      const refused = error instanceof Refusal;
      if (!refused) this.onError(error);
      const failure = refused ? error.problem : problem('internal');
      return {
        index,
        print,
        result: { key: op.key, status: failure.status, problem: failure },
        internal: !refused,
      };
    }
  }

  /**
   * A unit failed: its staged writes go, and each other operation of it not answered before gets
   * `group_failed`, naming the one that failed. Stored like any refusal, unless the failure was
   * an internal error.
   */
  private fail(unit: readonly number[], mark: number, failure: Failure, storeFailure: boolean): void {
    this.ws.rollbackTo(mark);
    if (storeFailure) this.answer(failure);
    else this.results[failure.index] = failure.result;
    for (const index of unit) {
      if (index === failure.index) continue;
      const op = this.operations[index]!;
      const print = fingerprint(op);
      const replayed = this.replay(op, print);
      if (replayed) {
        this.results[index] = replayed;
        continue;
      }
      const result = {
        key: op.key,
        status: 424,
        problem: problem('group_failed', { failedKey: failure.result.key }),
      };
      if (failure.internal) this.results[index] = result;
      else this.answer({ index, print, result });
    }
  }

  /** The first answer to this key, if it was given before; 422 if the key was used for another write. */
  private replay(op: Operation, print: string): OperationResult | undefined {
    const answer = this.known.get(op.key);
    if (!answer) return undefined;
    if (answer.fingerprint === print) return answer.result;
    return { key: op.key, status: 422, problem: problem('idempotency_key_reused') };
  }

  private answer({ index, print, result }: Attempt): void {
    const answer = { key: result.key, fingerprint: print, result };
    this.known.set(result.key, answer);
    this.answers.push(answer);
    this.results[index] = result;
  }
}

async function applyInTransaction(
  tx: Queryable,
  operations: readonly Operation[],
  options: WriteOptions,
): Promise<OperationResult[]> {
  const ws = new WorkingSet(tx);
  const stored = await findAnswers(tx, [...new Set(operations.map((op) => op.key))]);
  await prefetch(
    ws,
    operations.filter((op) => !stored.has(op.key)),
  );
  let seq = await lastSeq(tx);
  const ctx: WriteContext = { today: options.today, now: options.now, nextSeq: () => ++seq };
  const batch = new Batch(ws, operations, ctx, stored, options.onError ?? (() => undefined));
  for (const unit of unitsOf(operations)) await batch.run(unit);
  await writeRecords(tx, ws.written());
  await storeAnswers(tx, batch.answers, options.now);
  return batch.results;
}

/** Applies `operations` in order; one result per operation, in the same order. */
export function applyWrites(
  db: Database,
  operations: readonly Operation[],
  options: WriteOptions,
): Promise<OperationResult[]> {
  return db.writeTransaction((tx) => applyInTransaction(tx, operations, options));
}
