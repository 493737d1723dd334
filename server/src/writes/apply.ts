/**
 * One write (create, update or delete) inside a write transaction: checks it, and stages the
 * record it writes in the working set. A refused write throws `Refusal` before staging anything.
 */
import { CREATE_ONLY, type Operation, type ResourceName } from '../../../shared/api/contract.ts';
import type { Booking, IsoDay, Placement } from '../../../shared/domain/model.ts';
import { publicRecord, type Json, type StoredRecord } from '../store/records.ts';
import { sameJson } from './canonical-json.ts';
import { bookingOverbooks, capacityOverbooks } from './overbooking.ts';
import { Refusal } from './problems.ts';
import { inUseIssues, introducedIssues, parseRecord, ruleIssues } from './rules.ts';
import type { WorkingSet } from './working-set.ts';

export interface WriteContext {
  /** For option expiry in the overbooking check. */
  today: IsoDay;
  /** `updatedAt` of every record this transaction writes (UTC ISO). */
  now: string;
  /** The next change-feed position. */
  nextSeq(): number;
}

export interface Written {
  status: 200 | 201;
  record: Json;
}

/** Fields the server manages: never taken from a body. */
const SERVER_FIELDS = ['version', 'updatedAt'] as const;

export async function applyOperation(ws: WorkingSet, op: Operation, ctx: WriteContext): Promise<Written> {
  switch (op.op) {
    case 'create':
      return applyCreate(ws, op, ctx);
    case 'update':
      return telling(await currentFor(ws, op), (current) => applyUpdate(ws, op, current, ctx));
    case 'delete':
      return telling(await currentFor(ws, op), (current) => applyDelete(ws, op, current, ctx));
  }
}

/**
 * A refused change of an existing record carries the server's copy of it, whatever the reason,
 * so the planner can show it and offer to take it.
 */
async function telling(
  current: StoredRecord & { data: Json },
  write: (current: StoredRecord & { data: Json }) => Promise<Written>,
): Promise<Written> {
  try {
    return await write(current);
  } catch (error) {
    if (error instanceof Refusal && error.problem.current === undefined)
      throw error.withCurrent(publicRecord(current));
    throw error;
  }
}

function withoutServerFields(body: Json): Json {
  const copy = { ...body };
  for (const field of SERVER_FIELDS) delete copy[field];
  return copy;
}

function parseOrRefuse(resource: ResourceName, input: Json): Json {
  const parsed = parseRecord(resource, input);
  if (!parsed.ok) throw new Refusal('validation', { issues: parsed.issues });
  return withoutServerFields(parsed.value);
}

/**
 * A create over a tombstone brings the record back (its version goes on from the tombstone's):
 * undoing a delete in the planner re-creates the record with its id.
 */
async function applyCreate(ws: WorkingSet, op: Operation, ctx: WriteContext): Promise<Written> {
  const body = op.body ?? {};
  if (body.id !== undefined && body.id !== op.id) {
    throw new Refusal('validation', {
      issues: [{ path: 'id', code: 'invalid', params: { reason: 'id_mismatch' } }],
    });
  }
  const existing = await ws.get(op.resource, op.id);
  if (existing && !existing.deleted) throw new Refusal('already_exists', { current: publicRecord(existing) });
  const record = parseOrRefuse(op.resource, { ...withoutServerFields(body), id: op.id });
  const issues = await ruleIssues(ws, op.resource, record);
  if (issues.length > 0) throw new Refusal('validation', { issues });
  await refuseOverbooking(ws, op.resource, record, undefined, ctx.today);
  return { status: 201, record: stage(ws, op, (existing?.version ?? 0) + 1, record, ctx) };
}

/** The record an update or delete aims at, checked against its If-Match. */
async function currentFor(ws: WorkingSet, op: Operation): Promise<StoredRecord & { data: Json }> {
  if (CREATE_ONLY.has(op.resource))
    throw new Refusal('immutable', { detail: `${op.resource} are never changed` });
  const current = await ws.get(op.resource, op.id);
  if (current === undefined) throw new Refusal('not_found', { detail: `${op.resource}/${op.id}` });
  if (current.deleted || current.data === null) throw new Refusal('gone', { current: publicRecord(current) });
  if (op.ifMatch === undefined) throw new Refusal('precondition_required');
  if (op.ifMatch !== current.version)
    throw new Refusal('version_conflict', { current: publicRecord(current) });
  return { ...current, data: current.data };
}

/** Merges the changed fields shallowly (a field given replaces its whole value), as the planner does. */
async function applyUpdate(
  ws: WorkingSet,
  op: Operation,
  current: StoredRecord & { data: Json },
  ctx: WriteContext,
): Promise<Written> {
  const body = op.body ?? {};
  if (body.id !== undefined && body.id !== op.id) {
    throw new Refusal('validation', {
      issues: [{ path: 'id', code: 'invalid', params: { reason: 'id_is_immutable' } }],
    });
  }
  const next = parseOrRefuse(op.resource, { ...current.data, ...withoutServerFields(body), id: op.id });
  // Nothing changed: not a write, so no new version and no change-feed entry.
  if (sameJson(next, current.data)) return { status: 200, record: publicRecord(current) };

  const issues = await introducedIssues(ws, op.resource, current.data, next);
  if (issues.length > 0) throw new Refusal('validation', { issues });
  await refuseMovingUsedSection(ws, op, current.data, next);
  await refuseOverbooking(ws, op.resource, next, current.data, ctx.today);
  return { status: 200, record: stage(ws, op, current.version + 1, next, ctx) };
}

async function applyDelete(
  ws: WorkingSet,
  op: Operation,
  current: StoredRecord,
  ctx: WriteContext,
): Promise<Written> {
  const issues = await inUseIssues(ws, op.resource, op.id);
  if (issues.length > 0) throw new Refusal('in_use', { issues });
  return { status: 200, record: stage(ws, op, current.version + 1, null, ctx) };
}

/** A section's placements carry its site id: moving it to another site would orphan them. */
async function refuseMovingUsedSection(
  ws: WorkingSet,
  op: Operation,
  before: Json,
  after: Json,
): Promise<void> {
  if (op.resource !== 'sections' || before.siteId === after.siteId) return;
  const issues = await inUseIssues(ws, 'sections', op.id);
  if (issues.length > 0)
    throw new Refusal('in_use', { issues: issues.map((i) => ({ ...i, path: 'siteId' })) });
}

async function refuseOverbooking(
  ws: WorkingSet,
  resource: ResourceName,
  next: Json,
  previous: Json | undefined,
  today: IsoDay,
): Promise<void> {
  if (resource === 'bookings') {
    const booking = next as unknown as Booking;
    const days = await bookingOverbooks(ws, booking, previous as Booking | undefined, today);
    if (days.length > 0)
      throw new Refusal('overbooked', { overbooked: { placementId: booking.placementId, days } });
  } else if (resource === 'placements' && previous !== undefined) {
    const placement = next as unknown as Placement;
    const days = await capacityOverbooks(ws, placement, previous as unknown as Placement, today);
    if (days.length > 0) throw new Refusal('overbooked', { overbooked: { placementId: placement.id, days } });
  }
}

function stage(ws: WorkingSet, op: Operation, version: number, data: Json | null, ctx: WriteContext): Json {
  const record: StoredRecord = {
    resource: op.resource,
    id: op.id,
    version,
    seq: ctx.nextSeq(),
    deleted: data === null,
    updatedAt: ctx.now,
    data,
  };
  ws.stage(record);
  return publicRecord(record);
}
