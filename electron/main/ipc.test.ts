import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS, type InvokeChannel } from '@shared/ipc/contract.ts';
import { registerIpc, sendToPage, type IpcHandlers } from './ipc.ts';
import { createOriginCheck } from './origin.ts';

type Registered = (event: unknown, ...args: unknown[]) => Promise<unknown>;

function setup(devServerUrl?: string) {
  const registered = new Map<string, Registered>();
  const ipcMain = { handle: (channel: string, listener: Registered) => registered.set(channel, listener) };
  const handlers = {
    'app:info': vi.fn((_request: unknown) => ({
      name: 'Slotboard',
      version: '1.0.0',
      platform: 'linux',
      locale: 'fr-FR',
    })),
    'file:save': vi.fn((_request: unknown) => ({ saved: false })),
    'file:save-to-folder': vi.fn((_request: unknown) => ({ saved: true, written: 1 })),
    'link:open': vi.fn((_request: unknown) => undefined),
    'secret:get': vi.fn((_request: unknown) => ({ value: 'token' })),
    'secret:set': vi.fn((_request: unknown) => ({})),
    'secret:delete': vi.fn((_request: unknown) => ({ deleted: true })),
    'pdf:print': vi.fn((_request: unknown) => new Uint8Array([37, 80, 68, 70])),
  } satisfies IpcHandlers;
  const log = { warn: vi.fn(), error: vi.fn() };
  registerIpc(ipcMain as unknown as IpcMain, handlers, createOriginCheck(devServerUrl), log);
  const invoke = (channel: InvokeChannel, senderUrl: string | null, ...args: unknown[]) => {
    const listener = registered.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    const event = {
      senderFrame: senderUrl === null ? null : { url: senderUrl },
      sender: {},
    } as unknown as IpcMainInvokeEvent;
    return listener(event, ...args);
  };
  return { registered, handlers, log, invoke };
}

const APP = 'app://slotboard/index.html';

