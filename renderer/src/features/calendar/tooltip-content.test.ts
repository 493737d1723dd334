import { describe, expect, it } from 'vitest';
import { advertiserSchema, campaignSchema, type Booking } from '@shared/domain/model.ts';
import { dayOccupancy } from '@shared/domain/occupancy.ts';
import { booking, placement } from '@shared/domain/test-fixtures.ts';
import { makeTranslator } from '@renderer/i18n/index.tsx';
import {
  cellTooltipContent,
  MAX_CONTENDING_LINES,
  placeOverlay,
  type CellTooltipInput,
} from './tooltip-content.ts';

const en = makeTranslator('en');
const fr = makeTranslator('fr');

const advertiser = advertiserSchema.parse({ id: 'adv-1', name: 'Maison Verte' });
const campaign = campaignSchema.parse({ id: 'cp-1', name: 'Spring sale', advertiserId: 'adv-1' });
const slots = placement({ kind: 'slots', slotsPerDay: 3 });
const impressions = placement({
  kind: 'impressions',
  dailyForecast: 120_000,
  weekdayProfile: [100, 100, 100, 100, 100, 100, 100],
  overrides: {},
});

function input(fields: Partial<CellTooltipInput>): CellTooltipInput {
  return {
    placement: slots,
    day: '2026-03-04',
    occupancy: dayOccupancy(3, 2, 1),
    contending: [],
    campaignById: new Map([[campaign.id, campaign]]),
    advertiserById: new Map([[advertiser.id, advertiser]]),
    today: '2026-03-01',
    ...fields,
  };
}

function figures(content: ReturnType<typeof cellTooltipContent>): Record<string, string> {
  return Object.fromEntries(content.figures.map((f) => [f.label, f.value]));
}

describe('cellTooltipContent', () => {
  it('gives the day’s figures in slots, with the sold share', () => {
    const content = cellTooltipContent(input({}), en);
    expect(content.title).toBe('Sport – pavé');
    expect(content.day).toBe('Wed 4 Mar');
    expect(content.state).toBe('full');
    expect(content.stateLabel).toBe('Full');
    expect(figures(content)).toEqual({
      Capacity: '3 slots',
      Confirmed: '2 slots',
      Options: '1 slot',
      Free: '0 slots',
      Sold: '67%',
    });
  });

  it('gives them in impressions on an impressions placement, in either language', () => {
    const occupancy = dayOccupancy(120_000, 30_000, 0);
    const english = figures(cellTooltipContent(input({ placement: impressions, occupancy }), en));
    expect(english.Capacity).toBe('120,000 impressions');
    expect(english.Confirmed).toBe('30,000 impressions');
    expect(english.Sold).toBe('25%');
    const french = cellTooltipContent(input({ placement: impressions, occupancy }), fr);
    expect(french.stateLabel).toBe('En remplissage');
    expect(figures(french)['Capacité']?.replace(/\s/g, ' ')).toBe('120 000 impressions');
  });

  it('names each state', () => {
    const labels = [dayOccupancy(3, 0, 0), dayOccupancy(3, 2, 2), dayOccupancy(3, 4, 0)].map(
      (occupancy) => cellTooltipContent(input({ occupancy }), en).stateLabel,
    );
    expect(labels).toEqual(['Free', 'At risk', 'Overbooked']);
  });

  it('shows no share for a day without capacity', () => {
    expect(figures(cellTooltipContent(input({ occupancy: dayOccupancy(0, 1, 0) }), en)).Sold).toBe('—');
  });

  it('shows a small sold share with a decimal rather than as 0 %', () => {
    const occupancy = dayOccupancy(120_000, 300, 0);
    expect(figures(cellTooltipContent(input({ placement: impressions, occupancy }), en)).Sold).toBe('0.3%');
  });

  it('lists the contending bookings with their status, option expiry and dates', () => {
    const option = booking({
      status: 'option',
      optionExpiresOn: '2026-03-02',
      startDate: '2026-03-03',
      endDate: '2026-03-09',
    });
    const content = cellTooltipContent(input({ contending: [booking({}), option] }), en);
    expect(content.contendingTitle).toBe('Contending bookings');
    // Ranges as Intl writes them (its spacing around the dash varies with the ICU version).
    expect(content.contending).toEqual([
      `Spring sale · Maison Verte — Confirmed — ${en.dayRange('2026-03-02', '2026-03-08')}`,
      `Spring sale · Maison Verte — Option until 2 Mar 2026 — ${en.dayRange('2026-03-03', '2026-03-09')}`,
    ]);
    expect(content.more).toBeNull();
    expect(content.empty).toBeNull();
  });

  it('keeps only live bookings of this placement that run on this day', () => {
    const contending: Booking[] = [
      booking({ placementId: 'pl-2' }),
      booking({ startDate: '2026-03-05' }),
      booking({ status: 'cancelled' }),
      booking({ status: 'option', optionExpiresOn: '2026-02-28' }),
    ];
    const content = cellTooltipContent(input({ contending }), en);
    expect(content.contending).toEqual([]);
    expect(content.empty).toBe('No booking on this day');
  });

  it('counts what does not fit', () => {
    const contending = Array.from({ length: MAX_CONTENDING_LINES + 3 }, () => booking({}));
    const content = cellTooltipContent(input({ contending }), en);
    expect(content.contending).toHaveLength(MAX_CONTENDING_LINES);
    expect(content.more).toBe('+3 more');
  });

  it('stands in a dash for a campaign or advertiser it does not know', () => {
    const content = cellTooltipContent(input({ contending: [booking({ campaignId: 'gone' })] }), en);
    expect(content.contending[0]).toBe(`— · — — Confirmed — ${en.dayRange('2026-03-02', '2026-03-08')}`);
  });
});

describe('placeOverlay', () => {
  const viewport = { viewportWidth: 1000, viewportHeight: 800 };

  it('goes right of and below the pointer when there is room', () => {
    expect(placeOverlay({ x: 100, y: 100, width: 200, height: 150, gap: 10, ...viewport })).toEqual({
      left: 110,
      top: 110,
    });
  });

  it('flips to the left and above near the right and bottom edges', () => {
    expect(placeOverlay({ x: 900, y: 750, width: 200, height: 150, gap: 10, ...viewport })).toEqual({
      left: 690,
      top: 590,
    });
  });

  it('stays inside the window when neither side has room', () => {
    expect(placeOverlay({ x: 150, y: 400, width: 300, height: 780, gap: 10, ...viewport })).toEqual({
      left: 160,
      top: 4,
    });
    expect(placeOverlay({ x: 500, y: 10, width: 1200, height: 50, ...viewport }).left).toBe(4);
  });
});
