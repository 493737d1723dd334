import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '../store/database.ts';
import type { Match } from './router.ts';

/** What every handler may use: the database, the clock and the served document. */
export interface App {
  db: Database;
  /** Today in the publisher's calendar (option expiry). */
  today: () => string;
  /** The OpenAPI document, serialised once. */
  openapiJson: string;
  onError: (error: unknown) => void;
}

export interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  match: Match;
}
