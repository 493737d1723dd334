/** Records for the domain's tests: a placement of a given capacity and bookings on it. */
import { type Booking, bookingSchema, type Capacity, placementSchema, type Placement } from './model.ts';

export function placement(capacity: Capacity, id = 'pl-1'): Placement {
  return placementSchema.parse({
    id,
    siteId: 'site-1',
    sectionId: 'sec-1',
    name: 'Sport – pavé',
    formats: ['rectangle_300x250'],
    capacity,
  });
}

let serial = 0;

/** A confirmed one-slot booking on `pl-1` from 2 to 8 March 2026, with `fields` on top. */
export function booking(fields: Partial<Booking> = {}): Booking {
  serial += 1;
  return bookingSchema.parse({
    id: `bk-${serial}`,
    campaignId: 'cp-1',
    placementId: 'pl-1',
    format: 'rectangle_300x250',
    startDate: '2026-03-02',
    endDate: '2026-03-08',
    status: 'confirmed',
    volume: { kind: 'slots', slots: 1 },
    rateModel: 'cpd',
    rateCents: 100_000,
    ...fields,
  });
}
