/**
 * What the sync chaos test checks once a run is quiet: the server's records and a planner's, their
 * differences, overbooked days, and a replay of every accepted write.
 */
import { expect } from 'vitest';
import { type BatchResponse, type Operation, changesPageSchema } from '@shared/api/contract.ts';
import { addDays } from '@shared/domain/days.ts';
import type { Booking, IsoDay, Placement } from '@shared/domain/model.ts';
import { occupancyRange } from '@shared/domain/occupancy.ts';
import type { SlotboardDb } from '@renderer/store/db.ts';

/** What a planner saw of its pushes. */
export interface Observed {
  /** Operations answered 2xx, by key: the first answer seen. */
  accepted: Map<string, { operation: Operation; status: number }>;
  /** Every cursor read after a sync, in order. */
  cursors: string[];
}

/** Every live record on the server, read from its change feed, by `resource/id`. */
export async function serverRecords(
  url: string,
  token: string,
): Promise<Map<string, Record<string, unknown>>> {
  const records = new Map<string, Record<string, unknown>>();
  let cursor: string | null = null;
  for (;;) {
    const query = new URLSearchParams({ limit: '1000' });
    if (cursor !== null) query.set('after', cursor);
    const answer = await fetch(`${url}/v1/changes?${query.toString()}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const page = changesPageSchema.parse(await answer.json());
    for (const change of page.changes) {
      const key = `${change.resource}/${change.id}`;
      if (change.deleted || change.record === null) records.delete(key);
      else records.set(key, change.record);
    }
    cursor = page.cursor;
    if (!page.hasMore) return records;
  }
}

/** Every record of a planner's store, keyed as `serverRecords` keys them. */
export async function storeRecords(db: SlotboardDb): Promise<Map<string, Record<string, unknown>>> {
  const records = new Map<string, Record<string, unknown>>();
  for (const entity of ['sites', 'sections', 'placements', 'advertisers', 'campaigns', 'bookings'] as const) {
    for (const record of await db.table(entity).toArray())
      records.set(`${entity}/${(record as { id: string }).id}`, record as Record<string, unknown>);
  }
  return records;
}

/** The records that differ between a store and the server (at most three, for a readable failure). */
export function differences(
  store: ReadonlyMap<string, Record<string, unknown>>,
  server: ReadonlyMap<string, Record<string, unknown>>,
) {
  const keys = new Set([...store.keys(), ...server.keys()]);
  return [...keys]
    .filter((key) => JSON.stringify(sorted(store.get(key))) !== JSON.stringify(sorted(server.get(key))))
    .slice(0, 3)
    .map((key) => ({ key, store: store.get(key), server: server.get(key) }));
}

/** Keys in one order at every depth: the server's JSON columns keep their own order. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, sorted(v)]),
  );
}

/** The placement-days where confirmed bookings exceed capacity, around the run's days. */
export function overbookedDays(
  placements: readonly Placement[],
  bookings: readonly Booking[],
  days: { first: IsoDay; count: number; today: IsoDay },
): string[] {
  const found: string[] = [];
  const lastDay = addDays(days.first, days.count + 10);
  for (const placement of placements) {
    const mine = bookings.filter((b) => b.placementId === placement.id);
    const range = occupancyRange(placement, mine, addDays(days.first, -10), lastDay, days.today);
    for (let i = 0; i < range.length; i++) {
      if ((range.confirmed[i] ?? 0) > (range.capacity[i] ?? 0)) found.push(`${placement.name} day ${i}`);
    }
  }
  return found;
}

/** Sends every accepted write again: each gets its first answer, and the server is unchanged. */
export async function replay(url: string, token: string, observed: readonly Observed[]): Promise<number> {
  const operations = observed.flatMap((o) => [...o.accepted.values()]);
  const before = await serverRecords(url, token);
  for (let i = 0; i < operations.length; i += 500) {
    const chunk = operations.slice(i, i + 500);
    const answer = await fetch(`${url}/v1/batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ operations: chunk.map((c) => c.operation) }),
    });
    const { results } = (await answer.json()) as BatchResponse;
    results.forEach((result, k) => expect(result.status, result.key).toBe(chunk[k]?.status));
  }
  expect(await serverRecords(url, token)).toEqual(before);
  return operations.length;
}
