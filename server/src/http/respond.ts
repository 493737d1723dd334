/** Writing answers: JSON bodies and problem details. */
import type { ServerResponse } from 'node:http';
import { PROBLEM_CONTENT_TYPE, type Problem, type ProblemCode } from '../../../shared/api/contract.ts';
import { problem, type ProblemDetails } from '../writes/problems.ts';

export type Headers = Record<string, string>;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Headers = {}): void {
  sendText(res, status, JSON.stringify(body), 'application/json', headers);
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  type: string,
  headers: Headers = {},
): void {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

export function sendProblem(res: ServerResponse, body: Problem, headers: Headers = {}): void {
  sendText(res, body.status, JSON.stringify(body), PROBLEM_CONTENT_TYPE, headers);
}

/** Thrown by a handler to answer with a problem. */
export class HttpProblem extends Error {
  readonly problem: Problem;
  constructor(
    code: ProblemCode,
    details: ProblemDetails = {},
    readonly headers: Headers = {},
  ) {
    super(code);
    this.name = 'HttpProblem';
    this.problem = problem(code, details);
  }
}
