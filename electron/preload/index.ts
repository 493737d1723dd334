/**
 * The one bridge the page may use: `window.slotboard`, a few named functions over the IPC
 * contract. `ipcRenderer` itself is never exposed. Sandboxed: bundled into one CommonJS file
 * whose only runtime `require` is `electron`.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  MENU_COMMANDS,
  type EventChannel,
  type InvokeChannel,
  type IpcArgs,
  type IpcResult,
  type MenuCommand,
  type SlotboardBridge,
} from '@shared/ipc/contract.ts';

function invoke<C extends InvokeChannel>(channel: C, ...args: IpcArgs<C>): Promise<IpcResult<C>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<IpcResult<C>>;
}

const MENU_EVENT: EventChannel = 'menu:command';

function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

export const bridge = {
  appInfo: () => invoke('app:info'),
  saveFile: (request) => invoke('file:save', request),
  saveFilesToFolder: (request) => invoke('file:save-to-folder', request),
  openLink: (url) => invoke('link:open', { url }),
  getSecret: (key) => invoke('secret:get', { key }),
  setSecret: (key, value) => invoke('secret:set', { key, value }),
  deleteSecret: (key) => invoke('secret:delete', { key }),
  printPdf: (html, options?) => invoke('pdf:print', options === undefined ? { html } : { html, options }),
  onMenuCommand: (listener) => {
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_EVENT, handler);
    return () => {
      ipcRenderer.removeListener(MENU_EVENT, handler);
    };
  },
} satisfies SlotboardBridge;

contextBridge.exposeInMainWorld('slotboard', bridge);
