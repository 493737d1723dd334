/**
 * Runs a command through the undo history, so Ctrl+Z undoes it. A storage failure (quota, closed
 * database) is toasted here and resolves to null, so callers only handle the store's answer:
 * written, or refused with issues to show next to the fields.
 */
import { useCallback } from 'react';
import { useI18n } from '@renderer/i18n/index.tsx';
import type { Command, CommandResult } from '@renderer/store/command-types.ts';
import { history } from '@renderer/store/history.ts';
import { useToasts } from './toast.tsx';

export function useRunCommand(): (command: Command, label?: string) => Promise<CommandResult | null> {
  const { t } = useI18n();
  return useCallback(
    async (command: Command, label?: string) => {
      try {
        return await history.getState().run(command, label);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        useToasts.getState().show(t('error.writeFailed', { message }), 'error');
        return null;
      }
    },
    [t],
  );
}
