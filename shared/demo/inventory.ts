/** Inventory: sites, their sections and placements, and every placement's capacity per day. */
import type { IsoDay, Placement, RateCard } from '../domain/model.ts';
import { fromDayNumber as isoDay, weekdayOfDayNumber as weekdayIndex } from '../domain/days.ts';
import { frenchPublicHolidaysBetween } from '../domain/holidays.ts';
import {
  type DemoContext,
  type PlacementInfo,
  type SectionInfo,
  type SiteInfo,
  stamp,
  stream,
} from './context.ts';
import { CITIES } from './cities.ts';
import {
  FEATURED_SITES,
  LIFESTYLE_THEMES,
  PLACEMENT_TEMPLATES,
  SITE_KINDS,
  SITE_NAME_PATTERNS,
  SPORTS,
  TECH_WORDS,
  type PlacementTemplate,
  type SiteKind,
} from './inventory-names.ts';
import type { Random } from './random.ts';
import { clamp, cumulativeOf, distribute, slug, uniqueName, weightedSample } from './sampling.ts';

/** Salt of the holiday overrides' stream (2 to 6 are the generator's steps). */
const HOLIDAY_STREAM = 7;

/** Home-page banner impressions a day of a site of audience 1. */
const HOME_IMPRESSIONS = 800_000;

export function makeInventory(ctx: DemoContext, rng: Random): void {
  const nSites = Math.max(1, Math.ceil(ctx.spec.placements / 25));
  const usedNames = new Set<string>();
  const kinds = Object.entries(SITE_KINDS).map(([kind, spec]) => [kind as SiteKind, spec.weight] as const);

  const siteSpecs: { name: string; kind: SiteKind; audience: number }[] = [];
  for (let i = 0; i < nSites; i++) {
    const featured = FEATURED_SITES[i];
    if (featured) {
      usedNames.add(featured.name);
      siteSpecs.push({ ...featured });
      continue;
    }
    const kind = rng.weighted(kinds);
    const name = uniqueName(usedNames, () =>
      rng
        .pick(SITE_NAME_PATTERNS[kind])
        .replace('{c}', rng.pick(CITIES)[1])
        .replace('{s}', rng.pick(SPORTS))
        .replace('{x}', rng.pick(TECH_WORDS))
        .replace('{a}', rng.pick(LIFESTYLE_THEMES.slice(0, 6)))
        .replace('{b}', rng.pick(LIFESTYLE_THEMES.slice(6))),
    );
    siteSpecs.push({ name, kind, audience: Math.round(rng.float(0.05, 0.45) * 100) / 100 });
  }

  for (const spec of siteSpecs) {
    const profile = SITE_KINDS[spec.kind].weekdayProfile.map((v) => clamp(v + rng.int(-3, 3), 0, 1000));
    ctx.sites.push({
      site: {
        id: ctx.nextId(),
        version: 0,
        updatedAt: stamp(ctx, rng, 120),
        name: spec.name,
        url: `https://www.${slug(spec.name)}.fr/`,
      },
      kind: spec.kind,
      audience: spec.audience,
      profile,
      placementIndices: [],
      cumulativeDemand: new Float64Array(0),
    });
  }

  // Sections: every site gets its home page, the others go to the bigger audiences first.
  const sectionCaps = ctx.sites.map((s) => SITE_KINDS[s.kind].sections.length);
  const totalCap = sectionCaps.reduce((a, b) => a + b, 0);
  const nSections = clamp(
    Math.round(ctx.spec.placements / 3.2),
    nSites,
    Math.min(totalCap, ctx.spec.placements),
  );
  const sectionCounts = distribute(
    rng,
    nSections,
    ctx.sites.map((s) => 0.3 + s.audience),
    sectionCaps,
    1,
  );
  ctx.sites.forEach((info, siteIndex) => {
    const all = SITE_KINDS[info.kind].sections;
    const count = sectionCounts[siteIndex] ?? 1;
    const featured = siteIndex < FEATURED_SITES.length;
    const rest = all.slice(1);
    const chosen = featured
      ? rest.slice(0, count - 1)
      : rng.sample(rest, count - 1).sort((a, b) => rest.indexOf(a) - rest.indexOf(b));
    ['Accueil', ...chosen].forEach((name, rank) => {
      ctx.sections.push({
        section: {
          id: ctx.nextId(),
          version: 0,
          updatedAt: stamp(ctx, rng, 120),
          siteId: info.site.id,
          name,
        },
        siteIndex,
        home: rank === 0,
        traffic: rank === 0 ? 1 : 0.5 * 0.85 ** (rank - 1) * rng.float(0.8, 1.2),
      });
    });
  });

  // Placements: at least one per section, more on home pages and big sites.
  const placementCounts = distribute(
    rng,
    ctx.spec.placements,
    ctx.sections.map((s) => (s.home ? 3 : 1) * (0.3 + (ctx.sites[s.siteIndex]?.audience ?? 0))),
    ctx.sections.map(() => PLACEMENT_TEMPLATES.length),
    1,
  );
  const holidays = frenchPublicHolidaysBetween(ctx.first, ctx.last);
  // The holidays in the period change with today: drawn from their own stream, they leave the
  // inventory itself (names, formats, rates) the same whatever day the demo is loaded.
  const holidayRng = stream(ctx, HOLIDAY_STREAM);
  ctx.sections.forEach((sectionInfo, sectionIndex) => {
    const siteInfo = ctx.sites[sectionInfo.siteIndex] as SiteInfo;
    const count = placementCounts[sectionIndex] ?? 1;
    // Listed in rate-card order (skin first), whatever order they were drawn in.
    const templates = weightedSample(
      rng,
      PLACEMENT_TEMPLATES,
      (t) => (sectionInfo.home ? t.homeWeight : t.sectionWeight),
      count,
    ).sort((a, b) => PLACEMENT_TEMPLATES.indexOf(a) - PLACEMENT_TEMPLATES.indexOf(b));
    for (const template of templates) {
      const index = ctx.placements.length;
      siteInfo.placementIndices.push(index);
      ctx.placements.push(
        makePlacement(ctx, rng, template, siteInfo, sectionInfo, { days: holidays, rng: holidayRng }),
      );
    }
  });

  for (const siteInfo of ctx.sites) {
    siteInfo.cumulativeDemand = cumulativeOf(
      siteInfo.placementIndices.map((i) => ctx.placements[i]?.demand ?? 0),
    );
  }
  fillCapacity(ctx);
}

