/**
 * The tooltip of one calendar cell: the placement's figures for the day and the bookings that
 * contend for it. It follows the pointer (position: fixed) and never takes the pointer itself, so
 * the grid under it keeps receiving moves and clicks.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Advertiser, Booking, Campaign, IsoDay, Placement } from '@shared/domain/model.ts';
import type { DayOccupancy } from '@shared/domain/occupancy.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { cellTooltipContent, placeOverlay } from './tooltip-content.ts';
import './overlays.css';

/** Space between the pointer and the tooltip, so the cursor does not hide its first words. */
const POINTER_GAP = 14;

export const CELL_TOOLTIP_ID = 'cal-tooltip';

export function CellTooltip(props: {
  /** The pointer, in viewport px. */
  x: number;
  y: number;
  placement: Placement;
  day: IsoDay;
  occupancy: DayOccupancy;
  contending: readonly Booking[];
  campaignById: ReadonlyMap<string, Campaign>;
  advertiserById: ReadonlyMap<string, Advertiser>;
  today: IsoDay;
}) {
  const i18n = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const { x, y, placement, day, occupancy, contending, campaignById, advertiserById, today } = props;
  const content = useMemo(
    () =>
      cellTooltipContent(
        { placement, day, occupancy, contending, campaignById, advertiserById, today },
        i18n,
      ),
    [placement, day, occupancy, contending, campaignById, advertiserById, today, i18n],
  );

  // Placed before paint from its measured size (its width does not depend on where it stands, see
  // overlays.css), written to the style directly: React never sets left/top, so it cannot undo it.
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const { width, height } = box.getBoundingClientRect();
    const { left, top } = placeOverlay({
      x,
      y,
      width,
      height,
      viewportWidth: window.innerWidth,
      viewportHeight: window.innerHeight,
      gap: POINTER_GAP,
    });
    box.style.left = `${left}px`;
    box.style.top = `${top}px`;
  }, [x, y, content]);

  return (
    <div ref={ref} id={CELL_TOOLTIP_ID} role="tooltip" className="cal-tooltip">
      <div className="cal-tooltip__header">
        <strong className="cal-tooltip__title">{content.title}</strong>
        <span className={`cal-state cal-state--${content.state}`}>{content.stateLabel}</span>
      </div>
      <div className="cal-tooltip__day">{content.day}</div>
      <dl className="cal-tooltip__figures">
        {content.figures.map((figure) => (
          <div key={figure.key} className={`cal-tooltip__figure cal-tooltip__figure--${figure.key}`}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
      <div className="cal-tooltip__section">{content.contendingTitle}</div>
      {content.empty !== null ? (
        <p className="cal-tooltip__empty">{content.empty}</p>
      ) : (
        <ul className="cal-tooltip__bookings">
          {content.contending.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
          {content.more !== null && <li className="cal-tooltip__more">{content.more}</li>}
        </ul>
      )}
    </div>
  );
}
