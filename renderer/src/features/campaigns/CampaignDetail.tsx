/**
 * One campaign: its parties and status, its booking lines and its totals. Lines are added,
 * edited, confirmed and cancelled from here; the campaign itself is edited or deleted (with its
 * lines, after a confirmation: undo brings everything back).
 */
import { useCallback, useMemo, useState } from 'react';
import type { Booking, Campaign } from '@shared/domain/model.ts';
import { useNavigation } from '@renderer/app/navigation.ts';
import { buildBookingRows, type BookingRow } from '@renderer/features/bookings/booking-rows.ts';
import { BookingForm } from '@renderer/features/bookings/BookingForm.tsx';
import { useBookingActions } from '@renderer/features/bookings/useBookingActions.tsx';
import { useBookingColumns } from '@renderer/features/bookings/useBookingColumns.tsx';
import { IoPanel } from '@renderer/features/insertion-orders/IoPanel.tsx';
import { usePlanning, type Planning } from '@renderer/features/bookings/usePlanning.ts';
import { useToday } from '@renderer/features/bookings/useToday.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { useSettings } from '@renderer/store/hooks.ts';
import { CampaignStatusBadge } from '@renderer/ui/Badge.tsx';
import { DataTable } from '@renderer/ui/DataTable.tsx';
import { EmptyState } from '@renderer/ui/EmptyState.tsx';
import { totalsOf } from './campaign-rows.ts';
import { CampaignForm } from './CampaignForm.tsx';
import { CampaignTotalsPanel } from './CampaignTotalsPanel.tsx';
import { DeleteCampaignDialog } from './DeleteCampaignDialog.tsx';
import { IconButton } from './IconButton.tsx';

export function CampaignDetail({ campaignId }: { campaignId: string }) {
  const { t } = useI18n();
  const go = useNavigation((s) => s.go);
  const planning = usePlanning();
  const campaign = planning?.campaignById.get(campaignId);

  if (!planning) {
    return (
      <div className="screen">
        <p className="muted" aria-busy="true">
          {t('common.loading')}
        </p>
      </div>
    );
  }
  if (!campaign) {
    return (
      <div className="screen">
        <EmptyState title={t('campaigns.notFound')}>
          <button type="button" className="button" onClick={() => go('campaigns')}>
            {t('campaigns.action.back')}
          </button>
        </EmptyState>
      </div>
    );
  }
  return <CampaignDetailBody campaign={campaign} planning={planning} />;
}

type Editing =
  { kind: 'campaign' } | { kind: 'newBooking' } | { kind: 'booking'; booking: Booking } | { kind: 'delete' };

