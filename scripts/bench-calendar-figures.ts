/**
 * bench:calendar's arithmetic on what it measured: percentiles and frame statistics, the drag's
 * plan, and where the long animation frames went. Pure, so its unit tests need no browser.
 */
import type { LoafEntry } from './bench-calendar-page.ts';

export const TARGETS = { firstGridMs: 1_500, frameP95Ms: 16.7, oneChangeMs: 5, heapMB: 400 } as const;

/** Nearest-rank percentile (p in 0–100) of values in any order; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] ?? 0;
}

export interface FrameStats {
  frames: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Frames over one 60 Hz frame (16.7 ms). */
  over16: number;
}

export function frameStats(intervals: readonly number[]): FrameStats {
  return {
    frames: intervals.length,
    p50Ms: round(percentile(intervals, 50), 2),
    p95Ms: round(percentile(intervals, 95), 2),
    maxMs: round(
      intervals.reduce((max, ms) => Math.max(max, ms), 0),
      2,
    ),
    over16: intervals.filter((ms) => ms > TARGETS.frameP95Ms).length,
  };
}

/**
 * Frames are uncapped, so between two of the drag's pointer moves (each a round trip from this
 * script) the idle page runs frames a fraction of a millisecond long. Those are left out of the
 * drag's figures: a frame counts when it took longer than `IDLE_FRAME_MS`.
 */
export const IDLE_FRAME_MS = 1;

export function workFrames(intervals: readonly number[]): number[] {
  return intervals.filter((ms) => ms > IDLE_FRAME_MS);
}

export const round = (n: number, digits = 1) => Number(n.toFixed(digits));

/**
 * How a drag of `days` × `rows` is made in `steps` pointer moves: the pointer itself travels
 * `pointerDx` px right (it must stay clear of the grid's auto-scroll band), the grid's scroll does
 * the rest. Returns the pointer and scroll increments of each step.
 */
export function dragPlan(input: {
  days: number;
  rows: number;
  steps: number;
  pointerDx: number;
  dayWidth: number;
  rowHeight: number;
}): { pointerDx: number; pointerDy: number; scrollDx: number; scrollDy: number } {
  const { days, rows, steps, pointerDx, dayWidth, rowHeight } = input;
  return {
    pointerDx: pointerDx / steps,
    pointerDy: 0,
    scrollDx: (days * dayWidth - pointerDx) / steps,
    scrollDy: (rows * rowHeight) / steps,
  };
}

export interface LoafSummary {
  count: number;
  totalMs: number;
  scriptMs: number;
  styleLayoutMs: number;
  forcedLayoutMs: number;
  top: { name: string; ms: number; count: number }[];
}

/** Where the long animation frames (> 50 ms) of a phase went: scripts, and style and layout. */
export function summariseLoaf(entries: readonly LoafEntry[]): LoafSummary {
  const byName = new Map<string, { ms: number; count: number }>();
  let scriptMs = 0;
  let styleLayoutMs = 0;
  let forcedLayoutMs = 0;
  for (const entry of entries) {
    if (entry.styleAndLayoutStart > 0)
      styleLayoutMs += entry.startTime + entry.duration - entry.styleAndLayoutStart;
    for (const script of entry.scripts) {
      scriptMs += script.duration;
      forcedLayoutMs += script.forcedStyleAndLayoutDuration;
      const fn = script.sourceFunctionName ? ` ${script.sourceFunctionName}` : '';
      const name = `${script.invoker || script.invokerType}${fn}`;
      const slot = byName.get(name) ?? { ms: 0, count: 0 };
      slot.ms += script.duration;
      slot.count += 1;
      byName.set(name, slot);
    }
  }
  const top = [...byName]
    .map(([name, v]) => ({ name, ms: round(v.ms), count: v.count }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3);
  return {
    count: entries.length,
    totalMs: round(entries.reduce((sum, e) => sum + e.duration, 0)),
    scriptMs: round(scriptMs),
    styleLayoutMs: round(styleLayoutMs),
    forcedLayoutMs: round(forcedLayoutMs),
    top,
  };
}

export function describeLoaf(summary: LoafSummary): string {
  if (summary.count === 0) return 'none';
  const top = summary.top.map((t) => `${t.name} ${t.ms} ms ×${t.count}`).join('; ');
  return (
    `${summary.count} frames, ${summary.totalMs} ms: scripts ${summary.scriptMs} ms ` +
    `(forced layout ${summary.forcedLayoutMs} ms), style+layout+paint ${summary.styleLayoutMs} ms` +
    (top ? ` — ${top}` : '')
  );
}
