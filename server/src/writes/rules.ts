/**
 * The shared domain rules, run against the records this transaction sees: the same functions
 * the planner's store runs (`shared/domain/validation.ts`, `references.ts`), so the server and
 * the planner cannot disagree on what a valid record is.
 */
import { insertionOrderRecordSchema, type ResourceName } from '../../../shared/api/contract.ts';
import type { ValidationIssue, Validated } from '../../../shared/domain/issues.ts';
import type {
  Advertiser,
  Agency,
  Booking,
  Campaign,
  Placement,
  Section,
  Site,
} from '../../../shared/domain/model.ts';
import { DEPENDENTS } from '../../../shared/domain/references.ts';
import {
  bookingRules,
  campaignRules,
  parseEntity,
  parseWith,
  placementRules,
  sectionRules,
} from '../../../shared/domain/validation.ts';
import type { Json } from '../store/records.ts';
import type { WorkingSet } from './working-set.ts';

/** Checks the shape with the resource's zod schema; on success every default is filled in. */
export function parseRecord(resource: ResourceName, input: Json): Validated<Json> {
  if (resource === 'insertion-orders') return parseWith(insertionOrderRecordSchema, input);
  return parseEntity(resource, input);
}

/** Cross-entity rule issues of a well-formed record. */
export async function ruleIssues(
  ws: WorkingSet,
  resource: ResourceName,
  record: Json,
): Promise<ValidationIssue[]> {
  switch (resource) {
    case 'bookings': {
      const booking = record as unknown as Booking;
      const placement = await ws.live<Placement>('placements', booking.placementId);
      return bookingRules(booking, placement, await ws.live<Campaign>('campaigns', booking.campaignId));
    }
    case 'placements': {
      const placement = record as unknown as Placement;
      return placementRules(placement, await ws.live<Section>('sections', placement.sectionId));
    }
    case 'sections': {
      const section = record as unknown as Section;
      return sectionRules(section, await ws.live<Site>('sites', section.siteId));
    }
    case 'campaigns': {
      const campaign = record as unknown as Campaign;
      const advertiser = await ws.live<Advertiser>('advertisers', campaign.advertiserId);
      const agency = campaign.agencyId === null ? null : await ws.live<Agency>('agencies', campaign.agencyId);
      return campaignRules(campaign, advertiser, agency);
    }
    case 'insertion-orders': {
      const campaign = await ws.live<Campaign>('campaigns', String(record.campaignId));
      return campaign ? [] : [{ path: 'campaignId', code: 'unknown_campaign' }];
    }
    default:
      return [];
  }
}

/**
 * The rule issues an update introduces: what was already broken (an option whose placement has
 * since dropped its format) must not stop the record from being edited, confirmed or released.
 * This is the planner's rule too (`renderer/src/store/apply.ts`).
 */
export async function introducedIssues(
  ws: WorkingSet,
  resource: ResourceName,
  before: Json,
  after: Json,
): Promise<ValidationIssue[]> {
  const issues = await ruleIssues(ws, resource, after);
  if (issues.length === 0) return issues;
  const parsedBefore = parseRecord(resource, before);
  const known = parsedBefore.ok ? await ruleIssues(ws, resource, parsedBefore.value) : [];
  const knownKeys = new Set(known.map(issueKey));
  return issues.filter((issue) => !knownKeys.has(issueKey(issue)));
}

function issueKey(issue: ValidationIssue): string {
  return `${issue.path}\u0000${issue.code}`;
}

/** One `in_use` issue per kind of live record still referring to `id`; empty when it can go. */
export async function inUseIssues(
  ws: WorkingSet,
  resource: ResourceName,
  id: string,
): Promise<ValidationIssue[]> {
  if (resource === 'insertion-orders') return [];
  const issues: ValidationIssue[] = [];
  for (const dependent of DEPENDENTS[resource]) {
    const count = await ws.countReferring(dependent.entity, dependent.field, id);
    if (count > 0) issues.push({ path: '', code: 'in_use', params: { count, entity: dependent.entity } });
  }
  return issues;
}
