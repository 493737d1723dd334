/**
 * The README's picture: the occupancy calendar on the demo data, in a fresh Chromium profile,
 * from a production build. Writes docs/screenshot.png (or the path given).
 *
 *   npm run screenshot -- [--no-build] [--out docs/screenshot.png]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { assertProductionBundle, buildWebRenderer } from './build-web.ts';
import { chromiumExecutable } from './chromium.ts';
import { cliArgs, freePort } from './cli.ts';

/** What the page's function reads (scripts are typed for Node, without the DOM). */
interface PageDocument {
  document: {
    documentElement: { dataset: Record<string, string | undefined> };
    querySelectorAll(selector: string): ArrayLike<unknown>;
  };
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'Usage: npm run screenshot -- [--no-build] [--out docs/screenshot.png]';

function parseArgs(args: readonly string[]): { build: boolean; out: string } {
  const options = { build: true, out: resolve(repoRoot, 'docs/screenshot.png') };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--no-build') options.build = false;
    else if (args[i] === '--out' && args[i + 1]) options.out = resolve(args[++i] ?? '');
    else throw new Error(`Unexpected argument "${args[i]}".\n${USAGE}`);
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(cliArgs(process.argv));
  if (options.build) buildWebRenderer();
  const { preview } = await import('vite');
  const port = await freePort();
  const server = await preview({
    configFile: resolve(repoRoot, 'renderer/vite.config.ts'),
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    logLevel: 'warn',
  });
  const profile = mkdtempSync(join(tmpdir(), 'slotboard-screenshot-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable(),
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'en-GB',
    timezoneId: 'Europe/Paris',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://127.0.0.1:${port}/#/calendar`);
    await page.locator('[data-app-state="ready"]').waitFor();
    await assertProductionBundle(page);
    await page.getByRole('button', { name: 'Load demo data' }).first().click();
    await page
      .locator('.toaster')
      .getByText(/expired options? (was|were) released/)
      .waitFor({ timeout: 60_000 });
    // The grid with every booking, the toasts gone.
    await page.waitForFunction(
      () => {
        const { document } = globalThis as unknown as PageDocument;
        return (
          document.documentElement.dataset.calendarReady === 'true' &&
          document.querySelectorAll('.toaster .toast').length === 0
        );
      },
      null,
      { timeout: 60_000 },
    );
    await page.waitForTimeout(500);
    await page.screenshot({ path: options.out });
    console.log(`wrote ${options.out}`);
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
