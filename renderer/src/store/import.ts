/**
 * Bulk import (the demo data set, a file from another planner): every record is checked against
 * its entity's schema first; one malformed record rejects the whole import and nothing is
 * written. Otherwise everything is written in ONE transaction, parents first, in chunks of about
 * a thousand rows, each record with its `create` outbox entry.
 *
 * Cross-entity rules are not run (too slow for tens of thousands of bookings and the generator
 * produces consistent data); an id that already exists in the store rejects the import.
 */
import { ENTITY_NAMES, type AnyEntity, type EntityName } from '@shared/domain/model.ts';
import type { ValidationIssue } from '@shared/domain/issues.ts';
import { parseEntity } from '@shared/domain/validation.ts';
import type { OutboxEntry } from './command-types.ts';
import type { SlotboardDb } from './db.ts';
import { CommandRejected } from './apply.ts';
import type { ExecuteOptions } from './commands.ts';
import { newId } from '@shared/ids.ts';

export type ImportRecords = { readonly [E in EntityName]?: readonly unknown[] };

/**
 * An import issue: `path` is `<entity>.<index>.<field>` (index from 0); `params` has `entity`,
 * `record` (counted from 1, as a person says it) and `field`. See `describeImportIssue`.
 */
export type ImportIssue = ValidationIssue;

export type ImportResult =
  | { ok: true; counts: Record<EntityName, number>; outboxEntries: number }
  | { ok: false; issues: ImportIssue[] };

export interface ImportOptions extends ExecuteOptions {
  /** Rows per bulkAdd. Default 1000 (Dexie #1083). */
  chunkSize?: number;
  /** Issues reported at most; one more says how many were left out. Default 100. */
  maxIssues?: number;
}

/** "record 12 of bookings: endDate invalid_date" — for logs and for a developer's error box. */
export function describeImportIssue(issue: ImportIssue): string {
  const params = issue.params ?? {};
  if (params.record === undefined) return `${issue.path || 'import'}: ${issue.code}`;
  const field = params.field === undefined || params.field === '' ? '' : `${params.field} `;
  return `record ${params.record} of ${params.entity}: ${field}${issue.code}`;
}

export async function importRecords(
  db: SlotboardDb,
  records: ImportRecords,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const now = (options.now?.() ?? new Date()).toISOString();
  const chunkSize = Math.max(1, options.chunkSize ?? 1000);
  const maxIssues = options.maxIssues ?? 100;

  // 1. Shape of every record, before touching the database.
  const issues: ImportIssue[] = [];
  let dropped = 0;
  const report = (issue: ImportIssue) => {
    if (issues.length < maxIssues) issues.push(issue);
    else dropped += 1;
  };
  const parsed = {} as Record<EntityName, AnyEntity[]>;
  for (const entity of ENTITY_NAMES) {
    const rows = records[entity] ?? [];
    const seen = new Set<string>();
    const values: AnyEntity[] = [];
    rows.forEach((row, index) => {
      const input = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {};
      const result = parseEntity(entity, {
        ...input,
        id: input.id ?? newId(),
        updatedAt: typeof input.updatedAt === 'string' && input.updatedAt !== '' ? input.updatedAt : now,
      });
      if (!result.ok) {
        for (const issue of result.issues) report(recordIssue(entity, index, issue));
        return;
      }
      if (seen.has(result.value.id)) {
        report(
          recordIssue(entity, index, { path: 'id', code: 'invalid', params: { reason: 'duplicate_id' } }),
        );
        return;
      }
      seen.add(result.value.id);
      values.push(result.value);
    });
    parsed[entity] = values;
  }
  if (dropped > 0)
    issues.push({ path: '', code: 'invalid', params: { reason: 'more_issues', count: dropped } });
  if (issues.length > 0) return { ok: false, issues };

  // 2. One transaction: a failure anywhere (an id already stored, the disk) writes nothing.
  const commandId = newId();
  const counts = {} as Record<EntityName, number>;
  let outboxEntries = 0;
  try {
    await db.transaction('rw', [...ENTITY_NAMES.map((entity) => db.table(entity)), db.outbox], async () => {
      for (const entity of ENTITY_NAMES) {
        const values = parsed[entity];
        const table = db.entityTable(entity);
        for (let start = 0; start < values.length; start += chunkSize) {
          const chunk = values.slice(start, start + chunkSize);
          try {
            await table.bulkAdd(chunk);
          } catch (error) {
            throw alreadyStored(entity, start, error);
          }
          const entries: OutboxEntry[] = chunk.map((record) => ({
            mutationId: newId(),
            commandId,
            entity,
            entityId: record.id,
            op: 'create',
            patch: { ...record },
            baseVersion: 0,
            createdAt: now,
          }));
          await db.outbox.bulkAdd(entries);
          outboxEntries += entries.length;
        }
        counts[entity] = values.length;
      }
    });
  } catch (error) {
    if (error instanceof CommandRejected) return { ok: false, issues: error.issues };
    throw error;
  }
  return { ok: true, counts, outboxEntries };
}

function recordIssue(entity: EntityName, index: number, issue: ValidationIssue): ImportIssue {
  return {
    path: issue.path === '' ? `${entity}.${index}` : `${entity}.${index}.${issue.path}`,
    code: issue.code,
    params: { ...issue.params, entity, record: index + 1, field: issue.path },
  };
}

/** A bulkAdd failing on existing keys (Dexie BulkError) becomes issues naming the records; anything else is rethrown. */
function alreadyStored(entity: EntityName, offset: number, error: unknown): unknown {
  if (!(error instanceof Error) || error.name !== 'BulkError') return error;
  const failures = (error as Error & { failuresByPos?: Record<number, Error> }).failuresByPos ?? {};
  const positions = Object.keys(failures).map(Number);
  if (positions.length === 0 || positions.some((pos) => failures[pos]?.name !== 'ConstraintError'))
    return error;
  return new CommandRejected(
    positions.slice(0, 100).map((pos) =>
      recordIssue(entity, offset + pos, {
        path: 'id',
        code: 'invalid',
        params: { reason: 'already_stored' },
      }),
    ),
  );
}
