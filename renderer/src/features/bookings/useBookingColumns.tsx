/**
 * The columns of a bookings table, shared by the Bookings screen and a campaign's detail.
 * Money is shown in each booking's campaign currency; totals (footer, groups) add up per currency.
 */
import type { ColumnDef, Row } from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import type { IsoDay } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { BookingStatusBadge } from '@renderer/ui/Badge.tsx';
import { netByCurrency, type BookingRow } from './booking-rows.ts';
import { formatVolume, volumeAmount } from './format-booking.ts';
import './bookings.css';

export interface BookingColumnsOptions {
  /** Campaign and advertiser columns (off inside a campaign, where they are the same on every line). */
  withCampaign: boolean;
  /** One "12,50 € CPM" column instead of separate rate model and unit rate (narrow tables). */
  rateWithModel?: boolean;
  today: IsoDay;
  /** Buttons at the end of each row. */
  rowActions?: (row: BookingRow) => ReactNode;
}

const isVoid = (row: BookingRow) => row.booking.status === 'cancelled' || row.booking.status === 'expired';

export function useBookingColumns({
  withCampaign,
  rateWithModel = false,
  today,
  rowActions,
}: BookingColumnsOptions): ColumnDef<BookingRow, unknown>[] {
  const i18n = useI18n();
  return useMemo(() => {
    const { t, day, money } = i18n;
    const totals = (rows: Row<BookingRow>[]) =>
      netByCurrency(
        rows.map((r) => r.original),
        today,
      )
        .map((total) => money(total.netCents, total.currency))
        .join(' · ');

    // A group row's `original` is its first line's, so cells read from it would mislead: by
    // default a group shows nothing but its grouped column and the net total.
    const base = { aggregatedCell: () => null } as const;
    const columns: ColumnDef<BookingRow, unknown>[] = [];
    if (withCampaign) {
      columns.push(
        {
          ...base,
          id: 'campaign',
          header: t('bookings.col.campaign'),
          accessorFn: (row) => row.campaignName,
          cell: ({ row }) => <Clipped text={row.original.campaignName} />,
          filterFn: 'equalsString',
          footer: () => t('table.total'),
        },
        {
          ...base,
          id: 'advertiser',
          header: t('bookings.col.advertiser'),
          accessorFn: (row) => row.advertiserName,
          cell: ({ row }) => <Clipped text={row.original.advertiserName} />,
          filterFn: 'equalsString',
        },
      );
    }
    columns.push(
      {
        ...base,
        id: 'site',
        header: t('bookings.col.site'),
        accessorFn: (row) => row.siteName,
        filterFn: 'equalsString',
      },
      {
        ...base,
        id: 'placement',
        header: t('bookings.col.placement'),
        accessorFn: (row) => row.placementPath,
        cell: ({ row }) => <Clipped text={row.original.placementPath} />,
        ...(withCampaign ? {} : { footer: () => t('table.total') }),
      },
      {
        ...base,
        id: 'format',
        header: t('bookings.col.format'),
        accessorFn: (row) => row.booking.format,
        cell: ({ row }) => t(`format.${row.original.booking.format}`),
        filterFn: 'equalsString',
      },
      {
        ...base,
        id: 'start',
        header: t('bookings.col.start'),
        accessorFn: (row) => row.booking.startDate,
        cell: ({ row }) => day(row.original.booking.startDate),
      },
      {
        ...base,
        id: 'end',
        header: t('bookings.col.end'),
        accessorFn: (row) => row.booking.endDate,
        cell: ({ row }) => day(row.original.booking.endDate),
      },
      {
        ...base,
        id: 'status',
        header: t('bookings.col.status'),
        accessorFn: (row) => row.booking.status,
        cell: ({ row }) => <BookingStatusBadge status={row.original.booking.status} />,
        filterFn: 'equalsString',
      },
      {
        ...base,
        id: 'volume',
        header: t('bookings.col.volume'),
        accessorFn: (row) => formatVolume(row.booking.volume, i18n),
        sortingFn: (a, b) =>
          a.original.booking.volume.kind.localeCompare(b.original.booking.volume.kind) ||
          volumeAmount(a.original.booking.volume) - volumeAmount(b.original.booking.volume),
        meta: { numeric: true },
      },
    );
    if (!rateWithModel) {
      columns.push({
        ...base,
        id: 'rateModel',
        header: t('bookings.col.rateModel'),
        accessorFn: (row) => row.booking.rateModel,
        cell: ({ row }) => t(`rateModel.${row.original.booking.rateModel}`),
      });
    }
    columns.push(
      {
        ...base,
        id: 'rate',
        header: t('bookings.col.rate'),
        accessorFn: (row) => row.booking.rateCents,
        cell: ({ row }) => {
          const rate = money(row.original.booking.rateCents, row.original.currency);
          return rateWithModel ? `${rate} ${t(`rateModel.${row.original.booking.rateModel}`)}` : rate;
        },
        meta: { numeric: true },
      },
      {
        id: 'net',
        header: t('bookings.col.net'),
        accessorFn: (row) => row.price?.netCents ?? 0,
        cell: ({ row }) =>
          row.original.price ? (
            <span className={isVoid(row.original) ? 'booking-void' : undefined}>
              {money(row.original.price.netCents, row.original.currency)}
            </span>
          ) : (
            t('common.none')
          ),
        aggregationFn: () => 0,
        aggregatedCell: ({ row }) => totals(row.getLeafRows().filter((r) => !r.getIsGrouped())),
        footer: ({ table }) => totals(table.getFilteredRowModel().rows),
        meta: { numeric: true },
      },
    );
    if (rowActions) {
      columns.push({
        ...base,
        id: 'actions',
        header: t('table.actions'),
        enableSorting: false,
        enableHiding: false,
        enableGlobalFilter: false,
        cell: ({ row }) => <div className="row-actions">{rowActions(row.original)}</div>,
      });
    }
    return columns;
  }, [i18n, withCampaign, rateWithModel, today, rowActions]);
}

/** Long names are cut to keep the table readable; the full text shows on hover. */
function Clipped({ text }: { text: string }) {
  return (
    <span className="clipped" title={text}>
      {text}
    </span>
  );
}
