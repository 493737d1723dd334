/**
 * Builds the data of an insertion order from a campaign, its bookings and the settings. Pure: the
 * store loads the records (`renderer/src/store/insertion-orders.ts`), the print template lays the
 * result out, and issuing stores it unchanged as the snapshot of what was sent.
 *
 * Every amount comes from the shared pricing rules (`shared/domain/pricing.ts`), in integer cents:
 * each line is priced by `bookingPrice` (discount rounded per line, half up) and the totals by
 * `campaignTotals` (commission on the net, then VAT on the net before tax, each rounded once), so
 * the lines always add up to the totals and the IO agrees with the campaign screen to the cent.
 */
import { addDays, dayCount } from '../domain/days.ts';
import type { ValidationIssue } from '../domain/issues.ts';
import { isLive } from '../domain/load.ts';
import type {
  Advertiser,
  Agency,
  Booking,
  Campaign,
  IoSettings,
  IsoDay,
  Locale,
  Placement,
  Section,
  Settings,
  Site,
} from '../domain/model.ts';
import { bookingPrice, campaignTotals } from '../domain/pricing.ts';
import { sameLineContract } from './fingerprint.ts';
import type { IoDocument, IoLine, IoLineType, IoParty } from './types.ts';

/** Records by id, as a Map or a plain list (whatever the caller already has). */
export type Lookup<T extends { id: string }> = ReadonlyMap<string, T> | readonly T[];

/** The settings an IO reads. */
export interface IoBuildSettings {
  publisher: Settings['publisher'];
  /** The VAT rate printed and applied, in percent. */
  defaultVatPct: number;
  io: IoSettings;
}

export interface BuildInsertionOrderInput {
  campaign: Campaign;
  /** All of the campaign's bookings, any status (others' bookings are ignored). */
  bookings: readonly Booking[];
  placements: Lookup<Placement>;
  sections: Lookup<Section>;
  sites: Lookup<Site>;
  advertisers: Lookup<Advertiser>;
  agencies: Lookup<Agency>;
  settings: IoBuildSettings;
  /** E.g. `IO-2026-0042` (see `numbering.ts`); the store picks it. */
  number: string;
  /** 1 for the first issue, previous revision + 1 after. */
  revision: number;
  /** The date printed on the IO. */
  issuedOn: IsoDay;
  locale: Locale;
  /** Decides which options still hold (an option past its expiry is not part of the order). */
  today: IsoDay;
  /** The last issued revision, to mark each line's change and list the lines removed since. */
  previous?: IoDocument | null;
}

/** Whether a booking is a line of the IO on `today`: confirmed, or an option not past its expiry. */
export function isIoLineBooking(
  booking: Pick<Booking, 'status' | 'optionExpiresOn'>,
  today: IsoDay,
): boolean {
  return isLive(booking, today);
}

/**
 * How a line was sold: `exclusive` for slots on a placement with one slot a day, `slots` for
 * other slots (rotation, shared sponsorships), `sov` for a share of voice, `impressions` for an
 * impressions goal.
 */
export function ioLineType(
  booking: Pick<Booking, 'volume'>,
  placement: Pick<Placement, 'capacity'>,
): IoLineType {
  switch (booking.volume.kind) {
    case 'slots':
      return placement.capacity.kind === 'slots' && placement.capacity.slotsPerDay === 1
        ? 'exclusive'
        : 'slots';
    case 'sov':
      return 'sov';
    case 'impressions':
      return 'impressions';
  }
}

function toMap<T extends { id: string }>(lookup: Lookup<T>): ReadonlyMap<string, T> {
  return lookup instanceof Map
    ? lookup
    : new Map((lookup as readonly T[]).map((record) => [record.id, record]));
}

function linesOf(input: BuildInsertionOrderInput): Booking[] {
  return input.bookings.filter(
    (booking) => booking.campaignId === input.campaign.id && isIoLineBooking(booking, input.today),
  );
}

