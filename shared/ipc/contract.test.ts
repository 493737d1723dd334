import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  EVENT_CHANNELS,
  eventContract,
  formatIpcError,
  INVOKE_CHANNELS,
  invokeContract,
  MAX_FILE_BYTES,
  MAX_FOLDER_FILES,
  MENU_COMMANDS,
  menuCommandSchema,
  parseIpcError,
} from './contract.ts';

describe('IPC contract', () => {
  it('gives every channel a request schema and a result schema', () => {
    expect(INVOKE_CHANNELS.length).toBeGreaterThan(0);
    for (const channel of INVOKE_CHANNELS) {
      expect(invokeContract[channel].request, channel).toBeInstanceOf(z.ZodType);
      expect(invokeContract[channel].result, channel).toBeInstanceOf(z.ZodType);
    }
    for (const channel of EVENT_CHANNELS) expect(eventContract[channel], channel).toBeInstanceOf(z.ZodType);
  });

  it('lists exactly the channels of the brief', () => {
    expect([...INVOKE_CHANNELS].sort()).toEqual(
      [
        'app:info',
        'file:save',
        'file:save-to-folder',
        'link:open',
        'pdf:print',
        'secret:delete',
        'secret:get',
        'secret:set',
      ].sort(),
    );
    expect(EVENT_CHANNELS).toEqual(['menu:command']);
    for (const channel of [...INVOKE_CHANNELS, ...EVENT_CHANNELS])
      expect(channel).toMatch(/^[a-z]+:[a-z-]+$/);
  });

  it('knows the menu commands', () => {
    expect(MENU_COMMANDS).toContain('undo');
    expect(menuCommandSchema.safeParse('go-calendar').success).toBe(true);
    expect(menuCommandSchema.safeParse('rm -rf').success).toBe(false);
  });

  it('accepts only http(s) links', () => {
    const link = invokeContract['link:open'].request;
    expect(link.safeParse({ url: 'https://example.com/a b' }).success).toBe(true);
    expect(link.safeParse({ url: 'HTTP://example.com' }).success).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://',
      'mailto:x@y.z',
      ' https://x.y',
      'app://slotboard/',
    ]) {
      expect(link.safeParse({ url }).success, url).toBe(false);
    }
  });

  it('accepts file names, not paths', () => {
    const save = invokeContract['file:save'].request;
    expect(save.safeParse({ suggestedName: 'IO Acme – mars.pdf', data: new Uint8Array(2) }).success).toBe(
      true,
    );
    for (const suggestedName of [
      '../x.csv',
      'a/b.csv',
      'a\\b.csv',
      '..',
      '',
      'a\u0000.csv',
      'x'.repeat(256),
    ]) {
      expect(save.safeParse({ suggestedName, data: 'x' }).success, suggestedName).toBe(false);
    }
    expect(save.safeParse({ suggestedName: 'a.csv', data: 42 }).success).toBe(false);
  });

  it('bounds a folder export: at least one file, names as strings, bytes or text, no extra fields', () => {
    const save = invokeContract['file:save-to-folder'].request;
    const pdf = new Uint8Array([37, 80, 68, 70]);
    expect(
      save.safeParse({
        files: [
          { name: 'IO-2026-0001 r1.pdf', data: pdf },
          { name: 'b.csv', data: 'a;b' },
        ],
      }).success,
    ).toBe(true);
    // Names are made safe by the main process, not refused: a wished-for name may hold anything.
    expect(save.safeParse({ files: [{ name: '../../etc/passwd', data: 'x' }] }).success).toBe(true);
    for (const request of [
      { files: [] },
      { files: [{ name: '', data: 'x' }] },
      { files: [{ name: 'a', data: 42 }] },
      { files: [{ name: 'a', data: 'x', path: '/etc' }] },
      { files: [{ name: 'a', data: 'x' }], folder: '/tmp' },
      { files: Array.from({ length: MAX_FOLDER_FILES + 1 }, (_, i) => ({ name: `${i}.pdf`, data: 'x' })) },
      { files: [{ name: 'x'.repeat(1001), data: 'x' }] },
    ]) {
      expect(save.safeParse(request).success, JSON.stringify(request).slice(0, 80)).toBe(false);
    }
    // One lazily zeroed buffer, twice: over the limit together, each under it.
    const half = new Uint8Array(MAX_FILE_BYTES / 2 + 1);
    expect(save.safeParse({ files: [{ name: 'a', data: half }] }).success).toBe(true);
    expect(
      save.safeParse({
        files: [
          { name: 'a', data: half },
          { name: 'b', data: half },
        ],
      }).success,
    ).toBe(false);
  });

  it('accepts plain secret keys only', () => {
    const get = invokeContract['secret:get'].request;
    for (const key of ['adserver.token', 'api:prod_1', 'A-1'])
      expect(get.safeParse({ key }).success, key).toBe(true);
    for (const key of ['', '__proto__', '../x', 'a b', 'k'.repeat(129)])
      expect(get.safeParse({ key }).success, key).toBe(false);
  });

  it('defaults the PDF options and bounds them', () => {
    const print = invokeContract['pdf:print'].request;
    expect(print.parse({ html: '<p>x</p>' })).toEqual({ html: '<p>x</p>', options: {} });
    expect(
      print.safeParse({
        html: '<p>x</p>',
        options: { pageSize: 'A4', margins: { top: 0.4 }, landscape: true },
      }).success,
    ).toBe(true);
    expect(print.safeParse({ html: '<p>x</p>', options: { pageSize: 'B9' } }).success).toBe(false);
    expect(print.safeParse({ html: '<p>x</p>', options: { pageRanges: '1-2; rm' } }).success).toBe(false);
  });

  it('carries error codes through the message Electron wraps them in', () => {
    const message = formatIpcError('secret_storage_unavailable', 'no keychain');
    expect(parseIpcError(`Error invoking remote method 'secret:set': Error: ${message}`)).toEqual({
      code: 'secret_storage_unavailable',
      detail: 'no keychain',
    });
    expect(parseIpcError('something else')).toEqual({ code: 'internal', detail: 'something else' });
    expect(parseIpcError('[not_a_code] x')).toEqual({ code: 'internal', detail: '[not_a_code] x' });
  });
});
