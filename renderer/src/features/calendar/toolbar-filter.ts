/**
 * The calendar toolbar's pure parts: reading the free-capacity form, the section and campaign
 * choices narrowed by the site and advertiser chosen, and the one-value selects over the filter's lists.
 */
import { isValidDay } from '@shared/domain/days.ts';
import {
  BOOKING_STATUSES,
  FORMATS,
  type Campaign,
  type Format,
  type Locale,
  type Section,
  type Site,
} from '@shared/domain/model.ts';
import type { SelectOption, SelectOptionGroup } from '@renderer/ui/Field.tsx';
import { parseNumber } from '@renderer/ui/form/parse-number.ts';
import type { CalendarFilter, FreeCapacityQuery } from './rows.ts';

/** The free-capacity form as typed: dates from date inputs ('' when empty), impressions as text. */
export interface FreeCapacityDraft {
  from: string;
  to: string;
  impressions: string;
  format: Format | '';
}

export const EMPTY_FREE_CAPACITY_DRAFT: FreeCapacityDraft = { from: '', to: '', impressions: '', format: '' };

export type FreeCapacityField = 'from' | 'to' | 'impressions';
export type FreeCapacityError =
  'dates_required' | 'invalid_date' | 'end_before_start' | 'impressions_invalid';

export type FreeCapacityFailure = { ok: false; error: FreeCapacityError; fields: FreeCapacityField[] };
export type FreeCapacityParse = { ok: true; query: FreeCapacityQuery } | FreeCapacityFailure;

/**
 * Thousands written with the locale's grouping mark. parseDecimal reads a comma as the decimal mark
 * whatever the language, so an English "500,000" would otherwise become 500 impressions; and an
 * impressions count is whole, so a French "1.500" can only mean fifteen hundred.
 */
const GROUPING_MARK: Record<Locale, string> = { en: ',', fr: '.' };
const GROUPED_THOUSANDS: Record<Locale, RegExp> = {
  en: /^\d{1,3}(,\d{3})+$/,
  fr: /^\d{1,3}(\.\d{3})+$/,
};

/** A typed impressions goal: null when left empty, NaN when not a whole number above zero. */
export function parseImpressions(text: string, locale: Locale): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  if (GROUPED_THOUSANDS[locale].test(compact)) return Number(compact.replace(/[.,]/g, ''));
  // A grouping mark out of place ("1,00" in English) is a typo, not a decimal mark.
  if (compact.includes(GROUPING_MARK[locale])) return Number.NaN;
  const parsed = parseNumber(text, 'impressions');
  if (!parsed.ok) return Number.NaN;
  return Number.isSafeInteger(parsed.value) && parsed.value > 0 ? parsed.value : Number.NaN;
}

/** The query the form asks for, or the first thing wrong with it (dates first: they are required). */
export function parseFreeCapacity(draft: FreeCapacityDraft, locale: Locale): FreeCapacityParse {
  const missing = (['from', 'to'] as const).filter((field) => draft[field].trim() === '');
  if (missing.length > 0) return { ok: false, error: 'dates_required', fields: missing };
  const malformed = (['from', 'to'] as const).filter((field) => !isValidDay(draft[field]));
  if (malformed.length > 0) return { ok: false, error: 'invalid_date', fields: malformed };
  // ISO days compare as text.
  if (draft.to < draft.from) return { ok: false, error: 'end_before_start', fields: ['to'] };
  const impressions = parseImpressions(draft.impressions, locale);
  if (Number.isNaN(impressions)) return { ok: false, error: 'impressions_invalid', fields: ['impressions'] };
  return {
    ok: true,
    query: { from: draft.from, to: draft.to, impressions, format: draft.format === '' ? null : draft.format },
  };
}

/** What the form shows for a query already in the filter (or an empty form for none). */
export function draftFromQuery(
  query: FreeCapacityQuery | null,
  formatNumber: (value: number) => string,
): FreeCapacityDraft {
  if (query === null) return EMPTY_FREE_CAPACITY_DRAFT;
  return {
    from: query.from,
    to: query.to,
    impressions: query.impressions !== null && query.impressions > 0 ? formatNumber(query.impressions) : '',
    format: query.format ?? '',
  };
}

/** The toolbar's filter selects, in their order on screen. */
export const FILTER_SELECTS = ['site', 'section', 'format', 'advertiser', 'campaign', 'status'] as const;
export type FilterSelect = (typeof FILTER_SELECTS)[number];

const LIST_OF = {
  site: 'siteIds',
  section: 'sectionIds',
  format: 'formats',
  advertiser: 'advertiserIds',
  campaign: 'campaignIds',
  status: 'statuses',
} as const satisfies Record<FilterSelect, keyof CalendarFilter>;

