/** The host in the desktop app: a thin adapter over the preload bridge, `window.slotboard`. */
import { parseIpcError, type SlotboardBridge } from '@shared/ipc/contract.ts';
import { HostError, isWebUrl, type Host } from './port.ts';

/** Text editing in the page, for Undo/Redo from the menu while a text field has focus. */
export interface TextEditing {
  isEditingText(): boolean;
  run(command: 'undo' | 'redo'): void;
}

const documentEditing: TextEditing = {
  isEditingText() {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement)) return false;
    return (
      element.isContentEditable ||
      element instanceof HTMLInputElement ||
      element instanceof HTMLTextAreaElement
    );
  },
  run(command) {
    document.execCommand(command);
  },
};

/** Electron rejects with "Error invoking remote method 'x': Error: [code] detail": keep code and detail. */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const { code, detail } = parseIpcError(error instanceof Error ? error.message : String(error));
  return new HostError(code, detail);
}

async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toHostError(error);
  }
}

export function createElectronHost(bridge: SlotboardBridge, editing: TextEditing = documentEditing): Host {
  return {
    kind: 'electron',
    capabilities: { pdf: true, persistentSecrets: true, nativeMenu: true, folders: true },
    appInfo: () => call(() => bridge.appInfo()),
    saveFile: (name, data, filters) =>
      call(() =>
        bridge.saveFile(filters ? { suggestedName: name, data, filters } : { suggestedName: name, data }),
      ),
    saveFilesToFolder: (files) =>
      files.length === 0
        ? Promise.resolve({ saved: false, written: 0 })
        : call(() => bridge.saveFilesToFolder({ files: files.map(({ name, data }) => ({ name, data })) })),
    openLink: (url) => {
      // Checked here for a quick, clear answer; the main process checks again and decides.
      if (!isWebUrl(url))
        return Promise.reject(new HostError('link_refused', 'only http(s) addresses can be opened'));
      return call(() => bridge.openLink(url));
    },
    getSecret: (key) => call(() => bridge.getSecret(key)),
    setSecret: (key, value) => call(() => bridge.setSecret(key, value)),
    deleteSecret: (key) => call(() => bridge.deleteSecret(key)),
    printPdf: async (html, options) => ({
      supported: true,
      pdf: await call(() => bridge.printPdf(html, options)),
    }),
    onMenuCommand: (listener) =>
      bridge.onMenuCommand((command) => {
        // The menu's Undo/Redo drive the planner's command stack, except while typing: then they
        // undo the typing, as everywhere else on the desktop.
        if ((command === 'undo' || command === 'redo') && editing.isEditingText()) editing.run(command);
        else listener(command);
      }),
  };
}
