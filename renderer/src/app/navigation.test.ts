import { describe, expect, it, vi } from 'vitest';

vi.stubGlobal('window', { location: { hash: '' }, addEventListener: () => undefined, history: {} });
const { parseHash, toHash } = await import('./navigation.ts');

describe('navigation hash', () => {
  it('opens the calendar for an empty or unknown hash', () => {
    expect(parseHash('')).toEqual({ view: 'calendar' });
    expect(parseHash('#/nowhere')).toEqual({ view: 'calendar' });
  });

  it('round-trips a screen and the record opened on it', () => {
    const route = { view: 'campaigns' as const, id: '0190-a/b' };
    expect(parseHash(toHash(route))).toEqual(route);
    expect(parseHash(toHash({ view: 'settings' }))).toEqual({ view: 'settings' });
  });
});
