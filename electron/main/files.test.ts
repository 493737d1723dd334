import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BaseWindow } from 'electron';
import { saveFile, saveFilesToFolder, type SaveFileDeps, type SaveToFolderDeps } from './files.ts';

function deps(choice: { canceled: boolean; filePath: string }) {
  const dialog = {
    showSaveDialog: vi.fn((..._args: unknown[]) => Promise.resolve(choice)),
  } as unknown as SaveFileDeps['dialog'] & {
    showSaveDialog: ReturnType<typeof vi.fn>;
  };
  const write = vi.fn((_path: string, _data: string | Uint8Array) => Promise.resolve());
  return { dialog, write, defaultDir: '/home/me/Documents' } satisfies SaveFileDeps;
}

describe('file:save', () => {
  it('writes nothing when the user cancels', async () => {
    const d = deps({ canceled: true, filePath: '' });
    expect(await saveFile(null, { suggestedName: 'plan.csv', data: 'a;b' }, d)).toEqual({ saved: false });
    expect(d.write).not.toHaveBeenCalled();
  });

  it('writes the data where the user chose, from a dialog on the sender window', async () => {
    const d = deps({ canceled: false, filePath: '/tmp/chosen.csv' });
    const parent = {} as BaseWindow;
    const bytes = new Uint8Array([1, 2]);
    const filters = [{ name: 'CSV', extensions: ['csv'] }];
    expect(await saveFile(parent, { suggestedName: 'plan.csv', data: bytes, filters }, d)).toEqual({
      saved: true,
      path: '/tmp/chosen.csv',
    });
    expect(d.dialog.showSaveDialog).toHaveBeenCalledWith(
      parent,
      expect.objectContaining({ defaultPath: join('/home/me/Documents', 'plan.csv'), filters }),
    );
    expect(d.write).toHaveBeenCalledWith('/tmp/chosen.csv', bytes);
  });
});

describe('file:save-to-folder', () => {
  function folderDeps(choice: { canceled: boolean; filePaths: string[] }, existing: string[] = []) {
    const dialog = {
      showOpenDialog: vi.fn((..._args: unknown[]) => Promise.resolve(choice)),
    } as unknown as SaveToFolderDeps['dialog'] & { showOpenDialog: ReturnType<typeof vi.fn> };
    const disk = new Map<string, string | Uint8Array>(existing.map((path) => [path, 'old']));
    const writeNew = vi.fn((path: string, data: string | Uint8Array) => {
      if (disk.has(path)) return Promise.reject(Object.assign(new Error('exists'), { code: 'EEXIST' }));
      disk.set(path, data);
      return Promise.resolve();
    });
    return { dialog, writeNew, disk, defaultDir: '/home/me/Documents' } satisfies SaveToFolderDeps & {
      disk: Map<string, string | Uint8Array>;
    };
  }
  const pdf = new Uint8Array([37, 80, 68, 70]);

  it('asks for a folder (which may be created) and writes nothing when the user cancels', async () => {
    const d = folderDeps({ canceled: true, filePaths: [] });
    const parent = {} as BaseWindow;
    expect(await saveFilesToFolder(parent, { files: [{ name: 'a.pdf', data: pdf }] }, d)).toEqual({
      saved: false,
      written: 0,
    });
    expect(d.dialog.showOpenDialog).toHaveBeenCalledWith(parent, {
      defaultPath: '/home/me/Documents',
      properties: ['openDirectory', 'createDirectory'],
    });
    expect(d.writeNew).not.toHaveBeenCalled();
  });

  it('writes every file into the folder under safe, unique names', async () => {
    const d = folderDeps({ canceled: false, filePaths: ['/home/me/IO'] });
    const files = [
      { name: 'IO-2026-0001 r1 – Printemps.pdf', data: pdf },
      { name: '../../.bashrc', data: 'x' },
      { name: 'a/b:c.pdf', data: pdf },
      { name: 'A_B_C.PDF', data: pdf },
    ];
    const result = await saveFilesToFolder(null, { files }, d);
    expect(result).toEqual({
      saved: true,
      folder: '/home/me/IO',
      written: 4,
      names: ['IO-2026-0001 r1 – Printemps.pdf', '_._.bashrc', 'a_b_c.pdf', 'A_B_C (2).PDF'],
    });
    expect([...d.disk.keys()]).toEqual([
      join('/home/me/IO', 'IO-2026-0001 r1 – Printemps.pdf'),
      join('/home/me/IO', '_._.bashrc'),
      join('/home/me/IO', 'a_b_c.pdf'),
      join('/home/me/IO', 'A_B_C (2).PDF'),
    ]);
    expect(d.disk.get(join('/home/me/IO', 'a_b_c.pdf'))).toBe(pdf);
  });

  it('never overwrites a file already in the folder: takes the next free suffix', async () => {
    const d = folderDeps({ canceled: false, filePaths: ['/home/me/IO'] }, [
      join('/home/me/IO', 'IO.pdf'),
      join('/home/me/IO', 'IO (2).pdf'),
    ]);
    const result = await saveFilesToFolder(null, { files: [{ name: 'IO.pdf', data: pdf }] }, d);
    expect(result.names).toEqual(['IO (3).pdf']);
    expect(d.disk.get(join('/home/me/IO', 'IO.pdf'))).toBe('old');
  });

  it('stops on a write failure other than an existing file', async () => {
    const d = folderDeps({ canceled: false, filePaths: ['/home/me/IO'] });
    d.writeNew.mockImplementationOnce(() =>
      Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' })),
    );
    await expect(saveFilesToFolder(null, { files: [{ name: 'a.pdf', data: pdf }] }, d)).rejects.toThrow(
      'disk full',
    );
  });

  it('really writes with the default writer, refusing to overwrite', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'slotboard-folder-'));
    try {
      await writeFile(join(folder, 'a.pdf'), 'old');
      const d = { dialog: folderDeps({ canceled: false, filePaths: [folder] }).dialog, defaultDir: folder };
      const result = await saveFilesToFolder(
        null,
        {
          files: [
            { name: 'a.pdf', data: pdf },
            { name: 'b.txt', data: 'hé' },
          ],
        },
        d,
      );
      expect(result.names).toEqual(['a (2).pdf', 'b.txt']);
      expect(await readFile(join(folder, 'a.pdf'), 'utf8')).toBe('old');
      expect(new Uint8Array(await readFile(join(folder, 'a (2).pdf')))).toEqual(pdf);
      expect(await readFile(join(folder, 'b.txt'), 'utf8')).toBe('hé');
      expect((await readdir(folder)).sort()).toEqual(['a (2).pdf', 'a.pdf', 'b.txt']);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
