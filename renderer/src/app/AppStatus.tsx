import { useI18n } from '@renderer/i18n/index.tsx';
import { useOutboxCount } from '@renderer/store/hooks.ts';
import { useOnline } from './App.tsx';

/** Where the user's work stands: saved locally, how many changes wait for the ad server. */
export function AppStatus() {
  const { t, tc } = useI18n();
  const pending = useOutboxCount() ?? 0;
  // navigator.onLine is only a hint; the sync engine will report real reachability.
  const online = useOnline();
  return (
    <div className="sidebar__footer" role="status" aria-live="polite" data-testid="app-status">
      <span>{online ? t('status.online') : t('status.offline')}</span>
      <span>{pending > 0 ? tc('status.pending', pending) : t('status.allSaved')}</span>
    </div>
  );
}
