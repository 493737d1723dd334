/**
 * What a conflict says to the user: a specific, translated explanation of the refusal (which days
 * are overbooked by how much, which field is invalid, changed or deleted on the server), and the
 * fields where their version and the server's differ. Pure, over the translator.
 */
import type { Placement } from '@shared/domain/model.ts';
import type { ValidationCode } from '@shared/domain/issues.ts';
import { VALIDATION_CODES } from '@shared/domain/issues.ts';
import type { I18n, MessageKey } from '@renderer/i18n/index.tsx';
import type { ConflictRecord } from '@renderer/store/conflict-types.ts';
import { META_FIELDS } from '@renderer/sync/records.ts';

const SIMPLE_PROBLEMS = new Set([
  'version_conflict',
  'gone',
  'in_use',
  'already_exists',
  'not_found',
  'immutable',
  'precondition_required',
  'group_failed',
]);
const KNOWN_CODES = new Set<string>(VALIDATION_CODES);

/** The lines explaining why the server refused; `placement` is the overbooked one, if known locally. */
export function explainConflict(conflict: ConflictRecord, i18n: I18n, placement?: Placement): string[] {
  const { t, tc } = i18n;
  const problem = conflict.problem;
  if (problem.code === 'overbooked' && problem.overbooked) {
    const unit = placement?.capacity.kind === 'impressions' ? 'impressions' : 'slots';
    const name = placement?.name ?? problem.overbooked.placementId;
    return [
      t('sync.problem.overbooked', { placement: name }),
      ...problem.overbooked.days.map((d) =>
        t('sync.problem.overbookedDay', {
          day: i18n.day(d.day),
          excess: tc(`sync.problem.excess.${unit}`, d.excess),
        }),
      ),
    ];
  }
  if (problem.code === 'validation' && problem.issues) {
    return [
      t('sync.problem.validation'),
      ...problem.issues.map((issue) =>
        t('sync.problem.validationIssue', {
          field: fieldLabel(issue.path, i18n),
          message: KNOWN_CODES.has(issue.code)
            ? i18n.issue({ path: issue.path, code: issue.code as ValidationCode, params: issue.params })
            : issue.code,
        }),
      ),
    ];
  }
  if (SIMPLE_PROBLEMS.has(problem.code)) return [t(`sync.problem.${problem.code}` as MessageKey)];
  return [t('sync.problem.other', { code: problem.code }), ...(problem.detail ? [problem.detail] : [])];
}

/** A field's name for the user: its translation when there is one, else its path. */
export function fieldLabel(path: string, { t }: I18n): string {
  const key = `sync.field.${path.split('.')[0] ?? path}` as MessageKey;
  const label = t(key);
  return label === key || label === undefined ? path : label;
}

export interface FieldDifference {
  field: string;
  mine: unknown;
  server: unknown;
}

/**
 * The fields where the user's record and the server's copy differ. Without a server copy, the
 * fields the refused change touched (the server's values are then unknown).
 */
export function differences(
  mine: Record<string, unknown> | undefined,
  server: Record<string, unknown> | null,
  touched: readonly string[],
): FieldDifference[] {
  const serverLive = server !== null && server.deleted !== true;
  const fields =
    serverLive && mine !== undefined
      ? [...new Set([...Object.keys(mine), ...Object.keys(server)])].filter(
          (f) => JSON.stringify(mine[f]) !== JSON.stringify(server[f]),
        )
      : touched;
  return fields
    .filter((field) => !META_FIELDS.has(field))
    .map((field) => ({ field, mine: mine?.[field], server: serverLive ? server[field] : undefined }));
}

/** A stored value as text: days and numbers in the locale, objects compactly. */
export function formatValue(value: unknown, i18n: I18n): string {
  if (value === undefined) return '';
  if (value === null) return i18n.t('common.none');
  if (typeof value === 'number') return i18n.number(value, 2);
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? i18n.day(value) : value;
  if (typeof value === 'boolean') return i18n.t(value ? 'common.yes' : 'common.no');
  return JSON.stringify(value);
}
