import { LoadDemoButton } from '@renderer/features/demo/LoadDemoButton.tsx';
import { useI18n } from '@renderer/i18n/index.tsx';

/** Settings › Sample data: loads the large seeded data set, to try the planner at full size. */
export function SampleDataSection() {
  const { t } = useI18n();
  return (
    <section className="form-section settings-sample" aria-labelledby="settings-sample-title">
      <h2 id="settings-sample-title" className="settings-sample__title">
        {t('settings.section.sample')}
      </h2>
      <p className="field__hint">{t('settings.sample.hint')}</p>
      <div>
        <LoadDemoButton size="large" label={t('settings.sample.loadLarge')} />
      </div>
    </section>
  );
}
