/**
 * The calendar's UI state (zustand): zoom, viewport, collapsed groups, filters, selection and the
 * keyboard's active cell. Zoom, viewport, collapsed groups and the tray as last shown outlive a
 * restart (localStorage):
 * a traffic manager reopens the planner where they left it. Filters and selection do not: a
 * filter silently hiding rows after a restart would read as lost bookings.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { IsoDay } from '@shared/domain/model.ts';
import { EMPTY_FILTER, type CalendarFilter } from './rows.ts';

export const ZOOMS = ['day', 'week', 'month'] as const;
export type Zoom = (typeof ZOOMS)[number];

/** Width of one day column per zoom level, in px. */
export const DAY_WIDTH: Record<Zoom, number> = { day: 36, week: 14, month: 4 };

/** The keyboard's active cell: a display row and a day index of the window. */
export interface ActiveCell {
  row: number;
  day: number;
}

/** Bars coloured per advertiser (who is where) or per status (what is sold, what is held). */
export type BarColouring = 'advertiser' | 'status';

export interface CalendarState {
  zoom: Zoom;
  colourBy: BarColouring;
  /** Leftmost visible day and topmost visible row key, restored when the calendar opens. */
  viewport: { day: IsoDay | null; rowKey: string | null };
  collapsed: string[];
  /**
   * The "to place" tray: the user's choice (null: open when there is something to place), and how
   * it was last shown, which is how it opens before the bookings are read.
   */
  tray: { choice: boolean | null; shown: boolean };
  filter: CalendarFilter;
  /** How many times the filters were cleared: a search still settling yields to a later clear. */
  filterClears: number;
  /** Selected booking ids (Ctrl/Shift-click), moved together by a drag. */
  selection: string[];
  active: ActiveCell;
  /** A date the grid should scroll to on its next frame (jump to date, today). */
  jumpTo: IsoDay | null;

  setZoom: (zoom: Zoom) => void;
  setColourBy: (colourBy: BarColouring) => void;
  setViewport: (day: IsoDay, rowKey: string | null) => void;
  toggleCollapsed: (key: string) => void;
  setTray: (patch: Partial<CalendarState['tray']>) => void;
  setFilter: (patch: Partial<CalendarFilter>) => void;
  clearFilter: () => void;
  select: (ids: string[]) => void;
  toggleSelected: (id: string) => void;
  setActive: (cell: ActiveCell) => void;
  jump: (day: IsoDay | null) => void;
}

export const useCalendar = create<CalendarState>()(
  persist(
    (set) => ({
      zoom: 'day',
      colourBy: 'advertiser',
      viewport: { day: null, rowKey: null },
      collapsed: [],
      tray: { choice: null, shown: false },
      filter: EMPTY_FILTER,
      filterClears: 0,
      selection: [],
      active: { row: 0, day: 0 },
      jumpTo: null,

      setZoom: (zoom) => set({ zoom }),
      setColourBy: (colourBy) => set({ colourBy }),
      setViewport: (day, rowKey) => set({ viewport: { day, rowKey } }),
      toggleCollapsed: (key) =>
        set((s) => ({
          collapsed: s.collapsed.includes(key) ? s.collapsed.filter((k) => k !== key) : [...s.collapsed, key],
        })),
      setTray: (patch) => set((s) => ({ tray: { ...s.tray, ...patch } })),
      setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
      clearFilter: () => set((s) => ({ filter: EMPTY_FILTER, filterClears: s.filterClears + 1 })),
      select: (ids) => set({ selection: ids }),
      toggleSelected: (id) =>
        set((s) => ({
          selection: s.selection.includes(id) ? s.selection.filter((x) => x !== id) : [...s.selection, id],
        })),
      setActive: (active) => set({ active }),
      jump: (jumpTo) => set({ jumpTo }),
    }),
    {
      name: 'slotboard.calendar',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (s) => ({
        zoom: s.zoom,
        colourBy: s.colourBy,
        viewport: s.viewport,
        collapsed: s.collapsed,
        tray: s.tray,
      }),
    },
  ),
);
