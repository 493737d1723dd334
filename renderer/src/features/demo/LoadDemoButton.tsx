import { useI18n } from '@renderer/i18n/index.tsx';
import { useLoadDemo } from './useLoadDemo.ts';

/** "Load demo data": self-contained, for any screen's empty state. */
export function LoadDemoButton(props: { primary?: boolean; onLoaded?: () => void }) {
  const { t } = useI18n();
  const { loadDemo, loading } = useLoadDemo();
  return (
    <button
      type="button"
      className={`button ${props.primary ? 'button--primary' : ''}`}
      disabled={loading}
      aria-busy={loading || undefined}
      onClick={() => {
        void loadDemo().then((loaded) => {
          if (loaded) props.onLoaded?.();
        });
      }}
    >
      {loading ? t('demo.loading') : t('action.loadDemo')}
    </button>
  );
}
