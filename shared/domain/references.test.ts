import { describe, expect, it } from 'vitest';
import { referencesOf } from './references.ts';

describe('referencesOf', () => {
  it('lists the fields of an entity that hold another entity’s id', () => {
    expect(referencesOf('bookings')).toEqual([
      { entity: 'placements', field: 'placementId' },
      { entity: 'campaigns', field: 'campaignId' },
    ]);
    expect(referencesOf('placements')).toEqual([
      { entity: 'sites', field: 'siteId' },
      { entity: 'sections', field: 'sectionId' },
    ]);
    expect(referencesOf('sites')).toEqual([]);
  });
});
