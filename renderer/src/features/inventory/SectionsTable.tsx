import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import type { Placement, Section, Site } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { DataTable, filterOptions } from '@renderer/ui/DataTable.tsx';
import { rowActionsColumn } from '@renderer/ui/RowActions.tsx';

interface SectionRow {
  section: Section;
  site: string;
  name: string;
  placements: number;
}

const column = createColumnHelper<SectionRow>();

/** The sections (rubriques) of every site, with how many placements each holds. */
export function SectionsTable(props: {
  sections: Section[];
  sites: Site[];
  placements: Placement[];
  onOpen: (section: Section) => void;
  onDelete: (section: Section) => void;
  actions?: ReactNode;
  empty?: ReactNode;
}) {
  const { t, number } = useI18n();
  const { sections, sites, placements, onOpen, onDelete } = props;

  const rows = useMemo<SectionRow[]>(() => {
    const siteNames = new Map(sites.map((s) => [s.id, s.name]));
    const counts = new Map<string, number>();
    for (const p of placements) counts.set(p.sectionId, (counts.get(p.sectionId) ?? 0) + 1);
    return sections.map((s) => ({
      section: s,
      site: siteNames.get(s.siteId) ?? t('common.none'),
      name: s.name,
      placements: counts.get(s.id) ?? 0,
    }));
  }, [sections, sites, placements, t]);

  const columns = useMemo(
    () => [
      column.accessor('site', { header: t('inventory.col.site'), filterFn: 'equalsString' }),
      column.accessor('name', { header: t('inventory.col.name') }),
      column.accessor('placements', {
        header: t('inventory.col.placements'),
        meta: { numeric: true },
        enableGlobalFilter: false,
        aggregationFn: 'sum',
        cell: (c) => number(c.getValue()),
        aggregatedCell: (c) => number(c.getValue()),
      }),
      rowActionsColumn<SectionRow>(
        t('table.actions'),
        (row) => onOpen(row.section),
        (row) => onDelete(row.section),
      ),
    ],
    [t, number, onOpen, onDelete],
  );

  return (
    <DataTable
      label={t('inventory.tab.sections')}
      data={rows}
      columns={columns}
      getRowId={(row) => row.section.id}
      initialSorting={[
        { id: 'site', desc: false },
        { id: 'name', desc: false },
      ]}
      groupable={[{ columnId: 'site', label: t('inventory.col.site') }]}
      filters={[
        { columnId: 'site', label: t('inventory.col.site'), options: filterOptions(rows.map((r) => r.site)) },
      ]}
      onOpen={(row) => onOpen(row.section)}
      actions={props.actions}
      empty={props.empty}
    />
  );
}
