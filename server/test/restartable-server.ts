/**
 * A reference server that can be stopped and started again on the same data (a crash and restart
 * of the server process, for the sync chaos test): the HTTP server goes away with the requests in
 * flight, and a new one starts on the same store, as a server on PostgreSQL would. The store stays
 * open across restarts because reopening PGlite's directory in the same process hangs now and then.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer, type ServerOptions } from '../src/app.ts';
import { openDatabase } from '../src/store/database.ts';

export interface RestartableServer {
  /** Changes on each restart (a new free port). */
  readonly url: string;
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startRestartableServer(
  options: Omit<ServerOptions, 'dataDir' | 'databaseUrl' | 'database' | 'port'>,
): Promise<RestartableServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'slotboard-server-'));
  const database = await openDatabase({ dataDir });
  let running: RunningServer = await startServer({ ...options, database });
  return {
    get url() {
      return running.url;
    },
    async restart() {
      await running.close();
      running = await startServer({ ...options, database });
    },
    async close() {
      await running.close();
      await database.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
