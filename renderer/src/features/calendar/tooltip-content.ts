/**
 * The pure part of the calendar's overlays: the text of a cell's tooltip, and where a floating box
 * goes so it stays inside the window (the tooltip and the bar menu both use it). Kept apart from
 * the components so it is tested without a DOM.
 */
import { capacityUnit, type CapacityUnit } from '@shared/domain/capacity.ts';
import { isLive } from '@shared/domain/load.ts';
import type { Advertiser, Booking, Campaign, IsoDay, Placement } from '@shared/domain/model.ts';
import type { DayOccupancy, OccupancyState } from '@shared/domain/occupancy.ts';
import type { I18n } from '@renderer/i18n/index.tsx';

export type TooltipI18n = Pick<I18n, 't' | 'tc' | 'number' | 'percent' | 'day' | 'dayRange'>;

/** More lines would hide the grid under the pointer: the rest is counted. */
export const MAX_CONTENDING_LINES = 6;

export interface TooltipFigure {
  key: 'capacity' | 'confirmed' | 'options' | 'free' | 'occupancy';
  label: string;
  value: string;
}

export interface CellTooltipContent {
  title: string;
  day: string;
  state: OccupancyState;
  stateLabel: string;
  figures: TooltipFigure[];
  contendingTitle: string;
  /** One line per contending booking, at most `MAX_CONTENDING_LINES`. */
  contending: string[];
  /** "+N more" when some were left out. */
  more: string | null;
  /** Said instead of the list when nothing contends for the day. */
  empty: string | null;
}

export interface CellTooltipInput {
  placement: Placement;
  day: IsoDay;
  occupancy: DayOccupancy;
  contending: readonly Booking[];
  campaignById: ReadonlyMap<string, Campaign>;
  advertiserById: ReadonlyMap<string, Advertiser>;
  today: IsoDay;
}

/** An amount in the placement's unit: "120,000 impressions", "2 slots". */
export function formatLoad(amount: number, unit: CapacityUnit, i18n: TooltipI18n): string {
  return unit === 'slots'
    ? i18n.tc('bookings.volume.slots', amount)
    : i18n.tc('bookings.quantity.impressions', amount);
}

/** Confirmed load over capacity; a day without capacity has no meaningful share. */
export function formatOccupancy(occupancy: DayOccupancy, i18n: TooltipI18n): string {
  if (!Number.isFinite(occupancy.ratio)) return i18n.t('common.none');
  const pct = occupancy.ratio * 100;
  // Whole percents, but a small sold share is not shown as "0 %".
  return i18n.percent(pct, pct > 0 && pct < 1 ? 1 : 0);
}

/** "Campaign · Advertiser — Option until 12 Mar 2026 — 1–14 Mar 2026". */
export function contendingLine(
  booking: Booking,
  campaignById: ReadonlyMap<string, Campaign>,
  advertiserById: ReadonlyMap<string, Advertiser>,
  i18n: TooltipI18n,
): string {
  const campaign = campaignById.get(booking.campaignId);
  const advertiser = campaign ? advertiserById.get(campaign.advertiserId) : undefined;
  const status =
    booking.status === 'option' && booking.optionExpiresOn !== null
      ? i18n.t('calendar.tooltip.optionUntil', { date: i18n.day(booking.optionExpiresOn) })
      : i18n.t(`bookingStatus.${booking.status}`);
  return i18n.t('calendar.tooltip.line', {
    campaign: campaign?.name ?? i18n.t('common.none'),
    advertiser: advertiser?.name ?? i18n.t('common.none'),
    status,
    dates: i18n.dayRange(booking.startDate, booking.endDate),
  });
}

/**
 * Everything the tooltip of one cell says. `contending` may be any bookings: only the live ones of
 * this placement that run on this day are listed, so a caller passing a whole row stays correct.
 */
export function cellTooltipContent(input: CellTooltipInput, i18n: TooltipI18n): CellTooltipContent {
  const { placement, day, occupancy, today } = input;
  const unit = capacityUnit(placement);
  const load = (amount: number) => formatLoad(amount, unit, i18n);
  const contending = input.contending.filter(
    (b) => b.placementId === placement.id && b.startDate <= day && day <= b.endDate && isLive(b, today),
  );
  const shown = contending.slice(0, MAX_CONTENDING_LINES);
  const hidden = contending.length - shown.length;
  return {
    title: placement.name,
    day: i18n.day(day, 'weekday'),
    state: occupancy.state,
    stateLabel: i18n.t(`calendar.tooltip.state.${occupancy.state}`),
    figures: [
      { key: 'capacity', label: i18n.t('calendar.tooltip.capacity'), value: load(occupancy.capacity) },
      { key: 'confirmed', label: i18n.t('calendar.tooltip.confirmed'), value: load(occupancy.confirmed) },
      { key: 'options', label: i18n.t('calendar.tooltip.options'), value: load(occupancy.held) },
      { key: 'free', label: i18n.t('calendar.tooltip.free'), value: load(occupancy.free) },
      {
        key: 'occupancy',
        label: i18n.t('calendar.tooltip.occupancy'),
        value: formatOccupancy(occupancy, i18n),
      },
    ],
    contendingTitle: i18n.t('calendar.tooltip.contending'),
    contending: shown.map((b) => contendingLine(b, input.campaignById, input.advertiserById, i18n)),
    more: hidden > 0 ? i18n.t('calendar.tooltip.more', { count: i18n.number(hidden) }) : null,
    empty: contending.length === 0 ? i18n.t('calendar.tooltip.noContending') : null,
  };
}

export interface OverlayPlacement {
  /** The pointer, in viewport px. */
  x: number;
  y: number;
  /** The box's measured size. */
  width: number;
  height: number;
  viewportWidth: number;
  viewportHeight: number;
  /** Distance from the pointer: a tooltip keeps clear of the cursor, a menu opens right at it. */
  gap?: number;
  /** Space kept from the window's edges. */
  margin?: number;
}

/**
 * Where a floating box goes: right of and below the pointer, flipped to the left or above when it
 * would cross the window's edge there, then clamped so a box larger than the room left still
 * starts inside the window.
 */
export function placeOverlay(p: OverlayPlacement): { left: number; top: number } {
  const gap = p.gap ?? 0;
  const margin = p.margin ?? 4;
  const along = (pointer: number, size: number, room: number) => {
    let start = pointer + gap;
    if (start + size > room - margin) start = pointer - gap - size;
    return Math.max(margin, Math.min(start, room - margin - size));
  };
  return {
    left: along(p.x, p.width, p.viewportWidth),
    top: along(p.y, p.height, p.viewportHeight),
  };
}