function makePlacement(
  ctx: DemoContext,
  rng: Random,
  template: PlacementTemplate,
  siteInfo: SiteInfo,
  sectionInfo: SectionInfo,
  holidays: { days: readonly { day: number }[]; rng: Random },
): PlacementInfo {
  const siteIndex = sectionInfo.siteIndex;
  const home = sectionInfo.home;
  // Where in the rate range: home pages sell at the top of the card.
  const position = home ? rng.float(0.55, 1) : rng.float(0, 0.65);
  const inRange = (range: readonly [number, number]) => range[0] + (range[1] - range[0]) * position;
  const rateCard: RateCard = {};
  let capacity: Placement['capacity'];
  let expectedCtrPct: number;

  if (template.slots && template.cpd) {
    capacity = { kind: 'slots', slotsPerDay: rng.int(template.slots[0], template.slots[1]) };
    const cpdEuros = Math.round(inRange(template.cpd) / 100) * 100;
    rateCard.cpd = cpdEuros * 100;
    rateCard.flat = Math.round((cpdEuros * (template.flatDays ?? 5) * 0.85) / 100) * 100 * 100;
    expectedCtrPct = rng.int(8, 30) / 100;
  } else {
    const base = Math.max(
      2_000,
      Math.round(
        (HOME_IMPRESSIONS *
          siteInfo.audience *
          sectionInfo.traffic *
          (template.volumeFactor ?? 0.5) *
          rng.float(0.85, 1.15)) /
          1_000,
      ) * 1_000,
    );
    const holidayFactor = SITE_KINDS[siteInfo.kind].holidayFactor;
    const overrides: Record<IsoDay, number> = {};
    for (const holiday of holidays.days) {
      const factor = holidayFactor * holidays.rng.float(0.95, 1.05);
      overrides[isoDay(holiday.day)] = Math.round((base * factor) / 100) * 100;
    }
    capacity = {
      kind: 'impressions',
      dailyForecast: base,
      weekdayProfile: siteInfo.profile.map((v) => clamp(v + rng.int(-2, 2), 0, 1000)),
      overrides,
    };
    if (template.cpm) rateCard.cpm = Math.round(inRange(template.cpm) * 2) * 50;
    if (template.cpc && rng.chance(template.cpcChance ?? 0))
      rateCard.cpc = Math.round(inRange(template.cpc) * 20) * 5;
    expectedCtrPct = template.formats.includes('native') ? rng.int(20, 80) / 100 : rng.int(5, 35) / 100;
  }

  return {
    placement: {
      id: ctx.nextId(),
      version: 0,
      updatedAt: stamp(ctx, rng, 120),
      siteId: siteInfo.site.id,
      sectionId: sectionInfo.section.id,
      name: `${sectionInfo.section.name} – ${template.label}`,
      formats: [...template.formats],
      capacity,
      rateCard,
      expectedCtrPct,
    },
    template,
    siteIndex,
    slots: capacity.kind === 'slots',
    demand: template.demand * (home ? 4 : 1) * (0.5 + siteInfo.audience) * rng.float(0.7, 1.3),
  };
}

/** The capacity of every placement on every day of the period, in one typed array. */
function fillCapacity(ctx: DemoContext): void {
  const days = ctx.days;
  const size = ctx.placements.length * days;
  ctx.capacity = new Float64Array(size);
  ctx.confirmed = new Float64Array(size);
  ctx.held = new Float64Array(size);
  ctx.placements.forEach(({ placement }, p) => {
    const row = p * days;
    const capacity = placement.capacity;
    if (capacity.kind === 'slots') {
      ctx.capacity.fill(capacity.slotsPerDay, row, row + days);
      return;
    }
    for (let d = 0; d < days; d++) {
      const day = ctx.first + d;
      const override = capacity.overrides[ctx.periodDays[d] as IsoDay];
      ctx.capacity[row + d] =
        override ??
        Math.round((capacity.dailyForecast * (capacity.weekdayProfile[weekdayIndex(day)] ?? 100)) / 100);
    }
  });
}
