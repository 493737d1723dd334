import { describe, expect, it, vi } from 'vitest';
import { createBrowserHost, DOWNLOAD_GAP_MS, mimeTypeFor, type BrowserEnv } from './browser.ts';
import { HostError, isWebUrl } from './port.ts';

function setup() {
  const env = {
    download: vi.fn((_blob: Blob, _name: string) => undefined),
    open: vi.fn((_url: string, _target: string, _features: string) => null),
    language: 'fr-FR',
    version: '1.2.3',
  } satisfies BrowserEnv;
  return { env, host: createBrowserHost(env) };
}

describe('isWebUrl', () => {
  it('accepts http(s) addresses with a host', () => {
    for (const url of ['https://example.com', 'http://example.com:8080/a?b#c', 'HTTPS://EXAMPLE.COM/x y'])
      expect(isWebUrl(url), url).toBe(true);
  });

  it('refuses every other scheme, credentials and garbage', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'app://slotboard/index.html',
      'mailto:a@b.c',
      'https://user:pass@example.com',
      '//example.com',
      '/relative',
      '',
      'https://',
    ]) {
      expect(isWebUrl(url), url).toBe(false);
    }
  });
});

describe('browser host', () => {
  it('opens http(s) links in a new tab without opener', async () => {
    const { env, host } = setup();
    await host.openLink('https://example.com/a b');
    expect(env.open).toHaveBeenCalledWith('https://example.com/a%20b', '_blank', 'noopener,noreferrer');
  });

  it('refuses other links with a coded error and opens nothing', async () => {
    const { env, host } = setup();
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x']) {
      const error = await host.openLink(url).catch((e: unknown) => e);
      expect(error, url).toBeInstanceOf(HostError);
      expect((error as HostError).code).toBe('link_refused');
    }
    expect(env.open).not.toHaveBeenCalled();
  });

  it('downloads saved files with their type', async () => {
    const { env, host } = setup();
    expect(await host.saveFile('plan.csv', 'a;b\n1;2')).toEqual({ saved: true });
    const [blob, name] = env.download.mock.calls[0] ?? [];
    expect(name).toBe('plan.csv');
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    expect(await blob?.text()).toBe('a;b\n1;2');
    await host.saveFile('io.pdf', new Uint8Array([37, 80]));
    expect(env.download.mock.calls[1]?.[0].type).toBe('application/pdf');
    await expect(host.saveFile('../x.csv', 'x')).rejects.toMatchObject({ code: 'invalid_arguments' });
  });

  it('downloads several files one after the other, under safe unique names', async () => {
    const { env, host } = setup();
    const waits: number[] = [];
    const paced = createBrowserHost({ ...env, wait: (ms) => Promise.resolve(void waits.push(ms)) });
    expect(host.capabilities.folders).toBe(false);
    const result = await paced.saveFilesToFolder([
      { name: 'IO-2026-0001 r1.pdf', data: new Uint8Array([37, 80]) },
      { name: '../IO-2026-0001 r1.pdf', data: new Uint8Array([37]) },
      { name: 'io-2026-0001 R1.PDF', data: 'text' },
    ]);
    expect(result).toEqual({
      saved: true,
      written: 3,
      names: ['IO-2026-0001 r1.pdf', '_IO-2026-0001 r1.pdf', 'io-2026-0001 R1 (2).PDF'],
    });
    expect(env.download.mock.calls.map(([, name]) => name)).toEqual(result.names);
    expect(env.download.mock.calls.map(([blob]) => blob.type)).toEqual([
      'application/pdf',
      'application/pdf',
      'application/pdf',
    ]);
    expect(await env.download.mock.calls[2]?.[0].text()).toBe('text');
    expect(waits).toEqual([DOWNLOAD_GAP_MS, DOWNLOAD_GAP_MS]);
    expect(await paced.saveFilesToFolder([])).toEqual({ saved: false, written: 0 });
    expect(env.download).toHaveBeenCalledTimes(3);
  });

  it('guesses MIME types from the extension', () => {
    expect(mimeTypeFor('a.JSON')).toBe('application/json');
    expect(mimeTypeFor('archive.slotboard')).toBe('application/octet-stream');
    expect(mimeTypeFor('noext')).toBe('application/octet-stream');
  });

  it('keeps secrets in memory, and says so', async () => {
    const { host } = setup();
    expect(await host.getSecret('token')).toEqual({ value: null, warning: 'memory_only' });
    expect(await host.setSecret('token', 'abc')).toEqual({ warning: 'memory_only' });
    expect(await host.getSecret('token')).toEqual({ value: 'abc', warning: 'memory_only' });
    expect(await host.deleteSecret('token')).toEqual({ deleted: true });
    expect(await host.getSecret('token')).toEqual({ value: null, warning: 'memory_only' });
    await expect(host.setSecret('__proto__', 'x')).rejects.toMatchObject({ code: 'invalid_arguments' });
    expect(host.capabilities.persistentSecrets).toBe(false);
  });

  it('reports what a browser cannot do', async () => {
    const { host } = setup();
    expect(await host.printPdf('<p>x</p>')).toEqual({ supported: false });
    const unsubscribe = host.onMenuCommand(() => undefined);
    expect(unsubscribe).toBeTypeOf('function');
    unsubscribe();
    expect(await host.appInfo()).toEqual({
      name: 'Slotboard',
      version: '1.2.3',
      platform: 'web',
      locale: 'fr-FR',
    });
  });
});
