import type { BookingStatus, CampaignStatus } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';

export function BookingStatusBadge({ status }: { status: BookingStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge--${status}`}>{t(`bookingStatus.${status}`)}</span>;
}

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge--campaign-${status}`}>{t(`campaignStatus.${status}`)}</span>;
}
