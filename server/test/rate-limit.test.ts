import { describe, expect, it } from 'vitest';
import { rateLimiter } from '../src/http/rate-limit.ts';
import { BACKENDS, client, startOn, START_TIMEOUT } from './harness.ts';

describe('rate limit', () => {
  it(
    'answers 429 with Retry-After once a token has spent its burst',
    async () => {
      const backend = BACKENDS[0]!;
      const server = await startOn(backend, { rateLimit: { perSecond: 0.01, burst: 2 } });
      try {
        const call = client(server);
        expect((await call('GET', '/v1/sites')).status).toBe(200);
        expect((await call('GET', '/v1/sites')).status).toBe(200);
        const limited = await call('GET', '/v1/sites');
        expect(limited.status).toBe(429);
        expect(limited.body).toMatchObject({ code: 'rate_limited', retryAfter: 100 });
        expect(limited.headers.get('retry-after')).toBe('100');
        // The document is public, so it is not counted.
        expect((await call('GET', '/v1/openapi.json', { token: null })).status).toBe(200);
      } finally {
        await server.close();
      }
    },
    START_TIMEOUT,
  );

  it('refills each bucket at its rate, per token', () => {
    let now = 0;
    const limit = rateLimiter({ perSecond: 2, burst: 1 }, () => now);
    expect(limit('a')).toBe(0);
    expect(limit('a')).toBe(1);
    expect(limit('b')).toBe(0);
    now += 500;
    expect(limit('a')).toBe(0);
  });

  it('is off when not configured', () => {
    const limit = rateLimiter(undefined);
    for (let i = 0; i < 1000; i++) expect(limit('a')).toBe(0);
  });
});
