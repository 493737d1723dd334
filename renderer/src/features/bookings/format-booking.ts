/** How the booking screens write a booking's volume and priced quantity, in the user's locale. */
import type { Volume } from '@shared/domain/model.ts';
import type { BookingPrice } from '@shared/domain/pricing.ts';
import type { I18n } from '@renderer/i18n/index.tsx';

/** "1 slot", "500 000 imp.", "25 % SOV". */
export function formatVolume(volume: Volume, i18n: Pick<I18n, 't' | 'tc' | 'number' | 'percent'>): string {
  switch (volume.kind) {
    case 'slots':
      return i18n.tc('bookings.volume.slots', volume.slots);
    case 'impressions':
      return i18n.t('bookings.volume.impressions', { count: i18n.number(volume.goal) });
    case 'sov':
      return i18n.t('bookings.volume.sov', { pct: i18n.percent(volume.pct) });
  }
}

/** The amount a volume asks for, to sort volumes of one kind together. */
export function volumeAmount(volume: Volume): number {
  return volume.kind === 'slots' ? volume.slots : volume.kind === 'impressions' ? volume.goal : volume.pct;
}

/** What the price is counted on: "120 000 impressions", "14 slot-days", "flat fee". */
export function formatQuantity(
  price: Pick<BookingPrice, 'quantity' | 'unit'>,
  i18n: Pick<I18n, 't' | 'tc'>,
): string {
  switch (price.unit) {
    case 'impressions':
      return i18n.tc('bookings.quantity.impressions', price.quantity);
    case 'clicks':
      return i18n.tc('bookings.quantity.clicks', price.quantity);
    case 'days':
      return i18n.tc('bookings.quantity.days', price.quantity);
    case 'flat':
      return i18n.t('bookings.quantity.flat');
  }
}

/** A capacity figure in the placement's unit: "1 slot", "120 000 imp.". */
export function formatCapacity(
  amount: number,
  unit: 'slots' | 'impressions',
  i18n: Pick<I18n, 't' | 'tc' | 'number'>,
): string {
  return unit === 'slots'
    ? i18n.tc('bookings.volume.slots', amount)
    : i18n.t('bookings.volume.impressions', { count: i18n.number(amount) });
}
