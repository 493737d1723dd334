/**
 * Validation of user input, in two steps:
 * 1. `parseEntity` checks the shape with the entity's zod schema and fills defaults;
 * 2. the `*Rules` functions check what spans fields or entities, given the records referenced.
 * Both return `ValidationIssue`s with codes the UI translates; nothing here throws on bad input.
 */
import type { z } from 'zod';
import { volumeFitsCapacity } from './capacity.ts';
import { addYears, isValidDay } from './days.ts';
import {
  ENTITY_SCHEMAS,
  type Advertiser,
  type Agency,
  type Booking,
  type Campaign,
  type EntityName,
  type EntityTypes,
  type Placement,
  type Section,
  type Site,
} from './model.ts';
import { VALIDATION_CODES, type ValidationCode, type ValidationIssue, type Validated } from './issues.ts';

const knownCodes = new Set<string>(VALIDATION_CODES);

function toIssue(issue: z.core.$ZodIssue): ValidationIssue {
  const path = issue.path.map(String).join('.');
  const code: ValidationCode = knownCodes.has(issue.message) ? (issue.message as ValidationCode) : 'invalid';
  return { path, code };
}

/** Checks `input` against the entity's schema; on success the value has every default filled in. */
export function parseEntity<E extends EntityName>(entity: E, input: unknown): Validated<EntityTypes[E]> {
  const result = ENTITY_SCHEMAS[entity].safeParse(input);
  if (result.success) return { ok: true, value: result.data as EntityTypes[E] };
  return { ok: false, issues: result.error.issues.map(toIssue) };
}

/** Parses any zod schema into a `Validated` (settings, API answers, IPC arguments). */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Validated<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.map(toIssue) };
}

// ───────────────────────────── cross-field rules ─────────────────────────────

/** A booking may run three years at most: past that it is a typo in a year, not a campaign. */
export const MAX_BOOKING_YEARS = 3;

/**
 * Rules of a booking that its schema cannot see, given the placement and campaign its ids point
 * to (undefined when not found). Returns every issue found, so a form can mark all fields at once.
 */
export function bookingRules(
  booking: Booking,
  placement: Placement | undefined,
  campaign: Campaign | undefined,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const startOk = isValidDay(booking.startDate);
  const endOk = isValidDay(booking.endDate);
  const expiryOk = booking.optionExpiresOn === null || isValidDay(booking.optionExpiresOn);
  if (!startOk) issues.push({ path: 'startDate', code: 'invalid_date' });
  if (!endOk) issues.push({ path: 'endDate', code: 'invalid_date' });
  if (!expiryOk) issues.push({ path: 'optionExpiresOn', code: 'invalid_date' });

  if (startOk && endOk) {
    if (booking.endDate < booking.startDate) {
      issues.push({ path: 'endDate', code: 'end_before_start' });
    } else if (booking.endDate >= addYears(booking.startDate, MAX_BOOKING_YEARS)) {
      issues.push({ path: 'endDate', code: 'range_too_long', params: { maxYears: MAX_BOOKING_YEARS } });
    }
  }

  if (booking.status === 'option') {
    if (booking.optionExpiresOn === null) {
      issues.push({ path: 'optionExpiresOn', code: 'option_without_expiry' });
    } else if (expiryOk && startOk && booking.optionExpiresOn > booking.startDate) {
      // An option is a hold, not a sale: it has to be confirmed or released before the line runs.
      issues.push({ path: 'optionExpiresOn', code: 'expiry_after_start' });
    }
  }

  const volume = booking.volume;
  const amount =
    volume.kind === 'slots' ? volume.slots : volume.kind === 'impressions' ? volume.goal : volume.pct;
  if (!(amount > 0)) issues.push({ path: 'volume', code: 'volume_not_positive' });
  if (volume.kind === 'sov' && volume.pct > 100) issues.push({ path: 'volume.pct', code: 'sov_over_100' });

  if (placement === undefined || placement.id !== booking.placementId) {
    issues.push({ path: 'placementId', code: 'unknown_placement' });
  } else {
    if (!placement.formats.includes(booking.format)) {
      issues.push({ path: 'format', code: 'format_not_accepted', params: { format: booking.format } });
    }
    const kind = placement.capacity.kind;
    if (!volumeFitsCapacity(volume, placement)) {
      issues.push({ path: 'volume.kind', code: 'volume_kind_mismatch', params: { expected: kind } });
    }
    // Impressions are not counted on a slot placement, so there is nothing to price CPM or CPC on.
    if (kind === 'slots' && (booking.rateModel === 'cpm' || booking.rateModel === 'cpc')) {
      issues.push({
        path: 'rateModel',
        code: 'rate_model_mismatch',
        params: { rateModel: booking.rateModel },
      });
    }
  }

  if (campaign === undefined || campaign.id !== booking.campaignId) {
    issues.push({ path: 'campaignId', code: 'unknown_campaign' });
  }
  return issues;
}

