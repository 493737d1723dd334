import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { BaseWindow } from 'electron';
import { saveFile, type SaveFileDeps } from './files.ts';

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
