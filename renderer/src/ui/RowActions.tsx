import type { ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { useI18n } from '@renderer/i18n/index.tsx';

const icon = {
  width: 16,
  height: 16,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
} as const;

function PencilIcon() {
  return (
    <svg {...icon}>
      <path d="M12 20h9" />
      <path d="M16.5 3.5a2.1 2.1 0 0 1 3 3L7 19l-4 1 1-4Z" />
    </svg>
  );
}

function TrashIcon() {
  return (
    <svg {...icon}>
      <path d="M3 6h18" />
      <path d="M8 6V4h8v2" />
      <path d="M19 6l-1 14H6L5 6" />
      <path d="M10 11v6M14 11v6" />
    </svg>
  );
}

function ActionButton(props: {
  label: string;
  title: string;
  className?: string;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={props.className ? `button button--ghost ${props.className}` : 'button button--ghost'}
      aria-label={props.label}
      title={props.title}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

/** Edit and Delete buttons at the end of a table row, named after the record for screen readers and tests. */
export function RowActions(props: { name: string; onEdit: () => void; onDelete: () => void }) {
  const { t } = useI18n();
  return (
    <div className="row-actions">
      <ActionButton
        label={t('inventory.editNamed', { name: props.name })}
        title={t('action.edit')}
        onClick={props.onEdit}
      >
        <PencilIcon />
      </ActionButton>
      <ActionButton
        label={t('inventory.deleteNamed', { name: props.name })}
        title={t('action.delete')}
        className="row-actions__delete"
        onClick={props.onDelete}
      >
        <TrashIcon />
      </ActionButton>
    </div>
  );
}

/** The last column of a record table: RowActions for the row's record. */
export function rowActionsColumn<Row extends { name: string }>(
  header: string,
  onEdit: (row: Row) => void,
  onDelete: (row: Row) => void,
): ColumnDef<Row> {
  return {
    id: 'actions',
    header,
    enableHiding: false,
    cell: ({ row }) => (
      <RowActions
        name={row.original.name}
        onEdit={() => onEdit(row.original)}
        onDelete={() => onDelete(row.original)}
      />
    ),
  };
}
