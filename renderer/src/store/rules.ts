/**
 * The store's side of validation: loads the records an entity refers to and runs the shared
 * cross-entity rules on them, and knows which records refer to which (referential integrity).
 * Call these inside the command's transaction so what is checked is what gets written.
 */
import type { AnyEntity, EntityName, EntityTypes } from '@shared/domain/model.ts';
import type { ValidationIssue } from '@shared/domain/issues.ts';
import { DEPENDENTS } from '@shared/domain/references.ts';
import { bookingRules, campaignRules, placementRules, sectionRules } from '@shared/domain/validation.ts';
import type { SlotboardDb } from './db.ts';

/** Cross-entity rule issues of a well-formed record, given the records currently in the store. */
export async function ruleIssues<E extends EntityName>(
  db: SlotboardDb,
  entity: E,
  record: EntityTypes[E],
): Promise<ValidationIssue[]> {
  const value: AnyEntity = record;
  switch (entity) {
    case 'bookings': {
      const booking = value as EntityTypes['bookings'];
      const [placement, campaign] = await Promise.all([
        db.placements.get(booking.placementId),
        db.campaigns.get(booking.campaignId),
      ]);
      return bookingRules(booking, placement, campaign);
    }
    case 'placements': {
      const placement = value as EntityTypes['placements'];
      return placementRules(placement, await db.sections.get(placement.sectionId));
    }
    case 'sections': {
      const section = value as EntityTypes['sections'];
      return sectionRules(section, await db.sites.get(section.siteId));
    }
    case 'campaigns': {
      const campaign = value as EntityTypes['campaigns'];
      const [advertiser, agency] = await Promise.all([
        db.advertisers.get(campaign.advertiserId),
        campaign.agencyId === null ? Promise.resolve(null) : db.agencies.get(campaign.agencyId),
      ]);
      return campaignRules(campaign, advertiser, agency);
    }
    default:
      return [];
  }
}

/**
 * One `in_use` issue per kind of record still referring to `id` (params: `count`, `entity`);
 * empty when the record can go.
 */
export async function inUseIssues(
  db: SlotboardDb,
  entity: EntityName,
  id: string,
): Promise<ValidationIssue[]> {
  const issues: ValidationIssue[] = [];
  for (const dependent of DEPENDENTS[entity]) {
    const count = await db.table(dependent.entity).where(dependent.field).equals(id).count();
    if (count > 0) issues.push({ path: '', code: 'in_use', params: { count, entity: dependent.entity } });
  }
  return issues;
}

/** The issue for a command aimed at a record that is no longer in the store (deleted meanwhile). */
export function notFoundIssue(entity: EntityName, id: string): ValidationIssue {
  return { path: 'id', code: 'not_found', params: { entity, id } };
}
