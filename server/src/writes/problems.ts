/** Problem details (RFC 9457) as the server writes them, and the refusal that carries one. */
import { PROBLEM_STATUS, problemType, type Problem, type ProblemCode } from '../../../shared/api/contract.ts';

const TITLES: Record<ProblemCode, string> = {
  bad_request: 'The request is malformed',
  validation: 'The record breaks the rules',
  overbooked: 'A placement would be overbooked',
  version_conflict: 'The record has changed since that version',
  precondition_required: 'If-Match is required',
  idempotency_key_missing: 'Idempotency-Key is required',
  idempotency_key_reused: 'The Idempotency-Key was used for another request',
  already_exists: 'A record with this id exists',
  not_found: 'Not found',
  gone: 'The record was deleted',
  in_use: 'Other records refer to this one',
  immutable: 'This resource cannot be changed',
  unauthorized: 'A valid bearer token is required',
  rate_limited: 'Too many requests',
  payload_too_large: 'The body is too large',
  method_not_allowed: 'Method not allowed here',
  group_failed: 'Another write of the group was refused',
  dependency_failed: 'The write this one is based on was not applied',
  internal: 'Internal server error',
};

export type ProblemDetails = Omit<Problem, 'type' | 'title' | 'status' | 'code'>;

export function problem(code: ProblemCode, details: ProblemDetails = {}): Problem {
  return { type: problemType(code), title: TITLES[code], status: PROBLEM_STATUS[code], code, ...details };
}

/** Thrown by a write to refuse it: nothing it staged is kept, and `problem` is its answer. */
export class Refusal extends Error {
  readonly problem: Problem;
  constructor(code: ProblemCode, details: ProblemDetails = {}) {
    super(code);
    this.name = 'Refusal';
    this.problem = problem(code, details);
  }

  /** The same refusal, also giving the client the server's copy of the record. */
  withCurrent(current: Record<string, unknown>): Refusal {
    const { type: _type, title: _title, status: _status, code, ...details } = this.problem;
    return new Refusal(code, { ...details, current });
  }
}
