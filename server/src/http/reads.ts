/** The read routes: a page of records, one record, the change feed. */
import {
  formatEtag,
  pageQuerySchema,
  type ChangesPage,
  type ResourceName,
} from '../../../shared/api/contract.ts';
import { changesAfter, findRecord, listRecords, publicRecord } from '../store/records.ts';
import type { App, Exchange } from './context.ts';
import { HttpProblem, sendJson } from './respond.ts';

function pageQuery(url: URL): { after?: string | undefined; limit: number } {
  const parsed = pageQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), code: 'invalid' }));
    throw new HttpProblem('bad_request', { detail: 'Bad after or limit', issues });
  }
  return parsed.data;
}

function resourceOf(ex: Exchange): ResourceName {
  if (!ex.match.route.resource) throw new Error(`Route without a resource: ${ex.match.route.path}`);
  return ex.match.route.resource;
}

export async function listHandler(app: App, ex: Exchange): Promise<void> {
  const { after, limit } = pageQuery(ex.url);
  const records = await listRecords(app.db, resourceOf(ex), after ?? '', limit + 1);
  const page = records.slice(0, limit);
  const next = records.length > limit ? (page.at(-1)?.id ?? null) : null;
  sendJson(ex.res, 200, { items: page.map(publicRecord), next });
}

export async function getHandler(app: App, ex: Exchange): Promise<void> {
  const resource = resourceOf(ex);
  const record = await findRecord(app.db, { resource, id: ex.match.id ?? '' });
  if (!record) throw new HttpProblem('not_found', { detail: `${resource}/${ex.match.id}` });
  if (record.deleted) throw new HttpProblem('gone', { current: publicRecord(record) });
  sendJson(ex.res, 200, publicRecord(record), { etag: formatEtag(record.version) });
}

/** Cursors are the decimal `seq` of the last change seen; absent means "from the start". */
function parseCursor(after: string | undefined): number {
  if (after === undefined || after === '') return 0;
  if (!/^\d{1,15}$/.test(after)) throw new HttpProblem('bad_request', { detail: 'Bad cursor' });
  return Number(after);
}

export async function changesHandler(app: App, ex: Exchange): Promise<void> {
  const { after, limit } = pageQuery(ex.url);
  const cursor = parseCursor(after);
  const records = await changesAfter(app.db, cursor, limit + 1);
  const page = records.slice(0, limit);
  const body: ChangesPage = {
    changes: page.map((record) => ({
      seq: record.seq,
      resource: record.resource,
      id: record.id,
      version: record.version,
      updatedAt: record.updatedAt,
      deleted: record.deleted,
      record: record.deleted ? null : publicRecord(record),
    })),
    cursor: String(page.at(-1)?.seq ?? cursor),
    hasMore: records.length > limit,
  };
  sendJson(ex.res, 200, body);
}
