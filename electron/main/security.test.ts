import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const { openExternal } = vi.hoisted(() => ({ openExternal: vi.fn((_url: string) => Promise.resolve()) }));
vi.mock('electron', () => ({ shell: { openExternal } }));

import type { App, Session, WebContents } from 'electron';
import { createOriginCheck } from './origin.ts';
import {
  hardenSession,
  hardenWebContents,
  installSecurity,
  isExternalWebUrl,
  openExternalSafely,
} from './security.ts';

type OpenHandler = (details: { url: string }) => { action: string };

class FakeContents extends EventEmitter {
  openHandler: OpenHandler | undefined;
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }
  getURL(): string {
    return 'app://slotboard/index.html';
  }
}

function hardened(devServerUrl?: string): FakeContents {
  const contents = new FakeContents();
  hardenWebContents(contents as unknown as WebContents, createOriginCheck(devServerUrl));
  return contents;
}

/** Emits a navigation-like event; returns whether the app prevented it. */
function attempt(contents: FakeContents, eventName: 'will-navigate' | 'will-redirect', url: string): boolean {
  const event = { url, preventDefault: vi.fn() };
  contents.emit(eventName, event);
  return event.preventDefault.mock.calls.length > 0;
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  openExternal.mockClear();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('navigation', () => {
  it('allows navigation inside the app origin', () => {
    const contents = hardened();
    expect(attempt(contents, 'will-navigate', 'app://slotboard/index.html')).toBe(false);
    expect(attempt(contents, 'will-navigate', 'app://slotboard/assets/x.js?v=1#top')).toBe(false);
  });

  it('denies navigation to another origin and hands http(s) to the browser', async () => {
    const contents = hardened();
    expect(attempt(contents, 'will-navigate', 'https://evil.example/phish')).toBe(true);
    await flush();
    expect(openExternal).toHaveBeenCalledWith('https://evil.example/phish');
  });

  it('denies look-alike origins and other schemes without opening them', async () => {
    const contents = hardened();
    for (const url of [
      'app://slotboard.evil/index.html',
      'app://other/index.html',
      'app://slotboard:8080/index.html',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'slotboard-helper://run',
      'data:text/html,<script>alert(1)</script>',
    ]) {
      expect(attempt(contents, 'will-navigate', url), url).toBe(true);
    }
    await flush();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('trusts the dev server only when one is configured', () => {
    expect(attempt(hardened(), 'will-navigate', 'http://localhost:5173/')).toBe(true);
    expect(
      attempt(hardened('http://localhost:5173'), 'will-navigate', 'http://localhost:5173/index.html'),
    ).toBe(false);
    expect(attempt(hardened('http://localhost:5173'), 'will-navigate', 'http://localhost:5174/')).toBe(true);
  });

  it('denies redirects away from the app without opening them', async () => {
    const contents = hardened();
    expect(attempt(contents, 'will-redirect', 'https://tracker.example/')).toBe(true);
    expect(attempt(contents, 'will-redirect', 'app://slotboard/index.html')).toBe(false);
    await flush();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('never attaches a <webview>', () => {
    const contents = hardened();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('new windows', () => {
  it('denies window.open and opens http(s) targets in the browser', async () => {
    const contents = hardened();
    expect(contents.openHandler?.({ url: 'https://example.com/docs' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'http://example.com/' })).toEqual({ action: 'deny' });
    await flush();
    expect(openExternal.mock.calls.map(([url]) => url)).toEqual([
      'https://example.com/docs',
      'http://example.com/',
    ]);
  });

  it('denies file:, javascript:, custom schemes and same-app windows without opening anything', async () => {
    const contents = hardened();
    for (const url of [
      'file:///C:/Windows/system32/calc.exe',
      'javascript:alert(1)',
      'ms-msdt:/id',
      'app://slotboard/index.html',
      'about:blank',
    ]) {
      expect(contents.openHandler?.({ url }), url).toEqual({ action: 'deny' });
    }
    await flush();
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('openExternal', () => {
  it('accepts only http(s) addresses with a host and no credentials', () => {
    expect(isExternalWebUrl('https://example.com/a?b=c')).toBe(true);
    expect(isExternalWebUrl('HTTP://EXAMPLE.COM')).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'mailto:a@b.c',
      'smb://host/share',
      'https://user:pw@example.com',
      'not a url',
      '',
      '//example.com',
    ]) {
      expect(isExternalWebUrl(url), url).toBe(false);
    }
  });

  it('refuses to pass anything else to shell.openExternal', async () => {
    await expect(openExternalSafely('file:///etc/passwd')).rejects.toThrow(/\[link_refused\]/);
    await expect(openExternalSafely('javascript:alert(1)')).rejects.toThrow(/\[link_refused\]/);
    expect(openExternal).not.toHaveBeenCalled();
    await openExternalSafely('https://example.com/x y');
    expect(openExternal).toHaveBeenCalledWith('https://example.com/x%20y');
  });
});

describe('permissions', () => {
  function handlers() {
    let request:
      | ((
          contents: unknown,
          permission: string,
          callback: (granted: boolean) => void,
          details: { requestingUrl: string },
        ) => void)
      | undefined;
    let check: ((contents: unknown, permission: string, origin: string) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    };
    hardenSession(session as unknown as Session, createOriginCheck());
    const ask = (permission: string, url = 'app://slotboard/index.html'): boolean => {
      let granted: boolean | undefined;
      request?.(new FakeContents(), permission, (value) => (granted = value), { requestingUrl: url });
      return (
        granted ??
        (() => {
          throw new Error('callback never called');
        })()
      );
    };
    return {
      ask,
      check: (permission: string, origin = 'app://slotboard') => check?.(null, permission, origin),
    };
  }

  it('denies permission requests, even from the app', () => {
    const { ask, check } = handlers();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'fullscreen',
      'hid',
      'unknown',
    ]) {
      expect(ask(permission), permission).toBe(false);
      expect(check(permission), permission).toBe(false);
    }
  });

  it('allows sanitized clipboard writes from the app only', () => {
    const { ask, check } = handlers();
    expect(ask('clipboard-sanitized-write')).toBe(true);
    expect(check('clipboard-sanitized-write')).toBe(true);
    expect(ask('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(check('clipboard-sanitized-write', 'https://evil.example')).toBe(false);
  });
});

it('hardens every web contents the app creates', () => {
  const app = new EventEmitter();
  installSecurity(app as unknown as App, createOriginCheck());
  const contents = new FakeContents();
  app.emit('web-contents-created', {}, contents);
  expect(contents.openHandler).toBeTypeOf('function');
  expect(attempt(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
});
