/**
 * Where the app's own pages come from. Production: the `app://slotboard` custom protocol (which
 * also pins the IndexedDB origin). `electron-vite dev`: the dev server in ELECTRON_RENDERER_URL,
 * trusted only while the app is not packaged.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'slotboard';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of an address, or null. Node's `URL.origin` is "null" for custom schemes
 * such as `app:`, so this builds it from the parts instead.
 */
export function originOf(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!url.host) return null;
  return `${url.protocol}//${url.host}`;
}

export type OriginCheck = (url: string) => boolean;

/** True for addresses on the app's own origin (and on the dev server when one is given). */
export function createOriginCheck(devServerUrl?: string): OriginCheck {
  const trusted = new Set([APP_ORIGIN]);
  const dev = devServerUrl ? originOf(devServerUrl) : null;
  if (dev) trusted.add(dev);
  return (url) => {
    const origin = originOf(url);
    return origin !== null && trusted.has(origin);
  };
}
