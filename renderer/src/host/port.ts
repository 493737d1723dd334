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
  SaveToFolderResult,
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
  SaveToFolderResult,
  SecretDeleteResult,
  SecretGetResult,
  SecretSetResult,
} from '@shared/ipc/contract.ts';

/** One file of `saveFilesToFolder`. Its name is made safe and unique by the host (see file-names.ts). */
export interface FolderFile {
  name: string;
  data: string | Uint8Array;
}

/** A PDF, or the reason there is none: a plain browser cannot print to a file by itself. */
export type PrintPdfResult = { supported: true; pdf: Uint8Array } | { supported: false };

export interface HostCapabilities {
  /** `printPdf` returns a PDF. */
  pdf: boolean;
  /** Secrets survive a restart (encrypted by the OS). */
  persistentSecrets: boolean;
  /** Menu commands arrive through `onMenuCommand`. */
  nativeMenu: boolean;
  /** `saveFilesToFolder` asks for a real folder (desktop); false: it downloads each file (browser). */
  folders: boolean;
}

export interface Host {
  readonly kind: 'electron' | 'browser';
  readonly capabilities: HostCapabilities;
  appInfo(): Promise<AppInfo>;
  /** Asks where to save (desktop) or downloads (browser). `saved: false` when the user cancelled. */
  saveFile(name: string, data: string | Uint8Array, filters?: FileFilter[]): Promise<SaveFileResult>;
  /**
   * Several files at once (e.g. the insertion orders of several campaigns): the desktop asks for
   * a folder (the user may create one) and writes them all into it, never overwriting (a name
   * already there gets ` (2)`…); a browser downloads them one after the other. File names are
   * sanitised (no separators, `..`, reserved characters; length-capped; duplicates suffixed).
   * An empty list writes nothing and asks nothing: `{ saved: false, written: 0 }`.
   */
  saveFilesToFolder(files: readonly FolderFile[]): Promise<SaveToFolderResult>;
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
