import { useI18n } from '@renderer/i18n/index.tsx';
import { useLoadDemo, type DemoLoadSize } from './useLoadDemo.ts';

/**
 * "Load demo data": self-contained, for any screen's empty state. `size="large"` loads the
 * performance set instead (Settings › Sample data), under the caller's `label`.
 */
export function LoadDemoButton(props: {
  primary?: boolean;
  size?: DemoLoadSize;
  label?: string;
  onLoaded?: () => void;
}) {
  const { t } = useI18n();
  const { loadDemo, loading } = useLoadDemo(props.size);
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
      {loading ? t('demo.loading') : (props.label ?? t('action.loadDemo'))}
    </button>
  );
}
