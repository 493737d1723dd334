/**
 * bench:calendar in the page: what runs in Chromium (given to `page.evaluate`), and the steps that
 * drive the planner through Playwright (loading the data set, finding a bar, one booking change).
 */
import type { Page } from '@playwright/test';

/** The calendar's geometry at the day zoom (CalendarScreen.tsx, calendar-store.ts). */
export const DAY_WIDTH = 36;
export const ROW_HEIGHT = 40;
const ROW_HEADER_WIDTH = 260;
const HEADER_HEIGHT = 48;
/** Resize handles of a bar (geometry.ts, EDGE_HANDLE_PX) and the band where a drag scrolls the grid (useGridPointer.ts). */
const EDGE_HANDLE = 6;
export const EDGE_BAND = 36;
/** How far down the change looks for a bar to click: ten screens of 600 px. */
const CHANGE_SEARCH_SCREENS = 10;
const CHANGE_SEARCH_STEP = 600;

// ───────────────────────── in the page ─────────────────────────
// The functions given to page.evaluate run in Chromium: they are serialised, so they close over
// nothing, and they see the page through these few shapes (this script is type-checked without
// the DOM library).

interface PageRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

interface PageElement {
  scrollLeft: number;
  scrollTop: number;
  readonly scrollWidth: number;
  readonly scrollHeight: number;
  readonly clientWidth: number;
  readonly clientHeight: number;
  readonly dataset: Record<string, string | undefined>;
  readonly textContent: string | null;
  getBoundingClientRect(): PageRect;
  closest(selector: string): PageElement | null;
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}

interface LoafScript {
  invoker: string;
  invokerType: string;
  sourceFunctionName: string;
  sourceURL: string;
  duration: number;
  forcedStyleAndLayoutDuration: number;
}

export interface LoafEntry {
  startTime: number;
  duration: number;
  renderStart: number;
  styleAndLayoutStart: number;
  blockingDuration: number;
  scripts: LoafScript[];
}

interface BenchState {
  frames: number[];
  recording: boolean;
  loaf: LoafEntry[];
  change?: { keyAt: number; goneAt: number | null; toasts: string[] };
}

export interface PageGlobals {
  document: {
    querySelector(selector: string): PageElement | null;
    querySelectorAll(selector: string): ArrayLike<PageElement>;
    elementFromPoint(x: number, y: number): PageElement | null;
    documentElement: PageElement;
  };
  requestAnimationFrame(callback: (time: number) => void): number;
  setTimeout(callback: () => void, ms: number): number;
  addEventListener(type: string, listener: (event: { key?: string }) => void, capture?: boolean): void;
  PerformanceObserver: new (callback: (list: { getEntries(): unknown[] }) => void) => {
    observe(options: { type: string; buffered?: boolean }): void;
  };
  __bench?: BenchState;
  /** What the grid painted last (renderer/src/ui/automation.ts), in page px. */
  __slotboard?: { calendarBars?: () => PaintedBar[] };
}

