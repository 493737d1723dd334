/**
 * An HTTP proxy that misbehaves on purpose, for the sync chaos test: it sits between one client
 * and the server and, request by request, drops the request, loses the response after the server
 * committed, sends the request twice, delays it, answers 503 or 429 itself, or refuses everything
 * while "offline". Which fault strikes is drawn from a seeded generator, so a failing run replays.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const FAULTS = [
  /** The request never reaches the server; the client's connection is cut. */
  'drop_request',
  /** The server handles (and commits) the request; the client's connection is cut before the answer. */
  'drop_response',
  /** The server receives the request twice; the client sees the first answer. */
  'duplicate',
  /** The request waits before it is forwarded. */
  'delay',
  'server_error',
  'rate_limited',
] as const;
export type Fault = (typeof FAULTS)[number];

export interface FaultProxyOptions {
  /** Where requests go, e.g. `http://127.0.0.1:8787`. Can be changed while running (a server restart). */
  target: string;
  /** Chance in [0, 1] that a request meets a fault. */
  faultRate: number;
  /** A number in [0, 1) per call: seeded in tests. */
  random: () => number;
  /** Longest delay of a `delay` fault, in ms. */
  maxDelayMs?: number;
}

export interface FaultProxy {
  readonly url: string;
  /** Counts of the faults injected so far, by kind, plus `offline` refusals. */
  readonly injected: Readonly<Record<Fault | 'offline', number>>;
  /** Requests that reached the server (a duplicate counts twice). */
  readonly forwarded: number;
  setTarget(target: string): void;
  setFaultRate(rate: number): void;
  /** While offline every request is cut at once, as with no network. */
  setOffline(offline: boolean): void;
  close(): Promise<void>;
}

interface Forwarded {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'host', 'content-length']);

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function forward(target: string, request: IncomingMessage, body: Buffer): Promise<Forwarded> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string' && !HOP_BY_HOP.has(name)) headers.set(name, value);
  }
  const method = request.method ?? 'GET';
  const response = await fetch(new URL(request.url ?? '/', target), {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' ? undefined : body,
  });
  const answer: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name) && name !== 'content-encoding') answer[name] = value;
  });
  return { status: response.status, headers: answer, body: Buffer.from(await response.arrayBuffer()) };
}

function send(response: ServerResponse, answer: Forwarded): void {
  response.writeHead(answer.status, { ...answer.headers, 'content-length': answer.body.length });
  response.end(answer.body);
}

function problem(
  response: ServerResponse,
  status: number,
  code: string,
  headers: Record<string, string> = {},
) {
  const body = Buffer.from(JSON.stringify({ type: 'about:blank', title: code, status, code }));
  send(response, { status, headers: { 'content-type': 'application/problem+json', ...headers }, body });
}

/** Cuts the connection without an answer: the client sees a network error. */
function cut(request: IncomingMessage): void {
  request.socket.destroy();
}

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  let target = options.target;
  let faultRate = options.faultRate;
  let offline = false;
  let forwarded = 0;
  const maxDelayMs = options.maxDelayMs ?? 50;
  const injected: Record<Fault | 'offline', number> = {
    drop_request: 0,
    drop_response: 0,
    duplicate: 0,
    delay: 0,
    server_error: 0,
    rate_limited: 0,
    offline: 0,
  };

  const pickFault = (): Fault | null => {
    if (options.random() >= faultRate) return null;
    return FAULTS[Math.floor(options.random() * FAULTS.length)] ?? null;
  };

  const pass = async (request: IncomingMessage, body: Buffer): Promise<Forwarded> => {
    forwarded += 1;
    return forward(target, request, body);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body = await readBody(request);
    if (offline) {
      injected.offline += 1;
      cut(request);
      return;
    }
    const fault = pickFault();
    if (fault) injected[fault] += 1;
    switch (fault) {
      case 'drop_request':
        cut(request);
        return;
      case 'drop_response':
        await pass(request, body);
        cut(request);
        return;
      case 'duplicate': {
        const first = await pass(request, body);
        await pass(request, body);
        send(response, first);
        return;
      }
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, options.random() * maxDelayMs));
        send(response, await pass(request, body));
        return;
      case 'server_error':
        problem(response, 503, 'internal');
        return;
      case 'rate_limited':
        problem(response, 429, 'rate_limited', { 'retry-after': '0' });
        return;
      default:
        send(response, await pass(request, body));
    }
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => {
      // The server is down (a restart in progress): to the client, a network failure.
      cut(request);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    injected,
    get forwarded() {
      return forwarded;
    },
    setTarget: (next) => (target = next),
    setFaultRate: (rate) => (faultRate = rate),
    setOffline: (value) => (offline = value),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
