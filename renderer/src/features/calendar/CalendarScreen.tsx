/**
 * The occupancy calendar: toolbar (zoom, dates, filters), the placement × day grid, a live region
 * for screen readers, and the dialogs the grid opens.
 */
import { useMemo, useRef } from 'react';
import type { Booking } from '@shared/domain/model.ts';
import { LoadDemoButton } from '@renderer/features/demo/LoadDemoButton.tsx';
import { useI18n } from '@renderer/i18n/index.tsx';
import { EmptyState } from '@renderer/ui/EmptyState.tsx';
import { CalendarGrid } from './CalendarGrid.tsx';
import { CalendarToolbar } from './CalendarToolbar.tsx';
import { DAY_WIDTH, useCalendar } from './calendar-store.ts';
import type { GridLayout } from './geometry.ts';
import { useCalendarActions } from './useCalendarActions.tsx';
import { useCalendarModel } from './useCalendarModel.ts';
import { UnplacedTray } from './UnplacedTray.tsx';
import './calendar.css';

const ROW_HEIGHT = 40;
const HEADER_HEIGHT = 48;
const ROW_HEADER_WIDTH = 260;

export function CalendarScreen() {
  const { t } = useI18n();
  const model = useCalendarModel(Math.ceil(window.innerHeight / ROW_HEIGHT));
  const zoom = useCalendar((s) => s.zoom);
  const moveApi = useRef<{ startMove(booking: Booking): void } | null>(null);
  const { actions, dialogs, liveRef } = useCalendarActions(model, (booking) =>
    moveApi.current?.startMove(booking),
  );
  const layout = useMemo<GridLayout | null>(
    () =>
      model
        ? {
            startDay: model.grid.index.start,
            dayWidth: DAY_WIDTH[zoom],
            rowHeight: ROW_HEIGHT,
            headerHeight: HEADER_HEIGHT,
            rowHeaderWidth: ROW_HEADER_WIDTH,
            dayCount: model.grid.index.days,
          }
        : null,
    [model?.grid.index, zoom], // eslint-disable-line react-hooks/exhaustive-deps
  );

  const planning = model?.planning;
  return (
    <div className="screen calendar-screen">
      <header className="screen__header">
        <h1>{t('calendar.title')}</h1>
      </header>
      {planning && planning.placements.length === 0 && (
        <EmptyState title={t('calendar.empty.title')} body={t('calendar.empty.body')}>
          <LoadDemoButton primary />
        </EmptyState>
      )}
      {model && layout && planning && planning.placements.length > 0 && (
        <>
          <CalendarToolbar
            sites={planning.sites}
            sections={planning.sections}
            advertisers={planning.advertisers}
            campaigns={planning.campaigns}
            shownRows={model.grid.order.ids.length}
            totalPlacements={planning.placements.length}
            today={model.grid.today}
          />
          <div className="calendar-screen__body">
            {model.grid.rows.length === 0 ? (
              <p className="calendar-screen__no-match">{t('calendar.noMatch')}</p>
            ) : (
              <CalendarGrid
                model={model.grid}
                layout={layout}
                barsFor={model.barsFor}
                lookup={model.lookup}
                holidays={model.holidays}
                actions={actions}
                onReady={(api) => (moveApi.current = api)}
              />
            )}
            <UnplacedTray
              campaigns={planning.campaigns}
              bookings={model.grid.readRows === null ? planning.bookings : undefined}
              advertiserById={planning.advertiserById}
              onPlace={(campaign) => {
                const { active } = useCalendar.getState();
                const row = model.grid.rows[active.row];
                const day = model.grid.index.dayAt(Math.max(0, active.day));
                actions.placeCampaign(campaign.id, row?.kind === 'placement' ? row.placement.id : '', day);
              }}
            />
          </div>
          <p className="calendar-screen__help">{t('calendar.help')}</p>
        </>
      )}
      <div
        ref={liveRef}
        className="visually-hidden"
        role="status"
        aria-live="polite"
        data-testid="calendar-live"
      />
      {dialogs}
    </div>
  );
}
