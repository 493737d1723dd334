/**
 * Loads the demo data set (a fictional French sales house around today) into the store in one
 * import, then says how much was loaded. Loading it twice is refused by the store (same ids) and
 * reported as "already loaded"; nothing is written then.
 */
import { useCallback, useState } from 'react';
import { todayIn } from '@shared/domain/days.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { db } from '@renderer/store/db.ts';
import { releaseExpiredOptions } from '@renderer/store/expiry.ts';
import { describeImportIssue, importRecords } from '@renderer/store/import.ts';
import { useToasts } from '@renderer/ui/toast.tsx';

export function useLoadDemo(): { loadDemo: () => Promise<boolean>; loading: boolean } {
  const { t, tc, number } = useI18n();
  const [loading, setLoading] = useState(false);

  const loadDemo = useCallback(async (): Promise<boolean> => {
    const show = useToasts.getState().show;
    setLoading(true);
    try {
      // Loaded on demand: the generator and its name lists are not part of the app's start-up.
      const { generateDemoData } = await import('@shared/demo/generate.ts');
      const today = todayIn(new Date());
      const result = await importRecords(db, generateDemoData({ today }));
      if (result.ok) {
        show(
          t('demo.loaded', {
            placements: number(result.counts.placements),
            bookings: number(result.counts.bookings),
          }),
        );
        // The demo holds options already past their expiry: release them now, as at start-up.
        const released = await releaseExpiredOptions(db, today);
        if (released > 0) show(tc('options.released', released));
        return true;
      }
      if (result.issues.some((issue) => issue.params?.reason === 'already_stored')) {
        show(t('demo.alreadyLoaded'));
      } else {
        show(
          t('demo.failed', { message: result.issues.slice(0, 3).map(describeImportIssue).join('; ') }),
          'error',
        );
      }
      return false;
    } catch (error) {
      show(t('demo.failed', { message: error instanceof Error ? error.message : String(error) }), 'error');
      return false;
    } finally {
      setLoading(false);
    }
  }, [t, tc, number]);

  return { loadDemo, loading };
}
