import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: vi.fn(), screen: {} }));

import { mainWindowOptions } from './window.ts';

describe('main window', () => {
  it('is locked down: isolated, sandboxed, no Node, no <webview>', () => {
    const options = mainWindowOptions(
      { width: 1200, height: 800, maximized: false },
      '/app/out/preload/index.cjs',
    );
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(options.show).toBe(false);
  });

  it('opens where it was left', () => {
    expect(
      mainWindowOptions({ x: 10, y: 20, width: 1200, height: 800, maximized: false }, 'p'),
    ).toMatchObject({ x: 10, y: 20, width: 1200, height: 800 });
    const centred = mainWindowOptions({ width: 1200, height: 800, maximized: false }, 'p');
    expect('x' in centred || 'y' in centred).toBe(false);
  });
});
