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
import { useTableSnapshot } from '@renderer/store/hooks.ts';
import type { TableSnapshot } from '@renderer/store/live-table.ts';

export interface Planning {
  sites: Site[];
  sections: Section[];
  placements: Placement[];
  advertisers: Advertiser[];
  agencies: Agency[];
  campaigns: Campaign[];
  bookings: Booking[];
  /** The bookings with the ids changed since a past revision: for readers that update incrementally. */
  bookingsSnapshot: TableSnapshot<Booking>;
  siteById: ReadonlyMap<string, Site>;
  sectionById: ReadonlyMap<string, Section>;
  placementById: ReadonlyMap<string, Placement>;
  advertiserById: ReadonlyMap<string, Advertiser>;
  agencyById: ReadonlyMap<string, Agency>;
  campaignById: ReadonlyMap<string, Campaign>;
  bookingById: ReadonlyMap<string, Booking>;
}

/**
 * Each table is followed on its own (see LiveTable), so a booking change leaves the other tables'
 * snapshots, and their lookups, as they were.
 */
export function usePlanning(): Planning | undefined {
  const sites = useTableSnapshot('sites');
  const sections = useTableSnapshot('sections');
  const placements = useTableSnapshot('placements');
  const advertisers = useTableSnapshot('advertisers');
  const agencies = useTableSnapshot('agencies');
  const campaigns = useTableSnapshot('campaigns');
  const bookings = useTableSnapshot('bookings');

  return useMemo(() => {
    if (!sites || !sections || !placements || !advertisers || !agencies || !campaigns || !bookings)
      return undefined;
    return {
      sites: rowsOf(sites),
      sections: rowsOf(sections),
      placements: rowsOf(placements),
      advertisers: rowsOf(advertisers),
      agencies: rowsOf(agencies),
      campaigns: rowsOf(campaigns),
      bookings: rowsOf(bookings),
      bookingsSnapshot: bookings,
      siteById: sites.byId,
      sectionById: sections.byId,
      placementById: placements.byId,
      advertiserById: advertisers.byId,
      agencyById: agencies.byId,
      campaignById: campaigns.byId,
      bookingById: bookings.byId,
    };
  }, [sites, sections, placements, advertisers, agencies, campaigns, bookings]);
}

/** The shared rows, typed mutable for the screens' props: nothing sorts them in place. */
function rowsOf<T extends { id: string }>(snapshot: TableSnapshot<T>): T[] {
  return snapshot.rows as T[];
}
