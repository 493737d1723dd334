import { describe, expect, it } from 'vitest';
import { longestTask, summariseLoaf, topSelfTime, type LoafEntry } from './bench-sync-figures.ts';
import { seedBatches } from './bench-sync-server.ts';
import { parseArgs } from './bench-sync.ts';

describe('bench:sync', () => {
  it('reads its options, and refuses what it does not know', () => {
    expect(parseArgs([])).toEqual({
      build: true,
      outDir: null,
      port: null,
      mutations: 10_000,
      only: null,
      cpuProfileDir: null,
    });
    expect(
      parseArgs([
        '--no-build',
        '--out-dir',
        '/tmp/w',
        '--port=4190',
        '--mutations',
        '2000',
        '--only',
        'pull',
        '--cpu-profile=/tmp/p',
      ]),
    ).toEqual({
      build: false,
      outDir: '/tmp/w',
      port: 4190,
      mutations: 2000,
      only: 'pull',
      cpuProfileDir: '/tmp/p',
    });
    expect(() => parseArgs(['--port', '80'])).toThrow(/integer from 1024/);
    expect(() => parseArgs(['--mutations', '10k'])).toThrow(/integer/);
    expect(() => parseArgs(['--only', 'both'])).toThrow(/Usage/);
    expect(() => parseArgs(['--no-build=yes'])).toThrow(/Usage/);
    expect(() => parseArgs(['push'])).toThrow(/Unexpected argument/);
  });

  it('seeds parents first, in batches of at most 500 creates, without server fields', () => {
    let n = 0;
    const data = {
      bookings: Array.from({ length: 700 }, (_, i) => ({
        id: `b${i}`,
        version: 3,
        updatedAt: 'x',
        notes: '',
      })),
      sites: [{ id: 's1', name: 'Site', version: 1, updatedAt: 'x' }],
      placements: [{ id: 'p1' }],
    };
    const batches = seedBatches(data, 500, () => `key-${++n}`);
    expect(batches.map((b) => b.length)).toEqual([500, 202]);
    const ops = batches.flat();
    expect(ops.slice(0, 3).map((o) => `${o.resource}/${o.id}`)).toEqual([
      'sites/s1',
      'placements/p1',
      'bookings/b0',
    ]);
    expect(ops[0]).toEqual({
      key: 'key-1',
      resource: 'sites',
      id: 's1',
      op: 'create',
      body: { id: 's1', name: 'Site' },
    });
    expect(new Set(ops.map((o) => o.key)).size).toBe(702);
  });

  it('takes the longest task that started in the window', () => {
    const tasks = [
      { startTime: 10, duration: 300 },
      { startTime: 100, duration: 80.04 },
      { startTime: 200, duration: 60 },
      { startTime: 500, duration: 900 },
    ];
    expect(longestTask(tasks, 50, 400)).toBe(80);
    expect(longestTask(tasks, 600, 700)).toBe(0);
  });

  it('says which scripts the long animation frames of a window ran', () => {
    const script = (fn: string, duration: number) => ({
      invoker: 'IDBRequest.onsuccess',
      sourceFunctionName: fn,
      sourceURL: 'http://127.0.0.1:1/assets/index-abc.js',
      sourceCharPosition: 42,
      duration,
    });
    const entries: LoafEntry[] = [
      { startTime: 0, duration: 500, blockingDuration: 450, scripts: [script('early', 490)] },
      { startTime: 100, duration: 120, blockingDuration: 70, scripts: [script('a', 60), script('b', 50)] },
      { startTime: 300, duration: 90, blockingDuration: 40, scripts: [script('a', 80)] },
    ];
    expect(summariseLoaf(entries, 50, 400)).toEqual({
      count: 2,
      maxMs: 120,
      totalMs: 210,
      top: [
        { name: 'IDBRequest.onsuccess a index-abc.js:42', ms: 140, count: 2 },
        { name: 'IDBRequest.onsuccess b index-abc.js:42', ms: 50, count: 1 },
      ],
    });
  });

  it('sums a CPU profile’s self time by function, idle left out', () => {
    const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(idle)') },
        { id: 2, callFrame: frame('applyChange', 'http://x/assets/index.js', 9) },
        { id: 3, callFrame: frame('') },
      ],
      samples: [2, 2, 1, 3, 2],
      timeDeltas: [0, 1000, 2000, 500, 250],
    };
    expect(topSelfTime(profile)).toEqual([
      { name: 'applyChange index.js:10', ms: 3 },
      { name: '(anonymous)', ms: 0.3 },
    ]);
  });
});