/**
 * What stops the IO from being built, or [] when `buildInsertionOrder` can run:
 * - `unknown_advertiser` (path `advertiserId`), `unknown_agency` (`agencyId`);
 * - for a line, `unknown_placement` (`placementId`), `unknown_section` (`sectionId`) or
 *   `unknown_site` (`siteId`), with `params.bookingId`;
 * - `io_no_lines` (path '') on a first issue with no confirmed booking or live option. A later
 *   revision may have none: it then records that every line was removed.
 */
export function insertionOrderIssues(input: BuildInsertionOrderInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { campaign } = input;
  if (!toMap(input.advertisers).has(campaign.advertiserId)) {
    issues.push({ path: 'advertiserId', code: 'unknown_advertiser' });
  }
  if (campaign.agencyId !== null && !toMap(input.agencies).has(campaign.agencyId)) {
    issues.push({ path: 'agencyId', code: 'unknown_agency' });
  }
  const placements = toMap(input.placements);
  const sections = toMap(input.sections);
  const sites = toMap(input.sites);
  const lines = linesOf(input);
  for (const booking of lines) {
    const params = { bookingId: booking.id };
    const placement = placements.get(booking.placementId);
    if (!placement) {
      issues.push({ path: 'placementId', code: 'unknown_placement', params });
      continue;
    }
    if (!sections.has(placement.sectionId))
      issues.push({ path: 'sectionId', code: 'unknown_section', params });
    if (!sites.has(placement.siteId)) issues.push({ path: 'siteId', code: 'unknown_site', params });
  }
  if (lines.length === 0 && !input.previous) issues.push({ path: '', code: 'io_no_lines' });
  return issues;
}

function partyOf(party: Advertiser | Agency): IoParty {
  return {
    name: party.name,
    legalName: party.legalName,
    address: party.address,
    vatNumber: party.vatNumber,
    contacts: {
      sales: { ...party.contacts.sales },
      traffic: { ...party.contacts.traffic },
      billing: { ...party.contacts.billing },
    },
  };
}

function publisherOf(publisher: Settings['publisher']): IoParty {
  return {
    // The settings hold no trade name: the publisher signs under its legal name.
    name: publisher.legalName,
    legalName: publisher.legalName,
    address: publisher.address,
    vatNumber: publisher.vatNumber,
    companyNumber: publisher.companyNumber,
    email: publisher.email,
    phone: publisher.phone,
    logoDataUrl: publisher.logoDataUrl,
  };
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined)
    throw new Error(`buildInsertionOrder: ${what} not found (check insertionOrderIssues first)`);
  return value;
}

/**
 * The insertion order of `input.campaign`, as data. Throws when a record it needs is missing:
 * call `insertionOrderIssues` first (the store does).
 *
 * - Lines: the campaign's confirmed bookings and live options (cancelled, expired and options
 *   past their expiry on `today` are not part of the order), by start date, then site, section
 *   and placement name (collated in the document's language), then end date and booking id.
 * - Each line: quantity, gross, discount and net from `bookingPrice`.
 * - Totals: `campaignTotals` with the campaign's agency commission and the settings' VAT rate.
 *   `maxSpendCents` is the total including VAT: IAB's maximum spend is the most the advertiser can
 *   be billed under the IO, and an invoice bills the VAT too.
 * - Terms from the settings; the creative due date is the first line's start minus
 *   `io.creativeLeadDays` (null without lines).
 * - With `previous`: each line's `change` is `added` (its booking was not a line of `previous`),
 *   `changed` (any of its fields differs, see `sameLineContract`) or `unchanged`; `removedLines`
 *   are the lines of `previous` whose booking is no longer a line, as they were (without their
 *   own change marker). Without `previous`, no line has a `change` and `removedLines` is empty.
 */
