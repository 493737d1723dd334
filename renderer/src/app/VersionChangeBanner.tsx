import { useEffect, useState } from 'react';
import { useI18n } from '@renderer/i18n/index.tsx';
import { onVersionChange } from '@renderer/store/db.ts';

/** Another window upgraded the database: this one closed its connection and must reload. */
export function VersionChangeBanner() {
  const { t } = useI18n();
  const [changed, setChanged] = useState(false);
  useEffect(() => onVersionChange(() => setChanged(true)), []);
  if (!changed) return null;
  return (
    <div className="banner" role="alert">
      <strong>{t('dbChanged.title')}</strong>
      <span>{t('dbChanged.body')}</span>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('dbChanged.reload')}
      </button>
    </div>
  );
}
