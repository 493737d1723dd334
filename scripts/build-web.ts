/**
 * The benchmarks' web build, and their check that they measure what users run.
 *
 * Vite's runner (how `npm run bench:…` loads a script) sets this process's NODE_ENV to
 * "development" while it reads its config. A bundle built under that is React's development build
 * (StrictMode mounting twice, slower rendering), so the build is always given NODE_ENV=production
 * here, and a page that says it runs a development bundle is refused before anything is timed.
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `vite build` of the renderer in production mode, into `outDir` (default: dist/web). */
export function buildWebRenderer(outDir?: string): void {
  const args = ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'];
  if (outDir) args.push('--outDir', outDir, '--emptyOutDir');
  const build = spawnSync('npx', args, {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error('vite build of the renderer failed.');
}

/** Throws unless the planner in `page` (loaded) is a production build. */
export async function assertProductionBundle(page: Page): Promise<void> {
  const build = await page.evaluate(() => {
    const readers = (globalThis as { __slotboard?: Record<string, () => unknown> }).__slotboard;
    const build = readers?.build?.();
    return typeof build === 'string' ? build : 'unknown';
  });
  if (build !== 'production')
    throw new Error(
      `The page runs a ${build} build of the planner: rebuild it with NODE_ENV=production (npm run build:web) or drop --no-build.`,
    );
}
