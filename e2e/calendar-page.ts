/**
 * The occupancy calendar as a traffic manager drives it: the toolbar (go to date, search, filters),
 * the placement × day grid (bars dragged by whole days and rows, edges, empty cells), its live
 * region and tooltip; and what the planner wrote, read back from its own IndexedDB.
 *
 * The grid is virtualised: only the rows near its viewport exist in the DOM (where a screen reader
 * reads them, unpainted, placed where they are drawn once scrolling pauses), and the row headers
 * and bars are painted on its canvases; the grid says which bars it painted last
 * (`__slotboard.calendarBars`, in page coordinates). So a bar is first brought on screen (search
 * its placement, go to its date), then found in what was painted, and checked against the canvas's
 * pixels.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { Planning, readStores, type Booking, type Placement, type StoreData } from './calendar-data.ts';
import type { Planner } from './fixtures.ts';

/** Day zoom: one day column is 36 px wide. */
export const DAY_WIDTH = 36;
/** "Go to date" leaves this many days on screen before the date. */
const GO_TO_LEAD_DAYS = 3;
const ROW_HEADER_WIDTH = 260;
/** A bar's resize handles (geometry.ts, EDGE_HANDLE_PX). */
const EDGE_HANDLE = 6;

/** An element as the callbacks run in the page see it (e2e code is typed for Node, without the DOM). */
interface PageElement {
  getAttribute(name: string): string | null;
  ownerDocument: { activeElement: unknown };
}

/** A bar as the grid painted it (bar-painter.ts, PaintedBar), in page px. */
export interface PaintedBar {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  status: Booking['status'];
  selected: boolean;
  /** Its border's colour, as `#rrggbb`. */
  edge: string;
}

/** What of the page the callbacks below touch. */
interface PageWindow {
  __slotboard?: { calendarBars?: () => PaintedBar[] };
  document: {
    querySelector(selector: string): {
      width: number;
      getBoundingClientRect(): { left: number; top: number; width: number };
      getContext(kind: '2d'): {
        getImageData(x: number, y: number, w: number, h: number): { data: number[] };
      };
    } | null;
  };
}

type Modifier = 'Control' | 'Shift' | 'Meta';

interface Point {
  x: number;
  y: number;
}

export class CalendarPage {
  readonly page: Page;
  readonly grid: Locator;
  /** The screen reader's running commentary of a gesture. */
  readonly live: Locator;
  readonly activeCell: Locator;
  readonly tooltip: Locator;
  readonly search: Locator;
  /** The records last read, for what a search should show. */
  private plan: Planning | undefined;

  constructor(readonly app: Planner) {
    this.page = app.page;
    this.grid = this.page.getByRole('grid', { name: 'Occupancy by placement and day' });
    this.live = this.page.getByTestId('calendar-live');
    this.activeCell = this.page.locator('#cal-active-cell');
    this.tooltip = this.page.getByRole('tooltip');
    this.search = this.page.getByLabel('Search placements');
  }

  async open() {
    await this.app.open('Calendar');
    await expect(this.grid).toBeVisible();
  }

  /** The bars the grid painted last. */
  async paintedBars(): Promise<PaintedBar[]> {
    return this.page.evaluate(
      () => (globalThis as unknown as PageWindow).__slotboard?.calendarBars?.() ?? [],
    );
  }

  async paintedBar(id: string): Promise<PaintedBar | undefined> {
    return (await this.paintedBars()).find((bar) => bar.id === id);
  }

  /** Waits for the bar of booking `id` to be painted (with `expected` facts about it), and gives it. */
  async expectBar(id: string, expected: Partial<Pick<PaintedBar, 'status' | 'selected'>> = {}) {
    await expect
      .poll(async () => {
        const bar = await this.paintedBar(id);
        return bar ? pick(bar, expected) : 'not painted';
      })
      .toEqual(expected);
    const bar = await this.paintedBar(id);
    if (!bar) throw new Error(`bar ${id} is gone again`);
    return bar;
  }

  /** Waits until no bar of booking `id` is painted. */
  async expectNoBar(id: string) {
    await expect.poll(async () => (await this.paintedBar(id)) === undefined).toBe(true);
  }

