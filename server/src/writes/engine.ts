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
  /**
   * An internal error or a failed `basedOn` is not an answer: nothing of the unit is stored, and
   * a retry tries again.
   */
  final: boolean;
}

class Batch {
  readonly results: OperationResult[] = [];
  /** Answers to store: refused writes too, so a retry gets the same refusal. */
  readonly answers: StoredAnswer[] = [];
  private readonly known: Map<string, StoredAnswer>;
  /** The version each applied operation of this batch wrote, by key: what a `basedOn` matches. */
  private readonly versions = new Map<string, number>();

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
      const op = this.resolved(index);
      if (op === undefined) return this.fail(unit, mark, this.dependencyFailure(index), false);
      const print = fingerprint(op);
      const replayed = this.replay(op, print);
      if (replayed) {
        this.settle(index, replayed);
        if (replayed.status < 300) continue;
        return this.fail(unit, mark, { index, print, result: replayed, final: true }, false);
      }
      const attempt = await this.attempt(index, op, print);
      if ('final' in attempt) return this.fail(unit, mark, attempt, attempt.final);
      applied.push(attempt);
    }
    for (const attempt of applied) this.answer(attempt);
  }

  /**
   * The operation, its `basedOn` turned into the If-Match it stands for (the version the named
   * operation wrote), so that the same write sent later with that If-Match is the same request.
   * Undefined when the named operation was not applied.
   */
  private resolved(index: number): Operation | undefined {
    const op = this.operations[index]!;
    if (op.basedOn === undefined) return op;
    const version = this.versions.get(op.basedOn);
    if (version === undefined) return undefined;
    const { basedOn: _basedOn, ...write } = op;
    return { ...write, ifMatch: version };
  }

  private dependencyFailure(index: number): Failure {
    const op = this.operations[index]!;
    const failure = problem('dependency_failed', { failedKey: op.basedOn });
    return {
      index,
      print: '',
      result: { key: op.key, status: failure.status, problem: failure },
      final: false,
    };
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
        final: refused,
      };
    }
  }

  /**
   * A unit failed: its staged writes go, and each other operation of it not answered before gets
   * `group_failed`, naming the one that failed. Stored like any refusal, unless the failure is
   * not final.
   */
  private fail(unit: readonly number[], mark: number, failure: Failure, storeFailure: boolean): void {
    this.ws.rollbackTo(mark);
    if (storeFailure) this.answer(failure);
    else this.settle(failure.index, failure.result);
    for (const index of unit) {
      if (index === failure.index) continue;
      const op = this.resolved(index) ?? this.operations[index]!;
      const print = fingerprint(op);
      const replayed = this.replay(op, print);
      if (replayed) {
        this.settle(index, replayed);
        continue;
      }
      const result = {
        key: op.key,
        status: 424,
        problem: problem('group_failed', { failedKey: failure.result.key }),
      };
      if (failure.final) this.answer({ index, print, result });
      else this.settle(index, result);
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
    this.settle(index, result);
  }

  private settle(index: number, result: OperationResult): void {
    this.results[index] = result;
    const version = result.record?.version;
    if (result.status < 300 && typeof version === 'number') this.versions.set(result.key, version);
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
