/**
 * Where sync stands, for the UI: a small zustand store the engine writes and screens read.
 * "Connected" means the last requests succeeded; navigator.onLine is only a hint.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SyncErrorKind } from './errors.ts';

/**
 * - `disabled`: sync is off in the settings;
 * - `offline`: the server could not be reached (no network, no answer) — retrying with backoff;
 * - `syncing`: a push and pull is running;
 * - `idle`: the last sync succeeded;
 * - `error`: the server answered but refused (token, request) or something failed locally.
 */
export type SyncState = 'disabled' | 'offline' | 'syncing' | 'idle' | 'error';

export interface SyncErrorInfo {
  kind: SyncErrorKind;
  /** For the log and the details view; the UI translates `kind`. */
  message: string;
  status?: number;
  code?: string;
  /** UTC ISO. */
  at: string;
}

export interface SyncStatus {
  state: SyncState;
  /** Outbox entries waiting to be sent (held ones included). */
  pending: number;
  /** Conflicts not resolved yet. */
  conflicts: number;
  /** The last time a push and pull both succeeded (UTC ISO). */
  lastSyncedAt: string | null;
  lastError: SyncErrorInfo | null;
  /** When the next automatic attempt is due (UTC ISO), null when none is planned. */
  nextAttemptAt: string | null;
  /** Server records the last pull skipped because they did not fit the schema. */
  invalidRecords: number;
}

export type SyncStatusStore = StoreApi<SyncStatus>;

export const INITIAL_STATUS: SyncStatus = {
  state: 'disabled',
  pending: 0,
  conflicts: 0,
  lastSyncedAt: null,
  lastError: null,
  nextAttemptAt: null,
  invalidRecords: 0,
};

export function createSyncStatusStore(initial: Partial<SyncStatus> = {}): SyncStatusStore {
  return createStore<SyncStatus>()(() => ({ ...INITIAL_STATUS, ...initial }));
}

/** The state a failure puts sync in: unreachable is `offline`, anything else `error`. */
export function stateAfter(kind: SyncErrorKind): SyncState {
  return kind === 'network' || kind === 'timeout' ? 'offline' : 'error';
}
