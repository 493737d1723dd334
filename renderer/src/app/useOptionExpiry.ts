import { useEffect } from 'react';
import { useI18n } from '@renderer/i18n/index.tsx';
import { db } from '@renderer/store/db.ts';
import { startOptionExpiry } from '@renderer/store/expiry.ts';
import { useToasts } from '@renderer/ui/toast.tsx';

/** Releases expired options at start and every minute, and tells the user when it did. */
export function useOptionExpiry() {
  const { tc } = useI18n();
  useEffect(() => {
    const handle = startOptionExpiry(db, undefined, {
      onRun: (run) => {
        if (run.released > 0) useToasts.getState().show(tc('options.released', run.released));
      },
    });
    return () => handle.stop();
  }, [tc]);
}
