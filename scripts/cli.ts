/** What the repo's scripts (benchmarks, data generation) share: their arguments, a free port. */
import { createServer } from 'node:net';

/**
 * The command-line arguments: after the script path when Node runs a script directly, after the
 * `node -e …` program when Vite's runner loads it (there `argv[1]` is already a flag).
 */
export function cliArgs(argv: readonly string[]): string[] {
  return /\.[cm]?[jt]s$/.test(argv[1] ?? '') ? argv.slice(2) : argv.slice(1);
}

/** A TCP port free on the loopback interface right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}
