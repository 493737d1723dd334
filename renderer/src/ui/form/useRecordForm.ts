import type { ValidationIssue } from '@shared/domain/issues.ts';
import type { AnyEntity, EntityName } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { useToasts } from '../toast.tsx';
import { fieldErrors, type FieldErrors } from './form-errors.ts';
import { useFormErrors } from './useFormErrors.ts';
import { useSaveRecord } from './useSaveRecord.ts';

export interface RecordSaveOptions {
  undoLabel: string;
  /** Toasted once saved, just before the form closes. */
  savedMessage: string;
  /** Messages for a refusal, when some issues read better in this form's own words. */
  errorsFor?: (issues: ValidationIssue[]) => FieldErrors;
}

/**
 * A record's create/edit form in a modal (site, section, placement, advertiser, agency). `save`
 * creates or updates the record; a refusal is shown next to the fields with focus on the first to
 * correct, and a saved record is toasted and its form closed. Hand `form` to RecordFormModal.
 */
export function useRecordForm(formProps: { onClose: () => void; onDelete?: (() => void) | undefined }) {
  const i18n = useI18n();
  const { formId, errors, showErrors, showIssues } = useFormErrors();
  const { saving, save } = useSaveRecord();

  const saveRecord = async (
    entity: EntityName,
    editedId: string | undefined,
    value: Partial<AnyEntity>,
    options: RecordSaveOptions,
  ) => {
    const result = await save(entity, editedId, value, options.undoLabel);
    if (result?.ok) {
      useToasts.getState().show(options.savedMessage);
      return formProps.onClose();
    }
    // None after a storage failure (already toasted): the old messages go, they may no longer apply.
    const issues = result?.issues ?? [];
    showErrors(options.errorsFor ? options.errorsFor(issues) : fieldErrors(issues, i18n));
  };

  return {
    errors,
    showErrors,
    showIssues,
    save: saveRecord,
    /** What RecordFormModal hands on to FormModal. */
    modal: { formId, saving, onClose: formProps.onClose, onDelete: formProps.onDelete },
  };
}

export type RecordForm = ReturnType<typeof useRecordForm>;
