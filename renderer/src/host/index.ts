/**
 * `host`: the environment the planner runs in, chosen once at start-up. The Electron adapter when
 * the preload bridge is there, the browser adapter otherwise.
 */
import { createBrowserHost } from './browser.ts';
import { createElectronHost } from './electron.ts';
import type { Host } from './port.ts';

export const host: Host =
  typeof window !== 'undefined' && window.slotboard
    ? createElectronHost(window.slotboard)
    : createBrowserHost();

export * from './port.ts';
