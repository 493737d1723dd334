/**
 * `file:save`: the native save dialog, then the write. The page never names a path: the user
 * picks it, so the page can only ever write where the user agreed to.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BaseWindow, Dialog, SaveDialogOptions } from 'electron';
import type { IpcParsedRequest, SaveFileResult } from '@shared/ipc/contract.ts';

export interface SaveFileDeps {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** Where the dialog opens: `app.getPath('documents')`. */
  defaultDir: string;
  write?: (path: string, data: string | Uint8Array) => Promise<void>;
}

export async function saveFile(
  parent: BaseWindow | null,
  request: IpcParsedRequest<'file:save'>,
  deps: SaveFileDeps,
): Promise<SaveFileResult> {
  const options: SaveDialogOptions = {
    defaultPath: join(deps.defaultDir, request.suggestedName),
    filters: request.filters ?? [],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const choice = parent
    ? await deps.dialog.showSaveDialog(parent, options)
    : await deps.dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  await (deps.write ?? writeFile)(choice.filePath, request.data);
  return { saved: true, path: choice.filePath };
}
