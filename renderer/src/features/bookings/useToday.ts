/**
 * Today in the publisher's calendar (the laptop's time zone), for option expiry and occupancy.
 * Re-read at each render, so a screen left open over midnight moves on with its next update.
 */
import { todayIn } from '@shared/domain/days.ts';
import type { IsoDay } from '@shared/domain/model.ts';

export function useToday(): IsoDay {
  return todayIn(new Date());
}
