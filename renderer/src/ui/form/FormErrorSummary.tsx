import { useI18n } from '@renderer/i18n/index.tsx';
import { isPathOf, type FieldErrors } from './form-errors.ts';

/**
 * The box above a form that failed: "Please correct the highlighted fields", and the messages no
 * field shows (a whole-record issue such as `in_use`). By default those messages stand in for the
 * sentence; `listUnplaced` lists them below it instead (the campaign and booking forms).
 */
export function FormErrorSummary(props: {
  errors: FieldErrors;
  fields: readonly string[];
  listUnplaced?: boolean;
}) {
  const { t } = useI18n();
  const paths = Object.keys(props.errors);
  if (paths.length === 0) return null;
  const unplaced = paths.filter((path) => !props.fields.some((field) => isPathOf(field, path)));
  if (!props.listUnplaced) {
    return (
      <div className="form-error span-2" role="alert">
        {unplaced.length > 0 ? unplaced.map((path) => props.errors[path]).join(' ') : t('validation.summary')}
      </div>
    );
  }
  return (
    <div className="form-error" role="alert">
      <p>{t('validation.summary')}</p>
      {unplaced.length > 0 && (
        <ul>
          {unplaced.map((path) => (
            <li key={path}>{props.errors[path]}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
