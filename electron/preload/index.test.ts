import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn((..._args: unknown[]) => Promise.resolve('answer')),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)?.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) =>
        listeners.get(channel)?.delete(listener),
      ),
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

import { INVOKE_CHANNELS } from '@shared/ipc/contract.ts';
import { bridge } from './index.ts';

const emit = (channel: string, ...args: unknown[]) =>
  electron.listeners.get(channel)?.forEach((listener) => listener({}, ...args));

beforeEach(() => electron.ipcRenderer.invoke.mockClear());

describe('preload bridge', () => {
  it('exposes window.slotboard with named functions only, never ipcRenderer', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledWith('slotboard', bridge);
    expect(Object.keys(bridge).sort()).toEqual(
      [
        'appInfo',
        'deleteSecret',
        'getSecret',
        'onMenuCommand',
        'openLink',
        'printPdf',
        'saveFile',
        'saveFilesToFolder',
        'setSecret',
      ].sort(),
    );
    for (const value of Object.values(bridge)) expect(value).toBeTypeOf('function');
  });

  it('maps each function onto its channel, covering the whole contract', async () => {
    const data = new Uint8Array([1]);
    await bridge.appInfo();
    await bridge.saveFile({ suggestedName: 'a.csv', data });
    await bridge.saveFilesToFolder({ files: [{ name: 'a.pdf', data }] });
    await bridge.openLink('https://example.com');
    await bridge.getSecret('k');
    await bridge.setSecret('k', 'v');
    await bridge.deleteSecret('k');
    await bridge.printPdf('<p>x</p>');
    await bridge.printPdf('<p>x</p>', { landscape: true });
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['app:info'],
      ['file:save', { suggestedName: 'a.csv', data }],
      ['file:save-to-folder', { files: [{ name: 'a.pdf', data }] }],
      ['link:open', { url: 'https://example.com' }],
      ['secret:get', { key: 'k' }],
      ['secret:set', { key: 'k', value: 'v' }],
      ['secret:delete', { key: 'k' }],
      ['pdf:print', { html: '<p>x</p>' }],
      ['pdf:print', { html: '<p>x</p>', options: { landscape: true } }],
    ]);
    expect(new Set(electron.ipcRenderer.invoke.mock.calls.map(([channel]) => channel))).toEqual(
      new Set(INVOKE_CHANNELS),
    );
  });

  it('delivers known menu commands until unsubscribed', () => {
    const received: string[] = [];
    const unsubscribe = bridge.onMenuCommand((command) => received.push(command));
    emit('menu:command', 'undo');
    emit('menu:command', 'not-a-command');
    emit('menu:command', { toString: () => 'undo' });
    emit('menu:command', 'go-calendar');
    unsubscribe();
    emit('menu:command', 'redo');
    expect(received).toEqual(['undo', 'go-calendar']);
    expect(electron.listeners.get('menu:command')?.size).toBe(0);
  });
});