  /** Clicks the middle of a bar's first day, with keys held. */
  async clickBar(id: string, modifiers: Modifier[] = []) {
    const bar = await this.expectBar(id);
    await this.page.mouse.move(bar.x + Math.min(DAY_WIDTH, bar.width) / 2, bar.y + bar.height / 2);
    for (const key of modifiers) await this.page.keyboard.down(key);
    await this.page.mouse.down();
    await this.page.mouse.up();
    for (const key of modifiers) await this.page.keyboard.up(key);
  }

  /** The canvas's colour at page point (x, y), as `#rrggbb`. */
  async canvasPixel(x: number, y: number): Promise<string> {
    return this.page.evaluate(
      ({ px, py }) => {
        const canvas = (globalThis as unknown as PageWindow).document.querySelector('.cal-grid__canvas');
        if (!canvas) return 'no canvas';
        const box = canvas.getBoundingClientRect();
        const scale = canvas.width / box.width;
        const { data } = canvas
          .getContext('2d')
          .getImageData(Math.floor((px - box.left) * scale), Math.floor((py - box.top) * scale), 1, 1);
        return `#${[data[0], data[1], data[2]].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`;
      },
      { px: x, py: y },
    );
  }

  /** A placement's row: its row header, in the grid's sticky column. */
  rowOf(placementId: string): Locator {
    return this.grid.locator(`[data-row-key="placement:${placementId}"]`);
  }

  /** A placement's lane under the days, where its active cell is drawn (there only while it has it). */
  laneOf(placementId: string): Locator {
    return this.grid.locator(`[data-lane-key="placement:${placementId}"]`);
  }

  /** Every placement row in the DOM (the rendered ones), top to bottom. */
  placementRows(): Locator {
    return this.grid.locator('[data-row-key^="placement:"]');
  }

  /** Ids of the bars painted. */
  async paintedBookingIds(): Promise<string[]> {
    return (await this.paintedBars()).map((bar) => bar.id);
  }

  /** Ids of the placement rows rendered, in display order. */
  async renderedPlacementIds(): Promise<string[]> {
    const rows = await this.placementRows().evaluateAll((els: PageElement[]) =>
      els.map((el) => ({
        key: el.getAttribute('data-row-key') ?? '',
        at: Number(el.getAttribute('aria-rowindex')),
      })),
    );
    return rows.sort((a, b) => a.at - b.at).map((r) => r.key.replace('placement:', ''));
  }

  dayHeader(day: string): Locator {
    return this.grid.locator(`[role="columnheader"][title="${day}"]`);
  }

  select(label: 'Site' | 'Section' | 'Format' | 'Advertiser' | 'Campaign' | 'Status'): Locator {
    return this.page.getByRole('group', { name: 'Filters' }).getByLabel(label, { exact: true });
  }

  /**
   * Shows placements whose site, section or name contains `text` (of `among`, when other filters
   * already narrow the rows), and waits for the grid to hold just those: the search applies a
   * moment after typing, and rows moving under a drag would drop it on the wrong one.
   */
  async searchFor(text: string, among?: readonly Placement[]) {
    if (!this.plan) throw new Error('read the planning() first');
    await this.search.fill(text);
    const rows = Planning.rowCount(this.plan.matching(text, among));
    await expect(this.grid).toHaveAttribute('aria-rowcount', String(rows + 1));
  }

  /** Scrolls the grid so that `day` shows a few days from the row headers. */
  async goToDate(day: string) {
    const input = this.page.getByLabel('Go to date');
    await input.fill(day);
    await input.press('Enter');
    // Measured from the page: the column must stand where the jump puts it before anyone aims at it.
    await expect
      .poll(async () => {
        const header = await this.dayHeader(day).boundingBox();
        const grid = await this.grid.boundingBox();
        return header && grid ? Math.round((header.x - grid.x - ROW_HEADER_WIDTH) / DAY_WIDTH) : null;
      })
      .toBe(GO_TO_LEAD_DAYS);
  }

  /** Brings a booking's bar on screen: its placement searched (or `search`), its first day in view. */
  async reveal(booking: Pick<Booking, 'id' | 'placementId' | 'startDate'>, search: string) {
    await this.searchFor(search);
    await expect(this.rowOf(booking.placementId)).toBeVisible();
    await this.goToDate(booking.startDate);
    await this.expectBar(booking.id);
  }

