/**
 * Every booking of every campaign in one virtualised table, groupable by campaign or placement,
 * filtered by status, site and format. `#/bookings/new` opens a new booking (the native menu's
 * "New booking"), `#/bookings/<id>` opens one.
 */
import { useCallback, useMemo } from 'react';
import { BOOKING_STATUSES, FORMATS } from '@shared/domain/model.ts';
import { useNavigation } from '@renderer/app/navigation.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { DataTable } from '@renderer/ui/DataTable.tsx';
import { buildBookingRows, type BookingRow } from './booking-rows.ts';
import { BookingForm } from './BookingForm.tsx';
import { BookingsEmpty } from './BookingsEmpty.tsx';
import { useBookingColumns } from './useBookingColumns.tsx';
import { usePlanning } from './usePlanning.ts';
import { useToday } from './useToday.ts';
import './bookings.css';

export function BookingsScreen({ openId }: { openId?: string }) {
  const { t } = useI18n();
  const go = useNavigation((s) => s.go);
  const planning = usePlanning();
  const today = useToday();
  const columns = useBookingColumns({ withCampaign: true, today });

  const rows = useMemo(() => (planning ? buildBookingRows(planning) : []), [planning]);
  const filters = useMemo(
    () => [
      {
        columnId: 'status',
        label: t('bookings.col.status'),
        options: BOOKING_STATUSES.map((s) => ({ value: s, label: t(`bookingStatus.${s}`) })),
      },
      {
        columnId: 'site',
        label: t('bookings.col.site'),
        options: [...(planning?.sites ?? [])]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((s) => ({ value: s.name, label: s.name })),
      },
      {
        columnId: 'format',
        label: t('bookings.col.format'),
        options: FORMATS.map((f) => ({ value: f, label: t(`format.${f}`) })),
      },
    ],
    [t, planning?.sites],
  );
  const open = useCallback((row: BookingRow) => go('bookings', row.id), [go]);
  const close = useCallback(() => go('bookings'), [go]);

  const editing = openId && openId !== 'new' ? planning?.bookings.find((b) => b.id === openId) : undefined;

  return (
    <div className="screen">
      <header className="screen__header">
        <h1>{t('bookings.title')}</h1>
      </header>
      {!planning ? (
        <p className="muted" aria-busy="true">
          {t('common.loading')}
        </p>
      ) : (
        <DataTable
          label={t('bookings.title')}
          data={rows}
          columns={columns}
          getRowId={(row) => row.id}
          initialSorting={[{ id: 'start', desc: false }]}
          initialVisibility={{ site: false, advertiser: false, format: false, rateModel: false }}
          groupable={[
            { columnId: 'campaign', label: t('bookings.col.campaign') },
            { columnId: 'placement', label: t('bookings.col.placement') },
          ]}
          filters={filters}
          onOpen={open}
          actions={
            <button type="button" className="button button--primary" onClick={() => go('bookings', 'new')}>
              {t('bookings.action.new')}
            </button>
          }
          empty={
            <BookingsEmpty hasCampaigns={planning.campaigns.length > 0} onNew={() => go('bookings', 'new')} />
          }
        />
      )}
      {planning && openId === 'new' && <BookingForm onClose={close} />}
      {editing && <BookingForm key={editing.id} booking={editing} onClose={close} />}
    </div>
  );
}
