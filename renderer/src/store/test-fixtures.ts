/**
 * Test helpers for the store: a fresh database per test and a small valid inventory.
 * Used only by the tests next to this file.
 */
import { ENTITY_NAMES, type EntityName } from '@shared/domain/model.ts';
import type { Command } from './command-types.ts';
import { openDb, type SlotboardDb } from './db.ts';
import { execute } from './commands.ts';
import { newId } from '@shared/ids.ts';

let counter = 0;

/** A database no other test uses (fake-indexeddb keeps databases for the whole run). */
export function freshDb(prefix = 'test'): SlotboardDb {
  counter += 1;
  return openDb(`${prefix}-${counter}-${newId()}`);
}

export const ids = {
  site: 'site-1',
  section: 'section-1',
  placement: 'placement-1',
  impressionsPlacement: 'placement-2',
  advertiser: 'advertiser-1',
  agency: 'agency-1',
  campaign: 'campaign-1',
  booking: 'booking-1',
} as const;

export const siteValue = { id: ids.site, name: 'Le Quotidien', url: 'https://lequotidien.example' };
export const sectionValue = { id: ids.section, siteId: ids.site, name: 'Sport' };
export const placementValue = {
  id: ids.placement,
  siteId: ids.site,
  sectionId: ids.section,
  name: 'Sport – top banner',
  formats: ['leaderboard_728x90', 'rectangle_300x250'] as ('leaderboard_728x90' | 'rectangle_300x250')[],
  capacity: { kind: 'slots' as const, slotsPerDay: 2 },
  rateCard: { cpd: 50_000 },
};
export const impressionsPlacementValue = {
  id: ids.impressionsPlacement,
  siteId: ids.site,
  sectionId: ids.section,
  name: 'Sport – rectangle',
  formats: ['rectangle_300x250'] as 'rectangle_300x250'[],
  capacity: { kind: 'impressions' as const, dailyForecast: 100_000 },
};
export const advertiserValue = { id: ids.advertiser, name: 'Cycles Martin' };
export const agencyValue = { id: ids.agency, name: 'Agence Bleue', defaultCommissionPct: 15 };
export const campaignValue = {
  id: ids.campaign,
  name: 'Printemps 2026',
  advertiserId: ids.advertiser,
  agencyId: ids.agency,
};
export const bookingValue = {
  id: ids.booking,
  campaignId: ids.campaign,
  placementId: ids.placement,
  format: 'leaderboard_728x90' as const,
  startDate: '2026-04-01',
  endDate: '2026-04-14',
  status: 'option' as const,
  optionExpiresOn: '2026-03-20',
  volume: { kind: 'slots' as const, slots: 1 },
  rateModel: 'cpd' as const,
  rateCents: 50_000,
};

/** The commands creating the fixture inventory, parents first. */
export function seedCommands(): Command[] {
  return [
    { type: 'create', entity: 'sites', value: siteValue },
    { type: 'create', entity: 'sections', value: sectionValue },
    { type: 'create', entity: 'placements', value: placementValue },
    { type: 'create', entity: 'placements', value: impressionsPlacementValue },
    { type: 'create', entity: 'advertisers', value: advertiserValue },
    { type: 'create', entity: 'agencies', value: agencyValue },
    { type: 'create', entity: 'campaigns', value: campaignValue },
    { type: 'create', entity: 'bookings', value: bookingValue },
  ];
}

/** Writes the fixture inventory through `execute`, then empties the outbox so tests start clean. */
export async function seed(db: SlotboardDb): Promise<void> {
  const result = await execute(db, { type: 'batch', commands: seedCommands() });
  if (!result.ok) throw new Error(`seed rejected: ${JSON.stringify(result.issues)}`);
  await db.outbox.clear();
}

/** Every entity table's rows, sorted by id, without `updatedAt` (which each write re-stamps). */
export async function snapshot(db: SlotboardDb): Promise<Record<EntityName, unknown[]>> {
  const entries = await Promise.all(
    ENTITY_NAMES.map(async (entity) => {
      const rows = await db.table<Record<string, unknown>>(entity).toArray();
      const stripped = rows
        .map(({ updatedAt: _updatedAt, ...rest }) => rest)
        .sort((a, b) => String(a.id).localeCompare(String(b.id)));
      return [entity, stripped] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<EntityName, unknown[]>;
}
