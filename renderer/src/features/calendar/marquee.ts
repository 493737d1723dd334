/**
 * Selecting bars by drawing a rectangle (Shift-drag from an empty cell): the rectangle in content
 * pixels, drawn in the ghost layer, and the cells it covers. Which bookings those cells hold is the
 * grid's business (`bookingsInCells`), from data, not from the DOM (most bars are not mounted).
 */
import { toDayNumber } from '@shared/domain/days.ts';
import type { Booking } from '@shared/domain/model.ts';
import type { RowBars } from './bar-painter.ts';
import type { CalendarRow } from './rows.ts';

export interface CellRange {
  rowFrom: number;
  rowTo: number;
  dayFrom: number;
  dayTo: number;
}

export class Marquee {
  private readonly element: HTMLElement;

  constructor(
    layer: HTMLElement,
    private readonly originX: number,
    private readonly originY: number,
  ) {
    this.element = document.createElement('div');
    this.element.className = 'cal-marquee';
    this.element.setAttribute('aria-hidden', 'true');
    layer.append(this.element);
  }

  /** Stretches the rectangle to content point (x, y). */
  update(x: number, y: number): void {
    const left = Math.min(x, this.originX);
    const top = Math.min(y, this.originY);
    this.element.style.transform = `translate(${left}px, ${top}px)`;
    this.element.style.width = `${Math.abs(x - this.originX)}px`;
    this.element.style.height = `${Math.abs(y - this.originY)}px`;
  }

  destroy(): void {
    this.element.remove();
  }
}

/** The ids of the bookings drawn in a range of display rows and day indexes. */
export function bookingsInCells(
  rows: readonly CalendarRow[],
  barsFor: (placementId: string) => RowBars | undefined,
  startDayNumber: number,
  range: CellRange,
): string[] {
  const first = startDayNumber + Math.min(range.dayFrom, range.dayTo);
  const last = startDayNumber + Math.max(range.dayFrom, range.dayTo);
  const ids: string[] = [];
  for (let r = Math.min(range.rowFrom, range.rowTo); r <= Math.max(range.rowFrom, range.rowTo); r++) {
    const row = rows[r];
    if (row?.kind !== 'placement') continue;
    const overlapping = (b: Booking) => toDayNumber(b.startDate) <= last && toDayNumber(b.endDate) >= first;
    for (const booking of barsFor(row.placement.id)?.bookings ?? [])
      if (overlapping(booking)) ids.push(booking.id);
  }
  return ids;
}
