/**
 * The ad server's REST API as the sync engine uses it (`shared/api/contract.ts`): a batch of
 * writes, the change feed, one record. Every answer is parsed with the shared zod schemas before
 * anyone sees it: a malformed answer is a `SyncError('malformed')`, never applied.
 *
 * Failures are classified here (see errors.ts): no answer or a timeout, 5xx and 429 (with its
 * Retry-After) can be retried; 401 is the user's to fix; other 4xx refuse the request as a whole.
 */
import type { z } from 'zod';
import {
  API_PREFIX,
  HEADERS,
  batchResponseSchema,
  changesPageSchema,
  problemSchema,
  serverMetaSchema,
  DEFAULT_PAGE_LIMIT,
  type BatchResponse,
  type ChangesPage,
  type Operation,
  type Problem,
  type ResourceName,
} from '@shared/api/contract.ts';
import { SyncError } from './errors.ts';

export interface ApiClientOptions {
  /** The server's base URL, without `/v1`. */
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
  /** Per request; default 30 s. */
  timeoutMs?: number;
  /** For Retry-After given as a date; default `Date.now`. */
  now?: () => number;
}

export interface ApiClient {
  /** Sends writes in order; one result per operation, in the same order. */
  batch: (operations: Operation[]) => Promise<BatchResponse>;
  /** The changes after `cursor` (from the start when null). */
  changes: (cursor: string | null, limit?: number) => Promise<ChangesPage>;
  /** One record as the server holds it: the record, its tombstone, or null when it never existed. */
  record: (resource: ResourceName, id: string) => Promise<Record<string, unknown> | null>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

export function createApiClient(options: ApiClientOptions): ApiClient {
  const request = requester(options);
  return {
    batch: async (operations) => {
      const answer = await request('POST', '/batch', { operations });
      const response = parseAnswer(batchResponseSchema, answer.body, 'batch');
      checkBatchResults(operations, response);
      return response;
    },
    changes: async (cursor, limit = DEFAULT_PAGE_LIMIT) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (cursor !== null) query.set('after', cursor);
      const answer = await request('GET', `/changes?${query.toString()}`);
      return parseAnswer(changesPageSchema, answer.body, 'changes');
    },
    record: async (resource, id) => {
      const path = `/${resource}/${encodeURIComponent(id)}`;
      const answer = await request('GET', path, undefined, [404, 410]);
      if (answer.status === 404) return null;
      if (answer.status === 410) {
        const problem = parseAnswer(problemSchema, answer.body, 'record');
        return problem.current ?? null;
      }
      const record = parseAnswer(recordSchema, answer.body, 'record');
      return record;
    },
  };
}

const recordSchema = serverMetaSchema.loose();

interface Answer {
  status: number;
  body: unknown;
}

/** A function making one request and returning its parsed JSON, or throwing a classified error. */
function requester(options: ApiClientOptions) {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const base = options.baseUrl.replace(/\/+$/, '') + API_PREFIX;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const now = options.now ?? Date.now;

  return async (method: string, path: string, body?: unknown, accepted: number[] = []): Promise<Answer> => {
    const headers: Record<string, string> = {
      [HEADERS.authorization]: `Bearer ${options.token}`,
      accept: 'application/json',
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await doFetch(base + path, {
        method,
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        signal: controller.signal,
      });
      text = await response.text();
    } catch (error) {
      if (controller.signal.aborted) {
        throw new SyncError('timeout', `No answer from the server within ${timeoutMs / 1000} s`);
      }
      throw new SyncError('network', `The server cannot be reached: ${describe(error)}`);
    } finally {
      clearTimeout(timer);
    }
    const parsed = parseJson(text);
    if (response.ok || accepted.includes(response.status)) {
      if (parsed === undefined) throw malformed(path, `not JSON (HTTP ${response.status})`);
      return { status: response.status, body: parsed };
    }
    throw failure(response, parsed, now());
  };
}

/** The error of a non-2xx answer, by status. */
function failure(response: Response, body: unknown, nowMs: number): SyncError {
  const status = response.status;
  const problem = problemSchema.safeParse(body);
  const code = problem.success ? problem.data.code : undefined;
  const what = problem.success ? problemText(problem.data) : `HTTP ${status}`;
  if (status === 401)
    return new SyncError('auth', `The server refused the access token: ${what}`, { status, code });
  if (status === 429) {
    const retryAfterMs = retryAfter(response.headers.get(HEADERS.retryAfter), nowMs, problem.data);
    return new SyncError('rate_limited', `Too many requests: ${what}`, { status, code, retryAfterMs });
  }
  if (status >= 500) return new SyncError('server', `The server failed: ${what}`, { status, code });
  return new SyncError('refused', `The server refused the request: ${what}`, { status, code });
}

function problemText(problem: Problem): string {
  return problem.detail ? `${problem.title} (${problem.detail})` : problem.title;
}

/** Retry-After in milliseconds: delay-seconds or an HTTP date; else the problem's `retryAfter`. */
export function retryAfter(header: string | null, nowMs: number, problem?: Problem): number | undefined {
  if (header !== null && header.trim() !== '') {
    const trimmed = header.trim();
    if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    if (!Number.isNaN(date)) return Math.max(0, date - nowMs);
  }
  return problem?.retryAfter === undefined ? undefined : problem.retryAfter * 1000;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function parseAnswer<S extends z.ZodType>(schema: S, body: unknown, what: string): z.infer<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  const where = first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'unknown shape';
  throw malformed(what, where);
}

/** One result per operation, in order, and a stored record with each success. */
function checkBatchResults(operations: readonly Operation[], response: BatchResponse): void {
  if (response.results.length !== operations.length) {
    throw malformed('batch', `${response.results.length} results for ${operations.length} operations`);
  }
  response.results.forEach((result, index) => {
    if (result.key !== operations[index]?.key) throw malformed('batch', `result ${index} has another key`);
    const success = result.status >= 200 && result.status < 300;
    if (success && !serverMetaSchema.safeParse(result.record).success) {
      throw malformed('batch', `result ${index} has no stored record`);
    }
    if (!success && result.problem === undefined) {
      throw malformed('batch', `result ${index} failed without a problem`);
    }
  });
}

function malformed(what: string, why: string): SyncError {
  return new SyncError('malformed', `The server's answer to ${what} is malformed: ${why}`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
