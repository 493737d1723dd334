/**
 * `file:save` and `file:save-to-folder`: the native dialogs, then the writes. The page never names
 * a path: the user picks the file or the folder, so the page can only ever write where the user
 * agreed to, and in a folder only under names made safe here.
 */
import { writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { BaseWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { uniqueFileNames, withSuffix } from '@shared/ipc/file-names.ts';
import type { IpcParsedRequest, SaveFileResult, SaveToFolderResult } from '@shared/ipc/contract.ts';

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

export interface SaveToFolderDeps {
  dialog: Pick<Dialog, 'showOpenDialog'>;
  /** Where the dialog opens: `app.getPath('documents')`. */
  defaultDir: string;
  /**
   * Creates `path` with `data`, failing with an error whose `code` is `EEXIST` when it exists
   * (never overwrites). Default: `fs.writeFile` with the `wx` flag.
   */
  writeNew?: (path: string, data: string | Uint8Array) => Promise<void>;
}

/** How many ` (n)` suffixes are tried for a name already present in the folder. */
const MAX_SUFFIX = 999;

const writeNewFile = (path: string, data: string | Uint8Array) => writeFile(path, data, { flag: 'wx' });

function isExists(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'EEXIST';
}

/**
 * Asks for a folder (it may be created from the dialog), then writes each file into it under a
 * sanitised name, unique within the batch (` (2)`…) and never over a file already there (the
 * next free ` (n)` is taken instead). Files are written in order; a failure stops the export and
 * rejects (files written before it stay).
 */
export async function saveFilesToFolder(
  parent: BaseWindow | null,
  request: IpcParsedRequest<'file:save-to-folder'>,
  deps: SaveToFolderDeps,
): Promise<SaveToFolderResult> {
  const options: OpenDialogOptions = {
    defaultPath: deps.defaultDir,
    properties: ['openDirectory', 'createDirectory'],
  };
  const choice = parent
    ? await deps.dialog.showOpenDialog(parent, options)
    : await deps.dialog.showOpenDialog(options);
  const folder = choice.filePaths[0];
  if (choice.canceled || !folder) return { saved: false, written: 0 };

  const root = resolve(folder);
  const write = deps.writeNew ?? writeNewFile;
  const names = uniqueFileNames(request.files.map((file) => file.name));
  const written: string[] = [];
  for (const [index, file] of request.files.entries()) {
    const wanted = names[index] ?? 'file';
    for (let n = 1; ; n++) {
      const name = n === 1 ? wanted : withSuffix(wanted, n);
      const path = join(root, name);
      // Belt and braces: the sanitiser already guarantees a plain name inside the folder.
      if (basename(name) !== name || resolve(path, '..') !== root)
        throw new Error(`refused file name ${JSON.stringify(name)}`);
      try {
        await write(path, file.data);
        written.push(name);
        break;
      } catch (error) {
        if (!isExists(error) || n >= MAX_SUFFIX) throw error;
      }
    }
  }
  return { saved: true, folder: root, written: written.length, names: written };
}
