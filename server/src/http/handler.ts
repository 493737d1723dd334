/**
 * The request pipeline: route, authenticate, rate-limit, then the route's handler. Every failure
 * becomes a problem+json answer; an unexpected one is a 500 and is reported to `onError`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HEADERS } from '../../../shared/api/contract.ts';
import type { RouteKind } from '../../../shared/api/routes.ts';
import { tokenChecker } from './auth.ts';
import { allowCrossOrigin, answeredPreflight } from './cors.ts';
import type { App, Exchange } from './context.ts';
import { rateLimiter, type RateLimit } from './rate-limit.ts';
import { changesHandler, getHandler, listHandler } from './reads.ts';
import { HttpProblem, sendProblem, sendText } from './respond.ts';
import { findRoute } from './router.ts';
import { batchHandler, writeHandler } from './writes.ts';
import { problem } from '../writes/problems.ts';

type Handler = (app: App, ex: Exchange) => Promise<void>;

const HANDLERS: Record<RouteKind, Handler> = {
  list: listHandler,
  get: getHandler,
  create: writeHandler('create'),
  update: writeHandler('update'),
  delete: writeHandler('delete'),
  batch: batchHandler,
  changes: changesHandler,
  openapi: (app, ex) => Promise.resolve(sendText(ex.res, 200, app.openapiJson, 'application/json')),
};

export interface Guard {
  tokens: readonly string[];
  rateLimit?: RateLimit | undefined;
}

export function createHandler(app: App, guard: Guard): (req: IncomingMessage, res: ServerResponse) => void {
  const authenticate = tokenChecker(guard.tokens);
  const limit = rateLimiter(guard.rateLimit);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const lookup = findRoute(req.method ?? 'GET', url.pathname);
    if (lookup === null) throw new HttpProblem('not_found', { detail: url.pathname });
    if ('allowed' in lookup)
      throw new HttpProblem('method_not_allowed', {}, { allow: lookup.allowed.join(', ') });
    const { route } = lookup.found;
    if (!route.public) {
      const client = authenticate(req.headers[HEADERS.authorization]);
      if (client === null) throw new HttpProblem('unauthorized', {}, { 'www-authenticate': 'Bearer' });
      const wait = limit(client);
      if (wait > 0)
        throw new HttpProblem('rate_limited', { retryAfter: wait }, { 'retry-after': String(wait) });
    }
    await HANDLERS[route.kind](app, { req, res, url, match: lookup.found });
  }

  return (req, res) => {
    allowCrossOrigin(res);
    if (answeredPreflight(req, res)) return;
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpProblem) return sendProblem(res, error.problem, error.headers);
      app.onError(error);
      sendProblem(res, problem('internal'));
    });
  };
}
