// @vitest-environment happy-dom
/**
 * The first view holds the bookings table's whole read while it reads the rows on screen. These
 * tests mount the hook in React (StrictMode too, as `npm run dev` does: it mounts twice and may
 * render twice) and check that the hold always ends, so every booking reaches the calendar.
 */
import { StrictMode, act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { usePlanningTables } from '@renderer/features/bookings/usePlanning.ts';
import { db } from '@renderer/store/db.ts';
import { liveTable } from '@renderer/store/hooks.ts';
import { seed } from '@renderer/store/test-fixtures.ts';
import { calendarWindow } from './calendar-window.ts';
import { useFirstView } from './useFirstView.ts';

// React warns unless it is told that this is a test environment with act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TODAY = '2026-03-10';

interface Seen {
  bookings: number | undefined;
  firstView: boolean;
}

function Calendar({ seen }: { seen: Seen[] }) {
  const tables = usePlanningTables();
  const view = useFirstView(tables, {
    today: TODAY,
    window: calendarWindow(TODAY),
    locale: 'en',
    rowsOnScreen: 20,
  });
  seen.push({ bookings: tables.bookings?.rows.length, firstView: view !== undefined });
  return null;
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
});

beforeAll(async () => {
  await seed(db);
});

async function mount(node: ReactNode): Promise<void> {
  root = createRoot(document.createElement('div'));
  await act(() => {
    root?.render(node);
    return Promise.resolve();
  });
}

/** Lets IndexedDB and React settle until `done` holds, or gives up after `rounds` macrotasks. */
async function until(done: () => boolean, rounds = 200): Promise<void> {
  for (let i = 0; i < rounds && !done(); i++)
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 5)));
}

describe('useFirstView', () => {
  it('reads every booking once the first view is read', async () => {
    const seen: Seen[] = [];
    await mount(<Calendar seen={seen} />);
    await until(() => seen.at(-1)?.bookings !== undefined);
    expect(seen.at(-1)).toEqual({ bookings: 1, firstView: false });
  });

  it('reads every booking in StrictMode, which mounts twice: no hold is left behind', async () => {
    const seen: Seen[] = [];
    await mount(
      <StrictMode>
        <Calendar seen={seen} />
      </StrictMode>,
    );
    await until(() => seen.at(-1)?.bookings !== undefined);
    expect(seen.at(-1)).toEqual({ bookings: 1, firstView: false });
  });

  it('releases the table when the calendar is left before its first view is read', async () => {
    await mount(<Calendar seen={[]} />);
    act(() => root?.unmount());
    root = undefined;
    const bookings = liveTable(db, 'bookings');
    const stop = bookings.subscribe(() => undefined);
    await until(() => bookings.current() !== undefined);
    const rows = bookings.current()?.rows;
    stop();
    expect(rows).toHaveLength(1);
  });
});
