/**
 * The write path every command goes through, inside a transaction opened by the caller
 * (`execute`, `releaseExpiredOptions`): validate, write the entity, write its outbox entry,
 * and compute the inverse. Internal to the store; screens call `execute`.
 *
 * A single create, update or delete validates everything before its first write, so when it
 * throws `CommandRejected` it has written nothing. A batch may have written earlier commands
 * when a later one is rejected: the caller must let the rejection abort the transaction.
 */
import type { EntityName } from '@shared/domain/model.ts';
import type { ValidationIssue } from '@shared/domain/issues.ts';
import { parseEntity } from '@shared/domain/validation.ts';
import type { Command, OutboxEntry, OutboxOperation } from './command-types.ts';
import type { SlotboardDb } from './db.ts';
import { newId } from '@shared/ids.ts';
import { inUseIssues, notFoundIssue, ruleIssues } from './rules.ts';

export type CommandIssue = ValidationIssue & { index?: number };

/** Thrown inside a transaction to abort it and report why; `execute` turns it into `{ ok: false }`. */
export class CommandRejected extends Error {
  constructor(readonly issues: CommandIssue[]) {
    super(`Command rejected: ${issues.map((i) => `${i.path || '(record)'} ${i.code}`).join(', ')}`);
    this.name = 'CommandRejected';
  }
}

export interface ApplyContext {
  db: SlotboardDb;
  /** The timestamp of this command's writes (`updatedAt`, outbox `createdAt`). */
  now: string;
  /** Shared by the outbox entries of one command. */
  commandId: string;
}

export interface Applied {
  /** What undoes it; null when nothing was written. */
  inverse: Command | null;
  createdIds: string[];
  /** Records written (and outbox entries added). */
  changes: number;
}

/** Fields managed by the store and the server, never taken from a patch. */
const META_FIELDS = new Set(['id', 'version', 'updatedAt']);

/** Every table a command may touch: the scope of its transaction. */
export function writeTables(db: SlotboardDb) {
  return [
    db.sites,
    db.sections,
    db.placements,
    db.advertisers,
    db.agencies,
    db.campaigns,
    db.bookings,
    db.outbox,
  ];
}

export async function applyCommand(ctx: ApplyContext, command: Command): Promise<Applied> {
  switch (command.type) {
    case 'create':
      return applyCreate(ctx, command.entity, command.value);
    case 'update':
      return applyUpdate(ctx, command.entity, command.id, command.patch);
    case 'delete':
      return applyDelete(ctx, command.entity, command.id, command.cascade === true);
    case 'batch':
      return applyBatch(ctx, command.commands);
  }
}

async function applyBatch(ctx: ApplyContext, commands: readonly Command[]): Promise<Applied> {
  const inverses: Command[] = [];
  const createdIds: string[] = [];
  let changes = 0;
  for (const [index, command] of commands.entries()) {
    let applied: Applied;
    try {
      applied = await applyCommand(ctx, command);
    } catch (error) {
      // Point at this batch's command; an outer batch overwrites it with its own index.
      if (error instanceof CommandRejected)
        throw new CommandRejected(error.issues.map((i) => ({ ...i, index })));
      throw error;
    }
    if (applied.inverse) inverses.push(applied.inverse);
    createdIds.push(...applied.createdIds);
    changes += applied.changes;
  }
  if (changes === 0) return { inverse: null, createdIds, changes };
  return { inverse: { type: 'batch', commands: inverses.reverse() }, createdIds, changes };
}

async function applyCreate(
  ctx: ApplyContext,
  entity: EntityName,
  value: Record<string, unknown>,
): Promise<Applied> {
  // `version` is kept when given: undoing a delete restores the record as it was.
  const id = value.id === undefined ? newId() : value.id;
  const parsed = parseEntity(entity, { ...value, id, updatedAt: ctx.now });
  if (!parsed.ok) throw new CommandRejected(parsed.issues);
  const record = parsed.value;
  const table = ctx.db.entityTable(entity);
  if ((await table.get(record.id)) !== undefined) {
    throw new CommandRejected([
      { path: 'id', code: 'invalid', params: { reason: 'duplicate_id', entity, id: record.id } },
    ]);
  }
  const issues = await ruleIssues(ctx.db, entity, record);
  if (issues.length > 0) throw new CommandRejected(issues);

  await table.add(record);
  await writeOutbox(ctx, entity, record.id, 'create', { ...record }, 0);
  return { inverse: { type: 'delete', entity, id: record.id }, createdIds: [record.id], changes: 1 };
}

