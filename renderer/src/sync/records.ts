/**
 * Where the sync engine finds a record: outbox entities ↔ API resources ↔ Dexie tables, the
 * tables one sync transaction spans, and how a record is keyed across them.
 */
import { insertionOrderRecordSchema, resourceOf, type ResourceName } from '@shared/api/contract.ts';
import { ENTITY_NAMES } from '@shared/domain/model.ts';
import { parseEntity } from '@shared/domain/validation.ts';
import type { ValidationIssue } from '@shared/domain/issues.ts';
import type { OutboxEntity } from '@renderer/store/command-types.ts';
import type { SlotboardDb } from '@renderer/store/db.ts';
import type { Table } from 'dexie';

export type StoredRecord = Record<string, unknown> & { id: string };

/** The outbox entity of an API resource. */
export function entityOf(resource: ResourceName): OutboxEntity {
  return resource === 'insertion-orders' ? 'insertionOrders' : resource;
}

export { resourceOf };

/** The table holding an entity's records. */
export function recordTable(db: SlotboardDb, entity: OutboxEntity): Table<StoredRecord, string> {
  return db.table(entity);
}

/** Every table a sync write may touch: records, outbox and conflicts (and `meta`, for the cursor). */
export function syncTables(db: SlotboardDb): Table[] {
  return [
    ...ENTITY_NAMES.map((entity) => db.table(entity)),
    db.insertionOrders,
    db.outbox,
    db.conflicts,
    db.meta,
  ];
}

/** One string per record, for sets. */
export function recordKey(entity: OutboxEntity, id: string): string {
  return `${entity}\u0000${id}`;
}

/** Fields that belong to the server, not to the user's edits. */
export const META_FIELDS: ReadonlySet<string> = new Set(['id', 'version', 'updatedAt']);

/**
 * A record the server sent, checked against the entity's schema (defaults filled in), with the
 * server's id, version and timestamp. Issues when it does not fit: it must not be stored.
 */
export function parseServerRecord(
  entity: OutboxEntity,
  record: Record<string, unknown>,
  meta: { id: string; version: number; updatedAt: string },
): { ok: true; value: StoredRecord } | { ok: false; issues: ValidationIssue[] } {
  const input = { ...record, ...meta };
  if (entity === 'insertionOrders') {
    const parsed = insertionOrderRecordSchema.safeParse(input);
    if (parsed.success) return { ok: true, value: parsed.data };
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: 'invalid' })),
    };
  }
  const parsed = parseEntity(entity, input);
  if (!parsed.ok) return parsed;
  return { ok: true, value: parsed.value as unknown as StoredRecord };
}
