import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import type { Placement, Section, Site } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { DataTable } from '@renderer/ui/DataTable.tsx';
import { rowActionsColumn } from '@renderer/ui/RowActions.tsx';

interface SiteRow {
  site: Site;
  name: string;
  url: string;
  sections: number;
  placements: number;
}

const column = createColumnHelper<SiteRow>();

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** The publisher's sites, with how many sections and placements each has. */
export function SitesTable(props: {
  sites: Site[];
  sections: Section[];
  placements: Placement[];
  onOpen: (site: Site) => void;
  onDelete: (site: Site) => void;
  actions?: ReactNode;
}) {
  const { t, number } = useI18n();
  const { sites, sections, placements, onOpen, onDelete } = props;

  const rows = useMemo<SiteRow[]>(() => {
    const sectionCounts = countBy(sections, (s) => s.siteId);
    const placementCounts = countBy(placements, (p) => p.siteId);
    return sites.map((s) => ({
      site: s,
      name: s.name,
      url: s.url,
      sections: sectionCounts.get(s.id) ?? 0,
      placements: placementCounts.get(s.id) ?? 0,
    }));
  }, [sites, sections, placements]);

  const columns = useMemo(
    () => [
      column.accessor('name', { header: t('inventory.col.name') }),
      column.accessor('url', {
        header: t('inventory.col.url'),
        cell: (c) => c.getValue() || t('common.none'),
      }),
      column.accessor('sections', {
        header: t('inventory.col.sections'),
        meta: { numeric: true },
        enableGlobalFilter: false,
        cell: (c) => number(c.getValue()),
      }),
      column.accessor('placements', {
        header: t('inventory.col.placements'),
        meta: { numeric: true },
        enableGlobalFilter: false,
        cell: (c) => number(c.getValue()),
      }),
      rowActionsColumn<SiteRow>(
        t('table.actions'),
        (row) => onOpen(row.site),
        (row) => onDelete(row.site),
      ),
    ],
    [t, number, onOpen, onDelete],
  );

  return (
    <DataTable
      label={t('inventory.tab.sites')}
      data={rows}
      columns={columns}
      getRowId={(row) => row.site.id}
      initialSorting={[{ id: 'name', desc: false }]}
      onOpen={(row) => onOpen(row.site)}
      actions={props.actions}
    />
  );
}
