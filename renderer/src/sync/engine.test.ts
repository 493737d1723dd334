/** The engine's scheduling and status, on a manual clock; the network is a fake fetch that fails. */
import { describe, expect, it, vi } from 'vitest';
import { execute } from '@renderer/store/commands.ts';
import { freshDb, ids, seed } from '@renderer/store/test-fixtures.ts';
import { createSyncEngine, type Clock, type OnlineEvents, type SyncSetup } from './engine.ts';

class ManualClock implements Clock {
  time = Date.parse('2026-03-01T10:00:00Z');
  private timers = new Map<number, { at: number; run: () => void }>();
  private next = 1;
  now = () => this.time;
  setTimeout = (run: () => void, ms: number) => {
    const id = this.next++;
    this.timers.set(id, { at: this.time + ms, run });
    return id;
  };
  clearTimeout = (handle: unknown) => {
    this.timers.delete(handle as number);
  };
  /** Milliseconds until the next timer, or null. */
  nextIn(): number | null {
    const times = [...this.timers.values()].map((t) => t.at - this.time);
    return times.length === 0 ? null : Math.min(...times);
  }
  advance(ms: number): void {
    this.time += ms;
    for (const [id, timer] of [...this.timers]) {
      if (timer.at <= this.time) {
        this.timers.delete(id);
        timer.run();
      }
    }
  }
}

class Events implements OnlineEvents {
  listener: (() => void) | null = null;
  addEventListener = (_type: 'online', listener: () => void) => {
    this.listener = listener;
  };
  removeEventListener = () => {
    this.listener = null;
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
const ready: SyncSetup = { kind: 'ready', config: { serverUrl: 'https://ads.example', token: 't' } };

function setup(options: { setup?: SyncSetup; random?: number } = {}) {
  const db = freshDb('engine');
  const clock = new ManualClock();
  const events = new Events();
  let fetches = 0;
  let setups = 0;
  const engine = createSyncEngine({
    db,
    loadSetup: () => {
      setups += 1;
      return Promise.resolve(options.setup ?? ready);
    },
    fetch: () => {
      fetches += 1;
      return Promise.reject(new TypeError('fetch failed'));
    },
    clock,
    random: () => options.random ?? 0.5,
    backoff: { baseMs: 1000, capMs: 8000 },
    events,
  });
  return { db, clock, events, engine, fetches: () => fetches, setups: () => setups };
}

describe('sync engine', () => {
  it('is disabled while sync is off, and says what is missing when on without a token', async () => {
    const off = setup({ setup: { kind: 'off' } });
    await off.engine.syncNow();
    expect(off.engine.status.getState().state).toBe('disabled');
    expect(off.fetches()).toBe(0);

    const missing = setup({ setup: { kind: 'missing', what: 'token' } });
    await missing.engine.syncNow();
    expect(missing.engine.status.getState()).toMatchObject({
      state: 'error',
      lastError: { kind: 'not_configured' },
    });
  });

  it('goes offline when the server cannot be reached and retries with growing, jittered waits', async () => {
    const t = setup({ random: 0.5 });
    t.engine.start();
    await vi.waitFor(() => expect(t.engine.status.getState()).toMatchObject({ state: 'offline' }));
    expect(t.engine.status.getState().lastError).toMatchObject({ kind: 'network' });
    const waits: (number | null)[] = [t.clock.nextIn()];
    for (let i = 0; i < 4; i += 1) {
      const calls = t.fetches();
      t.clock.advance(t.clock.nextIn()!);
      await vi.waitFor(() => expect(t.fetches()).toBe(calls + 1));
      await settle();
      waits.push(t.clock.nextIn());
    }
    // 0.5 × min(8 s, 1 s · 2^n)
    expect(waits).toEqual([500, 1000, 2000, 4000, 4000]);
    t.engine.stop();
  });

  it('retries at once when the window comes back online, and counts pending changes', async () => {
    const t = setup();
    await seed(t.db);
    t.engine.start();
    await vi.waitFor(() => expect(t.engine.status.getState()).toMatchObject({ state: 'offline' }));
    const before = t.fetches();
    await execute(t.db, { type: 'update', entity: 'bookings', id: ids.booking, patch: { notes: 'x' } });
    await settle();
    expect(t.engine.status.getState().pending).toBe(1);
    // A write does not cut the backoff short…
    expect(t.fetches()).toBe(before);
    // …coming back online does.
    t.events.listener?.();
    await settle();
    expect(t.fetches()).toBe(before + 1);
    t.engine.stop();
  });

  it('syncs about a second after a local write, once for a burst of writes', async () => {
    const t = setup({ setup: { kind: 'off' } });
    await seed(t.db);
    t.engine.start();
    await settle();
    const before = t.setups();
    await execute(t.db, { type: 'update', entity: 'bookings', id: ids.booking, patch: { notes: 'a' } });
    await settle();
    await execute(t.db, { type: 'update', entity: 'bookings', id: ids.booking, patch: { notes: 'b' } });
    await settle();
    expect(t.clock.nextIn()).toBeLessThanOrEqual(1000);
    t.clock.advance(1000);
    await settle();
    expect(t.setups()).toBe(before + 1);
    t.engine.stop();
  });

  it('runs one sync at a time: a request during a run makes it run once more', async () => {
    const t = setup({ setup: { kind: 'off' } });
    const first = t.engine.syncNow();
    const second = t.engine.syncNow();
    const third = t.engine.syncNow();
    await Promise.all([first, second, third]);
    expect(t.setups()).toBe(2);
  });
});
