/**
 * The sync engine: push then pull, on start, shortly after every local write (debounced), on a
 * timer, when the window comes back online, and when asked ("Sync now"). One run at a time: a
 * request during a run makes it run once more when it ends. Failures are retried with
 * exponential backoff and full jitter; a local write does not cut a backoff short, coming back
 * online does. No React here: the UI reads `status` (a zustand store).
 */
import { liveQuery } from 'dexie';
import type { SlotboardDb } from '@renderer/store/db.ts';
import { outboxWatch } from '@renderer/store/outbox-watch.ts';
import { createApiClient } from './api-client.ts';
import { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.ts';
import { UNRESOLVED } from './conflict-records.ts';
import { SyncError, toSyncError } from './errors.ts';
import { pullChanges } from './pull.ts';
import { pushOutbox } from './push.ts';
import { createSyncStatusStore, stateAfter, type SyncStatus, type SyncStatusStore } from './status.ts';

export interface SyncConfig {
  /** The server's base URL, without `/v1`. */
  serverUrl: string;
  token: string;
}

/** Sync switched off, switched on without what it needs, or ready. */
export type SyncSetup =
  { kind: 'off' } | { kind: 'missing'; what: 'url' | 'token' } | { kind: 'ready'; config: SyncConfig };

/** Time, injectable so tests drive it. */
export interface Clock {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Where `online` events come from (the window); null in tests that fire nothing. */
export interface OnlineEvents {
  addEventListener: (type: 'online', listener: () => void) => void;
  removeEventListener: (type: 'online', listener: () => void) => void;
}

export interface SyncEngineOptions {
  db: SlotboardDb;
  /** Read before every run: the settings and the token may change at any time. */
  loadSetup: () => Promise<SyncSetup>;
  fetch?: typeof fetch;
  clock?: Clock;
  random?: () => number;
  status?: SyncStatusStore;
  /** After a local write; default 1 s. */
  debounceMs?: number;
  /** Between runs while all is well; default 30 s. */
  intervalMs?: number;
  backoff?: BackoffPolicy;
  /** Per request; default 30 s. */
  timeoutMs?: number;
  events?: OnlineEvents | null;
}

export interface SyncEngine {
  readonly status: SyncStatusStore;
  /** Starts watching the outbox, the timer and the network; runs at once. */
  start: () => void;
  stop: () => void;
  /** Runs now (or once more right after the run in progress); resolves when that run is done. */
  syncNow: () => Promise<void>;
}

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, loadSetup } = options;
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const status = options.status ?? createSyncStatusStore();
  const debounceMs = options.debounceMs ?? 1000;
  const intervalMs = options.intervalMs ?? 30_000;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const events = options.events === undefined ? defaultEvents() : options.events;
  const isoNow = () => new Date(clock.now()).toISOString();
  const update = (patch: Partial<SyncStatus>) => status.setState(patch);

  let started = false;
  let timer: unknown = null;
  let dueAt = Infinity;
  /** Failures in a row; > 0 while backing off. */
  let failures = 0;
  let inFlight: Promise<void> | null = null;
  let runAgain = false;
  let lastSeq = 0;
  const subscriptions: { unsubscribe: () => void }[] = [];

  function scheduleIn(ms: number): void {
    if (!started) return;
    if (timer !== null) clock.clearTimeout(timer);
    dueAt = clock.now() + ms;
    timer = clock.setTimeout(() => {
      timer = null;
      dueAt = Infinity;
      void run();
    }, ms);
    update({ nextAttemptAt: new Date(dueAt).toISOString() });
  }

  function run(): Promise<void> {
    if (inFlight) {
      runAgain = true;
      return inFlight;
    }
    inFlight = (async () => {
      do {
        runAgain = false;
        await runOnce();
      } while (runAgain);
    })().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  async function runOnce(): Promise<void> {
    let setup: SyncSetup;
    try {
      setup = await loadSetup();
    } catch (error) {
      return failed(toSyncError(error));
    }
    if (setup.kind === 'off') {
      update({ state: 'disabled', lastError: null, nextAttemptAt: null });
      return;
    }
    if (setup.kind === 'missing') {
      return failed(new SyncError('not_configured', `Sync is on but has no ${setup.what}`));
    }
    update({ state: 'syncing' });
    try {
      const { serverUrl, token } = setup.config;
      const client = createApiClient({
        baseUrl: serverUrl,
        token,
        fetch: options.fetch,
        timeoutMs: options.timeoutMs,
      });
      await pushOutbox(db, client, isoNow);
      const pulled = await pullChanges(db, client, serverUrl);
      if (pulled.invalid.length > 0)
        console.warn('Sync skipped invalid records from the server', pulled.invalid);
      failures = 0;
      update({
        state: 'idle',
        lastSyncedAt: isoNow(),
        lastError: null,
        invalidRecords: pulled.invalid.length,
      });
      scheduleIn(intervalMs);
    } catch (error) {
      failed(toSyncError(error));
    }
  }

  function failed(error: SyncError): void {
    failures += 1;
    const { status: httpStatus, code, retryAfterMs } = error.details;
    update({
      state: stateAfter(error.kind),
      lastError: { kind: error.kind, message: error.message, status: httpStatus, code, at: isoNow() },
    });
    scheduleIn(error.retryable ? backoffDelay(failures - 1, random, backoff, retryAfterMs) : intervalMs);
  }

  /** A local write: sync soon, unless a backoff is running (a write does not fix the network). */
  function onLocalWrite(): void {
    if (!started || failures > 0) return;
    if (dueAt > clock.now() + debounceMs) scheduleIn(debounceMs);
  }

  function onOnline(): void {
    failures = 0;
    void run();
  }

  function watch(): void {
    const outbox = outboxWatch(db);
    const unwatch = outbox.subscribe(() => {
      const state = outbox.current();
      if (!state) return;
      update({ pending: state.count });
      if (state.newestSeq > lastSeq) {
        if (lastSeq > 0 || state.count > 0) onLocalWrite();
        lastSeq = state.newestSeq;
      }
    });
    subscriptions.push({ unsubscribe: unwatch });
    const conflicts = liveQuery(() =>
      db.conflicts
        .where('status')
        .anyOf([...UNRESOLVED])
        .count(),
    );
    subscriptions.push(
      conflicts.subscribe({
        next: (count) => update({ conflicts: count }),
        error: (error: unknown) => console.error('Sync cannot watch the conflicts', error),
      }),
    );
  }

  return {
    status,
    start: () => {
      if (started) return;
      started = true;
      watch();
      events?.addEventListener('online', onOnline);
      void run();
    },
    stop: () => {
      started = false;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      dueAt = Infinity;
      for (const subscription of subscriptions.splice(0)) subscription.unsubscribe();
      events?.removeEventListener('online', onOnline);
      update({ nextAttemptAt: null });
    },
    syncNow: () => {
      failures = 0;
      return run();
    },
  };
}

function defaultEvents(): OnlineEvents | null {
  return typeof window === 'undefined' ? null : window;
}