export function buildInsertionOrder(input: BuildInsertionOrderInput): IoDocument {
  const { campaign, settings, today } = input;
  const placements = toMap(input.placements);
  const sections = toMap(input.sections);
  const sites = toMap(input.sites);
  const advertiser = required(
    toMap(input.advertisers).get(campaign.advertiserId),
    `advertiser ${campaign.advertiserId}`,
  );
  const agency =
    campaign.agencyId === null
      ? null
      : required(toMap(input.agencies).get(campaign.agencyId), `agency ${campaign.agencyId}`);

  const priced = linesOf(input).map((booking) => {
    const placement = required(placements.get(booking.placementId), `placement ${booking.placementId}`);
    const section = required(sections.get(placement.sectionId), `section ${placement.sectionId}`);
    const site = required(sites.get(placement.siteId), `site ${placement.siteId}`);
    const price = bookingPrice(booking, placement);
    const line: IoLine = {
      bookingId: booking.id,
      site: site.name,
      section: section.name,
      placement: placement.name,
      format: booking.format,
      startDate: booking.startDate,
      endDate: booking.endDate,
      days: dayCount(booking.startDate, booking.endDate),
      status: booking.status,
      lineType: ioLineType(booking, placement),
      volume: { ...booking.volume },
      rateModel: booking.rateModel,
      rateCents: booking.rateCents,
      quantity: price.quantity,
      grossCents: price.grossCents,
      discountPct: booking.discountPct,
      discountCents: price.discountCents,
      netCents: price.netCents,
    };
    return { booking, price, line };
  });

  const collator = new Intl.Collator(input.locale, { numeric: true });
  priced.sort(
    ({ line: a }, { line: b }) =>
      compare(a.startDate, b.startDate) ||
      collator.compare(a.site, b.site) ||
      collator.compare(a.section, b.section) ||
      collator.compare(a.placement, b.placement) ||
      compare(a.endDate, b.endDate) ||
      compare(a.bookingId, b.bookingId),
  );

  const totals = campaignTotals(priced, {
    agencyCommissionPct: campaign.agencyCommissionPct,
    vatPct: settings.defaultVatPct,
    today,
  });

  const previous = input.previous ?? null;
  const previousLines = new Map((previous?.lines ?? []).map((line) => [line.bookingId, line]));
  const lines = priced.map(({ line }) => {
    if (!previous) return line;
    const before = previousLines.get(line.bookingId);
    const change = before === undefined ? 'added' : sameLineContract(before, line) ? 'unchanged' : 'changed';
    return { ...line, change } satisfies IoLine;
  });
  const current = new Set(lines.map((line) => line.bookingId));
  const removedLines = (previous?.lines ?? [])
    .filter((line) => !current.has(line.bookingId))
    .map(({ change: _change, ...line }) => line);

  const firstStart = lines.reduce<IsoDay | null>(
    (first, line) => (first === null || line.startDate < first ? line.startDate : first),
    null,
  );

  return {
    number: input.number,
    revision: input.revision,
    issuedOn: input.issuedOn,
    locale: input.locale,
    currency: campaign.currency,
    campaign: { id: campaign.id, name: campaign.name, notes: campaign.notes },
    publisher: publisherOf(settings.publisher),
    advertiser: partyOf(advertiser),
    agency: agency === null ? null : partyOf(agency),
    lines,
    removedLines,
    totals: {
      grossCents: totals.grossCents,
      discountCents: totals.discountCents,
      netCents: totals.netCents,
      agencyCommissionPct: campaign.agencyCommissionPct,
      commissionCents: totals.commissionCents,
      netBeforeTaxCents: totals.netBeforeTaxCents,
      vatPct: settings.defaultVatPct,
      vatCents: totals.vatCents,
      totalCents: totals.totalCents,
      // IAB maximum spend: the most the advertiser can be billed, VAT included.
      maxSpendCents: totals.totalCents,
    },
    terms: {
      governingTerms: settings.io.governingTerms,
      adServerOfRecord: settings.io.adServerOfRecord,
      creativeDueDate: firstStart === null ? null : addDays(firstStart, -settings.io.creativeLeadDays),
      cancellationTerms: settings.io.cancellationTerms,
      paymentTerms: settings.io.paymentTerms,
    },
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
