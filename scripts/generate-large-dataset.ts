/**
 * Writes the large demo data set (2,000 placements, 50,000 bookings over 730 days) as JSON, for
 * benchmarks and for loading a realistic inventory into the planner, then prints one JSON line
 * with the counts and timings.
 *
 *   npm run demo:large -- [--out bench-results/large-dataset.json] [--seed 42] [--today YYYY-MM-DD]
 *                         [--size large|demo]
 *
 * Node 20 cannot run TypeScript by itself (`--experimental-strip-types` arrived in Node 22.6), so
 * the npm script loads this file through Vite's module runner (`vite.runnerImport`); on Node ≥ 22.6
 * `node --experimental-strip-types scripts/generate-large-dataset.ts` works as well.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDemoData, type DemoData } from '../shared/demo/generate.ts';
import { cliArgs } from './cli.ts';

export const DEFAULT_OUT = 'bench-results/large-dataset.json';

export interface CliOptions {
  out: string;
  seed: number;
  today: string;
  size: 'demo' | 'large';
}

export interface RunSummary {
  out: string;
  seed: number;
  today: string;
  size: 'demo' | 'large';
  counts: Record<keyof DemoData, number>;
  generateMs: number;
  serializeMs: number;
  writeMs: number;
  bytes: number;
}

const USAGE =
  'Usage: npm run demo:large -- [--out <file.json>] [--seed <integer>] [--today <YYYY-MM-DD>] [--size large|demo]';

const KNOWN_FLAGS = new Set(['out', 'seed', 'today', 'size']);

/** Today in the machine's local calendar, `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Parses `--name value` / `--name=value` flags; throws an Error with the usage on anything else. */
export function parseArgs(args: readonly string[], now: Date = new Date()): CliOptions {
  const options: CliOptions = { out: DEFAULT_OUT, seed: 42, today: localToday(now), size: 'large' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`Unexpected argument "${arg}".\n${USAGE}`);
    const name = match[1] as string;
    if (name === 'help') throw new Error(USAGE);
    if (!KNOWN_FLAGS.has(name)) throw new Error(`Unknown option --${name}.\n${USAGE}`);
    const value = match[2] ?? args[++i];
    if (value === undefined || value === '') throw new Error(`--${name} needs a value.\n${USAGE}`);
    switch (name) {
      case 'out':
        options.out = value;
        break;
      case 'seed':
        if (!/^-?\d+$/.test(value)) throw new Error(`--seed must be an integer, got "${value}".`);
        options.seed = Number(value);
        break;
      case 'today':
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
          throw new Error(`--today must be YYYY-MM-DD, got "${value}".`);
        options.today = value;
        break;
      case 'size':
        if (value !== 'large' && value !== 'demo')
          throw new Error(`--size must be large or demo, got "${value}".`);
        options.size = value;
        break;
    }
  }
  return options;
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Generates, writes and returns the summary; `cwd` resolves a relative `--out`. */
export function run(options: CliOptions, cwd: string = process.cwd()): RunSummary {
  const started = performance.now();
  const data = generateDemoData({ seed: options.seed, today: options.today, size: options.size });
  const generated = performance.now();
  const json = JSON.stringify(data);
  const serialized = performance.now();
  const path = resolve(cwd, options.out);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, json);
  const written = performance.now();
  return {
    out: options.out,
    seed: options.seed,
    today: options.today,
    size: options.size,
    counts: {
      sites: data.sites.length,
      sections: data.sections.length,
      placements: data.placements.length,
      advertisers: data.advertisers.length,
      agencies: data.agencies.length,
      campaigns: data.campaigns.length,
      bookings: data.bookings.length,
    },
    generateMs: round(generated - started),
    serializeMs: round(serialized - generated),
    writeMs: round(written - serialized),
    bytes: Buffer.byteLength(json),
  };
}

if (!process.env.VITEST) {
  try {
    console.log(JSON.stringify(run(parseArgs(cliArgs(process.argv)))));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
