/**
 * The bar above the occupancy grid: zoom, today and go-to-date, the placement search, the
 * placement and booking filters, the free-capacity query ("where can 500,000 impressions of
 * 300×250 go in March?") and how many placements the filters leave. It only reads and writes
 * the calendar store; the grid does the scrolling and the filtering.
 */
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { isValidDay } from '@shared/domain/days.ts';
import { BOOKING_STATUSES, FORMATS } from '@shared/domain/model.ts';
import type { Advertiser, Campaign, IsoDay, Section, Site } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { DateField, SelectField, TextField } from '@renderer/ui/Field.tsx';
import { useCalendar, ZOOMS, type Zoom } from './calendar-store.ts';
import { isFilterActive } from './rows.ts';
import {
  campaignOptions,
  chosenList,
  draftFromQuery,
  EMPTY_FREE_CAPACITY_DRAFT,
  FILTER_SELECTS,
  filterPatch,
  nameOptions,
  parseFreeCapacity,
  sectionOptions,
  selectedValue,
  type FreeCapacityDraft,
  type FreeCapacityFailure,
  type FreeCapacityField,
  type FilterSelect,
} from './toolbar-filter.ts';
import './toolbar.css';

/** Long enough to skip the keystrokes in between, short enough to feel live. */
const SEARCH_SETTLE_MS = 150;
/** Typing a year digit by digit passes through 0002, 0020, 0202…: jump once it settles. */
const JUMP_SETTLE_MS = 400;

/** The store as event handlers and timers see it: its latest state and its actions, no subscription. */
const calendar = () => useCalendar.getState();

export interface CalendarToolbarProps {
  sites: Site[];
  sections: Section[];
  advertisers: Advertiser[];
  campaigns: Campaign[];
  /** Placements the filters leave shown, and all of them: the status line's "12 of 340". */
  shownRows: number;
  totalPlacements: number;
  today: IsoDay;
}

export function CalendarToolbar(props: CalendarToolbarProps) {
  const { t } = useI18n();
  const freeQuery = useCalendar((s) => s.filter.freeCapacity);
  // The free-capacity form is a question asked now and then: folded away until wanted.
  const [freeOpen, setFreeOpen] = useState(false);
  const showFree = freeOpen || freeQuery !== null;
  return (
    <section className="calendar-toolbar" aria-label={t('calendar.toolbar.label')}>
      <div className="calendar-toolbar__row">
        <ZoomControl />
        <button type="button" className="button" onClick={() => calendar().jump(props.today)}>
          {t('calendar.toolbar.today')}
        </button>
        <GoToDate />
        <SearchField />
        <button
          type="button"
          className="button"
          aria-expanded={showFree}
          disabled={freeQuery !== null}
          onClick={() => setFreeOpen((open) => !open)}
        >
          {t('calendar.toolbar.free.toggle')}
        </button>
        <ColourControl />
        <FilterSummary shown={props.shownRows} total={props.totalPlacements} />
      </div>
      <div className="calendar-toolbar__row">
        <PlacementFilters {...props} />
      </div>
      {showFree && (
        <div className="calendar-toolbar__row">
          <FreeCapacityForm />
        </div>
      )}
    </section>
  );
}

function ColourControl() {
  const { t } = useI18n();
  const colourBy = useCalendar((s) => s.colourBy);
  return (
    <SelectField
      label={t('calendar.toolbar.colourBy')}
      value={colourBy}
      options={[
        { value: 'advertiser', label: t('calendar.toolbar.colourBy.advertiser') },
        { value: 'status', label: t('calendar.toolbar.colourBy.status') },
      ]}
      onChange={(value) => calendar().setColourBy(value === 'status' ? 'status' : 'advertiser')}
    />
  );
}

