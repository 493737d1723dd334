/** The command line and environment of `npm run server`. */
import { parseArgs } from 'node:util';
import type { ServerOptions } from './app.ts';

export const DEFAULT_PORT = 8787;
export const DEFAULT_DATA_DIR = './server-data';

export interface CliConfig {
  options: ServerOptions;
  /** True when no token was given and one was made for this run (print it). */
  generatedToken: boolean;
}

type Env = Record<string, string | undefined>;

function number(name: string, text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number, got "${text}"`);
  return value;
}

function tokensFrom(flags: string[] | undefined, env: string | undefined): string[] {
  const all = [...(flags ?? []), ...(env ?? '').split(',')];
  return all.map((token) => token.trim()).filter((token) => token.length > 0);
}

/**
 * Flags win over the environment: --port/PORT, --host/HOST, --data/SLOTBOARD_DATA,
 * --token (repeatable)/SLOTBOARD_TOKENS (comma-separated), DATABASE_URL,
 * --rate-per-second/SLOTBOARD_RATE_PER_SECOND with --rate-burst/SLOTBOARD_RATE_BURST.
 */
export function readConfig(args: string[], env: Env, makeToken: () => string): CliConfig {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      token: { type: 'string', multiple: true },
      'rate-per-second': { type: 'string' },
      'rate-burst': { type: 'string' },
    },
    strict: true,
  });
  const tokens = tokensFrom(values.token, env.SLOTBOARD_TOKENS);
  const generatedToken = tokens.length === 0;
  if (generatedToken) tokens.push(makeToken());
  const perSecond = number('--rate-per-second', values['rate-per-second'] ?? env.SLOTBOARD_RATE_PER_SECOND);
  const burst = number('--rate-burst', values['rate-burst'] ?? env.SLOTBOARD_RATE_BURST);
  const databaseUrl = env.DATABASE_URL || undefined;
  const options: ServerOptions = {
    port: number('--port', values.port ?? env.PORT) ?? DEFAULT_PORT,
    host: values.host ?? env.HOST ?? '127.0.0.1',
    tokens,
    ...(databaseUrl ? { databaseUrl } : { dataDir: values.data ?? env.SLOTBOARD_DATA ?? DEFAULT_DATA_DIR }),
    ...(perSecond ? { rateLimit: { perSecond, burst: burst ?? Math.max(1, perSecond) } } : {}),
  };
  return { options, generatedToken };
}
