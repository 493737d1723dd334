/**
 * The planning data set: one zod schema per entity, and the TypeScript types inferred from them.
 * Schemas check shape only (types, ranges, required fields); rules that span fields or entities
 * (end before start, format accepted by the placement…) live in `validation.ts` so they can
 * return specific, translatable issues.
 *
 * Error messages are issue codes (see `ValidationCode`), never English sentences: the renderer
 * translates them.
 */
import { z } from 'zod';
import { isValidIoPrefix } from '../io/numbering.ts';

/** A calendar day in the publisher's local calendar, `YYYY-MM-DD`. */
export const isoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid_date' });
export type IsoDay = string;

export const idSchema = z.string().min(1, { error: 'required' });

/** Percent with at most two decimals, 0–100. */
export const percentSchema = z
  .number({ error: 'not_a_number' })
  .min(0, { error: 'percent_out_of_range' })
  .max(100, { error: 'percent_out_of_range' })
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-9, { error: 'too_many_decimals' });

/** Money in integer minor units (cents). */
export const centsSchema = z
  .number({ error: 'not_a_number' })
  .int({ error: 'not_whole_cents' })
  .min(0, { error: 'negative' });

const requiredText = z.string().trim().min(1, { error: 'required' }).max(200, { error: 'too_long' });
const optionalText = z.string().trim().max(2000, { error: 'too_long' }).default('');

/** Fields every synced record carries. `version` is the server's; 0 means never synced. */
export const recordMetaSchema = z.object({
  id: idSchema,
  version: z.number().int().min(0).default(0),
  updatedAt: z.string().default(''),
});

export const FORMATS = [
  'leaderboard_728x90',
  'rectangle_300x250',
  'half_page_300x600',
  'mobile_320x50',
  'billboard_970x250',
  'interstitial',
  'skin',
  'native',
  'video',
] as const;
export const formatSchema = z.enum(FORMATS, { error: 'invalid_format' });
export type Format = z.infer<typeof formatSchema>;

export const RATE_MODELS = ['cpm', 'cpc', 'cpd', 'flat'] as const;
export const rateModelSchema = z.enum(RATE_MODELS, { error: 'invalid_rate_model' });
export type RateModel = z.infer<typeof rateModelSchema>;

export const contactSchema = z.object({
  name: z.string().trim().max(200).default(''),
  email: z.union([z.literal(''), z.email({ error: 'invalid_email' })]).default(''),
  phone: z.string().trim().max(50).default(''),
});
export type Contact = z.infer<typeof contactSchema>;

const emptyContact: Contact = { name: '', email: '', phone: '' };

export const partyFields = {
  name: requiredText,
  legalName: z.string().trim().max(200).default(''),
  address: optionalText,
  vatNumber: z.string().trim().max(40).default(''),
  contacts: z
    .object({
      sales: contactSchema.default(emptyContact),
      traffic: contactSchema.default(emptyContact),
      billing: contactSchema.default(emptyContact),
    })
    .default({ sales: emptyContact, traffic: emptyContact, billing: emptyContact }),
};

// ───────────────────────────── inventory ─────────────────────────────

export const siteSchema = recordMetaSchema.extend({
  name: requiredText,
  url: z.union([z.literal(''), z.url({ error: 'invalid_url' })]).default(''),
});
export type Site = z.infer<typeof siteSchema>;

export const sectionSchema = recordMetaSchema.extend({
  siteId: idSchema,
  name: requiredText,
});
export type Section = z.infer<typeof sectionSchema>;

/**
 * Capacity per day. Slots: `slotsPerDay` positions (1 = exclusive).
 * Impressions: a base daily forecast, scaled by a weekday profile (percent, Monday first),
 * replaced outright on the dates listed in `overrides`.
 */
export const slotsCapacitySchema = z.object({
  kind: z.literal('slots'),
  slotsPerDay: z
    .number({ error: 'not_a_number' })
    .int({ error: 'not_whole' })
    .min(1, { error: 'must_be_positive' }),
});
export const impressionsCapacitySchema = z.object({
  kind: z.literal('impressions'),
  dailyForecast: z
    .number({ error: 'not_a_number' })
    .int({ error: 'not_whole' })
    .min(1, { error: 'must_be_positive' }),
  /** Seven multipliers in percent, Monday to Sunday; 100 = the base forecast. */
  weekdayProfile: z
    .array(z.number().int().min(0).max(1000))
    .length(7)
    .default([100, 100, 100, 100, 100, 100, 100]),
  /** Forecast for specific days (holidays, events), replacing base × profile. */
  overrides: z.record(isoDaySchema, z.number().int().min(0)).default({}),
});
export const capacitySchema = z.discriminatedUnion('kind', [slotsCapacitySchema, impressionsCapacitySchema], {
  error: 'invalid_capacity',
});
export type Capacity = z.infer<typeof capacitySchema>;

