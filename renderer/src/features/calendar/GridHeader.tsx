import { memo } from 'react';
import { fromDayNumber, weekdayOfDayNumber } from '@shared/domain/days.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import type { Zoom } from './calendar-store.ts';
import { isoWeekNumber, monthBands, weekStarts } from './header-scale.ts';

export interface GridHeaderProps {
  startDayNumber: number;
  /** Day indexes rendered (the visible chunk). */
  from: number;
  to: number;
  dayWidth: number;
  rowHeaderWidth: number;
  zoom: Zoom;
  todayIndex: number;
  /** Header text for the row header column. */
  corner: string;
}

/**
 * The sticky time scale: months on top, then days (day zoom) or weeks (week zoom). Only the
 * rendered chunk's labels exist in the DOM.
 */
export const GridHeader = memo(function GridHeader(props: GridHeaderProps) {
  const { startDayNumber, from, to, dayWidth, rowHeaderWidth, zoom, todayIndex } = props;
  const { month, weekdayInitial, t } = useI18n();
  const left = (dayIndex: number) => rowHeaderWidth + dayIndex * dayWidth;

  const ticks =
    zoom === 'day'
      ? Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
      : zoom === 'week'
        ? weekStarts(startDayNumber, from, to)
        : [];

  return (
    <div className="cal-header" role="row" aria-rowindex={1}>
      <div
        className="cal-header__corner"
        role="columnheader"
        aria-colindex={1}
        style={{ width: rowHeaderWidth }}
      >
        {props.corner}
      </div>
      {monthBands(startDayNumber, from, to).map((band) => (
        <div
          key={band.month}
          className="cal-header__month"
          aria-hidden="true"
          style={{ left: left(band.dayIndex), width: band.days * dayWidth }}
        >
          <span className="cal-header__month-label">
            {month(band.month, zoom === 'month' ? 'short' : 'long')}
          </span>
        </div>
      ))}
      {ticks.map((dayIndex) => {
        const dayNumber = startDayNumber + dayIndex;
        const day = fromDayNumber(dayNumber);
        const weekend = weekdayOfDayNumber(dayNumber) >= 5;
        const label =
          zoom === 'day'
            ? `${weekdayInitial(day)} ${Number(day.slice(8))}`
            : t('calendar.weekNumber', { week: isoWeekNumber(dayNumber) });
        return (
          <div
            key={dayIndex}
            role="columnheader"
            aria-colindex={dayIndex + 2}
            className={`cal-header__tick${weekend && zoom === 'day' ? ' cal-header__tick--weekend' : ''}${dayIndex === todayIndex ? ' cal-header__tick--today' : ''}`}
            style={{ left: left(dayIndex), width: zoom === 'day' ? dayWidth : dayWidth * 7 }}
            title={day}
          >
            {label}
          </div>
        );
      })}
    </div>
  );
});
