/**
 * Loads a seeded demo data set into the store: the small demo (80 placements, 400 bookings) or the
 * large one (2,000 placements, 50,000 bookings over two years, the performance set). One import,
 * with its outbox entries, then the options already past their expiry are released, as at start.
 *
 * Both sizes come from the same seed, so they share their first ids: a site of the generated set
 * already in the store means a demo set is loaded, and nothing is written. That is checked before
 * the import, which would otherwise validate 50,000 bookings to find out.
 */
import type { IsoDay } from '@shared/domain/model.ts';
import type { SlotboardDb } from '@renderer/store/db.ts';
import { releaseExpiredOptions } from '@renderer/store/expiry.ts';
import { describeImportIssue, importRecords } from '@renderer/store/import.ts';

export type DemoLoadSize = 'demo' | 'large';

export type DemoLoadOutcome =
  | { kind: 'loaded'; placements: number; bookings: number; released: number }
  | { kind: 'alreadyLoaded' }
  | { kind: 'failed'; message: string };

export interface DemoLoadOptions {
  size: DemoLoadSize;
  today: IsoDay;
  /** Called (and awaited) once the set is known not to be stored yet, before the long import. */
  onImportStart?: () => void | Promise<void>;
}

export async function loadDemoData(db: SlotboardDb, options: DemoLoadOptions): Promise<DemoLoadOutcome> {
  // Loaded on demand: the generator and its name lists are not part of the app's start-up.
  const { generateDemoData } = await import('@shared/demo/generate.ts');
  const data = generateDemoData({ today: options.today, size: options.size });
  const stored = await db.sites.bulkGet(data.sites.map((site) => site.id));
  if (stored.some((site) => site !== undefined)) return { kind: 'alreadyLoaded' };

  await options.onImportStart?.();
  const result = await importRecords(db, data);
  if (!result.ok) {
    // Another window may have loaded it between the check and the import.
    if (result.issues.some((issue) => issue.params?.reason === 'already_stored'))
      return { kind: 'alreadyLoaded' };
    return { kind: 'failed', message: result.issues.slice(0, 3).map(describeImportIssue).join('; ') };
  }
  // The demo holds options already past their expiry: release them now, as at start-up.
  const released = await releaseExpiredOptions(db, options.today);
  return {
    kind: 'loaded',
    placements: result.counts.placements,
    bookings: result.counts.bookings,
    released,
  };
}
