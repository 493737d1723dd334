/**
 * Delete with confirmation: `requestDelete` opens a ConfirmDialog ("…you can undo this with
 * Ctrl+Z"), then runs the delete command. A refused delete (`in_use`) is shown as an error toast
 * with its message. Render `dialog` somewhere in the screen.
 */
import { useState, type ReactNode } from 'react';
import type { ValidationIssue } from '@shared/domain/issues.ts';
import { ENTITY_NAMES, type EntityName } from '@shared/domain/model.ts';
import { useI18n, type I18n, type PluralKey } from '@renderer/i18n/index.tsx';
import { ConfirmDialog } from '@renderer/ui/Modal.tsx';
import { useToasts } from '@renderer/ui/toast.tsx';
import { useRunCommand } from './useRunCommand.ts';

export interface DeleteTarget {
  entity: EntityName;
  id: string;
  name: string;
  /** Called once the record is gone (e.g. to close its form). */
  onDeleted?: () => void;
}

const recordKeys: Record<EntityName, PluralKey> = {
  sites: 'inventory.records.sites',
  sections: 'inventory.records.sections',
  placements: 'inventory.records.placements',
  advertisers: 'inventory.records.advertisers',
  agencies: 'inventory.records.agencies',
  campaigns: 'inventory.records.campaigns',
  bookings: 'inventory.records.bookings',
};

/**
 * Why a delete was refused. `in_use` issues name the kind and number of records still referring
 * to it: "Cannot delete “Le Quotidien”: it still has 3 sections and 12 placements."
 */
export function refusalMessage(name: string, issues: ValidationIssue[], i18n: Pick<I18n, 't' | 'tc' | 'issue' | 'locale'>): string {
  const parts = issues.map((issue) => {
    const entity = ENTITY_NAMES.find((e) => e === issue.params?.entity);
    const count = Number(issue.params?.count);
    return issue.code === 'in_use' && entity && Number.isFinite(count) ? i18n.tc(recordKeys[entity], count) : null;
  });
  if (parts.length === 0 || parts.some((part) => part === null)) return issues.map(i18n.issue).join(' ');
  const list = new Intl.ListFormat(i18n.locale === 'fr' ? 'fr-FR' : 'en-GB', { type: 'conjunction' }).format(parts as string[]);
  return i18n.t('inventory.inUse', { name, list });
}

export function useConfirmDelete(): { requestDelete: (target: DeleteTarget) => void; dialog: ReactNode } {
  const i18n = useI18n();
  const { t } = i18n;
  const run = useRunCommand();
  const [target, setTarget] = useState<DeleteTarget | null>(null);

  const confirm = async (current: DeleteTarget) => {
    setTarget(null);
    const outcome = await run({ type: 'delete', entity: current.entity, id: current.id }, t('action.delete'));
    const show = useToasts.getState().show;
    if (outcome.ok) {
      show(t('inventory.deleted', { name: current.name }));
      current.onDeleted?.();
    } else if (outcome.issues.length > 0) {
      show(refusalMessage(current.name, outcome.issues, i18n), 'error');
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

  return { requestDelete: setTarget, dialog };
}
