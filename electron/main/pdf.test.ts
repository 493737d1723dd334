import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createPdfPrinter, PRINT_CSP, PRINT_PARTITION, type PdfPrinterDeps } from './pdf.ts';

type Handler = (request: Request) => Response | Promise<Response>;

function setup(
  print: (page: { html: string; csp: string | null }) => Promise<Buffer> = () =>
    Promise.resolve(Buffer.from('%PDF-1.7')),
) {
  let handler: Handler | undefined;
  const session = { protocol: { handle: vi.fn((_scheme: string, h: Handler) => (handler = h)) } };
  const windows: { options: BrowserWindowConstructorOptions; destroyed: boolean; loaded?: string }[] = [];
  const createWindow = vi.fn((options: BrowserWindowConstructorOptions) => {
    const win = { options, destroyed: false, loaded: undefined as string | undefined };
    windows.push(win);
    let page: { html: string; csp: string | null } | undefined;
    return {
      loadURL: async (url: string) => {
        win.loaded = url;
        const response = await handler!(new Request(url));
        if (!response.ok) throw new Error(`ERR_FILE_NOT_FOUND (${response.status})`);
        page = { html: await response.text(), csp: response.headers.get('content-security-policy') };
      },
      webContents: { printToPDF: vi.fn(() => print(page!)) },
      destroy: () => (win.destroyed = true),
      isDestroyed: () => win.destroyed,
    };
  });
  const printer = createPdfPrinter({ session, createWindow } as unknown as PdfPrinterDeps);
  return { printer, windows, fetch: (url: string) => handler!(new Request(url)), session };
}

describe('PDF printer', () => {
  it('prints the HTML in a hidden, sandboxed, script-less window and closes it', async () => {
    const seen: { html: string; csp: string | null }[] = [];
    const { printer, windows, session } = setup((page) => {
      seen.push(page);
      return Promise.resolve(Buffer.from('%PDF-1.7 fake'));
    });
    const pdf = await printer.print('<h1>Insertion order</h1>', { pageSize: 'A4' });
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 fake');
    expect(pdf).toBeInstanceOf(Uint8Array);
    expect(seen).toEqual([{ html: '<h1>Insertion order</h1>', csp: PRINT_CSP }]);
    expect(session.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const [win] = windows;
    expect(win?.loaded).toMatch(/^app:\/\/print\/[0-9a-f-]{36}$/);
    expect(win?.options.show).toBe(false);
    expect(win?.options.webPreferences).toMatchObject({
      partition: PRINT_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
    });
    expect(win?.options.webPreferences?.preload).toBeUndefined();
    expect(win?.destroyed).toBe(true);
  });

  it('lets the printed document load nothing from the network', () => {
    expect(PRINT_CSP).toContain("default-src 'none'");
    expect(PRINT_CSP).not.toMatch(/https?:/);
  });

  it('serves each document once, only while it prints', async () => {
    const { printer, windows, fetch } = setup();
    await printer.print('<p>x</p>', {});
    const url = windows[0]!.loaded!;
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch('app://slotboard/index.html')).status).toBe(404);
  });

  it('reports failures with a code and still closes the window', async () => {
    const { printer, windows } = setup(() => Promise.reject(new Error('Printing failed')));
    await expect(printer.print('<p>x</p>', {})).rejects.toThrow(/^\[pdf_failed\] Printing failed$/);
    expect(windows[0]?.destroyed).toBe(true);
  });

  it('gives up after the timeout', async () => {
    let handler: Handler | undefined;
    const destroy = vi.fn();
    const printer = createPdfPrinter({
      session: { protocol: { handle: (_s: string, h: Handler) => (handler = h) } },
      createWindow: () => ({
        loadURL: () => new Promise(() => undefined),
        webContents: {},
        destroy,
        isDestroyed: () => false,
      }),
      timeoutMs: 20,
    } as unknown as PdfPrinterDeps);
    expect(handler).toBeTypeOf('function');
    await expect(printer.print('<p>x</p>', {})).rejects.toThrow(/^\[pdf_failed\] printing took longer/);
    expect(destroy).toHaveBeenCalled();
  });
});
