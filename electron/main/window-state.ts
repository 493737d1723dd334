/**
 * Remembers the main window's size, position and maximized state in userData/window-state.json.
 * What is read back is validated, and a window that would open off screen (a display that was
 * unplugged, a resolution that shrank) is brought back onto a visible display.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;
export const DEFAULT_WINDOW_STATE: WindowState = { width: 1440, height: 900, maximized: false };

const coordinate = z.number().int().min(-100_000).max(100_000);
const windowStateSchema = z.object({
  x: coordinate.optional(),
  y: coordinate.optional(),
  width: z.number().int().min(MIN_WINDOW_SIZE.width).max(100_000),
  height: z.number().int().min(MIN_WINDOW_SIZE.height).max(100_000),
  maximized: z.boolean().default(false),
});

/** The saved state, or the defaults when the file is missing, not JSON or not a window state. */
export function parseWindowState(text: string | null): WindowState {
  if (text === null) return { ...DEFAULT_WINDOW_STATE };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  const parsed = windowStateSchema.safeParse(json);
  if (!parsed.success) return { ...DEFAULT_WINDOW_STATE };
  const { x, y, width, height, maximized } = parsed.data;
  // A position is only meaningful with both coordinates.
  return x !== undefined && y !== undefined
    ? { x, y, width, height, maximized }
    : { width, height, maximized };
}

function overlap(a: Rectangle, b: Rectangle): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Fits the window into the work area it overlaps most (the first one, usually the primary
 * display, when it overlaps none): never larger than that area and entirely inside it.
 * Without a saved position, the window keeps no position and Electron centres it.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  const width = Math.min(state.width, primary.width);
  const height = Math.min(state.height, primary.height);
  if (state.x === undefined || state.y === undefined) return { width, height, maximized: state.maximized };
  const bounds = { x: state.x, y: state.y, width: state.width, height: state.height };
  let best: Rectangle | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const o = overlap(bounds, area);
    if (o > bestOverlap) {
      best = area;
      bestOverlap = o;
    }
  }
  if (!best) {
    // Entirely off screen: centre it on the primary display.
    return {
      x: Math.round(primary.x + (primary.width - width) / 2),
      y: Math.round(primary.y + (primary.height - height) / 2),
      width,
      height,
      maximized: state.maximized,
    };
  }
  const fitWidth = Math.min(state.width, best.width);
  const fitHeight = Math.min(state.height, best.height);
  return {
    x: Math.min(Math.max(state.x, best.x), best.x + best.width - fitWidth),
    y: Math.min(Math.max(state.y, best.y), best.y + best.height - fitHeight),
    width: fitWidth,
    height: fitHeight,
    maximized: state.maximized,
  };
}

export interface ScreenLike {
  getAllDisplays(): { workArea: Rectangle }[];
  getPrimaryDisplay(): { workArea: Rectangle };
}

/** Reads, validates and fits the saved state to the displays connected now. */
export async function loadWindowState(file: string, screen: ScreenLike): Promise<WindowState> {
  const text = await readFile(file, 'utf8').catch(() => null);
  const primary = screen.getPrimaryDisplay().workArea;
  const others = screen
    .getAllDisplays()
    .map((display) => display.workArea)
    .filter(
      (area) =>
        area.x !== primary.x ||
        area.y !== primary.y ||
        area.width !== primary.width ||
        area.height !== primary.height,
    );
  return fitToDisplays(parseWindowState(text), [primary, ...others]);
}

/** Writes atomically (temporary file, then rename) so a crash never leaves half a file. */
export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await writeFile(`${file}.tmp`, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  await rename(`${file}.tmp`, file);
}

/** Same, synchronously: for `close`, after which the process may exit before a promise settles. */
export function saveWindowStateSync(file: string, state: WindowState): void {
  writeFileSync(`${file}.tmp`, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  renameSync(`${file}.tmp`, file);
}

type TrackedWindow = Pick<
  BrowserWindow,
  'on' | 'getNormalBounds' | 'isMaximized' | 'isMinimized' | 'isFullScreen' | 'isDestroyed'
>;

/** The state worth remembering: the restored (normal) bounds, even while maximized. */
export function captureWindowState(win: TrackedWindow): WindowState {
  const { x, y, width, height } = win.getNormalBounds();
  return { x, y, width, height, maximized: win.isMaximized() || win.isFullScreen() };
}

/** Saves the state shortly after each move or resize, and right away when the window closes. */
export function trackWindowState(win: TrackedWindow, file: string, debounceMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = (): void => {
    clearTimeout(timer);
    timer = undefined;
    if (win.isDestroyed() || win.isMinimized()) return;
    saveWindowState(file, captureWindowState(win)).catch((error: unknown) =>
      console.error('[window-state] could not save', error),
    );
  };
  const later = (): void => {
    clearTimeout(timer);
    timer = setTimeout(save, debounceMs);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', save);
  win.on('unmaximize', save);
  win.on('close', () => {
    clearTimeout(timer);
    try {
      saveWindowStateSync(file, captureWindowState(win));
    } catch (error) {
      console.error('[window-state] could not save', error);
    }
  });
}
