import type { Placement, RateCard } from '@shared/domain/model.ts';
import type { I18n } from '@renderer/i18n/index.tsx';
import { RATE_KEYS } from './placement-draft.ts';

/** "1 slot/day", "120 000 imp./day": the base capacity of a placement. */
export function capacityLabel(
  capacity: Placement['capacity'],
  i18n: Pick<I18n, 't' | 'tc' | 'number'>,
): string {
  if (capacity.kind === 'slots') return i18n.tc('inventory.capacity.slots', capacity.slotsPerDay);
  return i18n.t('inventory.capacity.impressions', { count: i18n.number(capacity.dailyForecast) });
}

/** The base daily figure, for sorting by capacity. */
export function capacityAmount(capacity: Placement['capacity']): number {
  return capacity.kind === 'slots' ? capacity.slotsPerDay : capacity.dailyForecast;
}

/** "CPM 12,50 € · CPD 800,00 €": the rates set on a rate card. */
export function rateCardLabel(rateCard: RateCard, i18n: Pick<I18n, 't' | 'money'>): string {
  return RATE_KEYS.flatMap((key) => {
    const cents = rateCard[key];
    return cents === undefined ? [] : [`${i18n.t(`rateModel.${key}`)} ${i18n.money(cents)}`];
  }).join(' · ');
}
