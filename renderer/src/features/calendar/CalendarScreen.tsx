import { useI18n } from '@renderer/i18n/index.tsx';
import { EmptyState } from '@renderer/ui/EmptyState.tsx';

/** Placeholder until the occupancy grid lands (its own issue). */
export function CalendarScreen() {
  const { t } = useI18n();
  return (
    <div className="screen">
      <header className="screen__header">
        <h1>{t('calendar.title')}</h1>
      </header>
      <EmptyState title={t('calendar.title')} body={t('calendar.comingSoon')} />
    </div>
  );
}
