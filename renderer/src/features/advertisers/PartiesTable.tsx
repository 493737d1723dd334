import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import type { Advertiser, Agency, Contact } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { DataTable } from '@renderer/ui/DataTable.tsx';
import { rowActionsColumn } from '@renderer/ui/RowActions.tsx';
import type { PartyKind } from './party-draft.ts';

interface PartyRow {
  party: Advertiser | Agency;
  name: string;
  legalName: string;
  vatNumber: string;
  sales: string;
  traffic: string;
  billing: string;
  commission: number;
  campaigns: number;
}

const column = createColumnHelper<PartyRow>();

/** "Camille Martin · camille@… · 01 23…": a contact on one line (empty when none). */
function contactLine(contact: Contact): string {
  return [contact.name, contact.email, contact.phone].filter((part) => part !== '').join(' · ');
}

/** Advertisers or agencies, with their contacts and how many campaigns they bought. */
export function PartiesTable(props: {
  kind: PartyKind;
  parties: (Advertiser | Agency)[];
  /** Campaigns per advertiser or agency id. */
  campaignCounts: Map<string, number>;
  onOpen: (party: Advertiser | Agency) => void;
  onDelete: (party: Advertiser | Agency) => void;
  empty?: ReactNode;
}) {
  const { t, number, percent } = useI18n();
  const { kind, parties, campaignCounts, onOpen, onDelete } = props;
  const isAgency = kind === 'agencies';

  const rows = useMemo<PartyRow[]>(
    () =>
      parties.map((p) => ({
        party: p,
        name: p.name,
        legalName: p.legalName,
        vatNumber: p.vatNumber,
        sales: contactLine(p.contacts.sales),
        traffic: contactLine(p.contacts.traffic),
        billing: contactLine(p.contacts.billing),
        commission: 'defaultCommissionPct' in p ? p.defaultCommissionPct : 0,
        campaigns: campaignCounts.get(p.id) ?? 0,
      })),
    [parties, campaignCounts],
  );

  const columns = useMemo(() => {
    const text = (value: string) => value || t('common.none');
    return [
      column.accessor('name', { header: t('advertisers.col.name') }),
      column.accessor('legalName', {
        header: t('advertisers.col.legalName'),
        cell: (c) => text(c.getValue()),
      }),
      column.accessor('vatNumber', {
        header: t('advertisers.col.vatNumber'),
        cell: (c) => text(c.getValue()),
      }),
      column.accessor('sales', { header: t('advertisers.col.sales'), cell: (c) => text(c.getValue()) }),
      column.accessor('traffic', { header: t('advertisers.col.traffic'), cell: (c) => text(c.getValue()) }),
      column.accessor('billing', { header: t('advertisers.col.billing'), cell: (c) => text(c.getValue()) }),
      ...(isAgency
        ? [
            column.accessor('commission', {
              header: t('advertisers.col.commission'),
              meta: { numeric: true },
              enableGlobalFilter: false,
              cell: (c) => percent(c.getValue()),
            }),
          ]
        : []),
      column.accessor('campaigns', {
        header: t('advertisers.col.campaigns'),
        meta: { numeric: true },
        enableGlobalFilter: false,
        cell: (c) => number(c.getValue()),
      }),
      rowActionsColumn<PartyRow>(
        t('table.actions'),
        (row) => onOpen(row.party),
        (row) => onDelete(row.party),
      ),
    ];
  }, [t, number, percent, isAgency, onOpen, onDelete]);

  return (
    <DataTable
      label={isAgency ? t('advertisers.tab.agencies') : t('advertisers.tab.advertisers')}
      data={rows}
      columns={columns}
      getRowId={(row) => row.party.id}
      initialSorting={[{ id: 'name', desc: false }]}
      initialVisibility={{ billing: false }}
      onOpen={(row) => onOpen(row.party)}
      empty={props.empty}
    />
  );
}
