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

/** The snapshots `Planning` is made of, each undefined while its table loads. */
export interface PlanningTables {
  sites: TableSnapshot<Site> | undefined;
  sections: TableSnapshot<Section> | undefined;
  placements: TableSnapshot<Placement> | undefined;
  advertisers: TableSnapshot<Advertiser> | undefined;
  agencies: TableSnapshot<Agency> | undefined;
  campaigns: TableSnapshot<Campaign> | undefined;
  bookings: TableSnapshot<Booking> | undefined;
}

/**
 * Each table is followed on its own (see LiveTable), so a booking change leaves the other tables'
 * snapshots, and their lookups, as they were.
 */
export function usePlanningTables(): PlanningTables {
  return {
    sites: useTableSnapshot('sites'),
    sections: useTableSnapshot('sections'),
    placements: useTableSnapshot('placements'),
    advertisers: useTableSnapshot('advertisers'),
    agencies: useTableSnapshot('agencies'),
    campaigns: useTableSnapshot('campaigns'),
    bookings: useTableSnapshot('bookings'),
  };
}

/** The planning of these tables, with `bookings` standing in for theirs (the calendar's first view). */
export function planningOf(
  tables: PlanningTables,
  bookings: TableSnapshot<Booking> | undefined = tables.bookings,
): Planning | undefined {
  const { sites, sections, placements, advertisers, agencies, campaigns } = tables;
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
}

export function usePlanning(): Planning | undefined {
  return usePlanningOf(usePlanningTables());
}

/** `planningOf(tables)`, the same object until one of the snapshots changes. */
export function usePlanningOf(tables: PlanningTables): Planning | undefined {
  const { sites, sections, placements, advertisers, agencies, campaigns, bookings } = tables;
  return useMemo(
    () => planningOf({ sites, sections, placements, advertisers, agencies, campaigns, bookings }),
    [sites, sections, placements, advertisers, agencies, campaigns, bookings],
  );
}

/** The shared rows, typed mutable for the screens' props: nothing sorts them in place. */
function rowsOf<T extends { id: string }>(snapshot: TableSnapshot<T>): T[] {
  return snapshot.rows as T[];
}
