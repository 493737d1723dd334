/**
 * The host port: everything the planner asks of its environment. Two adapters implement it, the
 * Electron bridge (`electron.ts`) and a plain browser (`browser.ts`); `index.ts` picks one.
 */
import type {
  AppInfo,
  FileFilter,
  IpcErrorCode,
  MenuCommand,
  PdfOptions,
  SaveFileResult,
  SecretDeleteResult,
  SecretGetResult,
  SecretSetResult,
} from '@shared/ipc/contract.ts';

export type {
  AppInfo,
  FileFilter,
  MenuCommand,
  PdfOptions,
  SaveFileResult,
  SecretDeleteResult,
  SecretGetResult,
  SecretSetResult,
} from '@shared/ipc/contract.ts';

/** A PDF, or the reason there is none: a plain browser cannot print to a file by itself. */
export type PrintPdfResult = { supported: true; pdf: Uint8Array } | { supported: false };

export interface HostCapabilities {
  /** `printPdf` returns a PDF. */
  pdf: boolean;
  /** Secrets survive a restart (encrypted by the OS). */
  persistentSecrets: boolean;
  /** Menu commands arrive through `onMenuCommand`. */
  nativeMenu: boolean;
}

export interface Host {
  readonly kind: 'electron' | 'browser';
  readonly capabilities: HostCapabilities;
  appInfo(): Promise<AppInfo>;
  /** Asks where to save (desktop) or downloads (browser). `saved: false` when the user cancelled. */
  saveFile(name: string, data: string | Uint8Array, filters?: FileFilter[]): Promise<SaveFileResult>;
  /** Opens an http(s) address outside the app; rejects anything else. */
  openLink(url: string): Promise<void>;
  getSecret(key: string): Promise<SecretGetResult>;
  setSecret(key: string, value: string): Promise<SecretSetResult>;
  deleteSecret(key: string): Promise<SecretDeleteResult>;
  printPdf(html: string, options?: PdfOptions): Promise<PrintPdfResult>;
  /** Native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Every failure of a host call: `code` is stable (translate it), `message` is for the log. */
export class HostError extends Error {
  readonly code: IpcErrorCode;
  constructor(code: IpcErrorCode, message: string) {
    super(message);
    this.name = 'HostError';
    this.code = code;
  }
}

/** http(s) with a host and no user:password@ part: the only links the app opens. */
export function isWebUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.hostname !== '' &&
    !url.username &&
    !url.password
  );
}
