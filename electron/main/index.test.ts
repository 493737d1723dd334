/**
 * The wiring of the main process, with Electron replaced by fakes: what runs before `ready`, what
 * is registered after it, which page the window loads.
 */
import type { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '@shared/ipc/contract.ts';

const state = vi.hoisted(() => ({ lock: true, packaged: false, userData: '' }));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const calls: string[] = [];
  const app = Object.assign(new EventEmitter(), {
    enableSandbox: vi.fn(() => calls.push('enableSandbox')),
    requestSingleInstanceLock: vi.fn(() => state.lock),
    whenReady: vi.fn(() => {
      calls.push('whenReady');
      return Promise.resolve();
    }),
    isReady: () => true,
    getPath: (name: string) => join(state.userData, name),
    getName: () => 'Slotboard',
    getVersion: () => '0.1.0',
    getLocale: () => 'fr-FR',
    quit: vi.fn(),
    exit: vi.fn(),
    setAppUserModelId: vi.fn(),
  });
  // A getter (Object.assign would copy its value once).
  Object.defineProperty(app, 'isPackaged', { get: () => state.packaged });
  class BrowserWindow extends EventEmitter {
    static instances: BrowserWindow[] = [];
    static fromWebContents = vi.fn(() => null);
    webContents = Object.assign(new EventEmitter(), { send: vi.fn(), reload: vi.fn() });
    loadURL = vi.fn(() => Promise.resolve());
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    maximize = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      super();
      BrowserWindow.instances.push(this);
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    isMaximized = () => false;
    isFullScreen = () => false;
    getNormalBounds = () => ({ x: 0, y: 0, width: 1440, height: 900 });
  }
  const session = () => ({
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    protocol: { handle: vi.fn() },
  });
  const workArea = { x: 0, y: 0, width: 1920, height: 1080 };
  return {
    calls,
    app,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn(),
    },
    session: { defaultSession: session(), fromPartition: vi.fn(session) },
    ipcMain: { handle: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => template) },
    screen: { getPrimaryDisplay: () => ({ workArea }), getAllDisplays: () => [{ workArea }] },
    safeStorage: {},
    dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn() },
    shell: { openExternal: vi.fn() },
  };
});

type Mock = ReturnType<typeof vi.fn>;
interface FakeWindow {
  options: { webPreferences?: Record<string, unknown> };
  loadURL: Mock;
  focus: Mock;
}
/** The fakes of the mocked `electron` module, as the tests see them. */
interface Fakes {
  calls: string[];
  app: EventEmitter & { quit: Mock; whenReady: Mock };
  BrowserWindow: { instances: FakeWindow[] };
  protocol: { handle: Mock };
  ipcMain: { handle: Mock };
  session: { defaultSession: { setPermissionRequestHandler: Mock; setPermissionCheckHandler: Mock } };
  Menu: { setApplicationMenu: Mock };
}

/** Runs index.ts afresh (the mocked `electron` module survives `resetModules`: reset its fakes). */
async function boot(): Promise<Fakes> {
  vi.resetModules();
  vi.clearAllMocks();
  const electron = (await import('electron')) as unknown as Fakes;
  electron.calls.length = 0;
  electron.BrowserWindow.instances.length = 0;
  electron.app.removeAllListeners();
  await import('./index.ts');
  await new Promise((resolve) => setTimeout(resolve, 20));
  return electron;
}

beforeEach(() => {
  state.lock = true;
  state.packaged = false;
  state.userData = mkdtempSync(join(tmpdir(), 'slotboard-main-'));
  delete process.env.ELECTRON_RENDERER_URL;
});
afterEach(() => {
  delete process.env.ELECTRON_RENDERER_URL;
});

describe('main process wiring', () => {
  it('registers the app scheme and the sandbox before ready', async () => {
    const { calls } = await boot();
    expect(calls.indexOf('registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0);
    expect(calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(calls.indexOf('whenReady'));
    expect(calls.indexOf('enableSandbox')).toBeLessThan(calls.indexOf('whenReady'));
  });

  it('serves app://, hardens sessions, registers every IPC channel and the menu once ready', async () => {
    const { protocol, ipcMain, session, Menu, app } = await boot();
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel as string).sort()).toEqual(
      [...INVOKE_CHANNELS].sort(),
    );
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    expect(app.listenerCount('web-contents-created')).toBe(1);
  });

  it('opens one locked-down window on app://slotboard with the CommonJS preload', async () => {
    const { BrowserWindow } = await boot();
    expect(BrowserWindow.instances).toHaveLength(1);
    const [win] = BrowserWindow.instances;
    expect(win?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    });
    expect((win?.options.webPreferences as { preload: string }).preload).toMatch(
      /[\\/]preload[\\/]index\.cjs$/,
    );
    expect(win?.loadURL).toHaveBeenCalledWith('app://slotboard/index.html');
  });

  it('focuses the existing window when a second instance starts', async () => {
    const { app, BrowserWindow } = await boot();
    app.emit('second-instance', {}, [], '/');
    expect(BrowserWindow.instances[0]?.focus).toHaveBeenCalled();
    app.emit('activate');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(BrowserWindow.instances).toHaveLength(1);
  });

  it('leaves at once when another instance holds the lock', async () => {
    state.lock = false;
    const { app, BrowserWindow, ipcMain } = await boot();
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(ipcMain.handle).not.toHaveBeenCalled();
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('loads the dev server only when unpackaged', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    const dev = await boot();
    expect(dev.BrowserWindow.instances.at(-1)?.loadURL).toHaveBeenCalledWith('http://localhost:5173');

    state.packaged = true;
    const packaged = await boot();
    expect(packaged.BrowserWindow.instances.at(-1)?.loadURL).toHaveBeenCalledWith(
      'app://slotboard/index.html',
    );
  });
});
