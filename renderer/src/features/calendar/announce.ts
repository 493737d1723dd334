/**
 * The live region's sentence for a gesture in progress, as a screen reader user needs it:
 * "Spring sale · Nike → Home / Top banner, 3–9 Mar 2026, occupancy 120 %, overbooked: refused".
 */
import type { I18n } from '@renderer/i18n/index.tsx';
import { previewRow } from './drop-check.ts';
import type { GridGesture } from './grid-gesture.ts';
import type { CalendarModel } from './useCalendarModel.ts';

/** The highest share of capacity taken (sold and held) on the booking's days, with the changes in. */
function peakOccupancy(
  gesture: GridGesture,
  model: CalendarModel,
  placementId: string,
  start: string,
  end: string,
) {
  const { index } = model.grid;
  const row = index.rowOf(placementId);
  if (row === undefined) return null;
  const preview = previewRow(index, gesture.changes, row, index.dayIndexOf(start), index.dayIndexOf(end));
  let peak = 0;
  for (let i = 0; i < preview.capacity.length; i++) {
    const capacity = preview.capacity[i] ?? 0;
    const taken = (preview.confirmed[i] ?? 0) + (preview.held[i] ?? 0);
    if (capacity > 0) peak = Math.max(peak, taken / capacity);
  }
  return peak;
}

export function describeGesture(gesture: GridGesture, model: CalendarModel, i18n: I18n): string {
  const { t } = i18n;
  const span = gesture.createSpan;
  if (span) {
    const placement = model.planning.placementById.get(span.placementId);
    return t('calendar.announce.create', {
      placement: placement?.name ?? '?',
      dates: i18n.dayRange(span.startDate, span.endDate),
    });
  }
  const first = gesture.changes[0];
  if (!first) return '';
  const { after } = first;
  const campaign = model.planning.campaignById.get(after.campaignId);
  const placement = model.planning.placementById.get(after.placementId);
  const problem = gesture.verdict.problems.find((p) => p.kind !== 'at_risk') ?? gesture.verdict.problems[0];
  // A booking that cannot sit on the placement has no meaningful occupancy there.
  const misfit =
    problem?.kind === 'format' || problem?.kind === 'unit' || problem?.kind === 'unknown_placement';
  const peak = misfit
    ? null
    : peakOccupancy(gesture, model, after.placementId, after.startDate, after.endDate);
  const verdict = problem ? t(`calendar.verdict.${problem.kind}`) : t('calendar.verdict.ok');
  return t(gesture.changes.length > 1 ? 'calendar.announce.moveGroup' : 'calendar.announce.move', {
    booking: campaign?.name ?? '?',
    placement: placement?.name ?? '?',
    dates: i18n.dayRange(after.startDate, after.endDate),
    occupancy: peak === null ? '—' : i18n.percent(peak * 100, 0),
    verdict,
    count: gesture.changes.length,
  });
}
