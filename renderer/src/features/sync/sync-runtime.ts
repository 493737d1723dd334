/**
 * The app's one sync engine, on the app database: its setup comes from the settings (server URL,
 * on/off) and the host's secrets (the token), read before every run so a change applies at once.
 */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { host } from '@renderer/host/index.ts';
import { db } from '@renderer/store/db.ts';
import { loadSettings } from '@renderer/store/settings.ts';
import { createSyncEngine, type SyncEngine, type SyncSetup } from '@renderer/sync/engine.ts';
import { createSyncStatusStore, type SyncStatus } from '@renderer/sync/status.ts';

/** The host secret holding the ad server's access token. */
export const SYNC_TOKEN_KEY = 'sync.token';

export const syncStatus = createSyncStatusStore();

async function loadAppSetup(): Promise<SyncSetup> {
  const { sync } = await loadSettings(db);
  if (!sync.enabled) return { kind: 'off' };
  if (sync.serverUrl === '') return { kind: 'missing', what: 'url' };
  const token = (await host.getSecret(SYNC_TOKEN_KEY)).value;
  if (!token) return { kind: 'missing', what: 'token' };
  return { kind: 'ready', config: { serverUrl: sync.serverUrl, token } };
}

let engine: SyncEngine | null = null;

/** The app's engine, made on first use. */
export function appSyncEngine(): SyncEngine {
  engine ??= createSyncEngine({ db, loadSetup: loadAppSetup, status: syncStatus });
  return engine;
}

/** Runs the app's sync while the shell is mounted. */
export function useSyncEngine(): void {
  useEffect(() => {
    const running = appSyncEngine();
    running.start();
    return () => running.stop();
  }, []);
}

export function useSyncStatus<T>(select: (status: SyncStatus) => T): T {
  return useStore(syncStatus, select);
}
