/**
 * The ad server's REST API, as both sides see it: resources, headers, bodies and error codes.
 * The reference server (`server/`) implements it, the planner's sync engine (`renderer/src/sync/`)
 * speaks it, and `openapi.ts` describes it from these same schemas, so none of the three can drift.
 *
 * Shape of the API (all under `/v1`, JSON, `Authorization: Bearer <token>` on every request):
 *
 *   GET    /v1/{resource}?after=<id>&limit=<n>   a page of live records, by id   → RecordPage
 *   GET    /v1/{resource}/{id}                    one record (ETag: its version)  → record | 404 | 410
 *   POST   /v1/{resource}                         create (body: the record, client-made id)
 *   PATCH  /v1/{resource}/{id}                    update (body: the changed fields; If-Match required)
 *   DELETE /v1/{resource}/{id}                    delete, leaving a tombstone (If-Match required)
 *   POST   /v1/batch                              several writes, in order         → BatchResponse
 *   GET    /v1/changes?after=<cursor>&limit=<n>   what changed after a cursor      → ChangesPage
 *   GET    /v1/openapi.json                       the OpenAPI 3.1 document (no token needed)
 *
 * Every write carries an `Idempotency-Key` (in a batch: each operation's `key`): a retry returns
 * the first answer, the same key with another body is 422. The key is bound to the write itself
 * (op, resource, id, If-Match, body), not to the request carrying it, so a write first sent in a
 * batch may be retried alone and vice versa. Updates and deletes carry
 * `If-Match: <version>`: 428 without it, 412 with the current record when stale. Errors are
 * `application/problem+json` (`Problem`), with a machine-readable `code`.
 */
import { z } from 'zod';
import { ENTITY_NAMES, ENTITY_SCHEMAS, type EntityName } from '../domain/model.ts';

export const API_PREFIX = '/v1';

export const HEADERS = {
  authorization: 'authorization',
  idempotencyKey: 'idempotency-key',
  ifMatch: 'if-match',
  etag: 'etag',
  retryAfter: 'retry-after',
} as const;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The largest request body the server reads (a full batch of bookings is well under 1 MB). */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** The `ETag` of a record: its version, as a strong entity tag (`"3"`). */
export function formatEtag(version: number): string {
  return `"${version}"`;
}

/**
 * The version an `If-Match` header names: `3`, `"3"` and `W/"3"` all mean version 3.
 * Undefined when the header is absent, null when it is present but names no version.
 */
export function parseIfMatch(header: string | undefined): number | null | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(header);
  const version = match ? Number(match[1]) : Number.NaN;
  return Number.isSafeInteger(version) && version >= 1 ? version : null;
}

// ───────────────────────────── resources ─────────────────────────────

/**
 * Issued insertion orders are immutable revisions: they can be created and read, never changed.
 * Their document is checked by `shared/io/schema.ts` where it is made; here only the keys.
 */
export const insertionOrderRecordSchema = z
  .object({
    id: z.string().min(1),
    campaignId: z.string().min(1),
    number: z.string().min(1),
    revision: z.number().int().min(1),
    version: z.number().int().min(0).default(0),
    updatedAt: z.string().default(''),
  })
  .loose();

/** Resource name (URL segment) → the schema of its records. */
export const RESOURCE_SCHEMAS = {
  ...ENTITY_SCHEMAS,
  'insertion-orders': insertionOrderRecordSchema,
} as const;
export type ResourceName = keyof typeof RESOURCE_SCHEMAS;
export const RESOURCE_NAMES = Object.keys(RESOURCE_SCHEMAS) as ResourceName[];

/** Resources that accept only creations. */
export const CREATE_ONLY: ReadonlySet<ResourceName> = new Set(['insertion-orders']);

export function isResourceName(name: string): name is ResourceName {
  return Object.hasOwn(RESOURCE_SCHEMAS, name);
}

/** The planner's outbox names insertion orders `insertionOrders`; the URL says `insertion-orders`. */
export function resourceOf(entity: EntityName | 'insertionOrders'): ResourceName {
  return entity === 'insertionOrders' ? 'insertion-orders' : entity;
}

export const SYNCED_ENTITIES: readonly EntityName[] = ENTITY_NAMES;

// ───────────────────────────── records and pages ─────────────────────────────

