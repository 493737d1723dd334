/**
 * Loads a demo data set (a fictional French sales house around today) into the store in one
 * import, then says how much was loaded: the small demo by default, or the large performance set
 * (`'large'`: 2,000 placements, 50,000 bookings), which says when it starts since it takes a
 * while. Loading a demo set when one is already stored is refused as "already loaded"; nothing is
 * written then.
 */
import { useCallback, useState } from 'react';
import { todayIn } from '@shared/domain/days.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { db } from '@renderer/store/db.ts';
import { useToasts } from '@renderer/ui/toast.tsx';
import { loadDemoData, type DemoLoadSize } from './load-demo.ts';

export type { DemoLoadSize } from './load-demo.ts';

/** Lets the browser paint (the busy button, the "loading" toast) before the long synchronous work. */
const nextPaint = () => new Promise<void>((resolve) => setTimeout(resolve, 50));

export function useLoadDemo(size: DemoLoadSize = 'demo'): {
  loadDemo: () => Promise<boolean>;
  loading: boolean;
} {
  const { t, tc, number } = useI18n();
  const [loading, setLoading] = useState(false);

  const loadDemo = useCallback(async (): Promise<boolean> => {
    const show = useToasts.getState().show;
    setLoading(true);
    try {
      const outcome = await loadDemoData(db, {
        size,
        today: todayIn(new Date()),
        // The large set takes a while to store: say so first, and let the toast show.
        onImportStart:
          size === 'large'
            ? async () => {
                show(t('demo.loadingLarge'));
                await nextPaint();
              }
            : undefined,
      });
      if (outcome.kind === 'loaded') {
        show(
          t('demo.loaded', {
            placements: number(outcome.placements),
            bookings: number(outcome.bookings),
          }),
        );
        if (outcome.released > 0) show(tc('options.released', outcome.released));
        return true;
      }
      if (outcome.kind === 'alreadyLoaded') show(t('demo.alreadyLoaded'));
      else show(t('demo.failed', { message: outcome.message }), 'error');
      return false;
    } catch (error) {
      show(t('demo.failed', { message: error instanceof Error ? error.message : String(error) }), 'error');
      return false;
    } finally {
      setLoading(false);
    }
  }, [size, t, tc, number]);

  return { loadDemo, loading };
}
