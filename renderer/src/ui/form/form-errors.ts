import type { ValidationIssue } from '@shared/domain/issues.ts';
import type { I18n } from '@renderer/i18n/index.tsx';

/** Field path → translated message; the first issue of a path wins. */
export type FieldErrors = Record<string, string>;

export function fieldErrors(issues: ValidationIssue[], i18n: Pick<I18n, 'issue'>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path || '_form';
    errors[key] ??= i18n.issue(issue);
  }
  return errors;
}

/** Whether an issue at `path` belongs to `field`: `volume.pct` belongs to the volume field. */
export function isPathOf(field: string, path: string): boolean {
  return path === field || path.startsWith(`${field}.`);
}

/** The message for a field or any of its sub-paths (`volume` also shows `volume.pct`). */
export function errorFor(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const nested = Object.keys(errors).find((key) => isPathOf(path, key));
  return nested ? errors[nested] : undefined;
}
