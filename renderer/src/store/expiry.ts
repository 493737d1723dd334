/**
 * Options are released automatically: an option holds its inventory until `optionExpiresOn`
 * included, and the day after it becomes `expired` (which takes no capacity). The release is an
 * ordinary write (validated, outbox entry per booking) so the server hears about it, but it is the
 * planner's doing, not the user's: it does not go on the undo stack.
 */
import { Dexie } from 'dexie';
import type { IsoDay } from '@shared/domain/model.ts';
import { todayIn } from '@shared/domain/days.ts';
import type { SlotboardDb } from './db.ts';
import { applyCommand, CommandRejected, writeTables } from './apply.ts';
import type { ExecuteOptions } from './commands.ts';
import { newId } from '@shared/ids.ts';

/** Key of the last run in the `meta` table. */
export const EXPIRY_META_KEY = 'optionExpiry';

export interface ExpiryRun {
  /** The day it ran for. */
  day: IsoDay;
  /** When it ran (UTC ISO). */
  at: string;
  /** Options released by this run. */
  released: number;
}

/**
 * Sets `status: 'expired'` on every option whose `optionExpiresOn` is before `today`, in one
 * transaction, with one outbox entry per booking. An option expiring today is kept. Returns how
 * many were released. A booking that cannot be written (a record too damaged to validate) is
 * left as it is and the others are still released.
 */
export async function releaseExpiredOptions(
  db: SlotboardDb,
  today: IsoDay,
  options: ExecuteOptions = {},
): Promise<number> {
  const ctx = { db, now: (options.now?.() ?? new Date()).toISOString(), commandId: newId() };
  return db.transaction('rw', writeTables(db), async () => {
    // Read inside the transaction: a booking confirmed a moment ago must not be expired.
    const due = await db.bookings
      .where('[status+optionExpiresOn]')
      .between(['option', Dexie.minKey], ['option', today], true, false)
      .primaryKeys();
    let released = 0;
    for (const id of due) {
      try {
        // A single update validates before writing: a rejected one has written nothing.
        const applied = await applyCommand(ctx, {
          type: 'update',
          entity: 'bookings',
          id,
          patch: { status: 'expired' },
        });
        released += applied.changes;
      } catch (error) {
        if (!(error instanceof CommandRejected)) throw error;
      }
    }
    return released;
  });
}

/** Where the time and the timers come from; tests pass a hand-driven one. */
export interface ExpiryClock {
  now(): Date;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export const systemClock: ExpiryClock = {
  now: () => new Date(),
  setInterval: (callback, ms) => globalThis.setInterval(callback, ms),
  clearInterval: (handle) => globalThis.clearInterval(handle as ReturnType<typeof globalThis.setInterval>),
};

export interface OptionExpiryOptions {
  /** The publisher's time zone (IANA); the system's when omitted. */
  timeZone?: string;
  /** How often to check; every minute by default, so a day change is seen within a minute. */
  intervalMs?: number;
  /** After each successful run. */
  onRun?: (run: ExpiryRun) => void;
  /** A run failed (database closed, storage error); the next tick tries again. Default: console.error. */
  onError?: (error: unknown) => void;
}

export interface OptionExpiryHandle {
  /** Stops the timer; a run in progress finishes. */
  stop(): void;
  /** Runs now (or joins the run in progress). Never rejects: failures go to `onError` and give null. */
  runNow(): Promise<ExpiryRun | null>;
}

/**
 * Releases expired options now, then on every tick of the clock (each minute by default: the
 * range query is indexed and writes only when something is due). Each run is recorded in `meta`
 * under `EXPIRY_META_KEY`.
 */
export function startOptionExpiry(
  db: SlotboardDb,
  clock: ExpiryClock = systemClock,
  options: OptionExpiryOptions = {},
): OptionExpiryHandle {
  const onError = options.onError ?? ((error: unknown) => console.error('Option expiry failed', error));
  let inFlight: Promise<ExpiryRun | null> | null = null;
  let stopped = false;

  async function run(): Promise<ExpiryRun | null> {
    try {
      const now = clock.now();
      const day = todayIn(now, options.timeZone);
      const released = await releaseExpiredOptions(db, day, { now: () => now });
      const record: ExpiryRun = { day, at: now.toISOString(), released };
      await db.meta.put({ key: EXPIRY_META_KEY, value: record });
      options.onRun?.(record);
      return record;
    } catch (error) {
      onError(error);
      return null;
    }
  }

  function runNow(): Promise<ExpiryRun | null> {
    inFlight ??= run().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  const handle = clock.setInterval(() => {
    if (!stopped && inFlight === null) void runNow();
  }, options.intervalMs ?? 60_000);
  void runNow();

  return {
    stop() {
      stopped = true;
      clock.clearInterval(handle);
    },
    runNow,
  };
}

/** The last recorded run, if any. */
export async function lastExpiryRun(db: SlotboardDb): Promise<ExpiryRun | undefined> {
  const row = await db.meta.get(EXPIRY_META_KEY);
  return row?.value as ExpiryRun | undefined;
}
