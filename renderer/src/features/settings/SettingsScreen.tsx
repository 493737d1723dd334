import { useI18n } from '@renderer/i18n/index.tsx';
import { useSettings } from '@renderer/store/hooks.ts';
import { SampleDataSection } from './SampleDataSection.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import { SyncSettingsSection } from './SyncSettingsSection.tsx';
import './settings.css';

export function SettingsScreen() {
  const { t } = useI18n();
  const settings = useSettings();
  return (
    <div className="screen">
      <header className="screen__header">
        <h1>{t('settings.title')}</h1>
      </header>
      {settings ? <SettingsForm settings={settings} /> : <p className="muted">{t('common.loading')}</p>}
      {settings && <SyncSettingsSection settings={settings} />}
      <SampleDataSection />
    </div>
  );
}
