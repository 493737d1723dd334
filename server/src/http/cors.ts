/**
 * The planner is a web page (app:// in Electron, http://127.0.0.1 in a browser) calling this
 * server from another origin: without CORS headers the browser would withhold every answer. The
 * token travels in the Authorization header, never in a cookie, so any origin may call: what
 * protects the data is the token, not the origin.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HEADERS } from '../../../shared/api/contract.ts';

const ALLOWED_HEADERS = [HEADERS.authorization, 'content-type', HEADERS.idempotencyKey, HEADERS.ifMatch];

/** Set on every answer, problems included, so the page can read why a request failed. */
export function allowCrossOrigin(res: ServerResponse): void {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-expose-headers', [HEADERS.etag, HEADERS.retryAfter].join(', '));
}

/** Answers the browser's preflight of a cross-origin request; false when `req` is not one. */
export function answeredPreflight(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'OPTIONS' || req.headers['access-control-request-method'] === undefined) return false;
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, PATCH, DELETE',
    'access-control-allow-headers': ALLOWED_HEADERS.join(', '),
    'access-control-max-age': '600',
  });
  res.end();
  return true;
}