describe('registerIpc', () => {
  it('registers a handler for every channel of the contract', () => {
    const { registered } = setup();
    expect([...registered.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('drops messages from unknown sender frames: the handler never runs', async () => {
    const { invoke, handlers, log } = setup();
    for (const sender of [
      'https://evil.example/',
      'app://evil/index.html',
      'file:///tmp/x.html',
      'http://localhost:5173/',
      'about:blank',
      '',
      null,
    ]) {
      await expect(invoke('secret:get', sender, { key: 'api-token' }), String(sender)).rejects.toThrow(
        /\[forbidden_sender\]/,
      );
    }
    expect(handlers['secret:get']).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledTimes(7);
    expect(log.warn.mock.calls[0]?.[0]).toContain('https://evil.example/');
  });

  it('accepts the dev server only when it is configured', async () => {
    const { invoke, handlers } = setup('http://localhost:5173');
    await expect(invoke('app:info', 'http://localhost:5173/')).resolves.toMatchObject({ name: 'Slotboard' });
    await expect(invoke('app:info', 'http://localhost:5174/')).rejects.toThrow(/\[forbidden_sender\]/);
    expect(handlers['app:info']).toHaveBeenCalledTimes(1);
  });

  it('rejects invalid arguments with a zod-derived message: the handler never runs', async () => {
    const { invoke, handlers, log } = setup();
    await expect(invoke('link:open', APP, { url: 'file:///etc/passwd' })).rejects.toThrow(
      /^\[invalid_arguments\] link:open: url: must be an http\(s\) address$/,
    );
    await expect(invoke('link:open', APP, { url: 'https://a.example', extra: 1 })).rejects.toThrow(
      /\[invalid_arguments\].*extra/,
    );
    await expect(invoke('link:open', APP)).rejects.toThrow(/\[invalid_arguments\]/);
    await expect(invoke('link:open', APP, { url: 'https://a.example' }, 'second')).rejects.toThrow(
      /at most one argument/,
    );
    await expect(invoke('secret:set', APP, { key: '../../etc', value: 'x' })).rejects.toThrow(
      /\[invalid_arguments\].*key/,
    );
    await expect(invoke('secret:set', APP, { key: 'ok', value: 42 })).rejects.toThrow(
      /\[invalid_arguments\].*value/,
    );
    await expect(invoke('file:save', APP, { suggestedName: '../evil.sh', data: 'x' })).rejects.toThrow(
      /not a path/,
    );
    await expect(invoke('pdf:print', APP, { html: '<p>x</p>', options: { scale: 50 } })).rejects.toThrow(
      /scale/,
    );
    await expect(invoke('app:info', APP, { sneaky: true })).rejects.toThrow(/\[invalid_arguments\]/);
    await expect(invoke('file:save-to-folder', APP, { files: [] })).rejects.toThrow(
      /\[invalid_arguments\].*files/,
    );
    await expect(
      invoke('file:save-to-folder', APP, { files: [{ name: 'a.pdf', data: 42 }] }),
    ).rejects.toThrow(/\[invalid_arguments\].*files\.0\.data/);
    await expect(
      invoke('file:save-to-folder', APP, { files: [{ name: 'a.pdf', data: 'x' }], folder: '/etc' }),
    ).rejects.toThrow(/\[invalid_arguments\].*folder/);
    for (const channel of INVOKE_CHANNELS) expect(handlers[channel], channel).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledTimes(12);
  });

  it('passes valid, parsed arguments to the handler and returns its result', async () => {
    const { invoke, handlers } = setup();
    await expect(invoke('link:open', APP, { url: 'https://docs.example/x' })).resolves.toBeUndefined();
    expect(handlers['link:open']).toHaveBeenCalledWith({ url: 'https://docs.example/x' }, expect.anything());

    const pdf = await invoke('pdf:print', 'app://slotboard/other/page.html', { html: '<p>IO</p>' });
    expect(pdf).toEqual(new Uint8Array([37, 80, 68, 70]));
    // Defaults from the schema are applied before the handler sees the request.
    expect(handlers['pdf:print']).toHaveBeenCalledWith({ html: '<p>IO</p>', options: {} }, expect.anything());

    const bytes = new Uint8Array([1, 2, 3]);
    await invoke('file:save', APP, {
      suggestedName: 'plan.csv',
      data: bytes,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
    expect(handlers['file:save'].mock.calls[0]?.[0]).toEqual({
      suggestedName: 'plan.csv',
      data: bytes,
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });

    const files = [{ name: '../IO-2026-0001 r1.pdf', data: bytes }];
    await expect(invoke('file:save-to-folder', APP, { files })).resolves.toEqual({ saved: true, written: 1 });
    // The handler sanitises names itself (files.ts); the contract only checks the shape.
    expect(handlers['file:save-to-folder'].mock.calls[0]?.[0]).toEqual({ files });

    await expect(invoke('app:info', APP)).resolves.toEqual({
      name: 'Slotboard',
      version: '1.0.0',
      platform: 'linux',
      locale: 'fr-FR',
    });
  });

  it('reports handler failures with a code, keeping coded errors as they are', async () => {
    const { invoke, handlers, log } = setup();
    handlers['secret:get'].mockImplementationOnce(() => {
      throw new Error('[secret_storage_unavailable] no keychain');
    });
    await expect(invoke('secret:get', APP, { key: 'k' })).rejects.toThrow(
      /^\[secret_storage_unavailable\] no keychain$/,
    );
    handlers['secret:get'].mockImplementationOnce(() => {
      throw new Error('EACCES: permission denied');
    });
    await expect(invoke('secret:get', APP, { key: 'k' })).rejects.toThrow(
      /^\[internal\] secret:get failed: EACCES/,
    );
    expect(log.error).toHaveBeenCalledTimes(1);
  });
});

describe('sendToPage', () => {
  it('sends only commands the contract knows', () => {
    const send = vi.fn();
    sendToPage({ send }, 'menu:command', 'undo');
    expect(send).toHaveBeenCalledWith('menu:command', 'undo');
    expect(() => sendToPage({ send }, 'menu:command', 'format-disk' as never)).toThrow();
    expect(send).toHaveBeenCalledTimes(1);
  });
});