/** Unit rates in cents: CPM per thousand impressions, CPC per click, CPD per day and slot, flat per booking. */
export const rateCardSchema = z.object({
  cpm: centsSchema.optional(),
  cpc: centsSchema.optional(),
  cpd: centsSchema.optional(),
  flat: centsSchema.optional(),
});
export type RateCard = z.infer<typeof rateCardSchema>;

export const placementSchema = recordMetaSchema.extend({
  siteId: idSchema,
  sectionId: idSchema,
  name: requiredText,
  formats: z.array(formatSchema).min(1, { error: 'formats_required' }),
  capacity: capacitySchema,
  rateCard: rateCardSchema.default({}),
  /** Expected click-through rate in percent, used to estimate clicks for CPC bookings. */
  expectedCtrPct: percentSchema.default(0.1),
});
export type Placement = z.infer<typeof placementSchema>;

// ───────────────────────────── buyers ─────────────────────────────

export const advertiserSchema = recordMetaSchema.extend(partyFields);
export type Advertiser = z.infer<typeof advertiserSchema>;

export const agencySchema = recordMetaSchema.extend({
  ...partyFields,
  defaultCommissionPct: percentSchema.default(0),
});
export type Agency = z.infer<typeof agencySchema>;

// ───────────────────────────── orders ─────────────────────────────

export const CAMPAIGN_STATUSES = ['draft', 'proposal', 'confirmed', 'cancelled'] as const;
export const campaignStatusSchema = z.enum(CAMPAIGN_STATUSES, { error: 'invalid_status' });
export type CampaignStatus = z.infer<typeof campaignStatusSchema>;

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, { error: 'invalid_currency' });

export const campaignSchema = recordMetaSchema.extend({
  name: requiredText,
  advertiserId: idSchema,
  agencyId: z.string().nullable().default(null),
  currency: currencySchema.default('EUR'),
  agencyCommissionPct: percentSchema.default(0),
  status: campaignStatusSchema.default('draft'),
  notes: optionalText,
});
export type Campaign = z.infer<typeof campaignSchema>;

/** `expired` is set by the release of an option past its expiry; it, like `cancelled`, takes no capacity. */
export const BOOKING_STATUSES = ['option', 'confirmed', 'cancelled', 'expired'] as const;
export const bookingStatusSchema = z.enum(BOOKING_STATUSES, { error: 'invalid_status' });
export type BookingStatus = z.infer<typeof bookingStatusSchema>;

/**
 * What a booking asks of its placement on each of its days:
 * slots (slot placements), an impressions goal spread evenly over the days, or a share of voice
 * of the daily forecast (impression placements).
 */
export const volumeSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('slots'),
      slots: z.number({ error: 'not_a_number' }).int({ error: 'not_whole' }),
    }),
    z.object({
      kind: z.literal('impressions'),
      goal: z.number({ error: 'not_a_number' }).int({ error: 'not_whole' }),
    }),
    z.object({ kind: z.literal('sov'), pct: z.number({ error: 'not_a_number' }) }),
  ],
  { error: 'invalid_volume' },
);
export type Volume = z.infer<typeof volumeSchema>;

export const bookingSchema = recordMetaSchema.extend({
  campaignId: idSchema,
  placementId: idSchema,
  format: formatSchema,
  startDate: isoDaySchema,
  endDate: isoDaySchema,
  status: bookingStatusSchema.default('option'),
  /** Last day the option holds; it is released the day after. Required for options. */
  optionExpiresOn: isoDaySchema.nullable().default(null),
  volume: volumeSchema,
  rateModel: rateModelSchema,
  /** Unit rate in cents, in the rate model's unit (see `RateCard`). */
  rateCents: centsSchema,
  discountPct: percentSchema.default(0),
  notes: optionalText,
});
export type Booking = z.infer<typeof bookingSchema>;

// ───────────────────────────── local settings ─────────────────────────────

export const LOCALES = ['en', 'fr'] as const;
export const localeSchema = z.enum(LOCALES);
export type Locale = z.infer<typeof localeSchema>;

/** The largest logo accepted, decoded (it is embedded in every insertion order). */
export const LOGO_MAX_BYTES = 1024 * 1024;
const LOGO_DATA_URL = /^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]*={0,2}$/;

/** Decoded size of the base64 payload of a data URL. */
function dataUrlBytes(url: string): number {
  const payload = url.slice(url.indexOf(',') + 1);
  const padding = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
  return Math.floor((payload.length * 3) / 4) - padding;
}

/** A PNG, JPEG or SVG image as a base64 `data:` URL (so printing needs no network), or '' for none. */
export const logoDataUrlSchema = z
  .string()
  // Checked first, and alone: a huge string is refused before the pattern reads it.
  .max(Math.ceil(LOGO_MAX_BYTES / 3) * 4 + 64, { error: 'logo_too_large', abort: true })
  .refine((url) => url === '' || LOGO_DATA_URL.test(url), { error: 'invalid_logo', abort: true })
  .refine((url) => url === '' || dataUrlBytes(url) <= LOGO_MAX_BYTES, { error: 'logo_too_large' });

