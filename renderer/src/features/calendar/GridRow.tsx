import { memo } from 'react';
import { toDayNumber } from '@shared/domain/days.ts';
import type { Advertiser, Booking, Campaign } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import type { CalendarRow } from './rows.ts';

export interface BarLookup {
  campaignById: ReadonlyMap<string, Campaign>;
  advertiserById: ReadonlyMap<string, Advertiser>;
}

export interface RowBars {
  /** The placement's bookings shown on the calendar, by start day. */
  bookings: readonly Booking[];
  lanes: ReadonlyMap<string, number>;
  laneCount: number;
}

/** Where a display row is drawn: what its head and its lane share. */
interface RowPlacement {
  displayRow: number;
  row: CalendarRow;
  top: number;
  rowHeight: number;
  rowHeaderWidth: number;
}

export interface GridRowHeadProps extends RowPlacement {
  /** The active cell is in this row: the row owns it for assistive technology (it is drawn in the lane). */
  ownsActiveCell: boolean;
  onToggleGroup: (key: string) => void;
}

export interface GridLaneProps extends RowPlacement {
  dayWidth: number;
  startDayNumber: number;
  /** Day indexes rendered (the visible chunk): bars outside it are left out. */
  from: number;
  to: number;
  bars: RowBars | undefined;
  lookup: BarLookup;
  /** Ids of the selected bookings of this row, joined by spaces ('' when none): a cheap memo key. */
  selected: string;
  /** The active cell's day index when it is in this row, else null. */
  activeDay: number | null;
  activeLabel: string;
}

export const ACTIVE_CELL_ID = 'cal-active-cell';

const PALETTE_SIZE = 10;
const LANE_PAD = 3;
const LABEL_MIN_HEIGHT = 14;
const LABEL_MIN_WIDTH = 40;

/** A stable colour slot per advertiser. */
export function colourSlot(id: string): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return Math.abs(hash) % PALETTE_SIZE;
}

/**
 * A display row as assistive technology reads it (role row, with its row header), drawn in the
 * grid's one sticky column of row headers. Its bars and active cell are drawn in its lane, which
 * scrolls with the days; the row owns the active cell through `aria-owns`. One sticky column rather
 * than a sticky header per row: each sticky element is a compositor layer of its own, and rows
 * entering and leaving every frame of a scroll made the compositor rebuild its layers each time.
 */
export const GridRowHead = memo(function GridRowHead(props: GridRowHeadProps) {
  const { row, top, rowHeight, rowHeaderWidth, displayRow, ownsActiveCell, onToggleGroup } = props;
  return (
    <div
      className={`cal-row cal-row--${row.kind}`}
      role="row"
      aria-rowindex={displayRow + 2}
      aria-owns={ownsActiveCell ? ACTIVE_CELL_ID : undefined}
      data-row-key={row.key}
      style={{ top, height: rowHeight }}
    >
      <RowHeader row={row} rowHeaderWidth={rowHeaderWidth} onToggleGroup={onToggleGroup} />
    </div>
  );
});

/** What a row shows under the days: its bookings' bars in the rendered chunk, and the active cell. */
export const GridLane = memo(function GridLane(props: GridLaneProps) {
  const { row, top, rowHeight, rowHeaderWidth, dayWidth } = props;
  return (
    <div className="cal-lane" role="none" data-lane-key={row.key} style={{ top, height: rowHeight }}>
      {props.bars && <Bars {...props} bars={props.bars} />}
      {props.activeDay !== null && (
        <div
          id={ACTIVE_CELL_ID}
          className="cal-active-cell"
          role="gridcell"
          aria-colindex={props.activeDay + 2}
          aria-label={props.activeLabel}
          aria-selected="true"
          style={{ left: rowHeaderWidth + props.activeDay * dayWidth, width: dayWidth, height: rowHeight }}
        />
      )}
    </div>
  );
});

function RowHeader({
  row,
  rowHeaderWidth,
  onToggleGroup,
}: Pick<GridRowHeadProps, 'row' | 'rowHeaderWidth' | 'onToggleGroup'>) {
  const { t, tc } = useI18n();
  if (row.kind === 'placement') {
    return (
      <div className="cal-row__header" role="rowheader" aria-colindex={1} style={{ width: rowHeaderWidth }}>
        <span className="cal-row__name">{row.placement.name}</span>
        <span className="cal-row__formats">{row.placement.formats.join(' · ')}</span>
      </div>
    );
  }
  return (
    <div
      className={`cal-row__header cal-row__header--${row.kind}`}
      role="rowheader"
      aria-colindex={1}
      aria-expanded={!row.collapsed}
      style={{ width: rowHeaderWidth }}
    >
      <button
        type="button"
        className="cal-row__toggle"
        tabIndex={-1}
        aria-label={t(row.collapsed ? 'calendar.expand' : 'calendar.collapse', { name: row.label })}
        onClick={() => onToggleGroup(row.key)}
      >
        {row.collapsed ? '▸' : '▾'}
      </button>
      <span className="cal-row__name">{row.label}</span>
      <span className="cal-row__count">{tc('calendar.placementCount', row.placementRows.length)}</span>
    </div>
  );
}

function Bars(props: GridLaneProps & { bars: RowBars }) {
  const { bars, from, to, dayWidth, rowHeaderWidth, rowHeight, startDayNumber, lookup, selected } = props;
  const laneHeight = Math.max(6, Math.floor((rowHeight - 2 * LANE_PAD) / Math.max(1, bars.laneCount)));
  const selectedIds = selected === '' ? [] : selected.split(' ');
  return (
    <>
      {bars.bookings.map((booking) => {
        const start = toDayNumber(booking.startDate) - startDayNumber;
        const end = toDayNumber(booking.endDate) - startDayNumber;
        if (end < from || start > to) return null;
        const campaign = lookup.campaignById.get(booking.campaignId);
        const advertiser = campaign ? lookup.advertiserById.get(campaign.advertiserId) : undefined;
        const width = (end - start + 1) * dayWidth;
        const lane = bars.lanes.get(booking.id) ?? 0;
        const showLabel = laneHeight >= LABEL_MIN_HEIGHT && width >= LABEL_MIN_WIDTH;
        const classes = [
          'cal-bar',
          `cal-bar--c${colourSlot(campaign?.advertiserId ?? booking.campaignId)}`,
          `cal-bar--${booking.status}`,
          selectedIds.includes(booking.id) ? 'cal-bar--selected' : '',
        ];
        return (
          <div
            key={booking.id}
            className={classes.join(' ')}
            data-booking-id={booking.id}
            style={{
              left: rowHeaderWidth + start * dayWidth,
              top: LANE_PAD + lane * laneHeight,
              width,
              height: laneHeight - 1,
            }}
          >
            {showLabel && (
              <span className="cal-bar__label">
                {campaign?.name ?? '?'}
                {advertiser ? ` · ${advertiser.name}` : ''}
              </span>
            )}
          </div>
        );
      })}
    </>
  );
}
