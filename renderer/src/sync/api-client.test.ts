/** The client's failure classification, over a fake fetch (the real server is in the integration test). */
import { describe, expect, it } from 'vitest';
import type { Operation } from '@shared/api/contract.ts';
import { createApiClient, retryAfter } from './api-client.ts';
import { SyncError } from './errors.ts';

type FakeFetch = (url: string, init: RequestInit) => Promise<Response>;

function clientWith(fetch: FakeFetch, timeoutMs = 1000) {
  return createApiClient({
    baseUrl: 'https://ads.example/',
    token: 't0ken',
    fetch: fetch as typeof globalThis.fetch,
    timeoutMs,
    now: () => Date.parse('2026-03-01T10:00:00Z'),
  });
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers }));

const problem = (code: string, status: number, extra: Record<string, unknown> = {}) => ({
  type: `https://slotboard.app/problems/${code}`,
  title: code,
  status,
  code,
  ...extra,
});

async function failure(promise: Promise<unknown>): Promise<SyncError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncError);
  return error as SyncError;
}

const operation: Operation = {
  key: 'mutation-0001',
  resource: 'bookings',
  id: 'b1',
  op: 'delete',
  ifMatch: 2,
};

describe('api client', () => {
  it('sends the bearer token to /v1 and parses the change feed', async () => {
    let seen: { url: string; auth: string | null } | null = null;
    const client = clientWith((url, init) => {
      seen = { url, auth: new Headers(init.headers).get('authorization') };
      return json(200, { changes: [], cursor: '7', hasMore: false });
    });
    expect(await client.changes('5', 100)).toEqual({ changes: [], cursor: '7', hasMore: false });
    expect(seen).toEqual({ url: 'https://ads.example/v1/changes?limit=100&after=5', auth: 'Bearer t0ken' });
  });

  it('classifies an unreachable server and a timeout as retryable', async () => {
    const network = await failure(
      clientWith(() => Promise.reject(new TypeError('fetch failed'))).changes(null),
    );
    expect([network.kind, network.retryable]).toEqual(['network', true]);
    const hanging: FakeFetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    const timeout = await failure(clientWith(hanging, 20).changes(null));
    expect([timeout.kind, timeout.retryable]).toEqual(['timeout', true]);
  });

  it('classifies 5xx as retryable, 429 with its Retry-After, 401 as the user’s to fix, other 4xx as refused', async () => {
    const server = await failure(clientWith(() => json(503, problem('internal', 503))).changes(null));
    expect([server.kind, server.retryable, server.details.status]).toEqual(['server', true, 503]);

    const limited = await failure(
      clientWith(() => json(429, problem('rate_limited', 429), { 'retry-after': '7' })).changes(null),
    );
    expect([limited.kind, limited.retryable, limited.details.retryAfterMs]).toEqual([
      'rate_limited',
      true,
      7000,
    ]);

    const auth = await failure(clientWith(() => json(401, problem('unauthorized', 401))).changes(null));
    expect([auth.kind, auth.retryable, auth.details.code]).toEqual(['auth', false, 'unauthorized']);

    const refused = await failure(
      clientWith(() => json(400, problem('bad_request', 400))).batch([operation]),
    );
    expect([refused.kind, refused.retryable]).toEqual(['refused', false]);
  });

  it('refuses malformed answers with a clear message', async () => {
    const notJson = await failure(
      clientWith(() => Promise.resolve(new Response('<html>proxy</html>', { status: 200 }))).changes(null),
    );
    expect(notJson.kind).toBe('malformed');
    expect(notJson.message).toMatch(/not JSON/);

    const wrongShape = await failure(
      clientWith(() => json(200, { changes: 'none', cursor: 1 })).changes(null),
    );
    expect(wrongShape.message).toMatch(/changes is malformed: changes/);

    const missingResult = await failure(clientWith(() => json(200, { results: [] })).batch([operation]));
    expect(missingResult.message).toMatch(/0 results for 1 operations/);

    const successWithoutRecord = await failure(
      clientWith(() => json(200, { results: [{ key: operation.key, status: 200 }] })).batch([operation]),
    );
    expect(successWithoutRecord.message).toMatch(/no stored record/);
  });

  it('returns per-operation problems as results, not errors', async () => {
    const answer = {
      results: [
        {
          key: operation.key,
          status: 412,
          problem: problem('version_conflict', 412, { current: { id: 'b1' } }),
        },
      ],
    };
    const response = await clientWith(() => json(200, answer)).batch([operation]);
    expect(response.results[0]?.problem?.code).toBe('version_conflict');
  });

  it('reads one record: its tombstone on 410, null on 404', async () => {
    const tombstone = { id: 'b1', version: 4, updatedAt: '2026-03-01T09:00:00Z', deleted: true };
    expect(
      await clientWith(() => json(410, problem('gone', 410, { current: tombstone }))).record(
        'bookings',
        'b1',
      ),
    ).toEqual(tombstone);
    expect(await clientWith(() => json(404, problem('not_found', 404))).record('bookings', 'b1')).toBeNull();
  });
});

describe('retryAfter', () => {
  const now = Date.parse('2026-03-01T10:00:00Z');
  it('reads seconds or an HTTP date, else the problem’s retryAfter', () => {
    expect(retryAfter('120', now)).toBe(120_000);
    expect(retryAfter('Sun, 01 Mar 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfter(null, now, { ...problem('rate_limited', 429), retryAfter: 3 } as never)).toBe(3000);
    expect(retryAfter(null, now)).toBeUndefined();
  });
});
