import type { IncomingMessage } from 'node:http';
import { MAX_BODY_BYTES } from '../../../shared/api/contract.ts';
import { HttpProblem } from './respond.ts';

/** The request body parsed as a JSON object; 413 past `MAX_BODY_BYTES`, 400 when not a JSON object. */
export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      throw new HttpProblem('payload_too_large', { detail: `over ${MAX_BODY_BYTES} bytes` });
    chunks.push(chunk);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpProblem('bad_request', { detail: 'The body is not JSON' });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new HttpProblem('bad_request', { detail: 'The body must be a JSON object' });
  }
  return value as Record<string, unknown>;
}
