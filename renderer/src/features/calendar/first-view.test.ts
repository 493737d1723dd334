import { describe, expect, it } from 'vitest';
import type { Section, Site } from '@shared/domain/model.ts';
import { booking, placement } from '@shared/domain/test-fixtures.ts';
import {
  canShowFirstView,
  firstViewSnapshot,
  isRowRead,
  placementsOnScreen,
  planFirstView,
  type FirstViewInput,
} from './first-view.ts';
import { EMPTY_FILTER, type CalendarRow } from './rows.ts';

const index = { placementIds: ['p0', 'p1', 'p2', 'p3', 'p4'] };
const group = (kind: 'site' | 'section', placementRows: number[]): CalendarRow =>
  kind === 'site'
    ? {
        kind,
        key: `site:${placementRows.join()}`,
        siteId: 's',
        label: 'Site',
        collapsed: false,
        placementRows,
      }
    : {
        kind,
        key: `section:${placementRows.join()}`,
        siteId: 's',
        sectionId: 'x',
        label: 'Section',
        collapsed: false,
        placementRows,
      };
const placementRow = (indexRow: number): CalendarRow => ({
  kind: 'placement',
  key: `placement:p${indexRow}`,
  placement: placement({ kind: 'slots', slotsPerDay: 1 }, `p${indexRow}`),
  indexRow,
});
// Site (p0–p4) › section A (p0–p2) › p0 p1 p2 › section B (p3, p4) › p3 p4
const rows: CalendarRow[] = [
  group('site', [0, 1, 2, 3, 4]),
  group('section', [0, 1, 2]),
  placementRow(0),
  placementRow(1),
  placementRow(2),
  group('section', [3, 4]),
  placementRow(3),
  placementRow(4),
];

describe('placementsOnScreen', () => {
  it('names the placements of the rows on screen, a group row standing for all of its own', () => {
    expect(placementsOnScreen(rows, index, 3, 2)).toEqual(['p1', 'p2']);
    expect(placementsOnScreen(rows, index, 4, 2)).toEqual(['p2', 'p3', 'p4']);
    expect(placementsOnScreen(rows, index, 6, 10)).toEqual(['p3', 'p4']);
  });

  it('takes the placement rows first when it must stop at the limit', () => {
    // A site row (all five) on top, then p0 and p1: with room for three, p0 p1 and one more.
    expect(placementsOnScreen(rows, index, 0, 4, 3)).toEqual(['p0', 'p1', 'p2']);
    expect(placementsOnScreen(rows, index, 5, 3, 1)).toEqual(['p3']);
  });
});

describe('isRowRead', () => {
  it('reads a group row once every one of its placements is read; everything once there is no first view', () => {
    const read = new Set([0, 1, 2]);
    expect(isRowRead(rows[1]!, read)).toBe(true);
    expect(isRowRead(rows[0]!, read)).toBe(false);
    expect(isRowRead(rows[4]!, read)).toBe(true);
    expect(isRowRead(rows[6]!, read)).toBe(false);
    expect(isRowRead(rows[6]!, null)).toBe(true);
  });
});

describe('canShowFirstView', () => {
  it('is off when the rows themselves depend on every booking', () => {
    expect(canShowFirstView(EMPTY_FILTER)).toBe(true);
    expect(canShowFirstView({ ...EMPTY_FILTER, text: 'home', formats: ['video'] })).toBe(true);
    expect(canShowFirstView({ ...EMPTY_FILTER, advertiserIds: ['a'] })).toBe(false);
    expect(canShowFirstView({ ...EMPTY_FILTER, statuses: ['option'] })).toBe(false);
    expect(
      canShowFirstView({
        ...EMPTY_FILTER,
        freeCapacity: { from: '2026-03-01', to: '2026-03-31', impressions: 500_000, format: null },
      }),
    ).toBe(false);
  });
});

describe('firstViewSnapshot', () => {
  it('comes before the table’s first read, which it cannot name changes against', () => {
    const b = booking({ id: 'b1' });
    const snapshot = firstViewSnapshot([b]);
    expect(snapshot.byId.get('b1')).toBe(b);
    expect(snapshot.revision).toBe(0);
    expect(snapshot.changedSince(0)).toBeNull();
  });
});

describe('planFirstView', () => {
  const site: Site = { id: 's', name: 'Le Quotidien', url: '', version: 0, updatedAt: '' };
  const section = (id: string, name: string): Section => ({
    id,
    siteId: 's',
    name,
    version: 0,
    updatedAt: '',
  });
  const named = (id: string, sectionId: string, name: string) => ({
    ...placement({ kind: 'slots', slotsPerDay: 1 }, id),
    siteId: 's',
    sectionId,
    name,
  });
  // Rows: site, Accueil › Bandeau, Pavé; Sport › Bandeau sport, Pavé sport.
  const input: FirstViewInput = {
    sites: [site],
    sections: [section('b', 'Sport'), section('a', 'Accueil')],
    placements: [
      named('p1', 'a', 'Pavé'),
      named('p2', 'b', 'Bandeau sport'),
      named('p3', 'a', 'Bandeau'),
      named('p4', 'b', 'Pavé sport'),
    ],
    campaignById: new Map(),
    filter: EMPTY_FILTER,
    collapsed: [],
    topRowKey: null,
    today: '2026-03-01',
    window: { start: '2026-03-01', end: '2026-03-31', days: 31 },
    locale: 'fr',
    rowsOnScreen: 3,
  };

  it('reads the placements on screen from the remembered top row, in the rows’ order', () => {
    expect(planFirstView({ ...input, topRowKey: 'placement:p1' })?.placementIds).toEqual(['p1', 'p2', 'p4']);
    expect(planFirstView({ ...input, topRowKey: 'section:a', rowsOnScreen: 2 })?.placementIds).toEqual([
      'p3',
      'p1',
    ]);
  });

  it('starts from the top when the remembered row is gone, and builds the index over every placement', () => {
    const plan = planFirstView({ ...input, topRowKey: 'placement:removed', rowsOnScreen: 1 });
    // The site row stands for all four.
    expect(plan?.placementIds.sort()).toEqual(['p1', 'p2', 'p3', 'p4']);
    expect(plan?.index.rows).toBe(4);
    expect(plan?.index.days).toBe(31);
  });

  it('has no first view when the filter needs every booking', () => {
    expect(planFirstView({ ...input, filter: { ...EMPTY_FILTER, campaignIds: ['c'] } })).toBeNull();
  });
});
