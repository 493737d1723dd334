import { useEffect, useState, type FormEvent } from 'react';
import { serverUrlSchema, type Settings } from '@shared/domain/model.ts';
import type { SecretWarning } from '@shared/ipc/contract.ts';
import { appSyncEngine, SYNC_TOKEN_KEY, useSyncStatus } from '@renderer/features/sync/sync-runtime.ts';
import { host } from '@renderer/host/index.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { db } from '@renderer/store/db.ts';
import { saveSettings } from '@renderer/store/settings.ts';
import { TextField } from '@renderer/ui/Field.tsx';
import { useToasts } from '@renderer/ui/toast.tsx';

/**
 * Settings › Sync: the server's address and sync on/off (app settings), the access token (a host
 * secret: the OS keychain on the desktop, memory only in a browser, and the section says so).
 */
export function SyncSettingsSection({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const [enabled, setEnabled] = useState(settings.sync.enabled);
  const [serverUrl, setServerUrl] = useState(settings.sync.serverUrl);
  const [token, setToken] = useState('');
  const [urlError, setUrlError] = useState<string | undefined>();
  const secret = useStoredToken();
  const syncing = useSyncStatus((s) => s.state === 'syncing');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const url = serverUrl.trim();
    if (!serverUrlSchema.safeParse(url).success) {
      setUrlError(t('validation.invalid_url'));
      return;
    }
    setUrlError(undefined);
    if (token !== '' && !(await saveToken(token, secret.refresh, t))) return;
    setToken('');
    const saved = await saveSettings(db, { sync: { serverUrl: url, enabled } });
    if (!saved.ok) return;
    useToasts.getState().show(t('sync.settings.saved'));
    void appSyncEngine().syncNow();
  };

  return (
    <form
      className="form-section"
      aria-labelledby="settings-sync-title"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <h2 id="settings-sync-title">{t('sync.settings.title')}</h2>
      <p className="field__hint">{t('sync.settings.hint')}</p>
      <label className="checkbox">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />{' '}
        {t('sync.settings.enabled')}
      </label>
      <TextField
        label={t('sync.settings.serverUrl')}
        hint={t('sync.settings.serverUrl.hint')}
        type="url"
        value={serverUrl}
        onChange={setServerUrl}
        error={urlError}
        autoComplete="url"
      />
      <TextField
        label={t('sync.settings.token')}
        hint={t('sync.settings.token.hint')}
        type="password"
        value={token}
        onChange={setToken}
        autoComplete="off"
      />
      <p className="field__hint" data-testid="sync-token-state">
        {secret.saved ? t('sync.settings.token.saved') : t('sync.settings.token.none')}{' '}
        {secret.warning === 'memory_only' && t('sync.settings.token.memoryOnly')}
        {secret.warning === 'weak_encryption' && t('sync.settings.token.weak')}
      </p>
      <div className="settings-form__actions">
        <button type="submit" className="button button--primary">
          {t('sync.settings.save')}
        </button>
        <button
          type="button"
          className="button"
          disabled={syncing || !settings.sync.enabled}
          onClick={() => void appSyncEngine().syncNow()}
        >
          {t('sync.now')}
        </button>
      </div>
    </form>
  );
}

/** Whether a token is stored, and how safely. The browser keeps it in memory only. */
function useStoredToken() {
  const [state, setState] = useState<{ saved: boolean; warning?: SecretWarning }>({
    saved: false,
    warning: host.capabilities.persistentSecrets ? undefined : 'memory_only',
  });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    host.getSecret(SYNC_TOKEN_KEY).then(
      (result) => {
        if (live) setState({ saved: result.value !== null && result.value !== '', warning: result.warning });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [version]);
  return { ...state, refresh: () => setVersion((v) => v + 1) };
}

async function saveToken(
  token: string,
  refresh: () => void,
  t: ReturnType<typeof useI18n>['t'],
): Promise<boolean> {
  try {
    await host.setSecret(SYNC_TOKEN_KEY, token.trim());
    refresh();
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    useToasts.getState().show(t('sync.settings.tokenFailed', { message }), 'error');
    return false;
  }
}
