import { createColumnHelper, type CellContext } from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import type { Placement, Section, Site } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { DataTable, filterOptions } from '@renderer/ui/DataTable.tsx';
import { capacityAmount, capacityLabel, rateCardLabel } from './capacity-label.ts';
import { rowActionsColumn } from '@renderer/ui/RowActions.tsx';

interface PlacementRow {
  placement: Placement;
  site: string;
  section: string;
  name: string;
  formats: string;
  soldAs: string;
  capacity: number;
  capacityLabel: string;
  rateCard: string;
  ctr: number;
}

const column = createColumnHelper<PlacementRow>();

/** Long text cut at the column's width, shown in full in its tooltip. */
function clipped(className: string) {
  return (c: CellContext<PlacementRow, string>) => (
    <span className={className} title={c.getValue()}>
      {c.getValue()}
    </span>
  );
}

/** Every placement with its site and section, formats, capacity and rate card. */
export function PlacementsTable(props: {
  placements: Placement[];
  sites: Site[];
  sections: Section[];
  onOpen: (placement: Placement) => void;
  onDelete: (placement: Placement) => void;
  actions?: ReactNode;
  empty?: ReactNode;
}) {
  const i18n = useI18n();
  const { t, percent } = i18n;
  const { placements, sites, sections, onOpen, onDelete } = props;

  const rows = useMemo<PlacementRow[]>(() => {
    const siteNames = new Map(sites.map((s) => [s.id, s.name]));
    const sectionNames = new Map(sections.map((s) => [s.id, s.name]));
    return placements.map((p) => ({
      placement: p,
      site: siteNames.get(p.siteId) ?? t('common.none'),
      section: sectionNames.get(p.sectionId) ?? t('common.none'),
      name: p.name,
      formats: p.formats.map((f) => t(`format.${f}`)).join(', '),
      soldAs: t(`capacity.${p.capacity.kind}`),
      capacity: capacityAmount(p.capacity),
      capacityLabel: capacityLabel(p.capacity, i18n),
      rateCard: rateCardLabel(p.rateCard, i18n),
      ctr: p.expectedCtrPct,
    }));
  }, [placements, sites, sections, t, i18n]);

  const columns = useMemo(
    () => [
      column.accessor('site', { header: t('inventory.col.site'), filterFn: 'equalsString' }),
      column.accessor('section', { header: t('inventory.col.section'), filterFn: 'equalsString' }),
      column.accessor('name', {
        header: t('inventory.col.name'),
        cell: clipped('cell-clip cell-clip--wide'),
      }),
      column.accessor('formats', {
        header: t('inventory.col.formats'),
        enableGrouping: false,
        cell: clipped('cell-clip'),
      }),
      column.accessor('soldAs', { header: t('inventory.col.soldAs'), filterFn: 'equalsString' }),
      column.accessor('capacity', {
        header: t('inventory.col.capacity'),
        meta: { numeric: true },
        enableGlobalFilter: false,
        cell: (c) => c.row.original.capacityLabel,
      }),
      column.accessor('rateCard', {
        header: t('inventory.col.rateCard'),
        enableSorting: false,
        cell: clipped('cell-clip'),
      }),
      column.accessor('ctr', {
        header: t('inventory.col.ctr'),
        meta: { numeric: true },
        enableGlobalFilter: false,
        cell: (c) =>
          c.row.original.placement.capacity.kind === 'impressions' ? percent(c.getValue()) : t('common.none'),
      }),
      rowActionsColumn<PlacementRow>(
        t('table.actions'),
        (row) => onOpen(row.placement),
        (row) => onDelete(row.placement),
      ),
    ],
    [t, percent, onOpen, onDelete],
  );

  return (
    <DataTable
      label={t('inventory.tab.placements')}
      data={rows}
      columns={columns}
      getRowId={(row) => row.placement.id}
      initialVisibility={{ soldAs: false, ctr: false }}
      initialSorting={[
        { id: 'site', desc: false },
        { id: 'section', desc: false },
        { id: 'name', desc: false },
      ]}
      groupable={[
        { columnId: 'site', label: t('inventory.col.site') },
        { columnId: 'section', label: t('inventory.col.section') },
        { columnId: 'soldAs', label: t('inventory.col.soldAs') },
      ]}
      filters={[
        { columnId: 'site', label: t('inventory.col.site'), options: filterOptions(rows.map((r) => r.site)) },
        {
          columnId: 'soldAs',
          label: t('inventory.col.soldAs'),
          options: filterOptions(rows.map((r) => r.soldAs)),
        },
      ]}
      onOpen={(row) => onOpen(row.placement)}
      actions={props.actions}
      empty={props.empty}
    />
  );
}
