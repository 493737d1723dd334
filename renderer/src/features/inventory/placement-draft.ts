/**
 * The placement form's draft (text as typed) and its conversion to and from a placement.
 * Validation paths follow the entity (`capacity.dailyForecast`, `rateCard.cpm`…) so issues from
 * the store land on the same fields as parse issues; override rows use `overrideRows.<i>.day|forecast`.
 */
import type { ValidationIssue } from '@shared/domain/issues.ts';
import type { Capacity, Format, Locale, Placement, RateCard } from '@shared/domain/model.ts';
import type { EntityInput } from '@renderer/store/command-types.ts';
import { centsToText, numberToText } from '@renderer/ui/form/number-text.ts';
import { IssueCollector, parseCents, parseNumber } from '@renderer/ui/form/parse-number.ts';

export const RATE_KEYS = ['cpm', 'cpc', 'cpd', 'flat'] as const satisfies readonly (keyof RateCard)[];
export type RateKey = (typeof RATE_KEYS)[number];

/** The rates that make sense for a capacity kind: impressions are not counted on slot placements. */
export function ratesFor(kind: Capacity['kind']): readonly RateKey[] {
  return kind === 'slots' ? ['cpd', 'flat'] : RATE_KEYS;
}

export interface OverrideRow {
  day: string;
  forecast: string;
}

export interface PlacementDraft {
  siteId: string;
  sectionId: string;
  name: string;
  formats: Format[];
  capacityKind: Capacity['kind'];
  slotsPerDay: string;
  dailyForecast: string;
  /** Seven percents, Monday first. */
  weekdayProfile: string[];
  overrides: OverrideRow[];
  rates: Record<RateKey, string>;
  expectedCtrPct: string;
}

export const DEFAULT_PROFILE = [100, 100, 100, 100, 100, 100, 100];

export function emptyPlacementDraft(locale: Locale, siteId = '', sectionId = ''): PlacementDraft {
  return {
    siteId,
    sectionId,
    name: '',
    formats: [],
    capacityKind: 'slots',
    slotsPerDay: '1',
    dailyForecast: '',
    weekdayProfile: DEFAULT_PROFILE.map(String),
    overrides: [],
    rates: { cpm: '', cpc: '', cpd: '', flat: '' },
    expectedCtrPct: numberToText(0.1, locale),
  };
}

export function placementToDraft(placement: Placement, locale: Locale): PlacementDraft {
  const draft = emptyPlacementDraft(locale, placement.siteId, placement.sectionId);
  draft.name = placement.name;
  draft.formats = [...placement.formats];
  draft.capacityKind = placement.capacity.kind;
  if (placement.capacity.kind === 'slots') {
    draft.slotsPerDay = String(placement.capacity.slotsPerDay);
  } else {
    draft.dailyForecast = String(placement.capacity.dailyForecast);
    draft.weekdayProfile = placement.capacity.weekdayProfile.map(String);
    draft.overrides = Object.entries(placement.capacity.overrides)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([day, forecast]) => ({ day, forecast: String(forecast) }));
  }
  for (const key of RATE_KEYS) draft.rates[key] = centsToText(placement.rateCard[key], locale);
  draft.expectedCtrPct = numberToText(placement.expectedCtrPct, locale);
  return draft;
}

function capacityFromDraft(draft: PlacementDraft, collect: IssueCollector): Capacity {
  if (draft.capacityKind === 'slots') {
    return {
      kind: 'slots',
      slotsPerDay: collect.take(parseNumber(draft.slotsPerDay, 'capacity.slotsPerDay')),
    };
  }
  const weekdayProfile = draft.weekdayProfile.map((text, i) => {
    const path = `capacity.weekdayProfile.${i}`;
    const value = collect.take(parseNumber(text, path));
    if (Number.isNaN(value)) return value;
    if (!Number.isInteger(value)) collect.add({ path, code: 'not_whole' });
    else if (value < 0) collect.add({ path, code: 'negative' });
    else if (value > 1000) collect.add({ path, code: 'invalid', params: { max: 1000 } });
    return value;
  });
  const overrides: Record<string, number> = {};
  const seen = new Set<string>();
  draft.overrides.forEach((row, i) => {
    if (row.day.trim() === '' && row.forecast.trim() === '') return;
    const dayPath = `overrideRows.${i}.day`;
    const forecastPath = `overrideRows.${i}.forecast`;
    const forecast = collect.take(parseNumber(row.forecast, forecastPath));
    if (!Number.isNaN(forecast)) {
      if (!Number.isInteger(forecast)) collect.add({ path: forecastPath, code: 'not_whole' });
      else if (forecast < 0) collect.add({ path: forecastPath, code: 'negative' });
    }
    const day = row.day.trim();
    if (day === '') collect.add({ path: dayPath, code: 'required' });
    else if (seen.has(day)) collect.add({ path: dayPath, code: 'invalid', params: { reason: 'duplicate' } });
    else if (!Number.isNaN(forecast)) overrides[day] = forecast;
    seen.add(day);
  });
  return {
    kind: 'impressions',
    dailyForecast: collect.take(parseNumber(draft.dailyForecast, 'capacity.dailyForecast')),
    weekdayProfile,
    overrides,
  };
}

/**
 * The placement the draft describes, and the issues of text that is not a number. When there are
 * issues the value holds NaN where a number could not be read and must not be written.
 */
export function draftToPlacement(draft: PlacementDraft): {
  value: EntityInput<'placements'>;
  issues: ValidationIssue[];
} {
  const collect = new IssueCollector();
  const capacity = capacityFromDraft(draft, collect);
  const rateCard: RateCard = {};
  for (const key of ratesFor(draft.capacityKind)) {
    const text = draft.rates[key];
    if (text.trim() !== '') rateCard[key] = collect.take(parseCents(text, `rateCard.${key}`));
  }
  const value: EntityInput<'placements'> = {
    siteId: draft.siteId,
    sectionId: draft.sectionId,
    name: draft.name.trim(),
    formats: [...draft.formats],
    capacity,
    rateCard,
    expectedCtrPct: collect.take(parseNumber(draft.expectedCtrPct, 'expectedCtrPct')),
  };
  return { value, issues: collect.issues };
}

/**
 * Moves issues about an override day (`capacity.overrides.<day>`, as reported by the schema and
 * the rules) onto the draft row holding that day.
 */
export function issuesOnDraft(issues: ValidationIssue[], draft: PlacementDraft): ValidationIssue[] {
  const prefix = 'capacity.overrides.';
  return issues.map((issue) => {
    if (!issue.path.startsWith(prefix)) return issue;
    const day = issue.path.slice(prefix.length);
    const index = draft.overrides.findIndex((row) => row.day.trim() === day);
    if (index < 0) return { ...issue, path: 'capacity.overrides' };
    const field = issue.code === 'invalid_date' || issue.code === 'invalid' ? 'day' : 'forecast';
    return { ...issue, path: `overrideRows.${index}.${field}` };
  });
}