/** What the server adds to every record it holds. */
export const serverMetaSchema = z.object({
  id: z.string().min(1),
  /** 1 on creation, +1 on every write. */
  version: z.number().int().min(1),
  /** UTC ISO timestamp of the last write, set by the server. */
  updatedAt: z.string().min(1),
});

/** A deleted record: only its identity and last version remain. */
export const tombstoneSchema = serverMetaSchema.extend({ deleted: z.literal(true) });
export type Tombstone = z.infer<typeof tombstoneSchema>;

export const MAX_PAGE_LIMIT = 1000;
export const DEFAULT_PAGE_LIMIT = 500;

export const pageQuerySchema = z.object({
  after: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_LIMIT).default(DEFAULT_PAGE_LIMIT),
});

/** A page of live records of one resource, ordered by id. `next` is the `after` of the next page. */
export const recordPageSchema = z.object({
  items: z.array(z.record(z.string(), z.unknown())),
  next: z.string().nullable(),
});
export type RecordPage = z.infer<typeof recordPageSchema>;

/**
 * One entry of the change feed: the record as it is now (or its tombstone). The cursor is the
 * server's sequence number, assigned at commit, only ever growing.
 */
export const changeSchema = z.object({
  seq: z.number().int().min(1),
  resource: z.enum(RESOURCE_NAMES as [ResourceName, ...ResourceName[]]),
  id: z.string().min(1),
  version: z.number().int().min(1),
  updatedAt: z.string(),
  deleted: z.boolean(),
  /** The full record; null for a tombstone. Checked against the resource's schema by the reader. */
  record: z.record(z.string(), z.unknown()).nullable(),
});
export type Change = z.infer<typeof changeSchema>;

export const changesPageSchema = z.object({
  changes: z.array(changeSchema),
  /** Pass as `after` next time; equal to the request's when nothing changed. */
  cursor: z.string(),
  /** More changes are waiting: ask again at once. */
  hasMore: z.boolean(),
});
export type ChangesPage = z.infer<typeof changesPageSchema>;

// ───────────────────────────── writes ─────────────────────────────

export const WRITE_OPS = ['create', 'update', 'delete'] as const;
export type WriteOp = (typeof WRITE_OPS)[number];

export const MAX_BATCH_OPERATIONS = 500;

/**
 * One write in a batch. Operations sharing a `group` (one local command, e.g. a group move) are
 * applied in one transaction: all or none. Others are applied one by one, in order.
 */
export const operationSchema = z.object({
  /** The idempotency key: the planner's outbox mutation id. */
  key: z.string().min(8).max(200),
  resource: z.enum(RESOURCE_NAMES as [ResourceName, ...ResourceName[]]),
  id: z.string().min(1),
  op: z.enum(WRITE_OPS),
  /** The version the change was made on: required for update and delete (or `basedOn`). */
  ifMatch: z.number().int().min(1).optional(),
  /**
   * Batch only, instead of `ifMatch`: the key of an earlier operation of the batch on the same
   * record, outside this operation's group. This one applies to the version that one wrote, so a
   * record created and edited again offline goes in one push. If that one was not applied, this
   * one is not either (`dependency_failed`, not stored: it may be sent again).
   */
  basedOn: z.string().min(8).max(200).optional(),
  /** The full record for a create, the changed fields for an update; absent for a delete. */
  body: z.record(z.string(), z.unknown()).optional(),
  group: z.string().optional(),
});
export type Operation = z.infer<typeof operationSchema>;

export const batchRequestSchema = z.object({
  operations: z
    .array(operationSchema)
    .min(1)
    .max(MAX_BATCH_OPERATIONS)
    .superRefine((operations, ctx) => {
      for (const [index, issue] of basedOnIssues(operations))
        ctx.addIssue({ code: 'custom', path: [index, 'basedOn'], message: issue });
    }),
});
export type BatchRequest = z.infer<typeof batchRequestSchema>;

/** Operations whose `basedOn` does not name an earlier operation on the same record outside their group. */
function basedOnIssues(operations: readonly Operation[]): [number, string][] {
  const issues: [number, string][] = [];
  const seen = new Map<string, Operation>();
  operations.forEach((op, index) => {
    if (op.basedOn !== undefined) {
      const base = seen.get(op.basedOn);
      if (op.ifMatch !== undefined) issues.push([index, 'basedOn and ifMatch exclude each other']);
      else if (op.op === 'create') issues.push([index, 'a create is based on nothing']);
      else if (!base) issues.push([index, 'basedOn must name an earlier operation of the batch']);
      else if (base.resource !== op.resource || base.id !== op.id)
        issues.push([index, 'basedOn must name an operation on the same record']);
      else if (op.group !== undefined && base.group === op.group)
        issues.push([index, 'basedOn must name an operation outside this group']);
    }
    seen.set(op.key, op);
  });
  return issues;
}

