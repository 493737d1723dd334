/** No booking yet: load the demo, or start with a booking (or with a campaign, which comes first). */
import { useNavigation } from '@renderer/app/navigation.ts';
import { LoadDemoButton } from '@renderer/features/demo/LoadDemoButton.tsx';
import { useI18n } from '@renderer/i18n/index.tsx';
import { EmptyState } from '@renderer/ui/EmptyState.tsx';

export function BookingsEmpty({ hasCampaigns, onNew }: { hasCampaigns: boolean; onNew: () => void }) {
  const { t } = useI18n();
  const go = useNavigation((s) => s.go);
  return (
    <EmptyState
      title={t('bookings.empty.title')}
      body={hasCampaigns ? t('bookings.empty.body') : t('bookings.empty.bodyNoCampaign')}
    >
      <LoadDemoButton />
      {hasCampaigns ? (
        <button type="button" className="button button--primary" onClick={onNew}>
          {t('bookings.empty.first')}
        </button>
      ) : (
        <button type="button" className="button button--primary" onClick={() => go('campaigns', 'new')}>
          {t('campaigns.empty.first')}
        </button>
      )}
    </EmptyState>
  );
}