async function applyUpdate(
  ctx: ApplyContext,
  entity: EntityName,
  id: string,
  patch: Record<string, unknown>,
): Promise<Applied> {
  const table = ctx.db.entityTable(entity);
  const current = await table.get(id);
  if (current === undefined) throw new CommandRejected([notFoundIssue(entity, id)]);
  if (patch.id !== undefined && patch.id !== id) {
    throw new CommandRejected([{ path: 'id', code: 'invalid', params: { reason: 'id_is_immutable' } }]);
  }
  const fields = Object.fromEntries(Object.entries(patch).filter(([key]) => !META_FIELDS.has(key)));
  const parsed = parseEntity(entity, { ...current, ...fields });
  if (!parsed.ok) throw new CommandRejected(parsed.issues);
  const next = parsed.value;

  const before = current as unknown as Record<string, unknown>;
  const after = next as unknown as Record<string, unknown>;
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => !META_FIELDS.has(key) && !sameValue(before[key], after[key]),
  );
  if (changed.length === 0) return { inverse: null, createdIds: [], changes: 0 };

  // Refuse what this edit breaks, not what was already broken: an option whose placement has
  // since dropped its format must still be editable, confirmable and releasable.
  const issues = await ruleIssues(ctx.db, entity, next);
  if (issues.length > 0) {
    const known = new Set((await ruleIssuesOrNone(ctx, entity, current)).map(issueKey));
    const introduced = issues.filter((issue) => !known.has(issueKey(issue)));
    if (introduced.length > 0) throw new CommandRejected(introduced);
  }
  // A section's placements carry its site id: moving it to another site would orphan them.
  if (entity === 'sections' && changed.includes('siteId')) {
    const inUse = await inUseIssues(ctx.db, 'sections', id);
    if (inUse.length > 0) throw new CommandRejected(inUse.map((issue) => ({ ...issue, path: 'siteId' })));
  }

  await table.put({ ...next, updatedAt: ctx.now });
  await writeOutbox(ctx, entity, id, 'update', pick(after, changed), current.version ?? 0);
  return {
    inverse: { type: 'update', entity, id, patch: pick(before, changed) },
    createdIds: [],
    changes: 1,
  };
}

async function applyDelete(
  ctx: ApplyContext,
  entity: EntityName,
  id: string,
  cascade: boolean,
): Promise<Applied> {
  const table = ctx.db.entityTable(entity);
  const current = await table.get(id);
  if (current === undefined) throw new CommandRejected([notFoundIssue(entity, id)]);

  const restoreChildren: Command[] = [];
  let changes = 0;
  if (cascade && entity === 'campaigns') {
    // Children first, so the server never sees bookings of a deleted campaign.
    const bookingIds = await ctx.db.bookings.where('campaignId').equals(id).primaryKeys();
    for (const bookingId of bookingIds) {
      const applied = await applyDelete(ctx, 'bookings', bookingId, false);
      if (applied.inverse) restoreChildren.push(applied.inverse);
      changes += applied.changes;
    }
  }
  const inUse = await inUseIssues(ctx.db, entity, id);
  if (inUse.length > 0) throw new CommandRejected(inUse);

  await table.delete(id);
  await writeOutbox(ctx, entity, id, 'delete', {}, current.version ?? 0);
  changes += 1;
  const restore: Command = { type: 'create', entity, value: current };
  if (restoreChildren.length === 0) return { inverse: restore, createdIds: [], changes };
  return { inverse: { type: 'batch', commands: [restore, ...restoreChildren] }, createdIds: [], changes };
}

async function writeOutbox(
  ctx: ApplyContext,
  entity: EntityName,
  entityId: string,
  op: OutboxOperation,
  patch: Record<string, unknown>,
  baseVersion: number,
): Promise<void> {
  const entry: OutboxEntry = {
    mutationId: newId(),
    commandId: ctx.commandId,
    entity,
    entityId,
    op,
    patch,
    baseVersion,
    createdAt: ctx.now,
  };
  await ctx.db.outbox.add(entry);
}

/** Rules of a record already stored; a record too old or damaged for the rules counts as having none. */
async function ruleIssuesOrNone(
  ctx: ApplyContext,
  entity: EntityName,
  record: unknown,
): Promise<ValidationIssue[]> {
  const parsed = parseEntity(entity, record);
  if (!parsed.ok) return [];
  try {
    return await ruleIssues(ctx.db, entity, parsed.value);
  } catch {
    return [];
  }
}

function issueKey(issue: ValidationIssue): string {
  return `${issue.path}\u0000${issue.code}`;
}

function pick(record: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, record[key]]));
}

/** Structural equality of stored values (JSON-like: primitives, arrays, plain objects). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  for (const key of keys) if (!sameValue(ra[key], rb[key])) return false;
  return true;
}
