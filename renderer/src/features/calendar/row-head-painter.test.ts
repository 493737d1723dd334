import { placement } from '@shared/domain/test-fixtures.ts';
import { describe, expect, it } from 'vitest';
import { gridGeometry, type GridLayout } from './geometry.ts';
import { paintRowHeads, rowHeadAt, rowHeadFonts, type RowHeadScene } from './row-head-painter.ts';
import { recordingContext } from './recording-canvas.ts';
import type { CalendarRow } from './rows.ts';

const layout: GridLayout = {
  startDay: '2026-03-02',
  dayWidth: 20,
  rowHeight: 40,
  headerHeight: 48,
  rowHeaderWidth: 260,
};
const banner = { ...placement({ kind: 'slots', slotsPerDay: 1 }), id: 'pl-1', name: 'Accueil – Habillage' };
const rows: CalendarRow[] = [
  { kind: 'site', key: 'site:s', label: 'Le Quotidien', siteId: 's', collapsed: false, placementRows: [0] },
  {
    kind: 'section',
    key: 'section:x',
    label: 'Sport',
    siteId: 's',
    sectionId: 'x',
    collapsed: true,
    placementRows: [0, 1, 2],
  },
  { kind: 'placement', key: 'placement:pl-1', placement: banner, indexRow: 0 },
];

function scene(fields: Partial<RowHeadScene> = {}, scrollTop = 0): RowHeadScene {
  return {
    rows,
    geometry: gridGeometry(layout, { scrollLeft: 0, scrollTop }, rows.length),
    height: 48 + 3 * 40,
    countLabel: (n) => `${n} placements`,
    formatsLabel: (p) => p.formats.map((f) => f.toUpperCase()).join(' · '),
    ...fields,
  };
}

function paint(s: RowHeadScene) {
  const rec = recordingContext();
  paintRowHeads(rec.ctx, s, rowHeadFonts('Arial'));
  return rec;
}

describe('paintRowHeads', () => {
  it('draws a group band with its fold arrow, name and count, and a placement with its name and formats', () => {
    const { fills, texts } = paint(scene());
    const at = (text: string) => texts.find((t) => t.text === text);
    // The site is open (▾), the section folded (▸), each on its grey band.
    expect(at('▾')?.y).toBe(48 + 20);
    expect(at('▸')?.y).toBe(88 + 20);
    expect(fills.filter((f) => f.style === '#f6f7f9').map((f) => f.y)).toEqual([48, 88]);
    expect(at('Le Quotidien')).toMatchObject({ font: '600 13px Arial', style: '#1d2330' });
    // Counts are right-aligned against the padding: 12 characters of 6 px end at 260 − 10.
    expect(at('1 placements')).toMatchObject({ x: 250 - 12 * 6, style: '#5d6677' });
    expect(at('3 placements')?.x).toBe(250 - 12 * 6);
    // The placement: its name above its formats, both from the same left edge.
    const name = at('Accueil – Habillage');
    const formats = texts.find((t) => t.text === 'RECTANGLE_300X250');
    expect(name).toMatchObject({ x: 28, font: '13px Arial' });
    expect(formats).toMatchObject({ x: 28, font: '10px Arial', style: '#5d6677' });
    expect(formats!.y).toBeGreaterThan(name!.y);
    expect(name!.y).toBeGreaterThan(128);
    expect(formats!.y).toBeLessThan(168);
  });

  it('cuts a name too long for the column with an ellipsis, keeping the count whole', () => {
    const long = 'Le Quotidien du Midi et de toute la région Occitanie';
    const { texts } = paint(
      scene({ rows: [{ ...(rows[0] as CalendarRow & { kind: 'site' }), label: long }] }),
    );
    const name = texts.find((t) => t.font.startsWith('600'));
    expect(name?.text.endsWith('…')).toBe(true);
    // Name from x 32 (6 + 20 + 6), then 6 px before the count at 178.
    expect(name!.x + name!.text.length * 6).toBeLessThanOrEqual(250 - 12 * 6 - 6);
    expect(texts.some((t) => t.text === '1 placements')).toBe(true);
  });

  it('draws only the rows in view, where the scroll puts them, under the time scale', () => {
    const { texts } = paint(scene({}, 60));
    // Scrolled 60 px: the site row (48 → −12) is wholly under the time scale and not drawn; the
    // section (88 → 28), partly under it, is.
    expect(texts.some((t) => t.text === 'Le Quotidien')).toBe(false);
    expect(texts.find((t) => t.text === 'Sport')?.y).toBe(28 + 20);
    expect(texts.find((t) => t.text === 'Accueil – Habillage')?.y).toBeLessThan(48 + 40);
  });

  it('paints the column and its right border even with no rows', () => {
    const { fills } = paint(scene({ rows: [] }));
    expect(fills).toContainEqual({ x: 0, y: 0, w: 260, h: 168, style: '#ffffff', alpha: 1 });
    expect(fills).toContainEqual({ x: 259, y: 0, w: 1, h: 168, style: '#dde1e7', alpha: 1 });
  });
});

describe('rowHeadAt', () => {
  const geometry = gridGeometry(layout, { scrollLeft: 0, scrollTop: 0 }, rows.length);

  it('finds the row whose header is under the point', () => {
    expect(rowHeadAt(rows, geometry, 10, 50)?.key).toBe('site:s');
    expect(rowHeadAt(rows, geometry, 259, 127)?.key).toBe('section:x');
    expect(rowHeadAt(rows, geometry, 100, 130)?.key).toBe('placement:pl-1');
  });

  it('finds none over the cells, the time scale or below the last row', () => {
    expect(rowHeadAt(rows, geometry, 260, 50)).toBeNull();
    expect(rowHeadAt(rows, geometry, 10, 47)).toBeNull();
    expect(rowHeadAt(rows, geometry, 10, 48 + 3 * 40)).toBeNull();
  });
});
