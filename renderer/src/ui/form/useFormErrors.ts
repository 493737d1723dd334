import { useCallback, useId, useState } from 'react';
import type { ValidationIssue } from '@shared/domain/issues.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { fieldErrors, isPathOf, type FieldErrors } from './form-errors.ts';

/**
 * A form's messages per field, and the form's id: the Save button in the modal footer submits it
 * from outside, and `showErrors` looks inside it for the field to focus.
 */
export function useFormErrors() {
  const i18n = useI18n();
  const formId = useId();
  const [errors, setErrors] = useState<FieldErrors>({});

  /** Shows the messages and moves focus to the first field to correct, where the keyboard user must go next. */
  const showErrors = useCallback(
    (next: FieldErrors) => {
      setErrors(next);
      focusFirstInvalid(formId);
    },
    [formId],
  );

  /**
   * The same for the issues of a refused save. None (after a storage failure) clears the
   * messages, which may no longer apply to what the user has typed since.
   */
  const showIssues = useCallback(
    (issues: ValidationIssue[]) => showErrors(fieldErrors(issues, i18n)),
    [showErrors, i18n],
  );

  /** Drops the messages of fields the user has just changed, sub-paths included. */
  const clearErrors = useCallback((...fields: string[]) => {
    if (fields.length === 0) return;
    setErrors((current) => {
      const kept = Object.entries(current).filter(([path]) => !fields.some((field) => isPathOf(field, path)));
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
    });
  }, []);

  return { formId, errors, setErrors, showErrors, showIssues, clearErrors };
}

/** Waits a frame so React has rendered the messages and marked the fields invalid. */
function focusFirstInvalid(formId: string): void {
  requestAnimationFrame(() => {
    const form = document.getElementById(formId);
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (field instanceof HTMLFieldSetElement) field.querySelector<HTMLElement>('input')?.focus();
    else field?.focus();
  });
}
