/**
 * Runs a command through the undo history and turns the answer into what a form needs: the ids
 * created, or the translated messages per field. A storage failure (quota, closed database) is
 * toasted and reported as a failure with no field messages, so the form keeps the user's input.
 * Shared by the inventory and advertisers screens.
 */
import { useCallback } from 'react';
import type { ValidationIssue } from '@shared/domain/issues.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import type { Command } from '@renderer/store/command-types.ts';
import { history } from '@renderer/store/history.ts';
import { fieldErrors, type FieldErrors } from '@renderer/ui/form-errors.ts';
import { useToasts } from '@renderer/ui/toast.tsx';

export type RunOutcome = { ok: true; createdIds: string[] } | { ok: false; issues: ValidationIssue[]; errors: FieldErrors };

export function useRunCommand(): (command: Command, label?: string) => Promise<RunOutcome> {
  const i18n = useI18n();
  return useCallback(
    async (command, label) => {
      try {
        const result = await history.getState().run(command, label);
        if (result.ok) return { ok: true, createdIds: result.createdIds };
        return { ok: false, issues: result.issues, errors: fieldErrors(result.issues, i18n) };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        useToasts.getState().show(i18n.t('error.writeFailed', { message }), 'error');
        return { ok: false, issues: [], errors: {} };
      }
    },
    [i18n],
  );
}
