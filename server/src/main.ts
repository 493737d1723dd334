/** `npm run server [-- --port 8787 --data ./server-data --token …]`: see README, "The reference ad server". */
import { randomBytes } from 'node:crypto';
import { startServer } from './app.ts';
import { readConfig } from './config.ts';

/**
 * The command-line arguments: after the script path when Node runs this file directly, after the
 * `node -e …` program when Vite's runner loads it (there `process.argv[1]` is already a flag).
 */
function cliArgs(argv: readonly string[]): string[] {
  return /main\.[cm]?[jt]s$/.test(argv[1] ?? '') ? argv.slice(2) : argv.slice(1);
}

async function main(): Promise<void> {
  const { options, generatedToken } = readConfig(cliArgs(process.argv), process.env, () =>
    randomBytes(24).toString('base64url'),
  );
  const server = await startServer(options);
  const store = options.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${options.dataDir}`;
  console.log(`Slotboard ad server on ${server.url}/v1 — ${store}`);
  if (generatedToken) console.log(`No token given; use this one for this run: ${options.tokens[0]}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing requests in flight, then closing the store`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
