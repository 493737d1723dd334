/**
 * bench:sync's arithmetic on what it recorded: long tasks, long animation frames, CPU profiles.
 * Pure, so its unit tests need no browser.
 */

export const round = (n: number, digits = 1) => Number(n.toFixed(digits));

export interface LongTask {
  startTime: number;
  duration: number;
}

/** The longest task that started within [from, to] (page time), 0 when none. */
export function longestTask(tasks: readonly LongTask[], from: number, to: number): number {
  let max = 0;
  for (const task of tasks) {
    if (task.startTime >= from && task.startTime <= to) max = Math.max(max, task.duration);
  }
  return round(max);
}

export interface LoafScript {
  invoker: string;
  sourceFunctionName: string;
  sourceURL: string;
  sourceCharPosition: number;
  duration: number;
}

export interface LoafEntry {
  startTime: number;
  duration: number;
  blockingDuration: number;
  scripts: LoafScript[];
}

/** The long animation frames in [from, to]: how many, the longest, and the scripts they ran most. */
export function summariseLoaf(
  entries: readonly LoafEntry[],
  from: number,
  to: number,
): { count: number; maxMs: number; totalMs: number; top: { name: string; ms: number; count: number }[] } {
  const inWindow = entries.filter((e) => e.startTime >= from && e.startTime <= to);
  const byName = new Map<string, { ms: number; count: number }>();
  for (const entry of inWindow) {
    for (const script of entry.scripts) {
      const where = script.sourceURL
        ? ` ${script.sourceURL.replace(/^.*\//, '')}:${script.sourceCharPosition}`
        : '';
      const name = `${script.invoker}${script.sourceFunctionName ? ` ${script.sourceFunctionName}` : ''}${where}`;
      const slot = byName.get(name) ?? { ms: 0, count: 0 };
      slot.ms += script.duration;
      slot.count += 1;
      byName.set(name, slot);
    }
  }
  return {
    count: inWindow.length,
    maxMs: round(inWindow.reduce((max, e) => Math.max(max, e.duration), 0)),
    totalMs: round(inWindow.reduce((sum, e) => sum + e.duration, 0)),
    top: [...byName]
      .map(([name, v]) => ({ name, ms: round(v.ms), count: v.count }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 4),
  };
}

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The functions with the most self time in a CPU profile (ms), idle and program excluded. */
export function topSelfTime(profile: CpuProfile, n = 12): { name: string; ms: number }[] {
  const nodeName = new Map<number, string>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.replace(/^.*\//, '');
    nodeName.set(node.id, `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`);
  }
  const byName = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const name = nodeName.get(samples[i] ?? -1) ?? '?';
    // A sample's time is the delta to the next one.
    byName.set(name, (byName.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return [...byName]
    .filter(([name]) => !/^\((idle|program)\)/.test(name))
    .map(([name, ms]) => ({ name, ms: round(ms) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, n);
}
