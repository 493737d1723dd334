import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand, SlotboardBridge } from '@shared/ipc/contract.ts';
import { createElectronHost, type TextEditing } from './electron.ts';
import { HostError } from './port.ts';

function setup(editingText = false) {
  let menuListener: ((command: MenuCommand) => void) | undefined;
  const unsubscribe = vi.fn();
  const bridge = {
    appInfo: vi.fn(() =>
      Promise.resolve({ name: 'Slotboard', version: '1.0.0', platform: 'darwin', locale: 'fr-FR' }),
    ),
    saveFile: vi.fn((_request: unknown) => Promise.resolve({ saved: true, path: '/x.csv' })),
    saveFilesToFolder: vi.fn((_request: unknown) =>
      Promise.resolve({ saved: true, folder: '/home/me/IO', written: 2, names: ['a.pdf', 'a (2).pdf'] }),
    ),
    openLink: vi.fn((_url: string) => Promise.resolve()),
    getSecret: vi.fn((_key: string) => Promise.resolve({ value: 'v' })),
    setSecret: vi.fn((_key: string, _value: string) =>
      Promise.reject(
        new Error(
          "Error invoking remote method 'secret:set': Error: [secret_storage_unavailable] no keychain",
        ),
      ),
    ),
    deleteSecret: vi.fn((_key: string) => Promise.resolve({ deleted: true })),
    printPdf: vi.fn((_html: string, _options?: unknown) => Promise.resolve(new Uint8Array([37]))),
    onMenuCommand: vi.fn((listener: (command: MenuCommand) => void) => {
      menuListener = listener;
      return unsubscribe;
    }),
  } satisfies SlotboardBridge;
  const editing = { isEditingText: vi.fn(() => editingText), run: vi.fn() } satisfies TextEditing;
  const host = createElectronHost(bridge, editing);
  return { bridge, editing, host, unsubscribe, menu: (command: MenuCommand) => menuListener?.(command) };
}

describe('electron host', () => {
  it('forwards calls to the bridge', async () => {
    const { bridge, host } = setup();
    expect(await host.appInfo()).toMatchObject({ platform: 'darwin' });
    expect(await host.saveFile('a.csv', 'x', [{ name: 'CSV', extensions: ['csv'] }])).toEqual({
      saved: true,
      path: '/x.csv',
    });
    expect(bridge.saveFile).toHaveBeenCalledWith({
      suggestedName: 'a.csv',
      data: 'x',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    expect(await host.printPdf('<p>x</p>', { pageSize: 'A4' })).toEqual({
      supported: true,
      pdf: new Uint8Array([37]),
    });
    expect(bridge.printPdf).toHaveBeenCalledWith('<p>x</p>', { pageSize: 'A4' });
    await host.openLink('https://example.com');
    expect(bridge.openLink).toHaveBeenCalledWith('https://example.com');
  });

  it('saves several files into a folder through the bridge, and asks nothing for none', async () => {
    const { bridge, host } = setup();
    expect(host.capabilities.folders).toBe(true);
    const pdf = new Uint8Array([37]);
    expect(
      await host.saveFilesToFolder([
        { name: 'a.pdf', data: pdf },
        { name: 'a.pdf', data: 'x' },
      ]),
    ).toEqual({
      saved: true,
      folder: '/home/me/IO',
      written: 2,
      names: ['a.pdf', 'a (2).pdf'],
    });
    expect(bridge.saveFilesToFolder).toHaveBeenCalledWith({
      files: [
        { name: 'a.pdf', data: pdf },
        { name: 'a.pdf', data: 'x' },
      ],
    });
    expect(await host.saveFilesToFolder([])).toEqual({ saved: false, written: 0 });
    expect(bridge.saveFilesToFolder).toHaveBeenCalledTimes(1);
    bridge.saveFilesToFolder.mockRejectedValueOnce(
      new Error(
        "Error invoking remote method 'file:save-to-folder': Error: [internal] file:save-to-folder failed: disk full",
      ),
    );
    await expect(host.saveFilesToFolder([{ name: 'a.pdf', data: pdf }])).rejects.toMatchObject({
      code: 'internal',
      message: 'file:save-to-folder failed: disk full',
    });
  });

  it('turns main-process errors into coded HostErrors', async () => {
    const { host } = setup();
    const error = await host.setSecret('token', 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'secret_storage_unavailable', message: 'no keychain' });
  });

  it('refuses non-http(s) links before asking the main process', async () => {
    const { bridge, host } = setup();
    await expect(host.openLink('javascript:alert(1)')).rejects.toMatchObject({ code: 'link_refused' });
    expect(bridge.openLink).not.toHaveBeenCalled();
  });

  it('passes menu commands on, and returns the bridge unsubscribe', () => {
    const { host, menu, unsubscribe } = setup();
    const received: MenuCommand[] = [];
    const off = host.onMenuCommand((command) => received.push(command));
    menu('undo');
    menu('go-bookings');
    expect(received).toEqual(['undo', 'go-bookings']);
    off();
    expect(unsubscribe).toHaveBeenCalled();
  });

  it('lets the menu undo typing while a text field has focus', () => {
    const { host, menu, editing } = setup(true);
    const received: MenuCommand[] = [];
    host.onMenuCommand((command) => received.push(command));
    menu('undo');
    menu('redo');
    menu('new-booking');
    expect(editing.run.mock.calls).toEqual([['undo'], ['redo']]);
    expect(received).toEqual(['new-booking']);
  });
});
