/**
 * Runs the calendar's first view (see first-view.ts). When the calendar mounts, before the bookings
 * table's subscription starts reading it whole, that read is held; once the other tables are in,
 * the rows are laid out, the bookings of those on screen (from the remembered top row) are read
 * through the index, and the hold is released. Once the whole table is in, there is no first view.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { OccupancyIndex } from '@shared/domain/occupancy-index.ts';
import { planningOf, type Planning, type PlanningTables } from '@renderer/features/bookings/usePlanning.ts';
import { holdTableReads, queries } from '@renderer/store/hooks.ts';
import { db } from '@renderer/store/db.ts';
import { useCalendar } from './calendar-store.ts';
import { firstViewSnapshot, planFirstView, type FirstViewInput } from './first-view.ts';

export interface FirstView {
  /** The planning with the first view's bookings in place of the table's. */
  planning: Planning;
  /** Occupancy of the placements read; the others count nothing yet. */
  index: OccupancyIndex;
  /** Index rows whose bookings are read. */
  readRows: ReadonlySet<number>;
}

/** What the calendar tells its first view (the rest comes from the tables and the calendar's state). */
export type FirstViewOptions = Pick<FirstViewInput, 'today' | 'window' | 'locale' | 'rowsOnScreen'>;

export function useFirstView(tables: PlanningTables, input: FirstViewOptions): FirstView | undefined {
  const [wanted] = useState(() => !tables.bookings);
  const release = useRef<(() => void) | null>(null);
  const started = useRef(false);
  const [view, setView] = useState<FirstView>();
  const { sites, sections, placements, advertisers, agencies, campaigns } = tables;
  const othersRead = Boolean(sites && sections && placements && advertisers && agencies && campaigns);

  // A layout effect, not the render: a render may run twice or be thrown away (StrictMode does
  // both), and a hold taken there could be lost, unreleased, with the table held for good. Layout
  // effects run before any subscription of the same commit starts its read.
  useLayoutEffect(() => {
    if (!wanted) return;
    const releaseHold = holdTableReads('bookings');
    release.current = releaseHold;
    return () => {
      releaseHold();
      if (release.current === releaseHold) release.current = null;
    };
  }, [wanted]);
  const releaseHold = () => release.current?.();

  useEffect(() => {
    if (!wanted || started.current || !othersRead || !sites || !sections || !placements || !campaigns) return;
    started.current = true;
    const { filter, collapsed, viewport } = useCalendar.getState();
    const plan = planFirstView({
      sites: sites.rows,
      sections: sections.rows,
      placements: placements.rows,
      campaignById: campaigns.byId,
      filter,
      collapsed,
      topRowKey: viewport.rowKey,
      ...input,
    });
    if (!plan) {
      releaseHold();
      return;
    }
    const { index, placementIds: ids } = plan;
    queries
      .bookingsOfPlacements(db, ids)
      .then((bookings) => {
        for (const booking of bookings) index.applyChange(null, booking);
        const planning = planningOf(tables, firstViewSnapshot(bookings));
        const readRows = new Set(ids.flatMap((id) => index.rowOf(id) ?? []));
        if (planning) setView({ planning, index, readRows });
      })
      .catch((error: unknown) => console.error('Reading the first view failed', error))
      // The hold in place now: StrictMode's second mount took a new one.
      .finally(releaseHold);
    // Once: later renders change nothing in a first view (its read is already under way).
  }, [wanted, othersRead]); // eslint-disable-line react-hooks/exhaustive-deps

  return tables.bookings ? undefined : view;
}
