import './sync.css';
import { useNavigation } from '@renderer/app/navigation.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { useSyncStatus } from './sync-runtime.ts';

/**
 * The sidebar's sync status: connection (offline, syncing, synced, errors), changes waiting, last
 * sync, and a way to the conflicts. "Connected" is what the last requests said, not navigator.onLine.
 */
export function SyncStatus() {
  const { t, tc, timestamp } = useI18n();
  const status = useSyncStatus((s) => s);
  const go = useNavigation((s) => s.go);
  return (
    <div className="sidebar__footer" role="status" aria-live="polite" data-testid="app-status">
      <span data-sync-state={status.state}>{t(`sync.state.${status.state}`)}</span>
      {status.state === 'error' && status.lastError && (
        <span>{t(`sync.error.${status.lastError.kind}`)}</span>
      )}
      <span>{status.pending > 0 ? tc('status.pending', status.pending) : t('status.allSaved')}</span>
      {status.lastSyncedAt && <span>{t('sync.lastSynced', { time: timestamp(status.lastSyncedAt) })}</span>}
      {status.conflicts > 0 && (
        <button type="button" className="sidebar__conflicts" onClick={() => go('conflicts')}>
          {tc('sync.conflicts', status.conflicts)}
        </button>
      )}
    </div>
  );
}
