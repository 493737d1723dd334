/**
 * bench:sync in the page: what runs in Chromium (given to `page.evaluate` or added before the
 * page's scripts), and the steps that drive it: Settings › Sync, the status line, the profiler.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { topSelfTime, type LoafEntry, type LongTask } from './bench-sync-figures.ts';

// ───────────────────────── in the page ─────────────────────────
// Serialised into Chromium: they close over nothing (this file is type-checked without the DOM).

export interface PageGlobals {
  PerformanceObserver: new (callback: (list: { getEntries(): unknown[] }) => void) => {
    observe(options: { type: string; buffered?: boolean }): void;
  };
  document: { querySelector(selector: string): { textContent: string | null; innerText: string } | null };
  indexedDB: {
    open(name: string): IdbRequest<IdbDatabase>;
  };
  __benchSync?: { longTasks: LongTask[]; loaf: LoafEntry[] };
}

interface IdbRequest<T> {
  result: T;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}

interface IdbDatabase {
  objectStoreNames: ArrayLike<string>;
  transaction(
    stores: string[],
    mode: 'readonly',
  ): {
    objectStore(name: string): { count(): IdbRequest<number>; get(key: string): IdbRequest<unknown> };
  };
  close(): void;
}

/** Added to every page before its scripts: keeps every long task and long animation frame. */
export function observeLongTasks(): void {
  const w = globalThis as unknown as PageGlobals;
  const state = { longTasks: [] as LongTask[], loaf: [] as LoafEntry[] };
  w.__benchSync = state;
  try {
    new w.PerformanceObserver((list) => {
      for (const e of list.getEntries() as LongTask[])
        state.longTasks.push({ startTime: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask' });
    new w.PerformanceObserver((list) => {
      for (const e of list.getEntries() as LoafEntry[])
        state.loaf.push({
          startTime: e.startTime,
          duration: e.duration,
          blockingDuration: e.blockingDuration,
          scripts: e.scripts.map((s) => ({
            invoker: s.invoker,
            sourceFunctionName: s.sourceFunctionName,
            sourceURL: s.sourceURL,
            sourceCharPosition: s.sourceCharPosition,
            duration: s.duration,
          })),
        });
    }).observe({ type: 'long-animation-frame' });
  } catch {
    // Chromium has both; elsewhere only the durations are missed.
  }
}

export function pageRecords(): { longTasks: LongTask[]; loaf: LoafEntry[] } {
  const state = (globalThis as unknown as PageGlobals).__benchSync;
  return { longTasks: state?.longTasks ?? [], loaf: state?.loaf ?? [] };
}

/** The status line of the sidebar: sync state and "N changes waiting" / "All changes saved". */
export function statusText(): string {
  const w = globalThis as unknown as PageGlobals;
  // innerText: the status's lines ("Sync is off", "10 changes waiting") as lines, not run together.
  const lines = w.document.querySelector('[data-testid="app-status"]')?.innerText ?? '';
  return lines.split('\n').filter(Boolean).join(' · ');
}

/** Row counts of the planner's IndexedDB and its sync cursor, read without Dexie. */
export function storeCounts(): Promise<{ counts: Record<string, number>; cursor: unknown }> {
  const w = globalThis as unknown as PageGlobals;
  return new Promise((done, fail) => {
    const open = w.indexedDB.open('slotboard');
    open.onerror = () => fail(new Error('cannot open IndexedDB'));
    open.onsuccess = () => {
      const idb = open.result;
      const names = [
        'sites',
        'sections',
        'placements',
        'advertisers',
        'agencies',
        'campaigns',
        'bookings',
        'outbox',
        'conflicts',
      ];
      const tx = idb.transaction([...names, 'meta'], 'readonly');
      const counts: Record<string, number> = {};
      let left = names.length + 1;
      let cursor: unknown = null;
      const finish = () => {
        if (--left > 0) return;
        idb.close();
        done({ counts, cursor });
      };
      for (const name of names) {
        const request = tx.objectStore(name).count();
        request.onsuccess = () => {
          counts[name] = request.result;
          finish();
        };
      }
      const meta = tx.objectStore('meta').get('sync');
      meta.onsuccess = () => {
        cursor = meta.result;
        finish();
      };
    };
  });
}

// ───────────────────────── driving the page ─────────────────────────

/** Fills Settings › Sync and saves it; returns the page's clock at the click. */
export async function turnSyncOn(page: Page, serverUrl: string, token: string): Promise<number> {
  const form = page.locator('form[aria-labelledby="settings-sync-title"]');
  await form.getByRole('checkbox', { name: 'Sync with the ad server' }).check();
  await form.getByLabel('Server address').fill(serverUrl);
  await form.getByLabel('Access token').fill(token);
  const save = form.getByRole('button', { name: 'Save sync settings' });
  const t0 = await page.evaluate(() => performance.now());
  await save.click();
  return t0;
}

/** Waits (polling in the page) until the status line matches; returns the page's clock then. */
export async function waitForStatus(page: Page, pattern: RegExp, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(
    (source) => {
      const text =
        (globalThis as unknown as PageGlobals).document.querySelector('[data-testid="app-status"]')
          ?.textContent ?? '';
      return new RegExp(source).test(text) ? performance.now() : false;
    },
    pattern.source,
    { timeout: timeoutMs, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/** With a directory: starts the CDP CPU profiler on the page (else does nothing). */
export async function startProfile(page: Page, dir: string | null): Promise<CDPSession | null> {
  if (!dir) return null;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return cdp;
}

/** Writes the profile to `dir`/`name`.cpuprofile and prints the functions with the most self time. */
export async function stopProfile(cdp: CDPSession | null, dir: string | null, name: string): Promise<void> {
  if (!cdp || !dir) return;
  const { profile } = await cdp.send('Profiler.stop');
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, `${name}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  console.log(`  CPU profile: ${file}; most self time:`);
  for (const f of topSelfTime(profile)) console.log(`    ${String(f.ms).padStart(8)} ms  ${f.name}`);
}
