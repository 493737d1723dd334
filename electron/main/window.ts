/** The main window: locked-down web preferences, remembered bounds, shown when ready. */
import { BrowserWindow, screen, type BrowserWindowConstructorOptions } from 'electron';
import { loadWindowState, MIN_WINDOW_SIZE, trackWindowState, type WindowState } from './window-state.ts';

export function mainWindowOptions(state: WindowState, preloadPath: string): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Slotboard',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  url: string;
  stateFile: string;
}

export async function openMainWindow({
  preloadPath,
  url,
  stateFile,
}: MainWindowOptions): Promise<BrowserWindow> {
  const state = await loadWindowState(stateFile, screen);
  const win = new BrowserWindow(mainWindowOptions(state, preloadPath));
  trackWindowState(win, stateFile);
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  // A crashed page reloads (its data is in IndexedDB); twice within a minute means give up.
  let lastCrash = 0;
  win.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[window] renderer gone: ${details.reason} (exit code ${details.exitCode})`);
    if (details.reason === 'clean-exit' || Date.now() - lastCrash < 60_000) return;
    lastCrash = Date.now();
    win.webContents.reload();
  });
  win.loadURL(url).catch((error: unknown) => console.error(`[window] could not load ${url}`, error));
  return win;
}
