import { describe, expect, it } from 'vitest';
import type { Campaign, Section, Site } from '@shared/domain/model.ts';
import { EMPTY_FILTER } from './rows.ts';
import {
  CAMPAIGN_LIST_LIMIT,
  campaignOptions,
  chosenList,
  draftFromQuery,
  EMPTY_FREE_CAPACITY_DRAFT,
  filterPatch,
  keepChildrenOf,
  parseFreeCapacity,
  parseImpressions,
  sectionOptions,
  selectedValue,
  type FreeCapacityDraft,
} from './toolbar-filter.ts';

const meta = { version: 0, updatedAt: '' };
const site = (id: string, name: string): Site => ({ ...meta, id, name }) as Site;
const section = (id: string, siteId: string, name: string): Section => ({ ...meta, id, siteId, name });
const campaign = (id: string, advertiserId: string, name: string): Campaign =>
  ({ ...meta, id, advertiserId, name }) as Campaign;

const march: FreeCapacityDraft = { from: '2026-03-01', to: '2026-03-31', impressions: '', format: '' };

describe('parseImpressions', () => {
  it('reads French and English thousands', () => {
    expect(parseImpressions('500 000', 'fr')).toBe(500_000);
    expect(parseImpressions('500\u202f000', 'fr')).toBe(500_000);
    expect(parseImpressions('1.500', 'fr')).toBe(1_500);
    expect(parseImpressions('500,000', 'en')).toBe(500_000);
    expect(parseImpressions('500 000', 'en')).toBe(500_000);
    expect(parseImpressions('250000', 'en')).toBe(250_000);
  });

  it('is null when left empty', () => {
    expect(parseImpressions('', 'fr')).toBeNull();
    expect(parseImpressions('   ', 'en')).toBeNull();
  });

  it('refuses anything but a whole number above zero', () => {
    for (const text of ['12,5', '0', '-100', 'abc', '1e6', '1,5', '1.00']) {
      expect(parseImpressions(text, 'fr'), text).toBeNaN();
    }
    for (const text of ['12.5', '0', '1,00', '12,5']) {
      expect(parseImpressions(text, 'en'), text).toBeNaN();
    }
  });
});

describe('parseFreeCapacity', () => {
  it('builds the query: "500 000 impressions of 300×250 in March"', () => {
    const draft: FreeCapacityDraft = { ...march, impressions: '500 000', format: 'rectangle_300x250' };
    expect(parseFreeCapacity(draft, 'fr')).toEqual({
      ok: true,
      query: { from: '2026-03-01', to: '2026-03-31', impressions: 500_000, format: 'rectangle_300x250' },
    });
  });

  it('leaves impressions and format out when empty', () => {
    expect(parseFreeCapacity(march, 'en')).toEqual({
      ok: true,
      query: { from: '2026-03-01', to: '2026-03-31', impressions: null, format: null },
    });
  });

  it('accepts a single day', () => {
    expect(parseFreeCapacity({ ...march, to: march.from }, 'en').ok).toBe(true);
  });

  it('asks for the missing dates first', () => {
    expect(parseFreeCapacity({ ...EMPTY_FREE_CAPACITY_DRAFT, impressions: 'x' }, 'en')).toEqual({
      ok: false,
      error: 'dates_required',
      fields: ['from', 'to'],
    });
    expect(parseFreeCapacity({ ...march, to: '' }, 'en')).toMatchObject({ fields: ['to'] });
  });

  it('refuses malformed days, an end before the start and bad impressions', () => {
    expect(parseFreeCapacity({ ...march, from: '2026-02-30' }, 'en')).toMatchObject({
      error: 'invalid_date',
      fields: ['from'],
    });
    expect(parseFreeCapacity({ ...march, to: '2026-02-28' }, 'en')).toMatchObject({
      error: 'end_before_start',
      fields: ['to'],
    });
    expect(parseFreeCapacity({ ...march, impressions: '12,5' }, 'fr')).toMatchObject({
      error: 'impressions_invalid',
      fields: ['impressions'],
    });
  });
});

describe('draftFromQuery', () => {
  const format = (n: number) => n.toLocaleString('fr-FR');

  it('shows a query in the form, and an empty form for none', () => {
    const query = { from: '2026-03-01', to: '2026-03-31', impressions: 500_000, format: 'video' as const };
    expect(draftFromQuery(query, format)).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      impressions: format(500_000),
      format: 'video',
    });
    expect(draftFromQuery({ ...query, impressions: null, format: null }, format)).toMatchObject({
      impressions: '',
      format: '',
    });
    expect(draftFromQuery(null, format)).toEqual(EMPTY_FREE_CAPACITY_DRAFT);
  });

  it('reads back as the same query', () => {
    const query = { from: '2026-03-01', to: '2026-03-31', impressions: 1_234_567, format: null };
    expect(parseFreeCapacity(draftFromQuery(query, format), 'fr')).toEqual({ ok: true, query });
  });
});

