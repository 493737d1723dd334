import { useI18n } from '@renderer/i18n/index.tsx';
import { ConflictCard } from './ConflictCard.tsx';
import { appSyncEngine, useSyncStatus } from './sync-runtime.ts';
import { useUnresolvedConflicts } from './useConflicts.ts';
import './sync.css';

/** Sync's own screen: where it stands, "Sync now", and every conflict waiting for the user. */
export function ConflictsScreen() {
  const { t } = useI18n();
  const conflicts = useUnresolvedConflicts();
  return (
    <div className="screen">
      <header className="screen__header">
        <h1>{t('sync.title')}</h1>
      </header>
      <SyncSummary />
      <section className="sync-conflicts" aria-labelledby="sync-conflicts-title">
        <h2 id="sync-conflicts-title">{t('sync.conflicts.title')}</h2>
        {conflicts === undefined && <p className="muted">{t('common.loading')}</p>}
        {conflicts?.length === 0 && <p className="muted">{t('sync.conflicts.none')}</p>}
        {conflicts !== undefined && conflicts.length > 0 && (
          <>
            <p className="field__hint">{t('sync.conflicts.intro')}</p>
            {conflicts.map((conflict) => (
              <ConflictCard key={conflict.id} conflict={conflict} />
            ))}
          </>
        )}
      </section>
    </div>
  );
}

function SyncSummary() {
  const { t, tc, timestamp } = useI18n();
  const status = useSyncStatus((s) => s);
  return (
    <section className="form-section sync-summary" aria-live="polite">
      <p>
        <strong>{t(`sync.state.${status.state}`)}</strong>{' '}
        {status.lastSyncedAt
          ? t('sync.lastSynced', { time: timestamp(status.lastSyncedAt) })
          : t('sync.neverSynced')}
      </p>
      {status.lastError && status.state !== 'idle' && (
        <p className="sync-summary__error" title={status.lastError.message}>
          {t(`sync.error.${status.lastError.kind}`)}
        </p>
      )}
      <p>{status.pending > 0 ? tc('status.pending', status.pending) : t('sync.savedLocally')}</p>
      {status.invalidRecords > 0 && <p>{tc('sync.invalidRecords', status.invalidRecords)}</p>}
      {status.nextAttemptAt && status.state !== 'idle' && (
        <p className="muted">{t('sync.nextAttempt', { time: timestamp(status.nextAttemptAt) })}</p>
      )}
      <div>
        <button
          type="button"
          className="button"
          disabled={status.state === 'syncing' || status.state === 'disabled'}
          onClick={() => void appSyncEngine().syncNow()}
        >
          {t('sync.now')}
        </button>
      </div>
    </section>
  );
}
