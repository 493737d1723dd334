import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Rectangle } from 'electron';
import {
  DEFAULT_WINDOW_STATE,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  trackWindowState,
  type ScreenLike,
} from './window-state.ts';

const FULL_HD: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 };
const RIGHT_4K: Rectangle = { x: 1920, y: 0, width: 3840, height: 2120 };

function screenOf(...workAreas: Rectangle[]): ScreenLike {
  return {
    getPrimaryDisplay: () => ({ workArea: workAreas[0] ?? FULL_HD }),
    getAllDisplays: () => workAreas.map((workArea) => ({ workArea })),
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slotboard-window-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('window state', () => {
  it('round-trips through the file', async () => {
    const file = join(dir, 'window-state.json');
    const state = { x: 100, y: 80, width: 1280, height: 800, maximized: true };
    await saveWindowState(file, state);
    expect(await loadWindowState(file, screenOf(FULL_HD))).toEqual(state);
  });

  it('falls back to the defaults when the file is missing, corrupt or not a window state', async () => {
    const file = join(dir, 'window-state.json');
    expect(await loadWindowState(file, screenOf(FULL_HD))).toEqual(DEFAULT_WINDOW_STATE);
    for (const text of [
      '{not json',
      '',
      'null',
      '[]',
      '{"width":"big","height":800}',
      '{"width":1200}',
      '{"width":10,"height":10}',
      '{"width":1e9,"height":800}',
      '{"width":1200.5,"height":800}',
    ]) {
      await writeFile(file, text);
      expect(await loadWindowState(file, screenOf(FULL_HD)), text).toEqual(DEFAULT_WINDOW_STATE);
    }
  });

  it('keeps no position when only one coordinate was saved', () => {
    expect(parseWindowState('{"x":10,"width":1200,"height":800}')).toEqual({
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('brings a window that is entirely off screen back to the centre of the primary display', () => {
    const fitted = fitToDisplays({ x: 5000, y: 3000, width: 1200, height: 800, maximized: false }, [FULL_HD]);
    expect(fitted).toEqual({ x: 360, y: 120, width: 1200, height: 800, maximized: false });
  });

  it('pulls a window that hangs over an edge fully onto its display', () => {
    expect(
      fitToDisplays({ x: 1500, y: -200, width: 1200, height: 800, maximized: false }, [FULL_HD]),
    ).toEqual({
      x: 720,
      y: 0,
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('shrinks a window larger than its display', () => {
    expect(fitToDisplays({ x: 0, y: 0, width: 3000, height: 2000, maximized: false }, [FULL_HD])).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
      maximized: false,
    });
  });

  it('leaves a window where it was on a secondary display', () => {
    const state = { x: 2500, y: 300, width: 1600, height: 1000, maximized: false };
    expect(fitToDisplays(state, [FULL_HD, RIGHT_4K])).toEqual(state);
  });

  it('moves a window from an unplugged display to the remaining one', async () => {
    const file = join(dir, 'window-state.json');
    await saveWindowState(file, { x: 2500, y: 300, width: 1600, height: 1000, maximized: false });
    const state = await loadWindowState(file, screenOf(FULL_HD));
    expect(state).toEqual({ x: 160, y: 20, width: 1600, height: 1000, maximized: false });
  });

  it('saves the normal bounds when the window closes', async () => {
    const file = join(dir, 'window-state.json');
    const win = Object.assign(new EventEmitter(), {
      getNormalBounds: () => ({ x: 10, y: 20, width: 1300, height: 850 }),
      isMaximized: () => true,
      isMinimized: () => false,
      isFullScreen: () => false,
      isDestroyed: () => false,
    });
    trackWindowState(win as never, file);
    win.emit('close');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({
      x: 10,
      y: 20,
      width: 1300,
      height: 850,
      maximized: true,
    });
  });
});
