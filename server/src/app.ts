/**
 * The reference ad server: `startServer` opens the store (PGlite, or PostgreSQL when a
 * `databaseUrl` is given), applies the migrations and serves the API over HTTP.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildOpenApiDocument } from '../../shared/api/openapi.ts';
import { todayIn } from '../../shared/domain/days.ts';
import { createHandler } from './http/handler.ts';
import type { RateLimit } from './http/rate-limit.ts';
import { openDatabase, type Database } from './store/database.ts';
import { migrate } from './store/migrations.ts';

export interface ServerOptions {
  /** 0 or absent: any free port (read it from `url`). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** PostgreSQL; when absent, PGlite. */
  databaseUrl?: string;
  /** PGlite's data directory; with no `databaseUrl` either, an in-memory PGlite. */
  dataDir?: string;
  /** A store already open, which the caller owns: used instead of the two above, never closed here. */
  database?: Database;
  /** Bearer tokens accepted. */
  tokens: string[];
  /** Per-token token bucket; absent: no limit. */
  rateLimit?: { perSecond: number; burst: number };
  /** Today in the publisher's calendar, `YYYY-MM-DD` (option expiry); default: Europe/Paris. */
  today?: () => string;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export const PUBLISHER_TIME_ZONE = 'Europe/Paris';

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  if (options.tokens.length === 0) throw new Error('startServer needs at least one token');
  checkRateLimit(options.rateLimit);
  const owned = options.database === undefined;
  const db =
    options.database ?? (await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir }));
  try {
    await migrate(db);
  } catch (error) {
    if (owned) await db.close();
    throw error;
  }
  const app = {
    db,
    today: options.today ?? (() => todayIn(new Date(), PUBLISHER_TIME_ZONE)),
    openapiJson: JSON.stringify(buildOpenApiDocument()),
    onError: (error: unknown) => console.error('[slotboard-server]', error),
  };
  const server = createServer(createHandler(app, { tokens: options.tokens, rateLimit: options.rateLimit }));
  const host = options.host ?? '127.0.0.1';
  const address = await listen(server, options.port ?? 0, host);
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () => closeServer(server, () => (owned ? db.close() : Promise.resolve())),
  };
}

function checkRateLimit(limit: RateLimit | undefined): void {
  if (limit && !(limit.perSecond > 0 && limit.burst >= 1)) {
    throw new Error('rateLimit needs perSecond > 0 and burst >= 1');
  }
}

/** How long requests in flight may take to finish once the server is stopping. */
const CLOSE_GRACE_MS = 10_000;

/**
 * Stops accepting, lets requests in flight finish, then closes the store. A keep-alive socket
 * goes idle only once its answer is sent, so idle sockets are closed until none is left; past the
 * grace period, the sockets still open (a client that never finishes its request) are cut.
 */
function closeServer(server: Server, closeStore: () => Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
    server.close((error) => {
      clearInterval(sweep);
      clearTimeout(cut);
      if (error) return reject(error);
      closeStore().then(resolve, reject);
    });
    server.closeIdleConnections();
  });
}
