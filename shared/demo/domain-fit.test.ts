/**
 * The demo must be data the app itself accepts: every record passes the domain's own rules (the
 * ones the store enforces on every write) and no placement is oversold on any day.
 */
import { describe, expect, it } from 'vitest';
import { occupancyRange } from '../domain/occupancy.ts';
import { bookingRules, campaignRules, placementRules, sectionRules } from '../domain/validation.ts';
import { demoPeriod, generateDemoData } from './generate.ts';

const today = '2026-11-22';
const data = generateDemoData({ today });
const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));

describe('demo data against the domain rules', () => {
  it('passes every cross-entity rule', () => {
    const sites = byId(data.sites);
    const sections = byId(data.sections);
    const placements = byId(data.placements);
    const advertisers = byId(data.advertisers);
    const agencies = byId(data.agencies);
    const campaigns = byId(data.campaigns);
    const issues = [
      ...data.sections.flatMap((s) => sectionRules(s, sites.get(s.siteId))),
      ...data.placements.flatMap((p) => placementRules(p, sections.get(p.sectionId))),
      ...data.campaigns.flatMap((c) =>
        campaignRules(c, advertisers.get(c.advertiserId), c.agencyId ? agencies.get(c.agencyId) : null),
      ),
      ...data.bookings.flatMap((b) =>
        bookingRules(b, placements.get(b.placementId), campaigns.get(b.campaignId)),
      ),
    ];
    expect(issues).toEqual([]);
  });

  it('oversells no placement on any day, but leaves some days at risk', () => {
    const { first, last } = demoPeriod(today);
    let overbookedDays = 0;
    let atRiskDays = 0;
    for (const placement of data.placements) {
      const range = occupancyRange(placement, data.bookings, first, last, today);
      for (let i = 0; i < range.length; i++) {
        const capacity = range.capacity[i] ?? 0;
        const confirmed = range.confirmed[i] ?? 0;
        if (confirmed > capacity) overbookedDays++;
        else if (confirmed + (range.held[i] ?? 0) > capacity) atRiskDays++;
      }
    }
    expect(overbookedDays).toBe(0);
    expect(atRiskDays).toBeGreaterThan(0);
  });
});
