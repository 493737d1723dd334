/**
 * An insertion order (ordre d'insertion) as data: everything the printed contract shows, computed
 * once from the campaign, its bookings and the settings. The print template only lays it out;
 * issuing stores this object as the immutable snapshot of what was sent.
 */
import type { BookingStatus, Contact, Format, IsoDay, Locale, RateModel, Volume } from '../domain/model.ts';

export interface IoParty {
  name: string;
  legalName: string;
  address: string;
  vatNumber: string;
  /** Publisher only: company registration number (SIREN/SIRET). */
  companyNumber?: string;
  email?: string;
  phone?: string;
  contacts?: { sales: Contact; traffic: Contact; billing: Contact };
  /** Publisher only: a `data:` URL, so the printed page needs no network. */
  logoDataUrl?: string;
}

/** How a line was sold, as the contract names it. */
export type IoLineType = 'exclusive' | 'slots' | 'sov' | 'impressions';

export interface IoLine {
  bookingId: string;
  site: string;
  section: string;
  placement: string;
  format: Format;
  startDate: IsoDay;
  endDate: IsoDay;
  days: number;
  status: BookingStatus;
  lineType: IoLineType;
  volume: Volume;
  rateModel: RateModel;
  /** Unit rate in cents, in the rate model's unit. */
  rateCents: number;
  /** What is billed: impressions (CPM), estimated clicks (CPC), slot-days (CPD), 1 (flat). */
  quantity: number;
  grossCents: number;
  discountPct: number;
  discountCents: number;
  netCents: number;
  /** Against the previous revision; absent on a first issue. */
  change?: 'added' | 'changed' | 'unchanged';
}

export interface IoTotals {
  grossCents: number;
  discountCents: number;
  /** Net of discounts. */
  netCents: number;
  agencyCommissionPct: number;
  commissionCents: number;
  netBeforeTaxCents: number;
  vatPct: number;
  vatCents: number;
  totalCents: number;
  /** The most the advertiser can be billed under this IO (IAB: maximum spend). */
  maxSpendCents: number;
}

export interface IoTerms {
  governingTerms: string;
  adServerOfRecord: string;
  /** Creatives are due this day (first line's start minus the lead time in Settings). */
  creativeDueDate: IsoDay | null;
  cancellationTerms: string;
  paymentTerms: string;
}

export interface IoDocument {
  /** E.g. `IO-2026-0042`; the same for every revision of a campaign's IO. */
  number: string;
  /** 1 for the first issue. */
  revision: number;
  issuedOn: IsoDay;
  locale: Locale;
  currency: string;
  campaign: { id: string; name: string; notes: string };
  publisher: IoParty;
  advertiser: IoParty;
  agency: IoParty | null;
  /** Lines sold or held: confirmed bookings and live options, by start date then placement. */
  lines: IoLine[];
  /** Lines of the previous revision that are no longer in this one (cancelled or deleted). */
  removedLines: IoLine[];
  totals: IoTotals;
  terms: IoTerms;
}