interface PaintedBar {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarTarget {
  id: string;
  x: number;
  y: number;
}

/** In the page: a bar whose middle lies in the given share of the grid's visible cells, clickable there. */
function findBar(args: {
  region: { left: number; top: number; right: number; bottom: number };
  rowHeaderWidth: number;
  headerHeight: number;
  clearance: number;
  /** Pixels kept free right of the chosen point (a drag's pointer travel and the auto-scroll band). */
  reserveRight: number;
  exclude: string[];
}): BarTarget | null {
  const w = globalThis as unknown as PageGlobals;
  const grid = w.document.querySelector('.cal-grid');
  if (!grid) return null;
  const g = grid.getBoundingClientRect();
  const cellsLeft = g.left + args.rowHeaderWidth;
  const cellsTop = g.top + args.headerHeight;
  const cellsWidth = grid.clientWidth - args.rowHeaderWidth;
  const cellsHeight = grid.clientHeight - args.headerHeight;
  const area = {
    left: cellsLeft + cellsWidth * args.region.left,
    right: Math.min(cellsLeft + cellsWidth * args.region.right, cellsLeft + cellsWidth - args.reserveRight),
    top: cellsTop + cellsHeight * args.region.top,
    bottom: cellsTop + cellsHeight * args.region.bottom,
  };
  // The bars are painted on the grid's canvas, which says what it painted.
  for (const bar of w.__slotboard?.calendarBars?.() ?? []) {
    if (args.exclude.includes(bar.id)) continue;
    // A point of the bar inside the region, clear of its edge handles (and of the row headers).
    const left = Math.max(bar.x + args.clearance, area.left);
    const right = Math.min(bar.x + bar.width - args.clearance, area.right);
    if (right < left || bar.height < 6) continue;
    const x = Math.round((left + right) / 2);
    const y = Math.round(bar.y + bar.height / 2);
    if (y < area.top || y > area.bottom) continue;
    // Nothing over the canvas there (a tooltip, a toast): the press reaches the grid.
    if (w.document.elementFromPoint(x, y)?.closest('.cal-grid__content') === null) continue;
    return { id: bar.id, x, y };
  }
  return null;
}

/** In the page: the grid's scroll position, optionally after setting it (or moving it by a delta). */
export function gridScroll(args: { left?: number; top?: number; dx?: number; dy?: number }): {
  left: number;
  top: number;
} {
  const w = globalThis as unknown as PageGlobals;
  const grid = w.document.querySelector('.cal-grid');
  if (!grid) throw new Error('No .cal-grid in the page.');
  if (args.left !== undefined) grid.scrollLeft = args.left;
  if (args.top !== undefined) grid.scrollTop = args.top;
  if (args.dx !== undefined) grid.scrollLeft += args.dx;
  if (args.dy !== undefined) grid.scrollTop += args.dy;
  return { left: grid.scrollLeft, top: grid.scrollTop };
}

/** In the page: starts recording frame intervals and long animation frames (ended by stopRecording). */
export function startRecording(): void {
  const w = globalThis as unknown as PageGlobals;
  const state: BenchState = { frames: [], recording: true, loaf: [] };
  w.__bench = state;
  try {
    new w.PerformanceObserver((list) => {
      if (state.recording) state.loaf.push(...(list.getEntries() as LoafEntry[]));
    }).observe({ type: 'long-animation-frame' });
  } catch {
    // Long Animation Frames are a Chromium API; without it only the intervals are kept.
  }
  let last = -1;
  const tick = () => {
    if (!state.recording) return;
    const now = performance.now();
    if (last >= 0) state.frames.push(now - last);
    last = now;
    w.requestAnimationFrame(tick);
  };
  w.requestAnimationFrame(tick);
}

/** In the page: stops the recording; resolves after one more frame so the last LoAF entries arrive. */
export function stopRecording(): Promise<{ frames: number[]; loaf: LoafEntry[] }> {
  const w = globalThis as unknown as PageGlobals;
  const state = w.__bench;
  return new Promise((done) => {
    if (!state) return done({ frames: [], loaf: [] });
    const frames = state.frames.slice();
    w.requestAnimationFrame(() =>
      w.requestAnimationFrame(() => {
        state.recording = false;
        done({
          frames,
          loaf: state.loaf.map((e) => ({
            startTime: e.startTime,
            duration: e.duration,
            renderStart: e.renderStart,
            styleAndLayoutStart: e.styleAndLayoutStart,
            blockingDuration: e.blockingDuration,
            scripts: e.scripts.map((s) => ({
              invoker: s.invoker,
              invokerType: s.invokerType,
              sourceFunctionName: s.sourceFunctionName,
              sourceURL: s.sourceURL,
              duration: s.duration,
              forcedStyleAndLayoutDuration: s.forcedStyleAndLayoutDuration,
            })),
          })),
        });
      }),
    );
  });
}

/**
 * In the page: scrolls the grid `distanceX` px right in steps of `stepX`, then to the bottom in
 * steps of `stepY`, one step per animation frame, and records each frame's interval (from one of
 * its callbacks to the next). Positions are tracked here rather than read back from the grid, so
 * the loop itself forces no layout.
 */
export function scrollAcross(args: { distanceX: number; stepX: number; stepY: number }): Promise<{
  fromLeft: number;
  toLeft: number;
  toTop: number;
  frames: number[];
}> {
  const w = globalThis as unknown as PageGlobals;
  const grid = w.document.querySelector('.cal-grid');
  return new Promise((done, fail) => {
    if (!grid) return fail(new Error('No .cal-grid to scroll.'));
    const fromLeft = grid.scrollLeft;
    const endLeft = Math.min(grid.scrollWidth - grid.clientWidth, fromLeft + args.distanceX);
    const endTop = grid.scrollHeight - grid.clientHeight;
    let left = fromLeft;
    let top = grid.scrollTop;
    const frames: number[] = [];
    let last = -1;
    const step = () => {
      const now = performance.now();
      if (last >= 0) frames.push(now - last);
      last = now;
      if (left < endLeft) {
        left = Math.min(endLeft, left + args.stepX);
        grid.scrollLeft = left;
      } else if (top < endTop) {
        top = Math.min(endTop, top + args.stepY);
        grid.scrollTop = top;
      } else {
        done({ fromLeft, toLeft: left, toTop: top, frames });
        return;
      }
      w.requestAnimationFrame(step);
    };
    w.requestAnimationFrame(step);
  });
}

/** In the page: the calendar's figures on the Performance timeline. */
export function timeline(): {
  firstGrid: number | null;
  completeGrid: number | null;
  full: number[];
  changes: number[];
  ready: boolean;
} {
  const w = globalThis as unknown as PageGlobals;
  return {
    firstGrid: performance.getEntriesByName('calendar:first-grid', 'mark')[0]?.startTime ?? null,
    completeGrid: performance.getEntriesByName('calendar:complete-grid', 'mark')[0]?.startTime ?? null,
    full: performance.getEntriesByName('calendar:occupancy-full', 'measure').map((e) => e.duration),
    changes: performance.getEntriesByName('calendar:occupancy-change', 'measure').map((e) => e.duration),
    ready: w.document.documentElement.dataset.calendarReady === 'true',
  };
}

// ───────────────────────── driving the page ─────────────────────────

/** Where `barInView` looks: a region of the cells (fractions of the view), px kept free right of the bar's point. */
export interface BarSearch {
  region: { left: number; top: number; right: number; bottom: number };
  reserveRight: number;
  exclude: string[];
}

/** Scrolls the grid to each position in turn until a bar can be pressed in `search`'s region there. */
export async function barInView(
  page: Page,
  positions: readonly { left: number; top: number }[],
  search: BarSearch,
): Promise<BarTarget | null> {
  for (const position of positions) {
    await page.evaluate(gridScroll, position);
    await page.waitForTimeout(500);
    const bar = await page.evaluate(findBar, {
      ...search,
      rowHeaderWidth: ROW_HEADER_WIDTH,
      headerHeight: HEADER_HEIGHT,
      clearance: 2 * EDGE_HANDLE,
    });
    if (bar) return bar;
  }
  return null;
}

export async function waitForToast(page: Page, timeoutMs: number): Promise<'loaded' | 'already'> {
  const toaster = page.locator('.toaster');
  const loaded = toaster.getByText(/Demo data loaded/);
  const already = toaster.getByText(/already loaded/);
  const failed = toaster.locator('.toast--error');
  await loaded.or(already).or(failed).first().waitFor({ state: 'visible', timeout: timeoutMs });
  if (await failed.count()) throw new Error(`Loading failed: ${await failed.first().textContent()}`);
  return (await loaded.count()) > 0 ? 'loaded' : 'already';
}

export async function pendingChanges(page: Page): Promise<string> {
  return ((await page.getByTestId('app-status').locator('span').last().textContent()) ?? '').trim();
}

export interface ChangeAttempt {
  method: 'delete' | 'move';
  id: string | null;
  measureMs: number | null;
  /** From the key that commits to the first frame where the bar is gone or has moved. */
  visibleMs: number | null;
  note: string;
}

/**
 * Clicks a bar on the days in view, on the first screen down the rows that has one (it becomes
 * the selection and the keyboard's active cell), then either Delete, or Alt+→ and Enter; waits
 * for the `calendar:occupancy-change` measure that follows.
 */
export async function oneChange(
  page: Page,
  at: { left: number; top: number },
  method: 'delete' | 'move',
  exclude: string[],
): Promise<ChangeAttempt> {
  // From the top rows down, a screen at a time: the first rows may have no bar on these days.
  const screens = Array.from({ length: CHANGE_SEARCH_SCREENS }, (_, screen) => ({
    left: at.left,
    top: screen * CHANGE_SEARCH_STEP,
  }));
  const bar = await barInView(page, screens, {
    region: { left: 0.05, top: 0.05, right: 0.95, bottom: 0.95 },
    reserveRight: 0,
    exclude,
  });
  if (!bar) return { method, id: null, measureMs: null, visibleMs: null, note: 'no bar to click' };
  await page.mouse.click(bar.x, bar.y);
  await page.waitForTimeout(300);
  const before = (await page.evaluate(timeline)).changes.length;
  const key = method === 'delete' ? 'Delete' : 'Enter';
  await page.evaluate(
    (args) => {
      const w = globalThis as unknown as PageGlobals;
      const leftOf = () => w.__slotboard?.calendarBars?.().find((bar) => bar.id === args.id)?.x ?? null;
      const startLeft = leftOf();
      const state: BenchState = {
        frames: [],
        recording: false,
        loaf: [],
        change: { keyAt: 0, goneAt: null, toasts: [] },
      };
      w.__bench = state;
      w.addEventListener(
        'keydown',
        (event) => {
          const change = state.change;
          if (event.key !== args.key || !change || change.keyAt !== 0) return;
          change.keyAt = performance.now();
          const poll = () => {
            const left = leftOf();
            if (left === null || left !== startLeft) change.goneAt = performance.now();
            else if (performance.now() - change.keyAt < 60_000) w.requestAnimationFrame(poll);
          };
          w.requestAnimationFrame(poll);
          // What the planner says about it (toasts last a few seconds).
          const listen = () => {
            const text = w.document.querySelector('.toaster')?.textContent?.replace(/×/g, ' ').trim();
            if (text && !change.toasts.includes(text)) change.toasts.push(text);
            if (performance.now() - change.keyAt < 15_000) w.setTimeout(listen, 100);
          };
          listen();
        },
        true,
      );
    },
    { id: bar.id, key },
  );
  if (method === 'move') {
    await page.keyboard.press('Alt+ArrowRight');
    await page.waitForTimeout(200);
  }
  await page.keyboard.press(key);
  const measured = await page
    .waitForFunction(
      (count) => performance.getEntriesByName('calendar:occupancy-change', 'measure').length > count,
      before,
      { timeout: 15_000 },
    )
    .then(
      () => true,
      () => false,
    );
  if (!measured) {
    const toasts = await page.evaluate(
      () => (globalThis as unknown as PageGlobals).__bench?.change?.toasts.join(' | ') ?? '',
    );
    const dialog = await page.getByRole('dialog').count();
    if (dialog > 0) await page.keyboard.press('Escape');
    const note = dialog > 0 ? 'a dialog opened' : toasts ? `toast: "${toasts}"` : 'no toast';
    return { method, id: bar.id, measureMs: null, visibleMs: null, note };
  }
  await page
    .waitForFunction(
      () => {
        const change = (globalThis as unknown as PageGlobals).__bench?.change;
        return !change || change.goneAt !== null;
      },
      null,
      { timeout: 30_000 },
    )
    .catch(() => undefined);
  const measures = (await page.evaluate(timeline)).changes;
  const visibleMs = await page.evaluate(() => {
    const change = (globalThis as unknown as PageGlobals).__bench?.change;
    return change?.goneAt ? change.goneAt - change.keyAt : null;
  });
  return { method, id: bar.id, measureMs: measures[before] ?? null, visibleMs, note: '' };
}
