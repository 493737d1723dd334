import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';

const made = () => 'made-token';

describe('npm run server options', () => {
  it('defaults to port 8787, PGlite in ./server-data and a token made for the run', () => {
    const { options, generatedToken } = readConfig([], {}, made);
    expect(options).toEqual({
      port: 8787,
      host: '127.0.0.1',
      tokens: ['made-token'],
      dataDir: './server-data',
    });
    expect(generatedToken).toBe(true);
  });

  it('reads flags before the environment, tokens from both', () => {
    const env = {
      PORT: '1',
      SLOTBOARD_DATA: '/env',
      SLOTBOARD_TOKENS: 'a, b',
      SLOTBOARD_RATE_PER_SECOND: '5',
    };
    const { options, generatedToken } = readConfig(
      ['--port', '9000', '--data', '/flag', '--token', 'c'],
      env,
      made,
    );
    expect(options).toMatchObject({ port: 9000, dataDir: '/flag', tokens: ['c', 'a', 'b'] });
    expect(options.rateLimit).toEqual({ perSecond: 5, burst: 5 });
    expect(generatedToken).toBe(false);
  });

  it('uses PostgreSQL when DATABASE_URL is set, and refuses a bad number', () => {
    expect(readConfig([], { DATABASE_URL: 'postgres://x/db' }, made).options).toMatchObject({
      databaseUrl: 'postgres://x/db',
    });
    expect(() => readConfig(['--port', 'abc'], {}, made)).toThrow(/--port/);
  });
});
