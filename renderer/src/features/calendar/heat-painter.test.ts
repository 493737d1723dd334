import { OccupancyIndex } from '@shared/domain/occupancy-index.ts';
import { booking, placement } from '@shared/domain/test-fixtures.ts';
import { describe, expect, it } from 'vitest';
import { gridGeometry, type GridLayout } from './geometry.ts';
import { paintHeat, type HeatScene } from './heat-painter.ts';
import type { CalendarRow } from './rows.ts';

/** A 2D context that records the rectangles filled and their colours. */
function recordingContext() {
  const fills: { x: number; y: number; w: number; h: number; style: string }[] = [];
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    clearRect: () => undefined,
    strokeRect: () => undefined,
    fillRect(x: number, y: number, w: number, h: number) {
      fills.push({ x, y, w, h, style: String(this.fillStyle) });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, fills };
}

const layout: GridLayout = {
  startDay: '2026-03-02',
  dayWidth: 20,
  rowHeight: 30,
  headerHeight: 40,
  rowHeaderWidth: 100,
};
const pl = placement({ kind: 'slots', slotsPerDay: 1 }, 'pl-1');
const rows: CalendarRow[] = [{ kind: 'placement', key: 'placement:pl-1', placement: pl, indexRow: 0 }];

function scene(bookings: Parameters<typeof booking>[0][], today = '2026-03-02'): HeatScene {
  const index = new OccupancyIndex({
    start: '2026-03-02',
    end: '2026-03-15',
    placements: [pl],
    bookings: bookings.map((b) => booking(b)),
    today,
  });
  return {
    index,
    rows,
    geometry: gridGeometry(layout, { scrollLeft: 0, scrollTop: 0 }, rows.length),
    width: 100 + 14 * 20,
    height: 40 + 30,
    holidays: new Set(),
    preview: null,
    readRows: null,
  };
}

/** The fills inside one day column of the placement row. */
function cellFills(fills: ReturnType<typeof recordingContext>['fills'], day: number) {
  const x = layout.rowHeaderWidth + day * layout.dayWidth;
  return fills.filter((f) => f.x === x && f.y >= 40 && f.w === layout.dayWidth);
}

describe('paintHeat', () => {
  it('fills a sold-out day to the top in the full colour and leaves a free day empty', () => {
    const { ctx, fills } = recordingContext();
    paintHeat(ctx, scene([{ startDate: '2026-03-03', endDate: '2026-03-03' }]));
    const sold = cellFills(fills, 1);
    expect(sold.map((f) => f.style)).toContain('#e8b85a');
    expect(Math.max(...sold.map((f) => f.h))).toBeGreaterThan(25);
    expect(cellFills(fills, 2).filter((f) => f.style !== '#eef0f4')).toEqual([]);
  });

  it('paints an overbooked day red and an option in violet, apart from what is sold', () => {
    const { ctx, fills } = recordingContext();
    paintHeat(
      ctx,
      scene([
        { startDate: '2026-03-03', endDate: '2026-03-03' },
        { startDate: '2026-03-03', endDate: '2026-03-03' },
        { startDate: '2026-03-05', endDate: '2026-03-05', status: 'option', optionExpiresOn: '2026-03-04' },
      ]),
    );
    expect(cellFills(fills, 1).map((f) => f.style)).toContain('#d64545');
    expect(cellFills(fills, 3).map((f) => f.style)).toContain('#c4aef0');
  });

  it('draws the preview instead of the stored loads on the rows a drag touches', () => {
    const { ctx, fills } = recordingContext();
    const base = scene([]);
    const preview = new Map([
      [0, { from: 4, capacity: Float64Array.of(1), confirmed: Float64Array.of(2), held: Float64Array.of(0) }],
    ]);
    paintHeat(ctx, { ...base, preview });
    expect(cellFills(fills, 4).map((f) => f.style)).toContain('#d64545');
  });

  it('shades weekends', () => {
    const { ctx, fills } = recordingContext();
    paintHeat(ctx, scene([]));
    // 2026-03-07 and 08 are Saturday and Sunday: day indexes 5 and 6.
    const weekend = fills.filter((f) => f.style === '#eef0f4').map((f) => (f.x - 100) / 20);
    expect(weekend).toEqual([5, 6, 12, 13]);
  });

  it('draws a row whose bookings are not read yet (first view) as loading, not as free or sold', () => {
    const sold = scene([{ startDate: '2026-03-03', endDate: '2026-03-03' }]);
    const read = recordingContext();
    paintHeat(read.ctx, { ...sold, readRows: new Set([0]) });
    expect(cellFills(read.fills, 1).map((f) => f.style)).toContain('#e8b85a');

    const unread = recordingContext();
    paintHeat(unread.ctx, { ...sold, readRows: new Set() });
    expect(cellFills(unread.fills, 1)).toEqual([]);
    const band = unread.fills.find((f) => f.style === '#eceef2');
    expect(band).toMatchObject({ x: 100, y: 41 });
  });
});
