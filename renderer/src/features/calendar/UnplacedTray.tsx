/**
 * Campaigns still to place: those with no live booking yet (drafts, proposals, newly confirmed
 * deals). Drag one onto a placement's day to open the booking form there, or — without a pointer —
 * press its "Place" button to book it at the grid's active cell.
 */
import { useEffect, useMemo, type DragEvent } from 'react';
import type { Advertiser, Booking, Campaign } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { useCalendar } from './calendar-store.ts';

/** The drag payload's type: a campaign id, understood only by the calendar grid. */
export const CAMPAIGN_DRAG_TYPE = 'application/x-slotboard-campaign';

export function campaignsToPlace(campaigns: readonly Campaign[], bookings: readonly Booking[]): Campaign[] {
  const placed = new Set<string>();
  for (const b of bookings) if (b.status === 'option' || b.status === 'confirmed') placed.add(b.campaignId);
  return campaigns.filter((c) => c.status !== 'cancelled' && !placed.has(c.id));
}

export function UnplacedTray(props: {
  campaigns: readonly Campaign[];
  /** Undefined while the bookings are still being read (the calendar's first view). */
  bookings: readonly Booking[] | undefined;
  advertiserById: ReadonlyMap<string, Advertiser>;
  onPlace: (campaign: Campaign) => void;
}) {
  const { t, tc } = useI18n();
  const toPlace = useMemo(
    () => (props.bookings ? campaignsToPlace(props.campaigns, props.bookings) : undefined),
    [props.campaigns, props.bookings],
  );
  // Folded while there is nothing to place, unless the user said otherwise. Before the bookings
  // are read, as it was last shown: the grid beside it keeps its width.
  const { choice, shown } = useCalendar((s) => s.tray);
  const open = toPlace === undefined ? shown : (choice ?? toPlace.length > 0);
  useEffect(() => {
    if (toPlace !== undefined && open !== shown) useCalendar.getState().setTray({ shown: open });
  }, [toPlace, open, shown]);
  const onDragStart = (campaign: Campaign) => (e: DragEvent) => {
    e.dataTransfer.setData(CAMPAIGN_DRAG_TYPE, campaign.id);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <aside className={`cal-tray${open ? '' : ' cal-tray--closed'}`} aria-label={t('calendar.tray.title')}>
      <button
        type="button"
        className="cal-tray__toggle"
        aria-expanded={open}
        disabled={toPlace === undefined}
        onClick={() => useCalendar.getState().setTray({ choice: !open })}
      >
        {toPlace ? tc('calendar.tray.heading', toPlace.length) : t('calendar.tray.loading')}
      </button>
      {open && (
        <>
          <p className="cal-tray__hint">{t('calendar.tray.hint')}</p>
          {toPlace?.length === 0 && <p className="cal-tray__empty">{t('calendar.tray.empty')}</p>}
          <ul className="cal-tray__list">
            {toPlace?.map((campaign) => (
              <li key={campaign.id} className="cal-tray__item" draggable onDragStart={onDragStart(campaign)}>
                <span className="cal-tray__name">{campaign.name}</span>
                <span className="cal-tray__meta">
                  {props.advertiserById.get(campaign.advertiserId)?.name ?? ''} ·{' '}
                  {t(`campaignStatus.${campaign.status}`)}
                </span>
                <button
                  type="button"
                  className="button"
                  aria-label={t('calendar.tray.placeNamed', { name: campaign.name })}
                  onClick={() => props.onPlace(campaign)}
                >
                  {t('calendar.tray.place')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
