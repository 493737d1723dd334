/**
 * Every page Electron creates is locked to the app's own origin. Short on purpose: audit here.
 *
 * - navigation and redirects away from the app are denied (http(s) links go to the browser);
 * - new windows are denied (http(s) targets go to the browser);
 * - <webview> is never attached;
 * - permission requests and checks are denied, except sanitized clipboard writes from the app;
 * - shell.openExternal only ever receives an http(s) address that parsed with `new URL`.
 */
import { shell, type App, type Session, type WebContents } from 'electron';
import { formatIpcError } from '@shared/ipc/contract.ts';
import type { OriginCheck } from './origin.ts';

/** http(s) with a host, and no user:password@ part (a classic phishing disguise). */
export function isExternalWebUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.hostname !== '' &&
    !url.username &&
    !url.password
  );
}

/** Opens an http(s) address in the user's browser; refuses anything else. */
export async function openExternalSafely(raw: string): Promise<void> {
  if (!isExternalWebUrl(raw)) {
    throw new Error(formatIpcError('link_refused', 'only http(s) addresses can be opened'));
  }
  await shell.openExternal(new URL(raw).href);
}

function handOff(url: string): void {
  if (!isExternalWebUrl(url)) {
    console.warn(`[security] refused to open ${JSON.stringify(url.slice(0, 200))}`);
    return;
  }
  openExternalSafely(url).catch((error: unknown) => console.error('[security] openExternal failed', error));
}

export function hardenWebContents(contents: WebContents, isTrusted: OriginCheck): void {
  contents.on('will-navigate', (event) => {
    if (isTrusted(event.url)) return;
    event.preventDefault();
    handOff(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (isTrusted(event.url)) return;
    event.preventDefault();
    console.warn(`[security] blocked redirect to ${JSON.stringify(event.url.slice(0, 200))}`);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    handOff(url);
    return { action: 'deny' };
  });
}

/** The only permission the app uses: `navigator.clipboard.writeText` from its own pages. */
function isAllowedPermission(permission: string, requestingUrl: string, isTrusted: OriginCheck): boolean {
  return permission === 'clipboard-sanitized-write' && isTrusted(requestingUrl);
}

export function hardenSession(session: Session, isTrusted: OriginCheck): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isAllowedPermission(permission, details.requestingUrl || contents.getURL(), isTrusted));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isAllowedPermission(permission, requestingOrigin, isTrusted),
  );
}

/** Hardens every web contents the app will ever create (windows, the PDF printer…). */
export function installSecurity(app: App, isTrusted: OriginCheck): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isTrusted));
}
