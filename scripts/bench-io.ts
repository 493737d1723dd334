/**
 * How long an insertion order takes to become a PDF: builds a 200-booking IO with the shared
 * builder (seeded demo data), renders it to HTML with the print template (`renderIoHtml`), then
 * prints it with Chromium the way the desktop app does (a fresh page, the HTML, `page.pdf()` with
 * the IO's PDF options), several times. Prints the figures, and as its LAST line one JSON object
 * `{ "bookings", "pages", "pdfMs" }`, pdfMs being the median time from HTML to PDF bytes.
 *
 *   npm run bench:io -- [--bookings 200] [--runs 5] [--locale fr|en] [--revision 1|2]
 *                       [--today YYYY-MM-DD] [--out bench-results/io.pdf]
 *
 * Chromium: Playwright's own when it is installed, Debian's /usr/bin/chromium otherwise (as the
 * end-to-end tests). The template is TSX that imports its stylesheet with `?inline`, so it is
 * loaded through Vite's module runner with the renderer's aliases and React plugin.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { IoDocument } from '../shared/io/types.ts';
import { sampleInsertionOrder } from './io-sample.ts';
import { chromiumExecutable } from './chromium.ts';
import { cliArgs } from './cli.ts';

interface Options {
  bookings: number;
  runs: number;
  locale: 'fr' | 'en';
  revision: 1 | 2;
  today: string;
  out: string | null;
}

interface RenderModule {
  renderIoHtml: (document: IoDocument, options?: { draft?: boolean }) => string;
  IO_PDF_OPTIONS: { preferCSSPageSize: boolean; printBackground: boolean; generateTaggedPDF: boolean };
}

const USAGE =
  'Usage: npm run bench:io -- [--bookings 200] [--runs 5] [--locale fr|en] [--revision 1|2] [--today YYYY-MM-DD] [--out file.pdf]';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function parseArgs(args: readonly string[]): Options {
  const options: Options = {
    bookings: 200,
    runs: 5,
    locale: 'fr',
    revision: 1,
    today: localToday(),
    out: null,
  };
  for (let i = 0; i < args.length; i++) {
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(args[i] ?? '');
    if (!match) throw new Error(`Unexpected argument "${args[i]}".\n${USAGE}`);
    const name = match[1] ?? '';
    const value = match[2] ?? args[++i] ?? '';
    const int = () => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} needs a positive integer.\n${USAGE}`);
      return n;
    };
    if (name === 'bookings') options.bookings = int();
    else if (name === 'runs') options.runs = int();
    else if (name === 'locale' && (value === 'fr' || value === 'en')) options.locale = value;
    else if (name === 'revision' && (value === '1' || value === '2'))
      options.revision = value === '1' ? 1 : 2;
    else if (name === 'today' && /^\d{4}-\d{2}-\d{2}$/.test(value)) options.today = value;
    else if (name === 'out' && value !== '') options.out = value;
    else throw new Error(`Bad option --${name} ${value}.\n${USAGE}`);
  }
  return options;
}

async function loadTemplate(): Promise<RenderModule> {
  const vite = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const { alias } = await import('../renderer/vite.config.ts');
  const { module } = await vite.runnerImport<RenderModule>(
    resolve(repoRoot, 'renderer/src/features/insertion-orders/render-html.tsx'),
    { root: repoRoot, resolve: { alias }, plugins: [react()], logLevel: 'warn' },
  );
  return module;
}

function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable() });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

async function main(): Promise<void> {
  const options = parseArgs(cliArgs(process.argv));

  let start = performance.now();
  const document = sampleInsertionOrder({
    bookings: options.bookings,
    today: options.today,
    locale: options.locale,
    revision: options.revision,
  });
  const buildMs = performance.now() - start;

  const template = await loadTemplate();
  const renders: number[] = [];
  let html = '';
  for (let run = 0; run < Math.max(3, options.runs); run++) {
    start = performance.now();
    html = template.renderIoHtml(document);
    renders.push(performance.now() - start);
  }

  const pdfOptions = {
    format: 'A4',
    preferCSSPageSize: template.IO_PDF_OPTIONS.preferCSSPageSize,
    printBackground: template.IO_PDF_OPTIONS.printBackground,
    tagged: template.IO_PDF_OPTIONS.generateTaggedPDF,
    margin: { top: '0', right: '0', bottom: '0', left: '0' },
  } as const;

  const browser = await launch();
  const timings: number[] = [];
  let pdf: Buffer = Buffer.alloc(0);
  try {
    // One warm-up print (the first one loads fonts and Chromium's print machinery), then the runs.
    for (let run = 0; run <= options.runs; run++) {
      start = performance.now();
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      pdf = await page.pdf(pdfOptions);
      await page.close();
      if (run > 0) timings.push(performance.now() - start);
    }
  } finally {
    await browser.close();
  }

  const parsed = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages = parsed.numPages;
  await parsed.destroy();

  if (options.out) {
    const out = resolve(options.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, pdf);
    writeFileSync(out.replace(/\.pdf$/, '') + '.html', html);
  }

  const pdfMs = round(median(timings));
  console.log(
    `insertion order ${document.number} r${document.revision} (${document.locale}), ${document.lines.length} lines`,
  );
  console.log(`  build (shared builder)   ${round(buildMs)} ms`);
  console.log(
    `  render HTML (median)     ${round(median(renders))} ms, ${Math.round(html.length / 1024)} KiB`,
  );
  console.log(`  HTML → PDF (runs)        ${timings.map((ms) => Math.round(ms)).join(', ')} ms`);
  console.log(`  HTML → PDF (median)      ${pdfMs} ms`);
  console.log(`  PDF                      ${pages} pages, ${Math.round(pdf.length / 1024)} KiB`);
  if (options.out) console.log(`  written                  ${options.out}`);
  console.log(JSON.stringify({ bookings: document.lines.length, pages, pdfMs }));
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
