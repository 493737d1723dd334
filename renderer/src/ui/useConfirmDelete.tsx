/**
 * Delete with confirmation: `requestDelete` opens a ConfirmDialog ("…you can undo this with
 * Ctrl+Z"), then runs the delete command. A refused delete (`in_use`) is shown as an error toast
 * with its message. Render `dialog` somewhere in the screen.
 */
import { useCallback, useState, type ReactNode } from 'react';
import type { EntityName } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { ConfirmDialog } from './Modal.tsx';
import { refusalMessage } from './refusal-message.ts';
import { useToasts } from './toast.tsx';
import { useRunCommand } from './useRunCommand.ts';

interface DeleteTarget {
  entity: EntityName;
  id: string;
  name: string;
  onDeleted: (() => void) | undefined;
}

export type RequestDelete = (
  entity: EntityName,
  record: { id: string; name: string },
  /** Called once the record is gone (e.g. to close its form). */
  onDeleted?: () => void,
) => void;

export function useConfirmDelete(): { requestDelete: RequestDelete; dialog: ReactNode } {
  const i18n = useI18n();
  const { t } = i18n;
  const run = useRunCommand();
  const [target, setTarget] = useState<DeleteTarget | null>(null);

  const requestDelete = useCallback<RequestDelete>(
    (entity, record, onDeleted) => setTarget({ entity, id: record.id, name: record.name, onDeleted }),
    [],
  );

  const confirm = async (current: DeleteTarget) => {
    setTarget(null);
    const result = await run({ type: 'delete', entity: current.entity, id: current.id }, t('action.delete'));
    if (!result) return;
    const show = useToasts.getState().show;
    if (result.ok) {
      show(t('inventory.deleted', { name: current.name }));
      current.onDeleted?.();
    } else {
      show(refusalMessage(current.name, result.issues, i18n), 'error');
    }
  };

  const dialog = target ? (
    <ConfirmDialog
      message={t('confirm.deleteNamed', { name: target.name })}
      confirmLabel={t('action.delete')}
      danger
      onCancel={() => setTarget(null)}
      onConfirm={() => void confirm(target)}
    />
  ) : null;

  return { requestDelete, dialog };
}