/** The selects choose one value: the first of the filter's list, '' for all. */
export function selectedValue(filter: CalendarFilter, select: FilterSelect): string {
  return filter[LIST_OF[select]][0] ?? '';
}

/** A select's value as the filter's list: [] for all ('') and for anything not among `allowed`. */
export function chosenList<T extends string>(value: string, allowed?: readonly T[]): T[] {
  if (value === '') return [];
  if (allowed && !(allowed as readonly string[]).includes(value)) return [];
  return [value as T];
}

type Named = { id: string; name: string };

export function byName(locale: Locale): (a: Named, b: Named) => number {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return (a, b) => collator.compare(a.name, b.name);
}

export function nameOptions(records: readonly Named[], locale: Locale): SelectOption[] {
  return [...records].sort(byName(locale)).map((r) => ({ value: r.id, label: r.name }));
}

/** Sections under their site (an optgroup each), only the chosen sites' when some are chosen. */
export function sectionOptions(
  sites: readonly Site[],
  sections: readonly Section[],
  siteIds: readonly string[],
  locale: Locale,
): SelectOptionGroup[] {
  const chosen = siteIds.length > 0 ? sites.filter((site) => siteIds.includes(site.id)) : sites;
  return [...chosen]
    .sort(byName(locale))
    .map((site) => ({
      label: site.name,
      options: nameOptions(
        sections.filter((section) => section.siteId === site.id),
        locale,
      ),
    }))
    .filter((group) => group.options.length > 0);
}

/**
 * Beyond this many campaigns the select asks for an advertiser first: a sales house has thousands,
 * and a select of thousands is both slow to lay out and useless to scroll.
 */
export const CAMPAIGN_LIST_LIMIT = 300;

/**
 * Campaigns of the chosen advertisers when some are chosen; all of them when there are few enough,
 * otherwise none but those already chosen (`needsAdvertiser` then says why the list is short).
 */
export function campaignOptions(
  campaigns: readonly Campaign[],
  filter: Pick<CalendarFilter, 'advertiserIds' | 'campaignIds'>,
  locale: Locale,
): { options: SelectOption[]; needsAdvertiser: boolean } {
  const { advertiserIds, campaignIds } = filter;
  if (advertiserIds.length > 0) {
    const ofAdvertisers = campaigns.filter((c) => advertiserIds.includes(c.advertiserId));
    return { options: nameOptions(ofAdvertisers, locale), needsAdvertiser: false };
  }
  if (campaigns.length <= CAMPAIGN_LIST_LIMIT)
    return { options: nameOptions(campaigns, locale), needsAdvertiser: false };
  const chosen = campaigns.filter((c) => campaignIds.includes(c.id));
  return { options: nameOptions(chosen, locale), needsAdvertiser: true };
}

/**
 * The ids still valid once the parent choice changes: a section of another site (or a campaign of
 * another advertiser) left in the filter would hide every row while the select cannot show it.
 */
export function keepChildrenOf<T extends Named>(
  childIds: readonly string[],
  children: readonly T[],
  parentOf: (child: T) => string,
  parentIds: readonly string[],
): string[] {
  if (parentIds.length === 0) return [...childIds];
  const byId = new Map(children.map((child) => [child.id, child]));
  return childIds.filter((id) => {
    const child = byId.get(id);
    return child !== undefined && parentIds.includes(parentOf(child));
  });
}

/** What choosing `value` in a select changes in the filter (a new site or advertiser prunes its children). */
export function filterPatch(
  select: FilterSelect,
  value: string,
  filter: CalendarFilter,
  records: { sections: readonly Section[]; campaigns: readonly Campaign[] },
): Partial<CalendarFilter> {
  switch (select) {
    case 'site': {
      const siteIds = chosenList(value);
      return {
        siteIds,
        sectionIds: keepChildrenOf(filter.sectionIds, records.sections, (s) => s.siteId, siteIds),
      };
    }
    case 'advertiser': {
      const advertiserIds = chosenList(value);
      const campaignIds = keepChildrenOf(
        filter.campaignIds,
        records.campaigns,
        (c) => c.advertiserId,
        advertiserIds,
      );
      return { advertiserIds, campaignIds };
    }
    case 'format':
      return { formats: chosenList(value, FORMATS) };
    case 'status':
      return { statuses: chosenList(value, BOOKING_STATUSES) };
    case 'section':
      return { sectionIds: chosenList(value) };
    case 'campaign':
      return { campaignIds: chosenList(value) };
  }
}
