/**
 * Prints a self-contained HTML document to PDF with Chromium (`webContents.printToPDF`), the same
 * engine as Playwright's `page.pdf()` in the tests.
 *
 * The document is opened in a hidden, sandboxed window with JavaScript off, in its own in-memory
 * session, from `app://print/<id>` (served from memory by that session only): another origin than
 * the app, so it can read none of the app's storage, and a policy that lets it load nothing from
 * the network (inline styles, data: images and fonts only).
 */
import { randomUUID } from 'node:crypto';
import type { BrowserWindow, BrowserWindowConstructorOptions, PrintToPDFOptions, Session } from 'electron';
import { formatIpcError, type PdfOptions } from '@shared/ipc/contract.ts';
import { APP_SCHEME } from './origin.ts';

export const PRINT_PARTITION = 'slotboard-print';
export const PRINT_HOST = 'print';
export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";
const PRINT_TIMEOUT_MS = 60_000;

export interface PdfPrinterDeps {
  /** `session.fromPartition(PRINT_PARTITION)`. */
  session: Pick<Session, 'protocol'>;
  createWindow: (
    options: BrowserWindowConstructorOptions,
  ) => Pick<BrowserWindow, 'loadURL' | 'webContents' | 'destroy' | 'isDestroyed'>;
  timeoutMs?: number;
}

export interface PdfPrinter {
  print(html: string, options: PdfOptions): Promise<Uint8Array>;
}

export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  width: 1024,
  height: 1400,
  webPreferences: {
    partition: PRINT_PARTITION,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    javascript: false,
    webviewTag: false,
    webSecurity: true,
    spellcheck: false,
  },
};

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(formatIpcError('pdf_failed', `printing took longer than ${ms / 1000} s`))),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function createPdfPrinter(deps: PdfPrinterDeps): PdfPrinter {
  const documents = new Map<string, string>();
  deps.session.protocol.handle(APP_SCHEME, (request) => {
    const url = new URL(request.url);
    const html =
      url.host === PRINT_HOST && request.method === 'GET' ? documents.get(url.pathname.slice(1)) : undefined;
    if (html === undefined) return new Response('Not Found', { status: 404 });
    return new Response(html, {
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': PRINT_CSP,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });

  return {
    async print(html, options) {
      const id = randomUUID();
      documents.set(id, html);
      const win = deps.createWindow(PRINT_WINDOW_OPTIONS);
      try {
        const pdf = await withTimeout(
          (async () => {
            await win.loadURL(`${APP_SCHEME}://${PRINT_HOST}/${id}`);
            return win.webContents.printToPDF(options satisfies PrintToPDFOptions);
          })(),
          deps.timeoutMs ?? PRINT_TIMEOUT_MS,
        );
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (message.startsWith('[pdf_failed]')) throw error;
        throw new Error(formatIpcError('pdf_failed', message), { cause: error });
      } finally {
        documents.delete(id);
        if (!win.isDestroyed()) win.destroy();
      }
    },
  };
}
