/**
 * Translation and locale formatting for the whole renderer: `useI18n()` gives `t` for messages
 * and formatters bound to the user's locale (from Settings).
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ValidationIssue } from '@shared/domain/issues.ts';
import type { IsoDay, Locale } from '@shared/domain/model.ts';
import { catalogs, type MessageKey } from './catalog.ts';
import * as format from './format.ts';

export type { MessageKey } from './catalog.ts';
export type Params = Record<string, string | number>;

function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Plural keys come in pairs `x.one` / `x.other`; `K` is the `x` part. */
type PluralBase<K extends string> = K extends `${infer Base}.other` ? Base : never;
export type PluralKey = PluralBase<MessageKey>;

export function makeTranslator(locale: Locale) {
  const catalog = catalogs[locale];
  const t = (key: MessageKey, params?: Params): string => interpolate(catalog[key], params);
  const tc = (key: PluralKey, count: number, params?: Params): string => {
    const category = format.pluralCategory(count, locale) === 'one' ? 'one' : 'other';
    const withCount = { count: format.formatNumber(count, locale), ...params };
    const fullKey = `${key}.${category}` as MessageKey;
    return interpolate(catalog[fullKey] ?? catalog[`${key}.other` as MessageKey], withCount);
  };
  const issue = (i: ValidationIssue): string => {
    const params: Params = { ...i.params };
    if (typeof params.format === 'string' && `format.${params.format}` in catalog) {
      params.format = catalog[`format.${params.format}` as MessageKey];
    }
    return t(`validation.${i.code}`, params);
  };
  return {
    locale,
    t,
    tc,
    issue,
    money: (cents: number, currency = 'EUR') => format.formatMoney(cents, currency, locale),
    day: (day: IsoDay, style?: format.DayStyle) => format.formatDay(day, locale, style),
    dayRange: (start: IsoDay, end: IsoDay) => format.formatDayRange(start, end, locale),
    month: (day: IsoDay, style?: 'long' | 'short') => format.formatMonth(day, locale, style),
    weekdayInitial: (day: IsoDay) => format.formatWeekdayInitial(day, locale),
    timestamp: (iso: string) => format.formatTimestamp(iso, locale),
    number: (value: number, fractionDigits?: number) => format.formatNumber(value, locale, fractionDigits),
    percent: (pct: number, fractionDigits?: number) => format.formatPercent(pct, locale, fractionDigits),
  };
}
export type I18n = ReturnType<typeof makeTranslator>;

const I18nContext = createContext<I18n>(makeTranslator('fr'));

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => makeTranslator(locale), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
