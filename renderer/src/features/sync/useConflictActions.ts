/** The resolution buttons' actions: each runs its resolution, then tells the user how it went. */
import { useNavigation } from '@renderer/app/navigation.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import type { ConflictRecord } from '@renderer/store/conflict-types.ts';
import { db } from '@renderer/store/db.ts';
import {
  keepAsOption,
  reapplyMine,
  startEditing,
  takeServerVersion,
  type ResolveResult,
} from '@renderer/sync/conflicts.ts';
import { useToasts } from '@renderer/ui/toast.tsx';
import { appSyncEngine } from './sync-runtime.ts';

export function useConflictActions(conflict: ConflictRecord) {
  const { t, issue } = useI18n();
  const go = useNavigation((s) => s.go);

  const report = (result: ResolveResult, success: string): boolean => {
    const toasts = useToasts.getState();
    if (result.ok) {
      toasts.show(success);
      void appSyncEngine().syncNow();
      return true;
    }
    if (result.reason === 'invalid') {
      toasts.show(t('sync.resolve.failed.invalid', { message: result.issues.map(issue).join(' ') }), 'error');
    } else {
      toasts.show(t(`sync.resolve.failed.${result.reason}`), 'error');
    }
    return false;
  };

  return {
    takeServer: async () => report(await takeServerVersion(db, conflict.id), t('sync.resolve.done')),
    reapply: async () => report(await reapplyMine(db, conflict.id), t('sync.resolve.sent')),
    keepOption: async (expiresOn: string) =>
      report(await keepAsOption(db, conflict.id, expiresOn), t('sync.resolve.sent')),
    edit: async () => {
      const result = await startEditing(db, conflict.id);
      if (result.ok) go('bookings', conflict.entityId);
      else report(result, '');
    },
  };
}
