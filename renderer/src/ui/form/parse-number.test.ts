import { describe, expect, it } from 'vitest';
import { parseCents } from './parse-number.ts';

describe('parse number', () => {
  it('parses either separator', () => {
    expect(parseCents('1 234,56', 'x')).toEqual({ ok: true, value: 123456 });
    expect(parseCents('0.1', 'x')).toEqual({ ok: true, value: 10 });
    expect(parseCents('abc', 'x')).toEqual({ ok: false, issue: { path: 'x', code: 'not_a_number' } });
  });
});