// ───────────────────────────── problems ─────────────────────────────

export const PROBLEM_CODES = [
  /** The body or a query parameter is malformed (not JSON, wrong types). */
  'bad_request',
  /** The record breaks the domain's rules: `issues` says which fields and why. */
  'validation',
  /** A confirmed booking would take more than a placement's capacity: `overbooked` says where. */
  'overbooked',
  /** `If-Match` is not the record's current version: `current` is the record (or tombstone). */
  'version_conflict',
  /** An update or delete came without `If-Match`. */
  'precondition_required',
  /** A write came without an `Idempotency-Key`. */
  'idempotency_key_missing',
  /** The key was used before with another request. */
  'idempotency_key_reused',
  /** A create for an id the server already holds. */
  'already_exists',
  'not_found',
  /** The record was deleted: `current` is its tombstone. */
  'gone',
  /** A delete refused while other records refer to this one. */
  'in_use',
  /** Insertion orders are never changed. */
  'immutable',
  'unauthorized',
  'rate_limited',
  /** The body is larger than the server accepts (`MAX_BODY_BYTES`). */
  'payload_too_large',
  /** The path exists but not with this method (e.g. PATCH on a collection). */
  'method_not_allowed',
  /**
   * Batch only: this operation was valid but shares its `group` with one that was refused, so
   * none of the group was applied. `failedKey` names the operation that was refused.
   */
  'group_failed',
  /**
   * Batch only: the operation named by this one's `basedOn` was not applied, so this one was not
   * either. Not stored against its key: send it again once the other one is settled.
   */
  'dependency_failed',
  'internal',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const PROBLEM_STATUS: Record<ProblemCode, number> = {
  bad_request: 400,
  validation: 422,
  overbooked: 409,
  version_conflict: 412,
  precondition_required: 428,
  idempotency_key_missing: 400,
  idempotency_key_reused: 422,
  already_exists: 409,
  not_found: 404,
  gone: 410,
  in_use: 409,
  immutable: 405,
  unauthorized: 401,
  rate_limited: 429,
  payload_too_large: 413,
  method_not_allowed: 405,
  group_failed: 424,
  dependency_failed: 424,
  internal: 500,
};

const dayExcessSchema = z.object({ day: z.string(), excess: z.number() });

/** RFC 9457 problem details, with what a client needs to show the user. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.enum(PROBLEM_CODES),
  detail: z.string().optional(),
  /** `validation`: the shared validation issues (path, code, params), translatable by the client. */
  issues: z
    .array(
      z.object({
        path: z.string(),
        code: z.string(),
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      }),
    )
    .optional(),
  /** `overbooked`: the placement and the days over capacity, by how much (in its unit). */
  overbooked: z.object({ placementId: z.string(), days: z.array(dayExcessSchema) }).optional(),
  /** `version_conflict`, `gone`, `already_exists`: the record as the server holds it. */
  current: z.record(z.string(), z.unknown()).optional(),
  /** `rate_limited`: seconds to wait (also in the Retry-After header). */
  retryAfter: z.number().optional(),
  /** `group_failed`: the operation of the group that was refused; `dependency_failed`: the `basedOn`. */
  failedKey: z.string().optional(),
});
export type Problem = z.infer<typeof problemSchema>;

/** The `type` URI of a problem code. */
export function problemType(code: ProblemCode): string {
  return `https://slotboard.app/problems/${code.replaceAll('_', '-')}`;
}

/** One operation's outcome, in the order of the request. */
export const operationResultSchema = z.object({
  key: z.string(),
  /** The HTTP status the same write would have had alone. */
  status: z.number().int(),
  /** 200/201: the record (or tombstone) as stored. */
  record: z.record(z.string(), z.unknown()).optional(),
  problem: problemSchema.optional(),
});
export type OperationResult = z.infer<typeof operationResultSchema>;

export const batchResponseSchema = z.object({ results: z.array(operationResultSchema) });
export type BatchResponse = z.infer<typeof batchResponseSchema>;