  /** Centre of one placement × day cell, in page px. */
  async cell(placementId: string, day: string): Promise<Point> {
    const row = await this.rowOf(placementId).boundingBox();
    const header = await this.dayHeader(day).boundingBox();
    if (!row || !header) throw new Error(`cell ${placementId} × ${day} is not on screen`);
    return { x: header.x + header.width / 2, y: row.y + row.height / 2 };
  }

  /** Presses at `from`, moves to `to` in several steps (a drag), then releases — after `beforeDrop`. */
  async drag(from: Point, to: Point, beforeDrop?: () => Promise<void>) {
    const mouse = this.page.mouse;
    await mouse.move(from.x, from.y);
    await mouse.down();
    await mouse.move(from.x + (to.x - from.x) / 3, from.y + (to.y - from.y) / 3, { steps: 4 });
    await mouse.move(to.x, to.y, { steps: 8 });
    await beforeDrop?.();
    await mouse.up();
  }

  /**
   * Drags a bar by whole days, and onto another placement's row when `toPlacement` is given.
   * It is grabbed in the middle of its first day, clear of its edge handles.
   */
  async dragBar(
    booking: Pick<Booking, 'id' | 'placementId'>,
    move: { days: number; toPlacement?: string },
    beforeDrop?: () => Promise<void>,
  ) {
    const box = await this.expectBar(booking.id);
    const from = { x: box.x + DAY_WIDTH / 2, y: box.y + box.height / 2 };
    let dy = 0;
    if (move.toPlacement) {
      const source = await this.rowOf(booking.placementId).boundingBox();
      const target = await this.rowOf(move.toPlacement).boundingBox();
      if (!source || !target) throw new Error('rows are not on screen');
      dy = target.y - source.y;
    }
    await this.drag(from, { x: from.x + move.days * DAY_WIDTH, y: from.y + dy }, beforeDrop);
  }

  /** Drags the start or end handle of a bar by whole days. */
  async dragEdge(id: string, edge: 'start' | 'end', days: number) {
    const box = await this.expectBar(id);
    // The middle of the 6 px handle at that end (found by the grid from the pointer's position).
    const x = edge === 'start' ? box.x + EDGE_HANDLE / 2 : box.x + box.width - EDGE_HANDLE / 2;
    const from = { x, y: box.y + box.height / 2 };
    await this.drag(from, { x: from.x + days * DAY_WIDTH, y: from.y });
  }

  /** Draws a new booking across empty cells of a placement's row. */
  async dragCreate(placementId: string, from: string, to: string) {
    await this.drag(await this.cell(placementId, from), await this.cell(placementId, to));
  }

  /**
   * Expects the bar of `booking` painted in its placement's row, spanning its days, and the
   * canvas showing its border there (a faded bar's blends with what is under it: not compared).
   */
  async expectBarAt(booking: Pick<Booking, 'id' | 'placementId' | 'startDate' | 'endDate'>) {
    await this.expectBar(booking.id);
    const row = this.rowOf(booking.placementId);
    const [first, last] = [this.dayHeader(booking.startDate), this.dayHeader(booking.endDate)];
    await expect
      .poll(async () => {
        const [b, r, f, l] = [
          await this.paintedBar(booking.id),
          await row.boundingBox(),
          await first.boundingBox(),
          await last.boundingBox(),
        ];
        if (!b || !r || !f || !l) return 'not on screen';
        const inRow = b.y >= r.y && b.y + b.height <= r.y + r.height;
        const onDays = Math.abs(b.x - f.x) <= 1 && Math.abs(b.x + b.width - (l.x + l.width)) <= 1;
        if (!inRow || !onDays) return 'elsewhere';
        const faded = b.status === 'cancelled' || b.status === 'expired';
        const border = await this.canvasPixel(b.x, b.y + b.height / 2);
        return faded || border === b.edge ? 'in place' : `not painted (${border}, not ${b.edge})`;
      })
      .toBe('in place');
  }

