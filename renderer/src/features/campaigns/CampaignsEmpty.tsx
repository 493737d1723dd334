/**
 * No campaign yet: load the demo, or create the first campaign; a campaign is an advertiser's
 * order, so without advertisers the way forward is the Advertisers screen.
 */
import { useNavigation } from '@renderer/app/navigation.ts';
import { LoadDemoButton } from '@renderer/features/demo/LoadDemoButton.tsx';
import { useI18n } from '@renderer/i18n/index.tsx';
import { EmptyState } from '@renderer/ui/EmptyState.tsx';

export function CampaignsEmpty({ hasAdvertisers }: { hasAdvertisers: boolean }) {
  const { t } = useI18n();
  const go = useNavigation((s) => s.go);
  return (
    <EmptyState
      title={t('campaigns.empty.title')}
      body={hasAdvertisers ? t('campaigns.empty.body') : t('campaigns.empty.noAdvertiser')}
    >
      <LoadDemoButton />
      <button
        type="button"
        className={`button ${hasAdvertisers ? 'button--primary' : ''}`}
        onClick={() => go('campaigns', 'new')}
      >
        {t('campaigns.empty.first')}
      </button>
      {!hasAdvertisers && (
        <button type="button" className="button button--primary" onClick={() => go('advertisers')}>
          {t('campaigns.action.goAdvertisers')}
        </button>
      )}
    </EmptyState>
  );
}
