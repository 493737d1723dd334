import { useI18n } from '@renderer/i18n/index.tsx';
import type { FieldErrors } from '@renderer/ui/form-errors.ts';

/**
 * The line above a form that failed: "Please correct the highlighted fields", plus the messages
 * that belong to no field shown (a whole-record issue such as `in_use`).
 */
export function FormErrorSummary({ errors, fields }: { errors: FieldErrors; fields: readonly string[] }) {
  const { t } = useI18n();
  const paths = Object.keys(errors);
  if (paths.length === 0) return null;
  const shown = (path: string) => fields.some((field) => path === field || path.startsWith(`${field}.`));
  const unplaced = paths.filter((path) => !shown(path)).map((path) => errors[path]);
  return (
    <div className="form-error span-2" role="alert">
      {unplaced.length > 0 ? unplaced.join(' ') : t('validation.summary')}
    </div>
  );
}
