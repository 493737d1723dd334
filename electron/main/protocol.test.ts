import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '@shared/csp.ts';
import { createAppHandler, registerAppScheme, resolveInside } from './protocol.ts';

let base: string;
let rendererDir: string;
let handle: (request: Request) => Promise<Response>;
const get = (url: string, init?: RequestInit) => handle(new Request(url, init));

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'slotboard-protocol-'));
  rendererDir = join(base, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Slotboard</title>');
  await writeFile(join(rendererDir, 'assets', 'index-abc.js'), 'console.log("hi")');
  await writeFile(join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(base, 'secret.txt'), 'TOP SECRET');
  handle = createAppHandler(rendererDir);
});

afterAll(() => rm(base, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('serves index.html at the root, with the Content-Security-Policy', async () => {
    for (const url of ['app://slotboard/', 'app://slotboard/index.html']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('<title>Slotboard</title>');
    }
  });

  it('serves assets with their content type and the CSP', async () => {
    const script = await get('app://slotboard/assets/index-abc.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await script.text()).toBe('console.log("hi")');
    const style = await get('app://slotboard/assets/index-abc.css?v=2#x');
    expect(style.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('has a policy that forbids inline scripts, plugins and framing', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('refuses `..` traversal out of the renderer folder', async () => {
    for (const url of [
      'app://slotboard/..%2fsecret.txt',
      'app://slotboard/assets/..%2f..%2fsecret.txt',
      'app://slotboard/%2e%2e%2fsecret.txt',
      'app://slotboard/..%5csecret.txt',
      'app://slotboard/../secret.txt',
      'app://slotboard/%2e%2e/secret.txt',
      `app://slotboard/${encodeURIComponent(join(base, 'secret.txt'))}`,
      'app://slotboard/index.html%00.js',
      'app://slotboard/%E0%A4%A',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).not.toContain('TOP SECRET');
    }
  });

  it('refuses other hosts with 403', async () => {
    for (const url of [
      'app://evil/index.html',
      'app://slotboard.evil/index.html',
      'app://slotboard:1234/index.html',
    ]) {
      expect((await get(url)).status, url).toBe(403);
    }
  });

  it('refuses anything but GET with 405', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']) {
      const response = await get('app://slotboard/index.html', { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET');
    }
  });

  it('answers 404 for missing files and folders', async () => {
    expect((await get('app://slotboard/missing.js')).status).toBe(404);
    expect((await get('app://slotboard/assets')).status).toBe(404);
    expect((await get('app://slotboard/assets/')).status).toBe(404);
  });

  it('resolves paths only inside the root', () => {
    expect(resolveInside('/srv/app', '/')).toBe(join('/srv/app', 'index.html'));
    expect(resolveInside('/srv/app', '/assets/a.js')).toBe(join('/srv/app', 'assets', 'a.js'));
    expect(resolveInside('/srv/app', '/..%2fapp2/x')).toBeNull();
    expect(resolveInside('/srv/app', '/a/../../x')).toBeNull();
    expect(resolveInside('/srv/app', '/%zz')).toBeNull();
  });

  it('registers app: as a privileged standard, secure scheme', () => {
    const registerSchemesAsPrivileged = vi.fn((_schemes: unknown) => undefined);
    registerAppScheme({ registerSchemesAsPrivileged } as unknown as Protocol);
    expect(registerSchemesAsPrivileged.mock.calls[0]?.[0]).toMatchObject([
      { scheme: 'app', privileges: { standard: true, secure: true } },
    ]);
  });
});
