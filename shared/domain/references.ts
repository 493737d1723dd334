/**
 * Who refers to whom. The planner's store and the ad server both read this table: the store to
 * refuse deleting a record still in use, the server to do the same and to load, in one go, the
 * records a write's rules need.
 */
import type { EntityName } from './model.ts';

export interface Reference {
  /** The entity holding the id. */
  entity: EntityName;
  /** The field holding it. */
  field: string;
}

/** Who refers to whom: the entities, and the field, holding ids of another entity. */
export const DEPENDENTS: { readonly [E in EntityName]: readonly Reference[] } = {
  sites: [
    { entity: 'sections', field: 'siteId' },
    { entity: 'placements', field: 'siteId' },
  ],
  sections: [{ entity: 'placements', field: 'sectionId' }],
  placements: [{ entity: 'bookings', field: 'placementId' }],
  advertisers: [{ entity: 'campaigns', field: 'advertiserId' }],
  agencies: [{ entity: 'campaigns', field: 'agencyId' }],
  campaigns: [{ entity: 'bookings', field: 'campaignId' }],
  bookings: [],
};

/** The fields of `entity` that hold another entity's id, and which entity that is. */
export function referencesOf(entity: EntityName): readonly Reference[] {
  const found: Reference[] = [];
  for (const [target, dependents] of Object.entries(DEPENDENTS) as [EntityName, readonly Reference[]][]) {
    for (const dependent of dependents) {
      if (dependent.entity === entity) found.push({ entity: target, field: dependent.field });
    }
  }
  return found;
}
