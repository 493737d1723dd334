import { describe, expect, it } from 'vitest';
import { ioRouteHash, parseIoRoute } from './io-routes.ts';

describe('print routes', () => {
  it('reads an issued revision and a preview, with or without its language', () => {
    expect(parseIoRoute('#/io/0190-abc')).toEqual({ kind: 'issued', id: '0190-abc' });
    expect(parseIoRoute('#/io/preview/camp-1')).toEqual({ kind: 'preview', campaignId: 'camp-1' });
    expect(parseIoRoute('#/io/preview/camp-1/en')).toEqual({
      kind: 'preview',
      campaignId: 'camp-1',
      locale: 'en',
    });
    expect(parseIoRoute('#/io/preview/camp-1/de')).toEqual({ kind: 'preview', campaignId: 'camp-1' });
  });

  it('leaves every other address to the app', () => {
    for (const hash of ['', '#/', '#/campaigns/io', '#/io', '#/io/', '#/io/preview', '#/io/a/b']) {
      expect(parseIoRoute(hash), hash).toBeNull();
    }
  });

  it('round-trips, ids escaped', () => {
    for (const route of [
      { kind: 'issued', id: 'a b/c' },
      { kind: 'preview', campaignId: 'x/y' },
      { kind: 'preview', campaignId: 'z', locale: 'fr' },
    ] as const) {
      expect(parseIoRoute(ioRouteHash(route))).toEqual(route);
    }
  });
});