function CampaignDetailBody({ campaign, planning }: { campaign: Campaign; planning: Planning }) {
  const i18n = useI18n();
  const { t, percent } = i18n;
  const go = useNavigation((s) => s.go);
  const today = useToday();
  const settings = useSettings();
  const [editing, setEditing] = useState<Editing | null>(null);
  const close = useCallback(() => setEditing(null), []);

  const rows = useMemo(
    () =>
      buildBookingRows({
        ...planning,
        bookings: planning.bookings.filter((b) => b.campaignId === campaign.id),
      }),
    [planning, campaign.id],
  );
  const actions = useBookingActions({
    placementById: planning.placementById,
    bookings: planning.bookings,
    today,
  });
  const { confirmOption, cancelBooking } = actions;

  const rowActions = useCallback(
    (row: BookingRow) => {
      const b = row.booking;
      const live = b.status === 'option' || b.status === 'confirmed';
      return (
        <>
          <IconButton label={t('action.edit')} onClick={() => setEditing({ kind: 'booking', booking: b })}>
            ✎
          </IconButton>
          {b.status === 'option' && (
            <IconButton
              label={t('bookings.action.confirmOption')}
              tone="confirm"
              onClick={() => confirmOption(b)}
            >
              ✓
            </IconButton>
          )}
          {live && (
            <IconButton
              label={t('bookings.action.cancelBooking')}
              tone="danger"
              onClick={() => cancelBooking(b)}
            >
              ✕
            </IconButton>
          )}
        </>
      );
    },
    [t, confirmOption, cancelBooking],
  );
  const columns = useBookingColumns({ withCampaign: false, rateWithModel: true, today, rowActions });

  const advertiser = planning.advertiserById.get(campaign.advertiserId);
  const agency = campaign.agencyId ? planning.agencyById.get(campaign.agencyId) : undefined;
  const totals = settings ? totalsOf(campaign, rows, today, settings.defaultVatPct) : null;

  return (
    <div className="screen">
      <header className="screen__header campaign-header">
        <button type="button" className="button button--ghost" onClick={() => go('campaigns')}>
          ← {t('campaigns.title')}
        </button>
        <div className="campaign-header__title">
          <h1>{campaign.name}</h1>
          <CampaignStatusBadge status={campaign.status} />
        </div>
        <div className="campaign-header__actions">
          <button type="button" className="button" onClick={() => setEditing({ kind: 'campaign' })}>
            {t('campaigns.action.edit')}
          </button>
          <button
            type="button"
            className="button button--danger-ghost"
            onClick={() => setEditing({ kind: 'delete' })}
          >
            {t('campaigns.action.delete')}
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => setEditing({ kind: 'newBooking' })}
          >
            {t('bookings.action.new')}
          </button>
        </div>
      </header>
      <div className="campaign-summary">
        <dl className="campaign-parties" aria-label={t('campaigns.parties')}>
          <div>
            <dt>{t('campaigns.col.advertiser')}</dt>
            <dd>{advertiser?.name ?? t('common.none')}</dd>
          </div>
          <div>
            <dt>{t('campaigns.col.agency')}</dt>
            <dd>
              {agency
                ? t('campaigns.agencyWithCommission', {
                    agency: agency.name,
                    pct: percent(campaign.agencyCommissionPct),
                  })
                : t('campaigns.direct')}
            </dd>
          </div>
          <div>
            <dt>{t('campaigns.form.currency')}</dt>
            <dd>{campaign.currency}</dd>
          </div>
          {campaign.notes && (
            <div className="campaign-parties__notes">
              <dt>{t('campaigns.form.notes')}</dt>
              <dd>{campaign.notes}</dd>
            </div>
          )}
        </dl>
        {totals && (
          <CampaignTotalsPanel
            totals={totals}
            currency={campaign.currency}
            commissionPct={campaign.agencyCommissionPct}
            vatPct={settings?.defaultVatPct ?? 0}
          />
        )}
      </div>
      <IoPanel campaignId={campaign.id} />
      <div className="campaign-bookings">
        <DataTable
          label={t('campaigns.bookingsOf', { name: campaign.name })}
          data={rows}
          columns={columns}
          getRowId={(row) => row.id}
          initialSorting={[{ id: 'start', desc: false }]}
          initialVisibility={{ site: false }}
          onOpen={(row) => setEditing({ kind: 'booking', booking: row.booking })}
          empty={
            <EmptyState title={t('campaigns.noBookings.title')} body={t('campaigns.noBookings.body')}>
              <button
                type="button"
                className="button button--primary"
                onClick={() => setEditing({ kind: 'newBooking' })}
              >
                {t('bookings.empty.first')}
              </button>
            </EmptyState>
          }
        />
      </div>
      {editing?.kind === 'campaign' && <CampaignForm campaign={campaign} onClose={close} />}
      {editing?.kind === 'newBooking' && <BookingForm preset={{ campaignId: campaign.id }} onClose={close} />}
      {editing?.kind === 'booking' && (
        <BookingForm key={editing.booking.id} booking={editing.booking} onClose={close} />
      )}
      {editing?.kind === 'delete' && (
        <DeleteCampaignDialog
          campaign={campaign}
          bookingCount={rows.length}
          onCancel={close}
          onDeleted={() => go('campaigns')}
        />
      )}
      {actions.dialog}
    </div>
  );
}