/** A placement's section must exist and belong to the placement's site; override days must be real days. */
export function placementRules(placement: Placement, section: Section | undefined): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (section === undefined || section.id !== placement.sectionId) {
    issues.push({ path: 'sectionId', code: 'unknown_section' });
  } else if (section.siteId !== placement.siteId) {
    issues.push({ path: 'sectionId', code: 'section_of_other_site' });
  }
  if (placement.capacity.kind === 'impressions') {
    for (const day of Object.keys(placement.capacity.overrides)) {
      if (!isValidDay(day)) issues.push({ path: `capacity.overrides.${day}`, code: 'invalid_date' });
    }
  }
  return issues;
}

export function sectionRules(section: Section, site: Site | undefined): ValidationIssue[] {
  if (site === undefined || site.id !== section.siteId) return [{ path: 'siteId', code: 'unknown_site' }];
  return [];
}

/** `agency` is only looked at when the campaign names one (`agencyId` not null). */
export function campaignRules(
  campaign: Campaign,
  advertiser: Advertiser | undefined,
  agency: Agency | undefined | null,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (advertiser === undefined || advertiser.id !== campaign.advertiserId) {
    issues.push({ path: 'advertiserId', code: 'unknown_advertiser' });
  }
  if (campaign.agencyId !== null && (agency == null || agency.id !== campaign.agencyId)) {
    issues.push({ path: 'agencyId', code: 'unknown_agency' });
  }
  return issues;
}

// ───────────────────────────── one call: shape, then rules ─────────────────────────────

function thenRules<T>(parsed: Validated<T>, rules: (value: T) => ValidationIssue[]): Validated<T> {
  if (!parsed.ok) return parsed;
  const issues = rules(parsed.value);
  return issues.length === 0 ? parsed : { ok: false, issues };
}

/** Shape first; the cross-field rules run only on a well-formed booking. */
export function validateBooking(
  input: unknown,
  ctx: { placement?: Placement | undefined; campaign?: Campaign | undefined },
): Validated<Booking> {
  return thenRules(parseEntity('bookings', input), (b) => bookingRules(b, ctx.placement, ctx.campaign));
}

export function validatePlacement(
  input: unknown,
  ctx: { section?: Section | undefined },
): Validated<Placement> {
  return thenRules(parseEntity('placements', input), (p) => placementRules(p, ctx.section));
}

export function validateSection(input: unknown, ctx: { site?: Site | undefined }): Validated<Section> {
  return thenRules(parseEntity('sections', input), (s) => sectionRules(s, ctx.site));
}

export function validateCampaign(
  input: unknown,
  ctx: { advertiser?: Advertiser | undefined; agency?: Agency | undefined | null },
): Validated<Campaign> {
  return thenRules(parseEntity('campaigns', input), (c) => campaignRules(c, ctx.advertiser, ctx.agency));
}
