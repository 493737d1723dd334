/**
 * The campaign form's state (a draft, numbers as typed) and its conversion to and from a
 * campaign. Pure and unit-tested. Like the booking draft it decides nothing: what cannot be read
 * is passed on as typed for the store's validation to report.
 */
import type { Agency, Campaign, CampaignStatus, Locale } from '@shared/domain/model.ts';
import type { EntityInput } from '@renderer/store/command-types.ts';
import { numberToText, textToNumber } from '@renderer/ui/form/number-text.ts';

export interface CampaignDraft {
  name: string;
  advertiserId: string;
  /** '' for a direct sale (no agency). */
  agencyId: string;
  currency: string;
  /** Agency commission in percent, as typed; blank means none. */
  commissionPct: string;
  status: CampaignStatus;
  notes: string;
}

export type CampaignInput = EntityInput<'campaigns'>;

/** Currencies offered first; a campaign in another one keeps it. */
export const COMMON_CURRENCIES = ['EUR', 'CHF', 'GBP', 'USD', 'CAD'] as const;

export function newCampaignDraft(advertiserId = ''): CampaignDraft {
  return {
    name: '',
    advertiserId,
    agencyId: '',
    currency: 'EUR',
    commissionPct: '',
    status: 'draft',
    notes: '',
  };
}

export function campaignToDraft(campaign: Campaign, locale: Locale): CampaignDraft {
  return {
    name: campaign.name,
    advertiserId: campaign.advertiserId,
    agencyId: campaign.agencyId ?? '',
    currency: campaign.currency,
    commissionPct:
      campaign.agencyCommissionPct === 0 ? '' : numberToText(campaign.agencyCommissionPct, locale),
    status: campaign.status,
    notes: campaign.notes,
  };
}

/**
 * Another agency (or none): its default commission is filled in, and going direct clears the
 * commission, since there is then nobody to pay it to.
 */
export function withAgency(
  draft: CampaignDraft,
  agency: Pick<Agency, 'id' | 'defaultCommissionPct'> | undefined,
  locale: Locale,
): CampaignDraft {
  if (!agency) return { ...draft, agencyId: '', commissionPct: '' };
  return {
    ...draft,
    agencyId: agency.id,
    commissionPct: agency.defaultCommissionPct === 0 ? '' : numberToText(agency.defaultCommissionPct, locale),
  };
}

export function draftToCampaignInput(draft: CampaignDraft): CampaignInput {
  const input = {
    name: draft.name,
    advertiserId: draft.advertiserId,
    agencyId: draft.agencyId === '' ? null : draft.agencyId,
    currency: draft.currency.trim().toUpperCase(),
    agencyCommissionPct: textToNumber(draft.commissionPct, 0),
    status: draft.status,
    notes: draft.notes,
  };
  // Plain data checked by the store; the cast only names its intended shape.
  return input as CampaignInput;
}
