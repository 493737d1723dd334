/**
 * How the sync engine holds up at size, in the built planner, a real Chromium and the reference ad
 * server (`server/src/app.ts` `startServer`, in this process, on an in-memory PGlite):
 *
 *   pushMutations, pushMs  10,000 queued changes (the small demo data set loaded from the UI, then
 *                          option lines and edits written through the app's own commands) pushed to
 *                          an empty server: from "Save sync settings" to the outbox empty
 *                          ("All changes saved on this computer")
 *   pullRecords, pullMs    the large data set (2,000 placements, 50,000 bookings and their parents)
 *                          seeded on a second server through POST /v1/batch, then a fresh profile
 *                          (an EMPTY IndexedDB) turns sync on: from "Save sync settings" to the first
 *                          run done (the status says "Synced"), the cursor at the server's last change
 *   maxInputBlockMs        the longest task on the page's main thread during both (Long Tasks API,
 *                          tasks over 50 ms; 0 when there was none): how long input could wait
 *
 * Sync is set up as a user does: Settings › Sync, tick "Sync with the ad server", the server's
 * address and the access token, then "Save sync settings". The page stays on Settings.
 *
 * Prints the figures with their targets (push ≤ 15 s, first pull ≤ 20 s, no block over 50 ms), the
 * long animation frames (LoAF) with the scripts behind them, and as its LAST line one JSON object
 * { pushMutations, pushMs, pullRecords, pullMs, maxInputBlockMs }. No assertion on any figure.
 *
 *   npm run bench:sync -- [--no-build] [--out-dir DIR] [--port 4190] [--mutations 10000]
 *                         [--only push|pull] [--cpu-profile DIR]
 *
 * --no-build     serve --out-dir as it is (built there by `vite build` otherwise)
 * --out-dir      where the web app is built and served from (default: a temporary directory,
 *                removed at the end); never dist/web, which others serve
 * --port         the preview server's port (default: a free one)
 * --mutations    how many outbox entries to push (default 10,000)
 * --only         run one of the two phases
 * --cpu-profile  write a Chrome CPU profile (.cpuprofile, CDP) of each phase there and print the
 *                functions with the most self time
 *
 * Chromium: Playwright's own when it is installed, Debian's /usr/bin/chromium otherwise.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { todayIn } from '../shared/domain/days.ts';
import { ENTITY_NAMES, type IsoDay } from '../shared/domain/model.ts';
import { generateDemoData } from '../shared/demo/generate.ts';
import { PUBLISHER_TIME_ZONE, startServer } from '../server/src/app.ts';
import { assertProductionBundle, buildWebRenderer } from './build-web.ts';
import { chromiumExecutable } from './chromium.ts';
import { longestTask, round, summariseLoaf, type LoafEntry, type LongTask } from './bench-sync-figures.ts';
import {
  observeLongTasks,
  pageRecords,
  startProfile,
  statusText,
  stopProfile,
  storeCounts,
  turnSyncOn,
  waitForStatus,
} from './bench-sync-page.ts';
import { readFeed, seed, seedBatches, TOKEN } from './bench-sync-server.ts';
import { cliArgs, freePort } from './cli.ts';

export interface Options {
  build: boolean;
  outDir: string | null;
  port: number | null;
  mutations: number;
  only: 'push' | 'pull' | null;
  cpuProfileDir: string | null;
}

const USAGE =
  'Usage: npm run bench:sync -- [--no-build] [--out-dir DIR] [--port 4190] [--mutations 10000] [--only push|pull] [--cpu-profile DIR]';

export const TARGETS = { pushMs: 15_000, pullMs: 20_000, inputBlockMs: 50 } as const;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function parseArgs(args: readonly string[]): Options {
  const options: Options = {
    build: true,
    outDir: null,
    port: null,
    mutations: 10_000,
    only: null,
    cpuProfileDir: null,
  };
  for (let i = 0; i < args.length; i++) {
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(args[i] ?? '');
    if (!match) throw new Error(`Unexpected argument "${args[i]}".\n${USAGE}`);
    const name = match[1] ?? '';
    if (name === 'no-build' && match[2] === undefined) {
      options.build = false;
      continue;
    }
    const value = match[2] ?? args[++i] ?? '';
    const int = (min: number, max: number) => {
      const n = Number(value);
      if (!/^\d+$/.test(value) || n < min || n > max)
        throw new Error(`--${name} needs an integer from ${min} to ${max}.\n${USAGE}`);
      return n;
    };
    if (name === 'port') options.port = int(1024, 65_535);
    else if (name === 'mutations') options.mutations = int(1_000, 100_000);
    else if (name === 'only' && (value === 'push' || value === 'pull')) options.only = value;
    else if (name === 'out-dir' && value !== '') options.outDir = value;
    else if (name === 'cpu-profile' && value !== '') options.cpuProfileDir = value;
    else throw new Error(`Bad option --${name} ${value}.\n${USAGE}`);
  }
  return options;
}

const ms = (n: number) => `${n.toLocaleString('en-GB')} ms`;
const mark = (ok: boolean) => (ok ? 'within' : 'OVER');

// ───────────────────────── in Node ─────────────────────────

const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

async function openPage(
  profile: string,
  pageErrors: string[],
): Promise<{ context: BrowserContext; page: Page }> {
  mkdirSync(profile, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/Paris',
  });
  await context.addInitScript(observeLongTasks);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('crash', () => pageErrors.push('the page crashed'));
  return { context, page };
}

/** Bundles renderer/src/bench/sync-edits.ts (the app's commands on the app's database) as one script. */
async function editsBundle(): Promise<string> {
  const { build } = await import('vite');
  const { alias } = await import('../renderer/vite.config.ts');
  const output = await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'warn',
    resolve: { alias },
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve(repoRoot, 'renderer/src/bench/sync-edits.ts'),
        formats: ['iife'],
        name: '__benchSyncEdits',
      },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((o) => o.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('Bundling renderer/src/bench/sync-edits.ts gave no script.');
}

