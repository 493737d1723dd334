import { useI18n } from '@renderer/i18n/index.tsx';

const icon = { width: 16, height: 16, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true } as const;

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

/** Edit and Delete buttons at the end of a table row, named after the record for screen readers and tests. */
export function RowActions(props: { name: string; onEdit: () => void; onDelete: () => void }) {
  const { t } = useI18n();
  return (
    <div className="row-actions">
      <button
        type="button"
        className="button button--ghost"
        aria-label={t('inventory.editNamed', { name: props.name })}
        title={t('action.edit')}
        onClick={props.onEdit}
      >
        <PencilIcon />
      </button>
      <button
        type="button"
        className="button button--ghost row-actions__delete"
        aria-label={t('inventory.deleteNamed', { name: props.name })}
        title={t('action.delete')}
        onClick={props.onDelete}
      >
        <TrashIcon />
      </button>
    </div>
  );
}
