/**
 * Why a sync attempt failed, sorted by what the engine does about it:
 * - retryable (`network`, `timeout`, `server`, `rate_limited`, `malformed`): try again later, with
 *   backoff (and no sooner than the server's Retry-After);
 * - the user must act (`auth`: the token was refused; `not_configured`: no URL or token);
 * - `refused`: the server refused the request as a whole (4xx): a bug to report, not to hammer;
 * - `internal`: something failed on this laptop (storage…).
 * A single refused operation in a batch is not an error: it becomes a conflict.
 */
export const SYNC_ERROR_KINDS = [
  'network',
  'timeout',
  'server',
  'rate_limited',
  'malformed',
  'auth',
  'not_configured',
  'refused',
  'internal',
] as const;
export type SyncErrorKind = (typeof SYNC_ERROR_KINDS)[number];

const RETRYABLE: ReadonlySet<SyncErrorKind> = new Set([
  'network',
  'timeout',
  'server',
  'rate_limited',
  'malformed',
  'internal',
]);

export interface SyncErrorDetails {
  /** HTTP status, when there was an answer. */
  status?: number;
  /** The problem's `code`, when the answer was a problem. */
  code?: string;
  /** At least this long before the next attempt (Retry-After). */
  retryAfterMs?: number;
}

export class SyncError extends Error {
  readonly kind: SyncErrorKind;
  readonly details: SyncErrorDetails;

  constructor(kind: SyncErrorKind, message: string, details: SyncErrorDetails = {}) {
    super(message);
    this.name = 'SyncError';
    this.kind = kind;
    this.details = details;
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }
}

/** Any failure as a SyncError: storage errors and bugs become `internal`. */
export function toSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SyncError('internal', message);
}
