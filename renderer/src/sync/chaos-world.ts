/**
 * The world of the sync chaos test (sync.chaos.test.ts): the reference server and the fault
 * proxies (Node code, imported at run time), the planners behind them, and what each one saw.
 */
import type { BatchResponse, Operation } from '@shared/api/contract.ts';
import type { Placement } from '@shared/domain/model.ts';
import type { Command, OutboxEntry } from '@renderer/store/command-types.ts';
import { execute } from '@renderer/store/commands.ts';
import type { SlotboardDb } from '@renderer/store/db.ts';
import { freshDb } from '@renderer/store/test-fixtures.ts';
import type { Observed } from './chaos-checks.ts';
import { createSyncEngine, type SyncEngine } from './engine.ts';
import { readCursor } from './pull.ts';

// ───────────── the server and the proxies, imported at run time (Node code, outside this type project)

interface RestartableServer {
  url: string;
  restart: () => Promise<void>;
  close: () => Promise<void>;
}
type StartServer = (options: { tokens: string[]; today?: () => string }) => Promise<RestartableServer>;
type FaultName = 'drop_request' | 'drop_response' | 'duplicate' | 'delay' | 'server_error' | 'rate_limited';
interface FaultProxy {
  url: string;
  injected: Readonly<Record<FaultName | 'offline', number>>;
  forwarded: number;
  setTarget: (target: string) => void;
  setFaultRate: (rate: number) => void;
  setOffline: (offline: boolean) => void;
  close: () => Promise<void>;
}
type StartFaultProxy = (options: {
  target: string;
  faultRate: number;
  random: () => number;
  maxDelayMs?: number;
}) => Promise<FaultProxy>;

const SERVER_MODULE = '../../../server/test/restartable-server.ts';
const PROXY_MODULE = '../../../server/test/fault-proxy.ts';

export async function serverModules() {
  const { startRestartableServer: startServer } = (await import(/* @vite-ignore */ SERVER_MODULE)) as {
    startRestartableServer: StartServer;
  };
  const { startFaultProxy } = (await import(/* @vite-ignore */ PROXY_MODULE)) as {
    startFaultProxy: StartFaultProxy;
  };
  return { startServer, startFaultProxy };
}

// ───────────── the world of one run

export const TOKEN = 'chaos-token-0123456789abcdef';
export const TODAY = '2026-03-01';
export const FIRST_DAY = '2026-03-02';
export const DAYS = 28;
export const CLIENTS = 3;
export const FAULT_RATE = 0.35;
/** `CHAOS_SEED=<seed> CHAOS_PATH=<path> npx vitest run sync.chaos` replays the run a failure printed. */
export const rerun =
  import.meta.env.CHAOS_SEED === undefined
    ? undefined
    : { seed: Number(import.meta.env.CHAOS_SEED), path: String(import.meta.env.CHAOS_PATH ?? '0') };
/** Slots per day of each placement: small, so planners fight over them. */
export const PLACEMENT_SLOTS = [1, 1, 2];

/** What one planner sent and was told, seen from its side of the proxy. */

export interface Planner {
  db: SlotboardDb;
  engine: SyncEngine;
  proxy: FaultProxy;
  observed: Observed;
  /** Mutation ids of every outbox entry its commands wrote. */
  queued: Map<string, OutboxEntry>;
  lastSeq: number;
}

/** A fetch that notes every batch answer the planner actually received. */
function observingFetch(observed: Observed): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.endsWith('/v1/batch') && response.ok && typeof init?.body === 'string') {
      const { operations } = JSON.parse(init.body) as { operations: Operation[] };
      const { results } = (await response.clone().json()) as BatchResponse;
      results.forEach((result, i) => {
        const operation = operations[i];
        if (operation && result.status < 300 && !observed.accepted.has(result.key))
          observed.accepted.set(result.key, { operation, status: result.status });
      });
    }
    return response;
  };
}

export class World {
  server!: RestartableServer;
  planners: Planner[] = [];
  placements: Placement[] = [];
  campaignId = '';
  restarts = 0;
  operations = 0;

  constructor(
    private readonly modules: Awaited<ReturnType<typeof serverModules>>,
    private readonly random: () => number,
  ) {}

  async start(): Promise<void> {
    this.server = await this.modules.startServer({ tokens: [TOKEN], today: () => TODAY });
    for (let i = 0; i < CLIENTS; i++) this.planners.push(await this.planner());
  }

  private async planner(): Promise<Planner> {
    const db = freshDb('chaos');
    const proxy = await this.modules.startFaultProxy({
      target: this.server.url,
      faultRate: 0,
      random: this.random,
      maxDelayMs: 30,
    });
    const observed: Observed = { accepted: new Map(), cursors: [] };
    const engine = createSyncEngine({
      db,
      loadSetup: () => Promise.resolve({ kind: 'ready', config: { serverUrl: proxy.url, token: TOKEN } }),
      fetch: observingFetch(observed),
      events: null,
      timeoutMs: 10_000,
    });
    return { db, engine, proxy, observed, queued: new Map(), lastSeq: 0 };
  }

  /** A command on one planner; the mutation ids it queued are remembered. */
  async run(planner: Planner, command: Command): Promise<boolean> {
    const result = await execute(planner.db, command);
    if (!result.ok) return false;
    const entries = await planner.db.outbox.where('seq').above(planner.lastSeq).toArray();
    for (const entry of entries) {
      planner.queued.set(entry.mutationId, entry);
      planner.lastSeq = Math.max(planner.lastSeq, entry.seq ?? 0);
    }
    return true;
  }

  async sync(planner: Planner): Promise<void> {
    await planner.engine.syncNow();
    const cursor = await readCursor(planner.db, planner.proxy.url);
    if (cursor !== null) planner.observed.cursors.push(cursor);
  }

  /** The server goes down and comes back on the same data, while `during` is under way. */
  async restartDuring(during: Promise<void>): Promise<void> {
    await this.server.restart();
    for (const planner of this.planners) planner.proxy.setTarget(this.server.url);
    this.restarts += 1;
    await during;
  }

  async stop(): Promise<void> {
    for (const planner of this.planners) {
      planner.engine.stop();
      await planner.proxy.close();
      planner.db.close();
    }
    await this.server.close();
  }

  faults(): Record<string, number> {
    const total: Record<string, number> = {};
    for (const planner of this.planners)
      for (const [name, count] of Object.entries(planner.proxy.injected))
        total[name] = (total[name] ?? 0) + count;
    return total;
  }
}