function ZoomControl() {
  const { t } = useI18n();
  const zoom = useCalendar((s) => s.zoom);
  const choose = (level: Zoom) => () => calendar().setZoom(level);
  return (
    <div className="calendar-toolbar__zoom" role="group" aria-label={t('calendar.toolbar.zoom')}>
      {ZOOMS.map((level) => (
        <button key={level} type="button" aria-pressed={zoom === level} onClick={choose(level)}>
          {t(`calendar.toolbar.zoom.${level}`)}
        </button>
      ))}
    </div>
  );
}

/** Runs the last action asked for once `ms` pass without another; dropped on unmount. */
function useSettledCall(ms: number) {
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return useMemo(() => {
    const cancel = () => window.clearTimeout(timer.current);
    const later = (action: () => void) => {
      cancel();
      timer.current = window.setTimeout(action, ms);
    };
    return { later, cancel };
  }, [ms]);
}

function GoToDate() {
  const { t } = useI18n();
  const settled = useSettledCall(JUMP_SETTLE_MS);
  const [day, setDay] = useState('');
  const change = (value: string) => {
    setDay(value);
    if (isValidDay(value)) settled.later(() => calendar().jump(value));
    else settled.cancel();
  };
  return (
    <DateField
      label={t('calendar.toolbar.goTo')}
      value={day}
      onChange={change}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' || !isValidDay(day)) return;
        settled.cancel();
        calendar().jump(day);
      }}
    />
  );
}

function SearchField() {
  const { t } = useI18n();
  const storeText = useCalendar((s) => s.filter.text);
  const clears = useCalendar((s) => s.filterClears);
  const settled = useSettledCall(SEARCH_SETTLE_MS);
  const [text, setText] = useState(storeText);
  // "Clear filters" (or any other writer) changed the search: show what the store now holds,
  // even when a clear finds the store's text already empty and only the field holds keystrokes.
  const [seen, setSeen] = useState({ text: storeText, clears });
  if (storeText !== seen.text || clears !== seen.clears) {
    setSeen({ text: storeText, clears });
    setText(storeText);
  }
  const change = (value: string) => {
    setText(value);
    const clearsBefore = calendar().filterClears;
    settled.later(() => {
      // Cleared meanwhile: the clear wins over the keystrokes it swept away.
      if (calendar().filterClears === clearsBefore) calendar().setFilter({ text: value });
    });
  };
  return (
    <TextField
      className="calendar-toolbar__search"
      type="search"
      label={t('calendar.toolbar.search')}
      placeholder={t('calendar.toolbar.searchPlaceholder')}
      value={text}
      onChange={change}
    />
  );
}

function FilterSummary({ shown, total }: { shown: number; total: number }) {
  const { t, tc, number } = useI18n();
  const active = useCalendar((s) => isFilterActive(s.filter));
  // The live region stays in the page so the count is announced as soon as a filter applies.
  return (
    <div className="calendar-toolbar__summary">
      <span role="status">{active && tc('calendar.toolbar.shown', total, { shown: number(shown) })}</span>
      {active && (
        <button type="button" className="button button--ghost" onClick={() => calendar().clearFilter()}>
          {t('calendar.toolbar.clearFilters')}
        </button>
      )}
    </div>
  );
}

function PlacementFilters({ sites, sections, advertisers, campaigns }: CalendarToolbarProps) {
  const { t, locale } = useI18n();
  const filter = useCalendar((s) => s.filter);
  const campaignList = useMemo(() => campaignOptions(campaigns, filter, locale), [campaigns, filter, locale]);
  const options = useMemo(
    () => ({
      site: nameOptions(sites, locale),
      section: sectionOptions(sites, sections, filter.siteIds, locale),
      format: FORMATS.map((f) => ({ value: f, label: t(`format.${f}`) })),
      advertiser: nameOptions(advertisers, locale),
      campaign: campaignList.options,
      status: BOOKING_STATUSES.map((s) => ({ value: s, label: t(`bookingStatus.${s}`) })),
    }),
    [t, locale, sites, sections, advertisers, campaignList, filter.siteIds],
  );
  const placeholder = (select: FilterSelect) =>
    select === 'campaign' && campaignList.needsAdvertiser
      ? t('calendar.toolbar.campaign.chooseAdvertiser')
      : t(`calendar.toolbar.${select}.all`);
  return (
    <div className="calendar-toolbar__filters" role="group" aria-label={t('calendar.toolbar.filters')}>
      {FILTER_SELECTS.map((select) => (
        <SelectField
          key={select}
          label={t(`calendar.toolbar.${select}`)}
          placeholder={placeholder(select)}
          options={options[select]}
          value={selectedValue(filter, select)}
          onChange={(value) =>
            calendar().setFilter(filterPatch(select, value, filter, { sections, campaigns }))
          }
        />
      ))}
    </div>
  );
}

