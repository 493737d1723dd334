/** The write routes: one record (POST, PATCH, DELETE) and the batch. */
import {
  batchRequestSchema,
  formatEtag,
  HEADERS,
  operationSchema,
  parseIfMatch,
  type Operation,
  type OperationResult,
  type WriteOp,
} from '../../../shared/api/contract.ts';
import { applyWrites } from '../writes/engine.ts';
import { readJsonObject } from './body.ts';
import type { App, Exchange } from './context.ts';
import { HttpProblem, sendJson, sendProblem } from './respond.ts';

function header(ex: Exchange, name: string): string | undefined {
  const value = ex.req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function zodIssues(issues: readonly { path: PropertyKey[]; message: string }[]) {
  return issues.map((i) => ({ path: i.path.map(String).join('.'), code: 'invalid' }));
}

async function operationOf(ex: Exchange, op: WriteOp): Promise<Operation> {
  const key = header(ex, HEADERS.idempotencyKey);
  if (key === undefined) throw new HttpProblem('idempotency_key_missing');
  const ifMatch = parseIfMatch(header(ex, HEADERS.ifMatch));
  if (ifMatch === null)
    throw new HttpProblem('bad_request', { detail: 'If-Match must be a version: 3 or "3"' });
  const body = op === 'delete' ? undefined : await readJsonObject(ex.req);
  const id = op === 'create' ? body?.id : ex.match.id;
  const resource = ex.match.route.resource;
  const parsed = operationSchema.safeParse({
    key,
    resource,
    id: typeof id === 'string' ? id : '',
    op,
    ifMatch,
    body,
  });
  if (!parsed.success) {
    throw new HttpProblem('bad_request', {
      detail: 'Bad Idempotency-Key or id',
      issues: zodIssues(parsed.error.issues),
    });
  }
  return parsed.data;
}

function sendResult(ex: Exchange, result: OperationResult): void {
  if (result.problem) return sendProblem(ex.res, result.problem);
  const version = result.record?.version;
  sendJson(
    ex.res,
    result.status,
    result.record,
    typeof version === 'number' ? { etag: formatEtag(version) } : {},
  );
}

function writeOptions(app: App) {
  return { today: app.today(), now: new Date().toISOString(), onError: app.onError };
}

export function writeHandler(op: WriteOp) {
  return async (app: App, ex: Exchange): Promise<void> => {
    const operation = await operationOf(ex, op);
    const [result] = await applyWrites(app.db, [operation], writeOptions(app));
    if (!result) throw new Error('A write gave no result');
    sendResult(ex, result);
  };
}

export async function batchHandler(app: App, ex: Exchange): Promise<void> {
  const parsed = batchRequestSchema.safeParse(await readJsonObject(ex.req));
  if (!parsed.success) {
    throw new HttpProblem('bad_request', {
      detail: 'Not a batch request',
      issues: zodIssues(parsed.error.issues),
    });
  }
  const results = await applyWrites(app.db, parsed.data.operations, writeOptions(app));
  sendJson(ex.res, 200, { results });
}