interface PhaseFigures {
  count: number;
  ms: number;
  maxBlockMs: number;
}

function printBlocks(records: { longTasks: LongTask[]; loaf: LoafEntry[] }, from: number, to: number): void {
  const tasks = records.longTasks.filter((t) => t.startTime >= from && t.startTime <= to);
  const loaf = summariseLoaf(records.loaf, from, to);
  console.log(
    `  main thread: ${tasks.length} long tasks (> 50 ms), ${round(tasks.reduce((s, t) => s + t.duration, 0))} ms in all, longest ${longestTask(records.longTasks, from, to)} ms`,
  );
  if (loaf.count > 0) {
    console.log(`  long animation frames: ${loaf.count}, longest ${loaf.maxMs} ms; scripts:`);
    for (const t of loaf.top) console.log(`    ${String(t.ms).padStart(8)} ms ×${t.count}  ${t.name}`);
  }
}

/** A built stylesheet's file name: a document of the origin where the planner does not run. */
function stylesheet(outDir: string): string {
  const css = readdirSync(join(outDir, 'assets')).find((name) => name.endsWith('.css'));
  if (!css) throw new Error(`No stylesheet in ${outDir}/assets.`);
  return css;
}

async function pushPhase(
  base: string,
  outDir: string,
  options: Options,
  today: IsoDay,
  pageErrors: string[],
): Promise<PhaseFigures> {
  const server = await startServer({ port: 0, tokens: [TOKEN] });
  const profile = mkdtempSync(join(tmpdir(), 'slotboard-bench-sync-push-'));
  const session = await openPage(profile, pageErrors);
  try {
    const page = session.page;
    // 1. The small demo data set, from an empty screen's "Load demo data" (one import + the expiry release).
    await page.goto(`${base}/#/bookings`);
    await page.locator('[data-app-state="ready"]').waitFor();
    await assertProductionBundle(page);
    await page.getByRole('button', { name: 'Load demo data' }).first().click();
    // The toast comes once the import and the release of expired options are both done.
    await page
      .locator('.toaster')
      .getByText(/Demo data loaded/)
      .waitFor({ timeout: 120_000 });
    console.log(`  small demo data set loaded (${await page.evaluate(statusText)}); writing the edits…`);
    // 2. Up to N outbox entries with the app's commands: option lines, ten a command, some edited again.
    // Written from a plain document of the same origin (one of the built stylesheets), so on the same
    // IndexedDB but with no planner screen re-reading its tables after each of the ~1,000 commits:
    // with the Bookings screen open that took ≈ 0.6 s a command on this machine.
    const bundle = await editsBundle();
    await page.goto(`${base}/assets/${stylesheet(outDir)}`);
    const edits = await page.evaluate<{
      before: number;
      after: number;
      creates: number;
      updates: number;
      commands: number;
      refused: number;
      ms: number;
    }>(`${bundle}\n;__benchSyncEdits.makeEdits(${JSON.stringify({ target: options.mutations, today })})`);
    console.log(
      `push: the small demo data set loaded from the UI (${edits.before} outbox entries), then ${edits.creates} option lines created and ${edits.updates} edited in ${edits.commands} commands (${edits.refused} refused) in ${round(edits.ms / 1000)} s: ${edits.after} entries queued`,
    );
    // 3. A fresh start of the planner with its queue, then Settings › Sync on.
    await page.goto(`${base}/#/settings`);
    await page.reload();
    await page.locator('[data-app-state="ready"]').waitFor();
    await waitForStatus(page, /waiting to sync/, 60_000);
    console.log(`  before: "${await page.evaluate(statusText)}"`);
    await page.waitForTimeout(1_000);
    const cdp = await startProfile(page, options.cpuProfileDir);
    const t0 = await turnSyncOn(page, server.url, TOKEN);
    console.log('  sync turned on; pushing…');
    const t1 = await waitForStatus(page, /All changes saved/, 600_000);
    // The same run then pulls the records back (their server versions): done when "Synced".
    const t2 = await waitForStatus(page, /^Synced/, 600_000);
    await stopProfile(cdp, options.cpuProfileDir, 'push');
    const feed = await readFeed(server);
    const stored = await page.evaluate(storeCounts);
    const records = await page.evaluate(pageRecords);
    const pushMs = round(t1 - t0, 0);
    console.log(
      `  outbox empty ${ms(pushMs)} after "Save sync settings"   target ≤ ${ms(TARGETS.pushMs)}: ${mark(pushMs <= TARGETS.pushMs)}`,
    );
    console.log(
      `  then the pull of the same run (the records back with their versions): "Synced" at ${ms(round(t2 - t0, 0))}; server holds ${feed.changes} changes; outbox ${stored.counts.outbox}, conflicts ${stored.counts.conflicts}`,
    );
    printBlocks(records, t0, t1);
    return { count: edits.after, ms: pushMs, maxBlockMs: longestTask(records.longTasks, t0, t1) };
  } finally {
    await session.context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function pullPhase(
  base: string,
  options: Options,
  today: IsoDay,
  pageErrors: string[],
): Promise<PhaseFigures> {
  const server = await startServer({ port: 0, tokens: [TOKEN] });
  const profile = mkdtempSync(join(tmpdir(), 'slotboard-bench-sync-pull-'));
  try {
    const data = generateDemoData({ size: 'large', today });
    const batches = seedBatches(data as unknown as Record<string, Record<string, unknown>[]>);
    const seeded = await seed(server, batches);
    const feed = await readFeed(server);
    const refused = [...seeded.refused].map(([code, n]) => `${n} ${code}`).join(', ');
    console.log(
      `pull: the large data set (${data.placements.length} placements, ${data.bookings.length} bookings, ${feed.changes} records in all) seeded through POST /v1/batch in ${batches.length} requests, ${round(seeded.ms / 1000)} s${refused ? ` (refused: ${refused})` : ''}; the feed read back from Node in ${round(feed.ms / 1000)} s`,
    );
    const session = await openPage(profile, pageErrors);
    try {
      const page = session.page;
      await page.goto(`${base}/#/settings`);
      await page.locator('[data-app-state="ready"]').waitFor();
      await page.waitForTimeout(1_000);
      const cdp = await startProfile(page, options.cpuProfileDir);
      const t0 = await turnSyncOn(page, server.url, TOKEN);
      await waitForStatus(page, /^Syncing/, 60_000).catch(() => 0);
      const t1 = await waitForStatus(page, /^Synced/, 600_000);
      await stopProfile(cdp, options.cpuProfileDir, 'pull');
      const stored = await page.evaluate(storeCounts);
      const records = await page.evaluate(pageRecords);
      const pulled = ENTITY_NAMES.reduce((sum, entity) => sum + (stored.counts[entity] ?? 0), 0);
      const cursor = (stored.cursor as { value?: { cursor?: string } } | undefined)?.value?.cursor ?? null;
      const pullMs = round(t1 - t0, 0);
      console.log(
        `  first pull into an empty IndexedDB: ${pulled} records ${ms(pullMs)} after "Save sync settings"   target ≤ ${ms(TARGETS.pullMs)}: ${mark(pullMs <= TARGETS.pullMs)}`,
      );
      console.log(
        `  stored: ${ENTITY_NAMES.map((e) => `${stored.counts[e]} ${e}`).join(', ')}; cursor ${cursor} (server's last: ${feed.cursor})${cursor === feed.cursor ? '' : ' NOT CAUGHT UP'}`,
      );
      printBlocks(records, t0, t1);
      return { count: pulled, ms: pullMs, maxBlockMs: longestTask(records.longTasks, t0, t1) };
    } finally {
      await session.context.close();
    }
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const options = parseArgs(cliArgs(process.argv));
  const outDir = options.outDir ? resolve(options.outDir) : mkdtempSync(join(tmpdir(), 'bench-sync-web-'));
  if (outDir === resolve(repoRoot, 'dist/web'))
    throw new Error('--out-dir: not dist/web, which others serve.');
  if (options.build || !existsSync(join(outDir, 'index.html'))) {
    console.log(`building the web renderer into ${outDir}…`);
    buildWebRenderer(outDir);
  }
  const { preview } = await import('vite');
  const port = options.port ?? (await freePort());
  const web = await preview({
    configFile: resolve(repoRoot, 'renderer/vite.config.ts'),
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    logLevel: 'warn',
  });
  const base = `http://127.0.0.1:${port}`;
  const today = todayIn(new Date(), PUBLISHER_TIME_ZONE);
  const pageErrors: string[] = [];
  try {
    const browser = await chromium.launch({ executablePath: chromiumExecutable(), headless: true });
    const version = browser.version();
    await browser.close();
    console.log(
      `Chromium ${version}, headless, en-GB, Europe/Paris; ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(1)}; server: in-memory PGlite, in this process`,
    );
    const push = options.only === 'pull' ? null : await pushPhase(base, outDir, options, today, pageErrors);
    const pull = options.only === 'push' ? null : await pullPhase(base, options, today, pageErrors);
    const maxInputBlockMs = Math.max(push?.maxBlockMs ?? 0, pull?.maxBlockMs ?? 0);
    console.log(
      `longest main-thread block during push and pull: ${ms(maxInputBlockMs)}   target ≤ ${ms(TARGETS.inputBlockMs)} (one frame): ${mark(maxInputBlockMs <= TARGETS.inputBlockMs)}`,
    );
    console.log(`load average at the end: ${loadavg()[0]?.toFixed(1)}`);
    if (pageErrors.length > 0) console.log(`page errors: ${pageErrors.join(' | ')}`);
    console.log(
      JSON.stringify({
        pushMutations: push?.count ?? null,
        pushMs: push?.ms ?? null,
        pullRecords: pull?.count ?? null,
        pullMs: pull?.ms ?? null,
        maxInputBlockMs,
      }),
    );
  } finally {
    await web.close();
    if (!options.outDir) rmSync(outDir, { recursive: true, force: true });
  }
}

// Awaited at the top level: Vite's runner closes as soon as this module has been evaluated.
if (!process.env.VITEST) {
  try {
    await main();
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  }
}
