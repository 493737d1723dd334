/**
 * Everything the campaign and booking screens read, live from the store, with lookups by id.
 * Undefined while any table is still loading, so screens show one loading state, not half a table.
 */
import { useMemo } from 'react';
import type {
  Advertiser,
  Agency,
  Booking,
  Campaign,
  Placement,
  Section,
  Site,
} from '@shared/domain/model.ts';
import { useTable } from '@renderer/store/hooks.ts';

export interface Planning {
  sites: Site[];
  sections: Section[];
  placements: Placement[];
  advertisers: Advertiser[];
  agencies: Agency[];
  campaigns: Campaign[];
  bookings: Booking[];
  siteById: Map<string, Site>;
  sectionById: Map<string, Section>;
  placementById: Map<string, Placement>;
  advertiserById: Map<string, Advertiser>;
  agencyById: Map<string, Agency>;
  campaignById: Map<string, Campaign>;
}

function byId<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

export function usePlanning(): Planning | undefined {
  const sites = useTable('sites');
  const sections = useTable('sections');
  const placements = useTable('placements');
  const advertisers = useTable('advertisers');
  const agencies = useTable('agencies');
  const campaigns = useTable('campaigns');
  const bookings = useTable('bookings');

  return useMemo(() => {
    if (!sites || !sections || !placements || !advertisers || !agencies || !campaigns || !bookings)
      return undefined;
    return {
      sites,
      sections,
      placements,
      advertisers,
      agencies,
      campaigns,
      bookings,
      siteById: byId(sites),
      sectionById: byId(sections),
      placementById: byId(placements),
      advertiserById: byId(advertisers),
      agencyById: byId(agencies),
      campaignById: byId(campaigns),
    };
  }, [sites, sections, placements, advertisers, agencies, campaigns, bookings]);
}
