import { describe, expect, it } from 'vitest';
import { dragPlan, frameStats, percentile, summariseLoaf, workFrames } from './bench-calendar-figures.ts';
import { parseArgs } from './bench-calendar.ts';

describe('bench:calendar', () => {
  it('reads its options, and refuses what it does not know', () => {
    expect(parseArgs([])).toEqual({
      build: true,
      port: null,
      profileDir: null,
      loadTimeoutS: 900,
    });
    expect(
      parseArgs(['--no-build', '--port', '4180', '--profile-dir=/tmp/p', '--load-timeout', '60']),
    ).toEqual({ build: false, port: 4180, profileDir: '/tmp/p', loadTimeoutS: 60 });
    expect(() => parseArgs(['--port', '80'])).toThrow(/integer from 1024/);
    expect(() => parseArgs(['--port', '4.5'])).toThrow(/integer/);
    expect(() => parseArgs(['--runs', '3'])).toThrow(/Usage/);
    expect(() => parseArgs(['--no-build=yes'])).toThrow(/Usage/);
    expect(() => parseArgs(['calendar'])).toThrow(/Unexpected argument/);
  });

  it('takes nearest-rank percentiles, in any order', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 100)).toBe(10);
    expect(percentile([], 95)).toBe(0);
    expect(percentile([7.25], 50)).toBe(7.25);
  });

  it('sums up frame intervals, counting those over one 60 Hz frame', () => {
    const intervals = [...Array<number>(18).fill(4), 20, 40.123];
    expect(frameStats(intervals)).toEqual({ frames: 20, p50Ms: 4, p95Ms: 20, maxMs: 40.12, over16: 2 });
    expect(frameStats([])).toEqual({ frames: 0, p50Ms: 0, p95Ms: 0, maxMs: 0, over16: 0 });
  });

  it('leaves the idle frames of an uncapped page out of the drag', () => {
    expect(workFrames([0.1, 0.3, 1, 1.2, 17, 0.2, 40])).toEqual([1.2, 17, 40]);
  });

  it('splits a drag between the pointer and the scroll so the bar travels the whole way', () => {
    const plan = dragPlan({ days: 30, rows: 50, steps: 120, pointerDx: 360, dayWidth: 36, rowHeight: 40 });
    expect((plan.pointerDx + plan.scrollDx) * 120).toBeCloseTo(30 * 36);
    expect((plan.pointerDy + plan.scrollDy) * 120).toBeCloseTo(50 * 40);
    expect(plan.pointerDx * 120).toBeCloseTo(360);
  });

  it('says where long animation frames went', () => {
    const script = (invoker: string, duration: number, forced = 0) => ({
      invoker,
      invokerType: 'event-listener',
      sourceFunctionName: '',
      sourceURL: '',
      duration,
      forcedStyleAndLayoutDuration: forced,
    });
    const summary = summariseLoaf([
      {
        startTime: 100,
        duration: 80,
        renderStart: 160,
        styleAndLayoutStart: 165,
        blockingDuration: 30,
        scripts: [script('DIV.onscroll', 50, 10), script('MessagePort.onmessage', 5)],
      },
      {
        startTime: 300,
        duration: 60,
        renderStart: 0,
        styleAndLayoutStart: 0,
        blockingDuration: 10,
        scripts: [script('DIV.onscroll', 40)],
      },
    ]);
    expect(summary).toMatchObject({
      count: 2,
      totalMs: 140,
      scriptMs: 95,
      styleLayoutMs: 15,
      forcedLayoutMs: 10,
    });
    expect(summary.top[0]).toEqual({ name: 'DIV.onscroll', ms: 90, count: 2 });
  });
});