describe('select values', () => {
  it('shows the first value of the filter list, or all', () => {
    expect(selectedValue(EMPTY_FILTER, 'site')).toBe('');
    expect(selectedValue({ ...EMPTY_FILTER, statuses: ['option', 'confirmed'] }, 'status')).toBe('option');
    expect(selectedValue({ ...EMPTY_FILTER, formats: ['video'] }, 'format')).toBe('video');
  });

  it('turns a value into a one-element list, [] for all or an unknown value', () => {
    expect(chosenList('')).toEqual([]);
    expect(chosenList('s1')).toEqual(['s1']);
    expect(chosenList('video', ['video', 'native'])).toEqual(['video']);
    expect(chosenList('radio', ['video', 'native'])).toEqual([]);
  });
});

describe('narrowed choices', () => {
  const sites = [site('s2', 'Zoo Mag'), site('s1', 'Actu')];
  const sections = [
    section('x2', 's1', 'Sport'),
    section('x1', 's1', 'Économie'),
    section('x3', 's2', 'Home'),
  ];

  it('groups sections under their site, by name', () => {
    expect(sectionOptions(sites, sections, [], 'fr')).toEqual([
      {
        label: 'Actu',
        options: [
          { value: 'x1', label: 'Économie' },
          { value: 'x2', label: 'Sport' },
        ],
      },
      { label: 'Zoo Mag', options: [{ value: 'x3', label: 'Home' }] },
    ]);
  });

  it('keeps only the chosen sites’ sections, and drops sites without any', () => {
    expect(sectionOptions(sites, sections, ['s2'], 'fr').map((g) => g.label)).toEqual(['Zoo Mag']);
    expect(sectionOptions([...sites, site('s3', 'Vide')], sections, [], 'fr')).toHaveLength(2);
  });

  it('keeps only the chosen advertisers’ campaigns', () => {
    const campaigns = [campaign('c1', 'a1', 'Printemps'), campaign('c2', 'a2', 'Automne')];
    const of = (advertiserIds: string[], campaignIds: string[] = []) =>
      campaignOptions(campaigns, { advertiserIds, campaignIds }, 'fr');
    expect(of(['a1'])).toEqual({ options: [{ value: 'c1', label: 'Printemps' }], needsAdvertiser: false });
    expect(of([]).options.map((o) => o.label)).toEqual(['Automne', 'Printemps']);
  });

  it('asks for an advertiser before listing thousands of campaigns, keeping the chosen ones', () => {
    const many = Array.from({ length: CAMPAIGN_LIST_LIMIT + 1 }, (_, i) =>
      campaign(`c${i}`, `a${i % 7}`, `C ${i}`),
    );
    expect(campaignOptions(many, { advertiserIds: [], campaignIds: [] }, 'en')).toEqual({
      options: [],
      needsAdvertiser: true,
    });
    expect(campaignOptions(many, { advertiserIds: [], campaignIds: ['c5'] }, 'en').options).toEqual([
      { value: 'c5', label: 'C 5' },
    ]);
    expect(campaignOptions(many, { advertiserIds: ['a3'], campaignIds: [] }, 'en').options).toHaveLength(43);
  });

  it('drops chosen sections of sites no longer chosen', () => {
    const siteOf = (s: Section) => s.siteId;
    expect(keepChildrenOf(['x1', 'x3'], sections, siteOf, ['s1'])).toEqual(['x1']);
    expect(keepChildrenOf(['x1', 'x3'], sections, siteOf, [])).toEqual(['x1', 'x3']);
    expect(keepChildrenOf(['gone'], sections, siteOf, ['s1'])).toEqual([]);
  });

  it('prunes a chosen section or campaign when its site or advertiser changes', () => {
    const campaigns = [campaign('c1', 'a1', 'Printemps'), campaign('c2', 'a2', 'Automne')];
    const records = { sections, campaigns };
    const filter = { ...EMPTY_FILTER, sectionIds: ['x3'], campaignIds: ['c1'] };
    expect(filterPatch('site', 's1', filter, records)).toEqual({ siteIds: ['s1'], sectionIds: [] });
    expect(filterPatch('site', 's2', filter, records)).toEqual({ siteIds: ['s2'], sectionIds: ['x3'] });
    expect(filterPatch('advertiser', 'a2', filter, records)).toEqual({
      advertiserIds: ['a2'],
      campaignIds: [],
    });
    expect(filterPatch('advertiser', '', filter, records)).toEqual({
      advertiserIds: [],
      campaignIds: ['c1'],
    });
    expect(filterPatch('status', 'expired', filter, records)).toEqual({ statuses: ['expired'] });
    expect(filterPatch('format', 'nope', filter, records)).toEqual({ formats: [] });
  });
});
