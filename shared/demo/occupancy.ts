/** The running occupancy per placement and day: what is left, what a line takes, what fits. */
import type { Volume } from '../domain/model.ts';
import type { DemoContext, PlacementInfo } from './context.ts';
import type { Random } from './random.ts';

/** Remaining capacity of placement `p` on day number `day` (confirmed and options both count). */
export function remainingAt(ctx: DemoContext, p: number, day: number): number {
  const i = p * ctx.days + (day - ctx.first);
  return (ctx.capacity[i] as number) - (ctx.confirmed[i] as number) - (ctx.held[i] as number);
}

/** The daily load a volume puts on placement `p` on `day`. */
export function load(ctx: DemoContext, p: number, volume: Volume, nDays: number, day: number): number {
  switch (volume.kind) {
    case 'slots':
      return volume.slots;
    case 'impressions':
      return volume.goal / nDays;
    case 'sov':
      return (volume.pct / 100) * (ctx.capacity[p * ctx.days + (day - ctx.first)] as number);
  }
}

export function addLoad(
  ctx: DemoContext,
  p: number,
  volume: Volume,
  first: number,
  last: number,
  into: Float64Array,
  sign = 1,
): void {
  const nDays = last - first + 1;
  for (let day = first; day <= last; day++) {
    const i = p * ctx.days + (day - ctx.first);
    into[i] = (into[i] as number) + sign * load(ctx, p, volume, nDays, day);
  }
}

/** A volume that fits in what is left on every day of the range, or null. Keeps a one-impression margin. */
export function fittingVolume(
  ctx: DemoContext,
  rng: Random,
  p: number,
  first: number,
  last: number,
): Volume | null {
  const info = ctx.placements[p] as PlacementInfo;
  let minRemaining = Infinity;
  let minShare = Infinity;
  for (let day = first; day <= last; day++) {
    const remaining = remainingAt(ctx, p, day);
    minRemaining = Math.min(minRemaining, remaining);
    const capacity = ctx.capacity[p * ctx.days + (day - ctx.first)] as number;
    if (capacity > 0) minShare = Math.min(minShare, ((remaining - 1) / capacity) * 100);
  }
  if (info.slots) {
    if (minRemaining < 1) return null;
    return { kind: 'slots', slots: minRemaining >= 2 && rng.chance(0.2) ? 2 : 1 };
  }
  const nDays = last - first + 1;
  if (rng.chance(0.25)) {
    const pct = Math.min(100, Math.floor((minShare * rng.float(0.4, 1)) / 5) * 5);
    if (pct >= 5) return { kind: 'sov', pct };
  }
  const goal = Math.floor((minRemaining * rng.float(0.5, 1) * nDays) / 1_000) * 1_000;
  if (goal >= 1_000 && goal / nDays <= minRemaining - 1) return { kind: 'impressions', goal };
  return null;
}

/** A plausible volume for a line that takes no capacity (cancelled, expired). */
export function anyVolume(ctx: DemoContext, rng: Random, p: number, first: number, last: number): Volume {
  const info = ctx.placements[p] as PlacementInfo;
  if (info.slots) return { kind: 'slots', slots: 1 };
  if (rng.chance(0.25)) return { kind: 'sov', pct: rng.int(1, 6) * 5 };
  const capacity = info.placement.capacity;
  const daily = capacity.kind === 'impressions' ? capacity.dailyForecast : 1_000;
  return {
    kind: 'impressions',
    goal: Math.max(1_000, Math.round((daily * (last - first + 1) * rng.float(0.1, 0.4)) / 1_000) * 1_000),
  };
}
/** Whether `volume` over [first, last] stays within what is left on every day. */
export function fits(ctx: DemoContext, p: number, volume: Volume, first: number, last: number): boolean {
  const nDays = last - first + 1;
  for (let day = first; day <= last; day++) {
    const margin = volume.kind === 'slots' ? 0 : 1;
    if (load(ctx, p, volume, nDays, day) > remainingAt(ctx, p, day) - margin) return false;
  }
  return true;
}
