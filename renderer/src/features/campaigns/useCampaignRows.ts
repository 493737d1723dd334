/** The campaigns table's rows, recomputed when the data, the day or the VAT rate changes. */
import { useMemo } from 'react';
import type { IsoDay } from '@shared/domain/model.ts';
import { bookingPrice } from '@shared/domain/pricing.ts';
import type { Planning } from '@renderer/features/bookings/usePlanning.ts';
import { buildCampaignRows, type CampaignRow } from './campaign-rows.ts';

export function useCampaignRows(
  planning: Planning | undefined,
  today: IsoDay,
  vatPct: number,
): CampaignRow[] {
  return useMemo(() => {
    if (!planning) return [];
    const lines = planning.bookings.map((booking) => {
      const placement = planning.placementById.get(booking.placementId);
      return { booking, price: placement ? bookingPrice(booking, placement) : null };
    });
    return buildCampaignRows({
      campaigns: planning.campaigns,
      advertiserById: planning.advertiserById,
      agencyById: planning.agencyById,
      lines,
      today,
      vatPct,
    });
  }, [planning, today, vatPct]);
}
