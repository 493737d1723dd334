import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Booking } from '@shared/domain/model.ts';
import type { SlotboardDb } from './db.ts';
import { execute } from './commands.ts';
import {
  EXPIRY_META_KEY,
  lastExpiryRun,
  releaseExpiredOptions,
  startOptionExpiry,
  type ExpiryClock,
} from './expiry.ts';
import { bookingValue, freshDb, seed } from './test-fixtures.ts';

let db: SlotboardDb;

async function addBooking(id: string, fields: Partial<Booking>): Promise<void> {
  const result = await execute(db, {
    type: 'create',
    entity: 'bookings',
    value: { ...bookingValue, id, ...fields },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
}

beforeEach(async () => {
  db = freshDb('expiry');
  await seed(db); // booking-1: option until 2026-03-20
  await addBooking('held-until-today', { optionExpiresOn: '2026-03-21' });
  await addBooking('held-later', { optionExpiresOn: '2026-03-25' });
  await addBooking('confirmed-old', { status: 'confirmed', optionExpiresOn: '2026-03-01' });
  await addBooking('cancelled-old', { status: 'cancelled', optionExpiresOn: '2026-03-01' });
  await addBooking('expired-long-ago', { optionExpiresOn: '2026-02-01' });
  await db.bookings.update('expired-long-ago', { status: 'expired' });
  await db.outbox.clear();
});
afterEach(() => db.close());

async function statuses(): Promise<Record<string, string>> {
  return Object.fromEntries((await db.bookings.toArray()).map((b) => [b.id, b.status]));
}

describe('releaseExpiredOptions', () => {
  it('expires options past their last day, keeps the one expiring today, leaves other statuses alone', async () => {
    const released = await releaseExpiredOptions(db, '2026-03-21');
    expect(released).toBe(1);
    expect(await statuses()).toEqual({
      'booking-1': 'expired',
      'held-until-today': 'option',
      'held-later': 'option',
      'confirmed-old': 'confirmed',
      'cancelled-old': 'cancelled',
      'expired-long-ago': 'expired',
    });
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({
        entity: 'bookings',
        entityId: 'booking-1',
        op: 'update',
        patch: { status: 'expired' },
      }),
    ]);
  });

  it('is idempotent: a second run releases nothing and writes nothing', async () => {
    expect(await releaseExpiredOptions(db, '2026-03-26')).toBe(3);
    expect(await releaseExpiredOptions(db, '2026-03-26')).toBe(0);
    expect(await db.outbox.count()).toBe(3);
  });

  it('still releases an option whose placement no longer accepts its format', async () => {
    await execute(db, {
      type: 'update',
      entity: 'placements',
      id: 'placement-1',
      patch: { formats: ['rectangle_300x250'] },
    });
    expect(await releaseExpiredOptions(db, '2026-03-21')).toBe(1);
  });
});

class ManualClock implements ExpiryClock {
  callbacks = new Map<number, () => void>();
  private nextHandle = 1;
  constructor(public current: Date) {}
  now(): Date {
    return this.current;
  }
  setInterval(callback: () => void): unknown {
    const handle = this.nextHandle++;
    this.callbacks.set(handle, callback);
    return handle;
  }
  clearInterval(handle: unknown): void {
    this.callbacks.delete(handle as number);
  }
  tick(): void {
    for (const callback of this.callbacks.values()) callback();
  }
}

describe('startOptionExpiry', () => {
  it('runs at start, then on each tick, picking up the day change, and records the last run', async () => {
    const clock = new ManualClock(new Date('2026-03-20T10:00:00Z'));
    const runs: number[] = [];
    const expiry = startOptionExpiry(db, clock, {
      timeZone: 'Europe/Paris',
      onRun: (run) => runs.push(run.released),
    });
    await expiry.runNow(); // joins the start-up run
    expect(await lastExpiryRun(db)).toEqual({
      day: '2026-03-20',
      at: '2026-03-20T10:00:00.000Z',
      released: 0,
    });
    expect((await statuses())['booking-1']).toBe('option');

    // 23:30 UTC is already the 21st in Paris: booking-1's last day (the 20th) is over.
    clock.current = new Date('2026-03-20T23:30:00Z');
    clock.tick();
    await expiry.runNow();
    expect((await statuses())['booking-1']).toBe('expired');
    expect((await db.meta.get(EXPIRY_META_KEY))?.value).toMatchObject({ day: '2026-03-21', released: 1 });
    expect(runs.slice(0, 2)).toEqual([0, 1]);

    expiry.stop();
    expect(clock.callbacks.size).toBe(0);
  });

  it('reports a failed run and keeps going', async () => {
    const clock = new ManualClock(new Date('2026-03-30T10:00:00Z'));
    const errors: unknown[] = [];
    db.close();
    const expiry = startOptionExpiry(db, clock, { onError: (error) => errors.push(error) });
    expect(await expiry.runNow()).toBeNull();
    expect(errors).toHaveLength(1);
    await db.open();
    clock.tick();
    expect(await expiry.runNow()).toMatchObject({ released: 3 });
    expiry.stop();
  });
});
