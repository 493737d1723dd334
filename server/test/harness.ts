/**
 * Test harness: the storage backends every storage test runs against (PGlite always; PostgreSQL
 * when TEST_DATABASE_URL is set, in a fresh schema per test file), a small HTTP client, and
 * well-formed records to build on.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { newId } from '../../shared/ids.ts';
import { startServer, type RunningServer, type ServerOptions } from '../src/app.ts';

export const TOKEN = 'test-token-0123456789';
export const TODAY = '2026-06-01';
/** PGlite compiles its WebAssembly at start: seconds on a busy 2-core machine. */
export const START_TIMEOUT = 60_000;

export interface Backend {
  name: 'pglite' | 'postgres';
  /** Options that put the server on this backend's store (same store for every call in a file). */
  storeOptions(): Promise<Pick<ServerOptions, 'databaseUrl' | 'dataDir'>>;
}

const pglite: Backend = { name: 'pglite', storeOptions: () => Promise.resolve({}) };

/** A fresh schema per test file, made once and reused by every server the file starts. */
function postgres(baseUrl: string): Backend {
  let url: Promise<string> | undefined;
  const makeSchema = async (): Promise<string> => {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.end();
    const withSchema = new URL(baseUrl);
    withSchema.searchParams.set('options', `-c search_path=${schema}`);
    return withSchema.toString();
  };
  return {
    name: 'postgres',
    storeOptions: async () => ({ databaseUrl: await (url ??= makeSchema()) }),
  };
}

export const BACKENDS: Backend[] = [
  pglite,
  ...(process.env.TEST_DATABASE_URL ? [postgres(process.env.TEST_DATABASE_URL)] : []),
];

export async function startOn(
  backend: Backend,
  options: Partial<ServerOptions> = {},
): Promise<RunningServer> {
  return startServer({
    port: 0,
    tokens: [TOKEN],
    today: () => TODAY,
    ...(await backend.storeOptions()),
    ...options,
  });
}

// ───────────────────────────── HTTP ─────────────────────────────

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

export interface Call {
  body?: unknown;
  key?: string;
  ifMatch?: number | string;
  token?: string | null;
}

export function client(server: RunningServer) {
  return async function call(method: string, path: string, options: Call = {}): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (options.token !== null) headers.authorization = `Bearer ${options.token ?? TOKEN}`;
    if (options.key !== undefined) headers['idempotency-key'] = options.key;
    if (options.ifMatch !== undefined) headers['if-match'] = String(options.ifMatch);
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };
}
export type Client = ReturnType<typeof client>;

export const key = (): string => `key-${newId()}`;

/** Creates a record through the API and returns it as stored; fails the test if refused. */
export async function create(call: Client, resource: string, body: Record<string, unknown>) {
  const answer = await call('POST', `/v1/${resource}`, { body, key: key() });
  if (answer.status !== 201)
    throw new Error(`create ${resource}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as Record<string, unknown> & { id: string; version: number };
}

// ───────────────────────────── records ─────────────────────────────

/** A site, a section, a placement of `slots` slots a day, an advertiser and a campaign. */
export async function inventory(call: Client, slots = 1) {
  const site = await create(call, 'sites', { id: newId(), name: 'Le Quotidien' });
  const section = await create(call, 'sections', { id: newId(), siteId: site.id, name: 'Sport' });
  const placement = await create(call, 'placements', {
    id: newId(),
    siteId: site.id,
    sectionId: section.id,
    name: 'Home – top banner',
    formats: ['leaderboard_728x90'],
    capacity: { kind: 'slots', slotsPerDay: slots },
  });
  const advertiser = await create(call, 'advertisers', { id: newId(), name: 'Brasserie Martin' });
  const campaign = await create(call, 'campaigns', { id: newId(), name: 'Été', advertiserId: advertiser.id });
  return { site, section, placement, advertiser, campaign };
}

export function booking(
  placementId: string,
  campaignId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: newId(),
    placementId,
    campaignId,
    format: 'leaderboard_728x90',
    startDate: '2026-07-01',
    endDate: '2026-07-03',
    status: 'confirmed',
    volume: { kind: 'slots', slots: 1 },
    rateModel: 'cpd',
    rateCents: 50_000,
    ...overrides,
  };
}