export const IO_SETTINGS_DEFAULTS = {
  numberPrefix: 'IO',
  governingTerms: 'IAB/4A’s Standard Terms and Conditions for Internet Advertising, v3.0',
  adServerOfRecord: '',
  creativeLeadDays: 5,
  cancellationTerms:
    'Cancellations must be notified in writing at least 14 days before the first day of the line concerned; later cancellations may be billed in full.',
  paymentTerms: 'Net 30 days from invoice date',
};

/** Most days creatives may be asked for ahead of the first line. */
export const CREATIVE_LEAD_DAYS_MAX = 90;

export const ioSettingsSchema = z.object({
  /** Starts every IO number (`IO` → `IO-2026-0042`); see `shared/io/numbering.ts`. */
  numberPrefix: z
    .string()
    .trim()
    .refine(isValidIoPrefix, { error: 'invalid_io_prefix' })
    .default(IO_SETTINGS_DEFAULTS.numberPrefix),
  /** Printed as typed, in whatever language it was typed. */
  governingTerms: z
    .string()
    .trim()
    .max(2000, { error: 'too_long' })
    .default(IO_SETTINGS_DEFAULTS.governingTerms),
  /** The ad server whose counts are billed (IAB: the ad server of record); '' when not stated. */
  adServerOfRecord: z.string().trim().max(200, { error: 'too_long' }).default(''),
  /** Creatives are due this many days before the first line starts. */
  creativeLeadDays: z
    .number({ error: 'not_a_number' })
    .int({ error: 'not_whole' })
    .min(0, { error: 'lead_days_out_of_range' })
    .max(CREATIVE_LEAD_DAYS_MAX, { error: 'lead_days_out_of_range' })
    .default(IO_SETTINGS_DEFAULTS.creativeLeadDays),
  cancellationTerms: z
    .string()
    .trim()
    .max(2000, { error: 'too_long' })
    .default(IO_SETTINGS_DEFAULTS.cancellationTerms),
  paymentTerms: z.string().trim().max(2000, { error: 'too_long' }).default(IO_SETTINGS_DEFAULTS.paymentTerms),
});

/** The ad server's base URL (`https://ads.example.com`, without `/v1`), or '' while not set. */
export const serverUrlSchema = z.union([
  z.literal(''),
  z.url({ protocol: /^https?$/, error: 'invalid_url' }),
]);

export const SYNC_SETTINGS_DEFAULTS = { serverUrl: '', enabled: false };

/** Sync with the ad server. The access token is a secret, kept by the host (never in here). */
export const syncSettingsSchema = z.object({
  serverUrl: serverUrlSchema.default(''),
  enabled: z.boolean().default(false),
});

export const settingsSchema = z.object({
  locale: localeSchema.default('fr'),
  userName: z.string().trim().max(200).default(''),
  defaultVatPct: percentSchema.default(20),
  publisher: z
    .object({
      legalName: z.string().trim().max(200).default(''),
      address: optionalText,
      companyNumber: z.string().trim().max(40).default(''),
      vatNumber: z.string().trim().max(40).default(''),
      email: z.union([z.literal(''), z.email({ error: 'invalid_email' })]).default(''),
      phone: z.string().trim().max(50).default(''),
      /** Printed on insertion orders; see `logoDataUrlSchema`. */
      logoDataUrl: logoDataUrlSchema.default(''),
    })
    .default({
      legalName: '',
      address: '',
      companyNumber: '',
      vatNumber: '',
      email: '',
      phone: '',
      logoDataUrl: '',
    }),
  /** Insertion orders: numbering and the terms printed on each (defaults the user edits). */
  io: ioSettingsSchema.default(IO_SETTINGS_DEFAULTS),
  sync: syncSettingsSchema.default(SYNC_SETTINGS_DEFAULTS),
});
export type Settings = z.infer<typeof settingsSchema>;
export type IoSettings = Settings['io'];

// ───────────────────────────── registry ─────────────────────────────

/** The synced entity kinds, their table names and schemas, in dependency order (parents first). */
export const ENTITY_SCHEMAS = {
  sites: siteSchema,
  sections: sectionSchema,
  placements: placementSchema,
  advertisers: advertiserSchema,
  agencies: agencySchema,
  campaigns: campaignSchema,
  bookings: bookingSchema,
} as const;
export type EntityName = keyof typeof ENTITY_SCHEMAS;
export const ENTITY_NAMES = Object.keys(ENTITY_SCHEMAS) as EntityName[];
export interface EntityTypes {
  sites: Site;
  sections: Section;
  placements: Placement;
  advertisers: Advertiser;
  agencies: Agency;
  campaigns: Campaign;
  bookings: Booking;
}
export type AnyEntity = EntityTypes[EntityName];
