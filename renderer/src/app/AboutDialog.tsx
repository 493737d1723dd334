import { useEffect, useState } from 'react';
import type { AppInfo } from '@renderer/host/port.ts';
import { host } from '@renderer/host/index.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { Modal } from '@renderer/ui/Modal.tsx';

/** Help › About: what is running, for a support request. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void host.appInfo().then(setInfo);
  }, []);
  return (
    <Modal title={t('about.title')} onClose={onClose}>
      <p>
        <strong>{t('app.name')}</strong> — {t('app.tagline')}
      </p>
      {info && (
        <dl className="about">
          <dt>{t('about.version')}</dt>
          <dd>{info.version}</dd>
          <dt>{t('about.platform')}</dt>
          <dd>{info.platform}</dd>
        </dl>
      )}
    </Modal>
  );
}
