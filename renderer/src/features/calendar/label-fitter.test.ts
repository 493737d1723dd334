import { describe, expect, it } from 'vitest';
import { LabelFitter } from './label-fitter.ts';

/** Every character 6 px wide; counts the measurements. */
function monospace() {
  const ctx = {
    calls: 0,
    measureText(text: string) {
      ctx.calls++;
      return { width: [...text].length * 6 } as TextMetrics;
    },
  };
  return ctx;
}

describe('LabelFitter', () => {
  it('keeps a label that fits whole', () => {
    expect(new LabelFitter('11px sans-serif').fit(monospace(), 'Spring · Acme', 100)).toEqual({
      text: 'Spring · Acme',
      width: 78,
    });
  });

  it('cuts a long label with an ellipsis inside the width', () => {
    const label = new LabelFitter('11px sans-serif').fit(monospace(), 'Spring sale · Acme Corporation', 60);
    // Ten characters of 6 px fit: nine of the text and the ellipsis (the space before it trimmed).
    expect(label).toEqual({ text: 'Spring sa…', width: 60 });
  });

  it('gives nothing when not even one character and the ellipsis fit', () => {
    const fitter = new LabelFitter('11px sans-serif');
    expect(fitter.fit(monospace(), 'Spring', 11)).toBeNull();
    expect(fitter.fit(monospace(), 'Spring', 0)).toBeNull();
    expect(fitter.fit(monospace(), '', 100)).toBeNull();
  });

  it('measures a label once per width, however often it is painted', () => {
    const fitter = new LabelFitter('11px sans-serif');
    const ctx = monospace();
    fitter.fit(ctx, 'Spring sale · Acme Corporation', 60);
    const first = ctx.calls;
    for (let i = 0; i < 100; i++) fitter.fit(ctx, 'Spring sale · Acme Corporation', 60.4);
    expect(ctx.calls).toBe(first);
    fitter.fit(ctx, 'Spring sale · Acme Corporation', 90);
    expect(ctx.calls).toBeGreaterThan(first);
  });
});
