/**
 * The host in a plain browser (`npm run web`, end-to-end tests): downloads instead of a save
 * dialog, `window.open` for links, secrets in memory only, no native menu, no PDF printing.
 */
import {
  MAX_FOLDER_FILES,
  secretKeySchema,
  suggestedNameSchema,
  type MenuCommand,
} from '@shared/ipc/contract.ts';
import { uniqueFileNames } from '@shared/ipc/file-names.ts';
import { HostError, isWebUrl, type Host } from './port.ts';

export interface BrowserEnv {
  /** Starts a download of `blob` named `name`. */
  download(blob: Blob, name: string): void;
  open(url: string, target: string, features: string): unknown;
  language: string;
  version: string;
  /**
   * Waits between two downloads of `saveFilesToFolder`: a browser may drop downloads started in
   * the same instant. Default: 250 ms.
   */
  wait?: (ms: number) => Promise<void>;
}

/** The pause between the downloads of several files. */
export const DOWNLOAD_GAP_MS = 250;

const MIME_TYPES: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  pdf: 'application/pdf',
  txt: 'text/plain;charset=utf-8',
  html: 'text/html;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function mimeTypeFor(name: string): string {
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

function downloadWithLink(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; keep the URL a little in case the browser is slow.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function defaultEnv(): BrowserEnv {
  return {
    download: downloadWithLink,
    open: (url, target, features) => window.open(url, target, features),
    language: typeof navigator === 'undefined' ? 'en' : navigator.language,
    version: (import.meta.env.VITE_APP_VERSION as string | undefined) ?? 'web',
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

const noWait = (): Promise<void> => Promise.resolve();

/** Runs `task` as a promise: a throw becomes a rejection. */
function settle<T>(task: () => T): Promise<T> {
  return new Promise((resolve) => resolve(task()));
}

function checkKey(key: string): void {
  if (!secretKeySchema.safeParse(key).success) {
    throw new HostError('invalid_arguments', `invalid secret key ${JSON.stringify(key)}`);
  }
}

export function createBrowserHost(env: BrowserEnv = defaultEnv()): Host {
  const secrets = new Map<string, string>();
  return {
    kind: 'browser',
    capabilities: { pdf: false, persistentSecrets: false, nativeMenu: false, folders: false },
    appInfo: () =>
      Promise.resolve({ name: 'Slotboard', version: env.version, platform: 'web', locale: env.language }),
    saveFile: (name, data) => {
      if (!suggestedNameSchema.safeParse(name).success) {
        return Promise.reject(
          new HostError('invalid_arguments', `invalid file name ${JSON.stringify(name)}`),
        );
      }
      const part = typeof data === 'string' ? data : new Uint8Array(data);
      env.download(new Blob([part], { type: mimeTypeFor(name) }), name);
      return Promise.resolve({ saved: true });
    },
    saveFilesToFolder: async (files) => {
      if (files.length === 0) return { saved: false, written: 0 };
      if (files.length > MAX_FOLDER_FILES) {
        throw new HostError('invalid_arguments', `at most ${MAX_FOLDER_FILES} files at once`);
      }
      const names = uniqueFileNames(files.map((file) => file.name));
      for (const [index, file] of files.entries()) {
        if (index > 0) await (env.wait ?? noWait)(DOWNLOAD_GAP_MS);
        const name = names[index] ?? 'file';
        const part = typeof file.data === 'string' ? file.data : new Uint8Array(file.data);
        env.download(new Blob([part], { type: mimeTypeFor(name) }), name);
      }
      return { saved: true, written: files.length, names };
    },
    openLink: (url) => {
      if (!isWebUrl(url))
        return Promise.reject(new HostError('link_refused', 'only http(s) addresses can be opened'));
      env.open(new URL(url).href, '_blank', 'noopener,noreferrer');
      return Promise.resolve();
    },
    getSecret: (key) =>
      settle(() => {
        checkKey(key);
        return { value: secrets.get(key) ?? null, warning: 'memory_only' as const };
      }),
    setSecret: (key, value) =>
      settle(() => {
        checkKey(key);
        secrets.set(key, value);
        return { warning: 'memory_only' as const };
      }),
    deleteSecret: (key) =>
      settle(() => {
        checkKey(key);
        return { deleted: secrets.delete(key) };
      }),
    printPdf: () => Promise.resolve({ supported: false }),
    onMenuCommand: (_listener: (command: MenuCommand) => void) => () => undefined,
  };
}
