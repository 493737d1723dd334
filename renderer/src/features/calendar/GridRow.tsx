import { memo } from 'react';
import type { Placement } from '@shared/domain/model.ts';
import { useI18n, type I18n } from '@renderer/i18n/index.tsx';
import type { CalendarRow } from './rows.ts';

/** Where a display row is drawn: what its head and its lane share. */
interface RowPlacement {
  displayRow: number;
  row: CalendarRow;
  top: number;
  rowHeight: number;
  rowHeaderWidth: number;
}

export interface GridRowHeadProps extends RowPlacement {
  /** The active cell is in this row: the row owns it for assistive technology (it is drawn in its lane). */
  ownsActiveCell: boolean;
  onToggleGroup: (key: string) => void;
}

export interface ActiveCellLaneProps extends RowPlacement {
  dayWidth: number;
  /** The active cell's day index. */
  day: number;
  label: string;
}

export const ACTIVE_CELL_ID = 'cal-active-cell';

/** A placement's formats in the user's words, as its row header says them. */
export function formatsLabel(placement: Placement, t: I18n['t']): string {
  return placement.formats.map((format) => t(`format.${format}`)).join(' · ');
}

/**
 * A display row as assistive technology reads it (role row, with its row header), in the grid's
 * one sticky column of row headers, where it is not painted: the headers' canvas draws what is
 * seen (row-head-painter.ts), and the pointer finds rows by geometry. Its bars are painted on the
 * cells' canvas and its active cell drawn in its lane, which scrolls with the days; the row owns
 * the active cell through `aria-owns`.
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

/** The keyboard's active cell, in its row's lane under the days: what assistive technology reads. */
export const ActiveCellLane = memo(function ActiveCellLane(props: ActiveCellLaneProps) {
  const { row, top, rowHeight, rowHeaderWidth, dayWidth, day, label } = props;
  return (
    <div className="cal-lane" role="none" data-lane-key={row.key} style={{ top, height: rowHeight }}>
      <div
        id={ACTIVE_CELL_ID}
        className="cal-active-cell"
        role="gridcell"
        aria-colindex={day + 2}
        aria-label={label}
        aria-selected="true"
        style={{ left: rowHeaderWidth + day * dayWidth, width: dayWidth, height: rowHeight }}
      />
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
        <span className="cal-row__formats">{formatsLabel(row.placement, t)}</span>
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
