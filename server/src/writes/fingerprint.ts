import type { Operation } from '../../../shared/api/contract.ts';
import { canonicalJson, sha256 } from './canonical-json.ts';

/**
 * What an Idempotency-Key is bound to: the write itself (op, resource, id, If-Match, body) rather
 * than the HTTP request carrying it, so the same write sent alone or in a batch is the same
 * request, and a `group` (how the write was carried) does not change it.
 */
export function fingerprint(operation: Operation): string {
  const { op, resource, id, ifMatch, body } = operation;
  return sha256(canonicalJson({ op, resource, id, ifMatch: ifMatch ?? null, body: body ?? null }));
}
