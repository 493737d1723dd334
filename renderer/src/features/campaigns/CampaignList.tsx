/** The campaigns table, its filters and the "New campaign" form. */
import type { ColumnDef, Row } from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { CAMPAIGN_STATUSES } from '@shared/domain/model.ts';
import { useNavigation } from '@renderer/app/navigation.ts';
import { usePlanning } from '@renderer/features/bookings/usePlanning.ts';
import { useToday } from '@renderer/features/bookings/useToday.ts';
import { ExportDialog } from '@renderer/features/insertion-orders/ExportDialog.tsx';
import { useI18n } from '@renderer/i18n/index.tsx';
import { useIoStatuses, type IoStatus } from '@renderer/store/insertion-orders.ts';
import { CampaignStatusBadge } from '@renderer/ui/Badge.tsx';
import { DataTable } from '@renderer/ui/DataTable.tsx';
import { sumByCurrency, type CampaignRow } from './campaign-rows.ts';
import { CampaignForm } from './CampaignForm.tsx';
import { CampaignsEmpty } from './CampaignsEmpty.tsx';
import { useCampaignRows } from './useCampaignRows.ts';

function useCampaignColumns(
  ioStatuses: ReadonlyMap<string, IoStatus> | undefined,
): ColumnDef<CampaignRow, unknown>[] {
  const i18n = useI18n();
  return useMemo(() => {
    const { t, day, money, number } = i18n;
    const netTotals = (rows: Row<CampaignRow>[]) =>
      sumByCurrency(
        rows.map((r) => r.original),
        (totals) => totals.netCents,
      )
        .map((sum) => money(sum.cents, sum.currency))
        .join(' · ');
    return [
      {
        id: 'name',
        header: t('campaigns.col.name'),
        accessorFn: (row) => row.campaign.name,
        cell: ({ row }) => (
          <span className="campaign-name">
            <strong className="clipped" title={row.original.campaign.name}>
              {row.original.campaign.name}
            </strong>
            {/* Its insertion order no longer says what was sold: the one thing to act on. */}
            {ioStatuses?.get(row.original.id)?.outOfDate && (
              <span className="badge badge--io-stale">{t('io.panel.outOfDate')}</span>
            )}
          </span>
        ),
        footer: () => t('table.total'),
      },
      {
        id: 'advertiser',
        header: t('campaigns.col.advertiser'),
        accessorFn: (row) => row.advertiserName,
        filterFn: 'equalsString',
      },
      {
        id: 'agency',
        header: t('campaigns.col.agency'),
        accessorFn: (row) => row.agencyName,
        cell: ({ row }) =>
          row.original.agencyName || <span className="muted">{t('campaigns.directShort')}</span>,
      },
      {
        id: 'status',
        header: t('campaigns.col.status'),
        accessorFn: (row) => row.campaign.status,
        cell: ({ row }) => <CampaignStatusBadge status={row.original.campaign.status} />,
        filterFn: 'equalsString',
      },
      {
        id: 'bookings',
        header: t('campaigns.col.bookings'),
        accessorFn: (row) => row.bookingCount,
        cell: ({ row }) => number(row.original.bookingCount),
        meta: { numeric: true },
      },
      {
        id: 'first',
        header: t('campaigns.col.first'),
        accessorFn: (row) => row.firstDay ?? '',
        cell: ({ row }) => (row.original.firstDay ? day(row.original.firstDay) : t('common.none')),
      },
      {
        id: 'last',
        header: t('campaigns.col.last'),
        accessorFn: (row) => row.lastDay ?? '',
        cell: ({ row }) => (row.original.lastDay ? day(row.original.lastDay) : t('common.none')),
      },
      {
        id: 'net',
        header: t('campaigns.col.net'),
        accessorFn: (row) => row.totals.netCents,
        cell: ({ row }) => money(row.original.totals.netCents, row.original.campaign.currency),
        footer: ({ table }) => netTotals(table.getFilteredRowModel().rows),
        meta: { numeric: true },
      },
    ];
  }, [i18n, ioStatuses]);
}

export function CampaignList({ creating }: { creating: boolean }) {
  const { t } = useI18n();
  const go = useNavigation((s) => s.go);
  const planning = usePlanning();
  const today = useToday();
  // The list shows net amounts only, which do not depend on VAT.
  const rows = useCampaignRows(planning, today, 0);
  const ioStatuses = useIoStatuses();
  const columns = useCampaignColumns(ioStatuses);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [exporting, setExporting] = useState(false);
  const selection = useMemo(
    () => ({
      selected,
      onChange: setSelected,
      rowLabel: (row: CampaignRow) => t('campaigns.select', { name: row.campaign.name }),
      allLabel: t('campaigns.selectAll'),
    }),
    [selected, t],
  );
  // The selected campaigns that still exist, in the table's data order.
  const exportCampaigns = useMemo(
    () => rows.filter((row) => selected.has(row.id)).map((row) => ({ id: row.id, name: row.campaign.name })),
    [rows, selected],
  );

  const filters = useMemo(
    () => [
      {
        columnId: 'status',
        label: t('campaigns.col.status'),
        options: CAMPAIGN_STATUSES.map((s) => ({ value: s, label: t(`campaignStatus.${s}`) })),
      },
      {
        columnId: 'advertiser',
        label: t('campaigns.col.advertiser'),
        options: [...(planning?.advertisers ?? [])]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((a) => ({ value: a.name, label: a.name })),
      },
    ],
    [t, planning?.advertisers],
  );
  const open = useCallback((row: CampaignRow) => go('campaigns', row.id), [go]);
  const close = useCallback(() => go('campaigns'), [go]);
  const created = useCallback((id: string) => go('campaigns', id), [go]);

  return (
    <div className="screen">
      <header className="screen__header">
        <h1>{t('campaigns.title')}</h1>
      </header>
      {!planning ? (
        <p className="muted" aria-busy="true">
          {t('common.loading')}
        </p>
      ) : (
        <div className="campaign-list">
          <DataTable
            label={t('campaigns.title')}
            data={rows}
            columns={columns}
            getRowId={(row) => row.id}
            initialSorting={[{ id: 'first', desc: false }]}
            filters={filters}
            onOpen={open}
            selection={selection}
            actions={
              <>
                <button
                  type="button"
                  className="button"
                  disabled={exportCampaigns.length === 0}
                  onClick={() => setExporting(true)}
                >
                  {t('io.action.export')}
                  {exportCampaigns.length > 0 && ` (${exportCampaigns.length})`}
                </button>
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => go('campaigns', 'new')}
                >
                  {t('campaigns.action.new')}
                </button>
              </>
            }
            empty={<CampaignsEmpty hasAdvertisers={planning.advertisers.length > 0} />}
          />
        </div>
      )}
      {planning && creating && <CampaignForm onClose={close} onSaved={created} />}
      {exporting && (
        <ExportDialog
          campaigns={exportCampaigns}
          onClose={() => setExporting(false)}
          onDone={() => setSelected(new Set())}
        />
      )}
    </div>
  );
}
