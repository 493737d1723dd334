/**
 * The planner's data as the calendar tests read it back from IndexedDB, and the sums they expect
 * the calendar to show, computed here from the records alone (never read from the screen).
 */
import type { Page } from '@playwright/test';
import type {
  Advertiser,
  Booking,
  Campaign,
  IsoDay,
  Placement,
  Section,
  Site,
} from '../shared/domain/model.ts';

export type { Booking, Placement };

/** What the store holds, read from the page's IndexedDB. */
export interface StoreData {
  sites: Site[];
  sections: Section[];
  placements: Placement[];
  bookings: Booking[];
  campaigns: Campaign[];
  advertisers: Advertiser[];
}

/** The day `n` days after `day`. */
export function addDays(day: IsoDay, n: number): IsoDay {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** Days between two days (`to` − `from`). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whether a booking takes capacity today: confirmed, or an option not past its expiry. */
export function isLive(booking: Booking, today: IsoDay): boolean {
  if (booking.status === 'confirmed') return true;
  return (
    booking.status === 'option' && (booking.optionExpiresOn === null || today <= booking.optionExpiresOn)
  );
}

/** A slots placement of `slots` positions a day (1: exclusive). */
export function isSlots(placement: Placement | undefined, slots?: number): boolean {
  return (
    placement?.capacity.kind === 'slots' && (slots === undefined || placement.capacity.slotsPerDay === slots)
  );
}

export class Planning {
  readonly placementById: Map<string, Placement>;
  readonly campaignById: Map<string, Campaign>;

  constructor(
    readonly data: StoreData,
    readonly today: IsoDay,
  ) {
    this.placementById = new Map(data.placements.map((p) => [p.id, p]));
    this.campaignById = new Map(data.campaigns.map((c) => [c.id, c]));
  }

  placement(id: string): Placement {
    const placement = this.placementById.get(id);
    if (!placement) throw new Error(`no placement ${id}`);
    return placement;
  }

  campaignName(booking: Booking): string {
    return this.campaignById.get(booking.campaignId)?.name ?? '?';
  }

  /** Live bookings of a placement running on any day of [from, to], but the ones in `except`. */
  liveOverlapping(placementId: string, from: IsoDay, to: IsoDay, except: readonly string[] = []): Booking[] {
    return this.data.bookings.filter(
      (b) =>
        b.placementId === placementId &&
        !except.includes(b.id) &&
        isLive(b, this.today) &&
        b.startDate <= to &&
        b.endDate >= from,
    );
  }

  isFree(placementId: string, from: IsoDay, to: IsoDay, except: readonly string[] = []): boolean {
    return this.liveOverlapping(placementId, from, to, except).length === 0;
  }

  /** Confirmed bookings starting after today on exclusive (one slot a day) placements, by start day. */
  futureExclusiveConfirmed(maxDays = 14): Booking[] {
    return this.data.bookings
      .filter(
        (b) =>
          b.status === 'confirmed' &&
          b.startDate > addDays(this.today, 1) &&
          daysBetween(b.startDate, b.endDate) < maxDays &&
          isSlots(this.placementById.get(b.placementId), 1),
      )
      .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  }

  /** The first booking matching `test`, or a failure naming what was looked for. */
  find(what: string, test: (b: Booking) => boolean, maxDays?: number): Booking {
    const found = this.futureExclusiveConfirmed(maxDays).find(test);
    if (!found) throw new Error(`the demo data has no ${what}`);
    return found;
  }

  /** The booking moved by `days` (and to `placementId`), as the calendar should write it. */
  static moved(booking: Booking, days: number, placementId = booking.placementId): Booking {
    return {
      ...booking,
      placementId,
      startDate: addDays(booking.startDate, days),
      endDate: addDays(booking.endDate, days),
    };
  }

  /** A placement's figures on one day, in its unit: what the cell's tooltip must say. */
  figures(
    placementId: string,
    day: IsoDay,
  ): { capacity: number; confirmed: number; options: number; free: number } {
    const placement = this.placement(placementId);
    if (placement.capacity.kind !== 'slots') throw new Error('figures are computed for slot placements only');
    const capacity = placement.capacity.slotsPerDay;
    let confirmed = 0;
    let options = 0;
    for (const booking of this.liveOverlapping(placementId, day, day)) {
      const slots = booking.volume.kind === 'slots' ? booking.volume.slots : 0;
      if (booking.status === 'confirmed') confirmed += slots;
      else options += slots;
    }
    return { capacity, confirmed, options, free: Math.max(0, capacity - confirmed - options) };
  }

  /** Placements (of `among`) a search for `text` keeps: in their own, section's or site's name, case and accents aside. */
  matching(text: string, among: readonly Placement[] = this.data.placements): Placement[] {
    const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    const needle = fold(text.trim());
    const names = new Map([...this.data.sites, ...this.data.sections].map((r) => [r.id, fold(r.name)]));
    return among.filter((p) =>
      [fold(p.name), names.get(p.siteId) ?? '', names.get(p.sectionId) ?? ''].some((n) => n.includes(needle)),
    );
  }

  /**
   * Rows the grid should hold when exactly `placements` pass the filters: each placement under
   * its site's and its section's group row.
   */
  static rowCount(placements: readonly Placement[]): number {
    const sites = new Set(placements.map((p) => p.siteId));
    const sections = new Set(placements.map((p) => p.sectionId));
    return sites.size + sections.size + placements.length;
  }
}

/** "1 slot", "2 slots": a tooltip figure in a slots placement's unit. */
export function slots(n: number): string {
  return `${n} slot${n === 1 ? '' : 's'}`;
}

/** The little of IndexedDB read here (e2e code is typed for Node, without the DOM). */
interface IdbRequest<T> {
  result: T;
  error: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}
interface IdbStore {
  getAll(): IdbRequest<unknown[]>;
  get(key: string): IdbRequest<unknown>;
  count(): IdbRequest<number>;
}
interface Idb {
  transaction(stores: string[], mode: 'readonly'): { objectStore(name: string): IdbStore };
  close(): void;
}

/** Reads object stores of the planner's database, in the page, read-only. */
export async function readStores<T>(
  page: Page,
  reads: { store: string; op: 'getAll' | 'count' | 'get'; key?: string }[],
): Promise<T[]> {
  return page.evaluate(async (reads) => {
    const open = (globalThis as unknown as { indexedDB: { open(name: string): IdbRequest<Idb> } }).indexedDB;
    const result = <R>(request: IdbRequest<R>) =>
      new Promise<R>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
    const db = await result(open.open('slotboard'));
    try {
      const tx = db.transaction([...new Set(reads.map((r) => r.store))], 'readonly');
      return await Promise.all(
        reads.map(({ store, op, key }) => {
          const os = tx.objectStore(store);
          return result<unknown>(
            op === 'get' ? os.get(key ?? '') : op === 'count' ? os.count() : os.getAll(),
          );
        }),
      );
    } finally {
      db.close();
    }
  }, reads) as Promise<T[]>;
}
