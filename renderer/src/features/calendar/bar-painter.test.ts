import { booking, placement } from '@shared/domain/test-fixtures.ts';
import type { Advertiser, Booking, Campaign } from '@shared/domain/model.ts';
import { describe, expect, it } from 'vitest';
import { barAt, HatchPatterns, paintBars, type BarScene, type PaintedBar } from './bar-painter.ts';
import { assignLanes, gridGeometry, laneCount, type GridLayout } from './geometry.ts';
import { LabelFitter } from './label-fitter.ts';
import { recordingContext } from './recording-canvas.ts';
import type { CalendarRow } from './rows.ts';

const layout: GridLayout = {
  startDay: '2026-03-02',
  dayWidth: 20,
  rowHeight: 30,
  headerHeight: 40,
  rowHeaderWidth: 100,
};
const rows: CalendarRow[] = [
  { kind: 'site', key: 'site:s', label: 'Site', siteId: 's', collapsed: false, placementRows: [1] },
  {
    kind: 'placement',
    key: 'placement:pl-1',
    placement: placement({ kind: 'slots', slotsPerDay: 2 }),
    indexRow: 0,
  },
] as CalendarRow[];
const campaign = { id: 'cp-1', name: 'Spring', advertiserId: 'ad-1' } as Campaign;
const lookup: BarScene['lookup'] = {
  campaignById: new Map([['cp-1', campaign]]),
  advertiserById: new Map([['ad-1', { id: 'ad-1', name: 'Acme' } as Advertiser]]),
};

function scene(bookings: Booking[], fields: Partial<BarScene> = {}): BarScene {
  const lanes = assignLanes(bookings);
  const bars = { bookings, lanes, laneCount: laneCount(lanes) };
  return {
    rows,
    geometry: gridGeometry(layout, { scrollLeft: 0, scrollTop: 0 }, rows.length),
    width: 100 + 14 * 20,
    height: 40 + 2 * 30,
    barsFor: (id) => (id === 'pl-1' ? bars : undefined),
    lookup,
    selection: new Set(),
    colourBy: 'advertiser',
    ...fields,
  };
}

function paint(s: BarScene) {
  const rec = recordingContext();
  const tools = {
    labels: new LabelFitter('11px sans-serif'),
    hatches: new HatchPatterns(() => ({}) as CanvasImageSource),
  };
  const painted = paintBars(rec.ctx, s, tools);
  return { ...rec, painted };
}

const rowTop = 40 + 30; // the placement is the second row

describe('paintBars', () => {
  it('paints each booking over its days, in its lane, and records where', () => {
    const a = booking({ id: 'a', startDate: '2026-03-03', endDate: '2026-03-05' });
    const b = booking({ id: 'b', startDate: '2026-03-04', endDate: '2026-03-04' });
    const { painted } = paint(scene([a, b]));
    // Two lanes in a 30 px row: 12 px each, bars of 11.
    expect(painted.map(({ id, x, y, width, height }) => ({ id, x, y, width, height }))).toEqual([
      { id: 'a', x: 120, y: rowTop + 3, width: 60, height: 11 },
      { id: 'b', x: 140, y: rowTop + 15, width: 20, height: 11 },
    ]);
  });

  it('labels a bar with campaign and advertiser when it has room, in white on the fill', () => {
    const wide = booking({ id: 'a', startDate: '2026-03-02', endDate: '2026-03-11' });
    const { texts } = paint(scene([wide]));
    expect(texts).toEqual([
      { text: 'Spring · Acme', x: 108, y: rowTop + 3 + 23 / 2, style: '#ffffff', font: '11px sans-serif' },
    ]);
    // One day is too narrow for a label.
    expect(
      paint(scene([booking({ id: 'b', startDate: '2026-03-02', endDate: '2026-03-02' })])).texts,
    ).toEqual([]);
  });

  it('hatches options, fades cancelled bookings and strikes their label through', () => {
    const option = booking({ id: 'o', status: 'option', startDate: '2026-03-02', endDate: '2026-03-11' });
    const hatched = paint(scene([option])).fills.filter((f) => f.y === rowTop + 4);
    expect(hatched.some((f) => (f.style as { hatch?: boolean }).hatch)).toBe(true);

    const cancelled = booking({
      id: 'c',
      status: 'cancelled',
      startDate: '2026-03-02',
      endDate: '2026-03-11',
    });
    const { fills, painted } = paint(scene([cancelled], { selection: new Set() }));
    expect(painted[0]?.status).toBe('cancelled');
    expect(fills.every((f) => f.alpha === 0.45)).toBe(true);
    // The strike: one pixel high, as wide as the label.
    expect(fills).toContainEqual(expect.objectContaining({ h: 1, w: 'Spring · Acme'.length * 6 }));
  });

  it('colours by status when asked: confirmed blue, options violet', () => {
    const confirmed = booking({ id: 'a', status: 'confirmed' });
    const option = booking({ id: 'b', status: 'option', startDate: '2026-03-10', endDate: '2026-03-12' });
    const { fills } = paint(scene([confirmed, option], { colourBy: 'status' }));
    const edges = fills.filter((f) => f.y === rowTop + 3).map((f) => f.style);
    expect(edges).toEqual(['#1f4fa8', '#6335a8']);
  });

  it('outlines the selected bars, after every bar so neighbours do not cover it', () => {
    const a = booking({ id: 'a', startDate: '2026-03-02', endDate: '2026-03-03' });
    const b = booking({ id: 'b', startDate: '2026-03-04', endDate: '2026-03-05' });
    const { fills, painted } = paint(scene([a, b], { selection: new Set(['a']) }));
    expect(painted.map((p) => p.selected)).toEqual([true, false]);
    const outline = fills.slice(-4);
    expect(outline.every((f) => f.style === '#1d2330')).toBe(true);
    expect(outline[0]).toMatchObject({ x: 100 - 3, y: rowTop + 3 - 3, w: 40 + 6, h: 2 });
  });

  it('leaves out bars scrolled away and rows out of view', () => {
    const early = booking({ id: 'a', startDate: '2026-03-02', endDate: '2026-03-02' });
    const scrolled = scene([early], {
      geometry: gridGeometry(layout, { scrollLeft: 200, scrollTop: 0 }, rows.length),
    });
    expect(paint(scrolled).painted).toEqual([]);
    expect(paint(scene([early], { height: 40 + 29 })).painted).toEqual([]);
  });
});

describe('barAt', () => {
  const bars: PaintedBar[] = [
    { id: 'a', x: 100, y: 50, width: 60, height: 11, status: 'confirmed', selected: false, edge: '#1f4fa8' },
    { id: 'b', x: 120, y: 62, width: 9, height: 11, status: 'option', selected: false, edge: '#6335a8' },
  ];

  it('finds the bar under the point, its handles at its ends', () => {
    expect(barAt(bars, 130, 55)).toEqual({ id: 'a', edge: null });
    expect(barAt(bars, 101, 55)).toEqual({ id: 'a', edge: 'start' });
    expect(barAt(bars, 158, 55)).toEqual({ id: 'a', edge: 'end' });
    expect(barAt(bars, 124, 66)).toEqual({ id: 'b', edge: null });
  });

  it('finds nothing between lanes or past a bar', () => {
    expect(barAt(bars, 130, 61)).toBeNull();
    expect(barAt(bars, 160, 55)).toBeNull();
    expect(barAt(bars, 99, 55)).toBeNull();
  });
});