type GroupInputProps = InputHTMLAttributes<HTMLInputElement> & {
  label: string;
  errorId: string;
  invalid: boolean;
};

/** A compact labelled input whose invalid state points at the group's one message. */
function GroupInput({ label, errorId, invalid, className, ...input }: GroupInputProps) {
  const id = useId();
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        {...input}
        id={id}
        className="input"
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
      />
    </div>
  );
}

function FreeCapacityForm() {
  const { t, locale, number } = useI18n();
  const query = useCalendar((s) => s.filter.freeCapacity);
  const errorId = useId();
  const [draft, setDraft] = useState<FreeCapacityDraft>(() => draftFromQuery(query, number));
  const [failure, setFailure] = useState<FreeCapacityFailure | null>(null);
  // A query set or cleared elsewhere ("Clear filters") shows in the form, and any old error goes.
  const [seenQuery, setSeenQuery] = useState(query);
  if (query !== seenQuery) {
    setSeenQuery(query);
    setDraft(draftFromQuery(query, number));
    setFailure(null);
  }
  const edit = (patch: Partial<FreeCapacityDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setFailure(null);
  };
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseFreeCapacity(draft, locale);
    if (parsed.ok) calendar().setFilter({ freeCapacity: parsed.query });
    setFailure(parsed.ok ? null : parsed);
  };
  const clear = () => {
    calendar().setFilter({ freeCapacity: null });
    edit(EMPTY_FREE_CAPACITY_DRAFT);
  };
  const input = (field: FreeCapacityField, attributes: InputHTMLAttributes<HTMLInputElement>) => (
    <GroupInput
      {...attributes}
      label={t(`calendar.toolbar.free.${field}`)}
      value={draft[field]}
      onChange={(event) => edit({ [field]: event.target.value })}
      errorId={errorId}
      invalid={failure?.fields.includes(field) ?? false}
    />
  );

  return (
    <form className="calendar-toolbar__free-form" onSubmit={apply} noValidate>
      <fieldset className="calendar-toolbar__free">
        <legend>{t('calendar.toolbar.free')}</legend>
        {input('from', { type: 'date' })}
        {input('to', { type: 'date' })}
        {input('impressions', {
          className: 'calendar-toolbar__impressions',
          inputMode: 'numeric',
          autoComplete: 'off',
          placeholder: t('common.optional'),
        })}
        <SelectField
          label={t('calendar.toolbar.format')}
          placeholder={t('calendar.toolbar.free.anyFormat')}
          options={FORMATS.map((f) => ({ value: f, label: t(`format.${f}`) }))}
          value={draft.format}
          onChange={(value) => edit({ format: chosenList(value, FORMATS)[0] ?? '' })}
        />
        <button type="submit" className="button button--primary">
          {t('calendar.toolbar.free.apply')}
        </button>
        <button type="button" className="button" onClick={clear}>
          {t('calendar.toolbar.free.clear')}
        </button>
        {failure && (
          <p id={errorId} className="field__error calendar-toolbar__error" role="alert">
            {t(`calendar.toolbar.free.error.${failure.error}`)}
          </p>
        )}
      </fieldset>
    </form>
  );
}
