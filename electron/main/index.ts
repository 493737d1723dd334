/**
 * Main process entry: wiring only. Each concern lives in its own module, tested in Node.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session } from 'electron';
import { saveFile, saveFilesToFolder } from './files.ts';
import { registerIpc, sendToPage } from './ipc.ts';
import { installMenu } from './menu.ts';
import { APP_ENTRY_URL, createOriginCheck } from './origin.ts';
import { createPdfPrinter, PRINT_PARTITION, type PdfPrinter } from './pdf.ts';
import { registerAppScheme, serveApp } from './protocol.ts';
import { createSecretStore } from './secrets.ts';
import { hardenSession, installSecurity, openExternalSafely } from './security.ts';
import { openMainWindow } from './window.ts';

// Before `ready`: privileged scheme, sandbox for every renderer.
registerAppScheme(protocol);
app.enableSandbox();

/** `electron-vite dev` serves the page from a dev server; never trusted in a packaged app. */
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const isDev = devServerUrl !== undefined;
const isTrusted = createOriginCheck(devServerUrl);
const preloadPath = join(import.meta.dirname, '../preload/index.cjs');
const rendererDir = join(import.meta.dirname, '../renderer');

let mainWindow: BrowserWindow | null = null;
let opening: Promise<void> | null = null;

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** One main window: focuses it when it exists, opens it otherwise (once, even if asked twice). */
function showMainWindow(): Promise<void> {
  if (mainWindow && !mainWindow.isDestroyed()) {
    focusMainWindow();
    return Promise.resolve();
  }
  opening ??= openMainWindow({
    preloadPath,
    url: devServerUrl ?? APP_ENTRY_URL,
    stateFile: join(app.getPath('userData'), 'window-state.json'),
  })
    .then((win) => {
      mainWindow = win;
      win.on('closed', () => {
        mainWindow = null;
      });
    })
    .finally(() => {
      opening = null;
    });
  return opening;
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, isTrusted);
  serveApp(protocol, rendererDir);

  const userData = app.getPath('userData');
  const secrets = createSecretStore(join(userData, 'secrets.json'), safeStorage);
  let printer: PdfPrinter | undefined;
  const getPrinter = (): PdfPrinter => {
    if (!printer) {
      const printSession = session.fromPartition(PRINT_PARTITION);
      hardenSession(printSession, () => false);
      printer = createPdfPrinter({
        session: printSession,
        createWindow: (options) => new BrowserWindow(options),
      });
    }
    return printer;
  };

  registerIpc(
    ipcMain,
    {
      'app:info': () => ({
        name: app.getName(),
        version: app.getVersion(),
        platform: process.platform,
        locale: app.getLocale(),
      }),
      'file:save': (request, event) =>
        saveFile(BrowserWindow.fromWebContents(event.sender), request, {
          dialog,
          defaultDir: app.getPath('documents'),
        }),
      'file:save-to-folder': (request, event) =>
        saveFilesToFolder(BrowserWindow.fromWebContents(event.sender), request, {
          dialog,
          defaultDir: app.getPath('documents'),
        }),
      'link:open': ({ url }) => openExternalSafely(url),
      'secret:get': ({ key }) => secrets.get(key),
      'secret:set': ({ key, value }) => secrets.set(key, value),
      'secret:delete': ({ key }) => secrets.delete(key),
      'pdf:print': ({ html, options }) => getPrinter().print(html, options),
    },
    isTrusted,
  );

  installMenu({
    platform: process.platform,
    isDev,
    appName: app.getName(),
    locale: app.getLocale(),
    send: (command) => {
      if (mainWindow && !mainWindow.isDestroyed())
        sendToPage(mainWindow.webContents, 'menu:command', command);
    },
  });

  await showMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Another Slotboard is running: it gets focus (second-instance), this one leaves.
  app.quit();
} else {
  if (process.platform === 'win32') app.setAppUserModelId('com.slotboard.app');
  installSecurity(app, isTrusted);
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady())
      showMainWindow().catch((error: unknown) => console.error('[main] could not open the window', error));
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[main] startup failed', error);
      dialog.showErrorBox(
        'Slotboard',
        `Slotboard could not start.\n\n${error instanceof Error ? error.message : String(error)}`,
      );
      app.exit(1);
    });
}
