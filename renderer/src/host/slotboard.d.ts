// `window.slotboard`: the Electron preload bridge (electron/preload/index.ts). Absent in a browser.
import type { SlotboardBridge } from '@shared/ipc/contract.ts';

declare global {
  interface Window {
    readonly slotboard?: SlotboardBridge;
  }
}

export {};