  /** Tabs from the toolbar into the grid, its one tab stop. */
  async tabIntoGrid() {
    for (let i = 0; i < 30; i++) {
      if (await this.grid.evaluate((el: PageElement) => el.ownerDocument.activeElement === el)) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(this.grid).toBeFocused();
  }

  /** Walks the keyboard's active cell to a placement × day with the arrow keys. */
  async arrowTo(placementId: string, day: string) {
    const index = async (locator: Locator, attribute: string) =>
      Number(await locator.getAttribute(attribute));
    // The row that owns the active cell (drawn in the row's lane, owned through aria-owns).
    const activeRow = this.grid.locator('[role="row"][aria-owns="cal-active-cell"]');
    const rows =
      (await index(this.rowOf(placementId), 'aria-rowindex')) - (await index(activeRow, 'aria-rowindex'));
    const days =
      (await index(this.dayHeader(day), 'aria-colindex')) - (await index(this.activeCell, 'aria-colindex'));
    for (let i = 0; i < Math.abs(rows); i++)
      await this.page.keyboard.press(rows > 0 ? 'ArrowDown' : 'ArrowUp');
    for (let i = 0; i < Math.abs(days); i++)
      await this.page.keyboard.press(days > 0 ? 'ArrowRight' : 'ArrowLeft');
    await expect(this.laneOf(placementId).locator('#cal-active-cell')).toHaveAttribute(
      'aria-colindex',
      String(await index(this.dayHeader(day), 'aria-colindex')),
    );
  }

  /** Undo or redo through the app's shortcut, with the grid focused (not a text field). */
  async undo() {
    await this.grid.focus();
    await this.page.keyboard.press('Control+z');
    await expect(this.app.toast('Undone').last()).toBeVisible();
  }

  async redo() {
    await this.grid.focus();
    await this.page.keyboard.press('Control+Shift+z');
    await expect(this.app.toast('Redone').last()).toBeVisible();
  }

  // ───────────── the store, read back ─────────────

  async today(): Promise<string> {
    return this.page.evaluate(() => {
      const d = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    });
  }

  async planning(): Promise<Planning> {
    const stores = ['sites', 'sections', 'placements', 'bookings', 'campaigns', 'advertisers'] as const;
    const all = await readStores<unknown[]>(
      this.page,
      stores.map((store) => ({ store, op: 'getAll' })),
    );
    const data = Object.fromEntries(stores.map((s, i) => [s, all[i]])) as unknown as StoreData;
    this.plan = new Planning(data, await this.today());
    return this.plan;
  }

  async booking(id: string): Promise<Booking | undefined> {
    const [booking] = await readStores<Booking | undefined>(this.page, [
      { store: 'bookings', op: 'get', key: id },
    ]);
    return booking;
  }

  async bookings(): Promise<Booking[]> {
    const [all] = await readStores<Booking[]>(this.page, [{ store: 'bookings', op: 'getAll' }]);
    return all ?? [];
  }

  /** Changes waiting in the outbox. */
  async outboxCount(): Promise<number> {
    const [count] = await readStores<number>(this.page, [{ store: 'outbox', op: 'count' }]);
    return count ?? 0;
  }

  /** Where and when a booking is, as stored: for comparing before and after. */
  async stored(id: string): Promise<Pick<Booking, 'placementId' | 'startDate' | 'endDate'> | undefined> {
    const b = await this.booking(id);
    return b && { placementId: b.placementId, startDate: b.startDate, endDate: b.endDate };
  }

  /** A date range as the page words it ("3–9 Mar 2026"), for the live region. */
  async dayRange(start: string, end: string): Promise<string> {
    return this.page.evaluate(
      ([s, e]) =>
        new Intl.DateTimeFormat('en-GB', {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        }).formatRange(new Date(`${s}T00:00:00Z`), new Date(`${e}T00:00:00Z`)),
      [start, end],
    );
  }
}

function pick(bar: PaintedBar, keys: object): Partial<PaintedBar> {
  return Object.fromEntries(Object.keys(keys).map((key) => [key, bar[key as keyof PaintedBar]]));
}

/** Placement, start and end of a booking: what a move or a resize changes. */
export function where(b: Pick<Booking, 'placementId' | 'startDate' | 'endDate'>) {
  return { placementId: b.placementId, startDate: b.startDate, endDate: b.endDate };
}

/** The viewport the calendar tests use: room for every row a search keeps and a month of days. */
export const CALENDAR_VIEWPORT = { width: 1600, height: 1200 };

/** The demo data loaded, the calendar open, and the records it shows. */
export async function openCalendarOnDemo(app: Planner): Promise<{ cal: CalendarPage; plan: Planning }> {
  await app.loadDemo();
  const cal = new CalendarPage(app);
  await cal.open();
  return { cal, plan: await cal.planning() };
}
