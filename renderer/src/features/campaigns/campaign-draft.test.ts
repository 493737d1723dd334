import { describe, expect, it } from 'vitest';
import type { Advertiser, Agency, Campaign } from '@shared/domain/model.ts';
import { validateCampaign } from '@shared/domain/validation.ts';
import { campaignToDraft, draftToCampaignInput, newCampaignDraft, withAgency } from './campaign-draft.ts';

const campaign: Campaign = {
  id: 'c1',
  version: 2,
  updatedAt: '2026-01-01T00:00:00.000Z',
  name: 'Soldes d’été',
  advertiserId: 'a1',
  agencyId: 'ag1',
  currency: 'EUR',
  agencyCommissionPct: 12.5,
  status: 'proposal',
  notes: 'IO à signer',
};

const agency = { id: 'ag2', defaultCommissionPct: 15 } satisfies Pick<Agency, 'id' | 'defaultCommissionPct'>;

describe('campaign draft', () => {
  it('starts as a direct draft in euros', () => {
    expect(newCampaignDraft()).toEqual({
      name: '',
      advertiserId: '',
      agencyId: '',
      currency: 'EUR',
      commissionPct: '',
      status: 'draft',
      notes: '',
    });
  });

  it.each(['fr', 'en'] as const)('round-trips a campaign (%s)', (locale) => {
    const { id: _id, version: _v, updatedAt: _u, ...fields } = campaign;
    expect(draftToCampaignInput(campaignToDraft(campaign, locale))).toEqual(fields);
  });

  it('shows the commission in the user’s locale', () => {
    expect(campaignToDraft(campaign, 'fr').commissionPct).toBe('12,5');
  });

  it('fills in the chosen agency’s default commission, and clears it without an agency', () => {
    const withOne = withAgency(newCampaignDraft('a1'), agency, 'fr');
    expect(withOne).toMatchObject({ agencyId: 'ag2', commissionPct: '15' });
    expect(withAgency(withOne, undefined, 'fr')).toMatchObject({ agencyId: '', commissionPct: '' });
  });

  it('sends a blank commission as zero, no agency as null, the currency in capitals', () => {
    const input = draftToCampaignInput({ ...newCampaignDraft('a1'), name: 'X', currency: 'chf' });
    expect(input).toMatchObject({ agencyId: null, agencyCommissionPct: 0, currency: 'CHF' });
  });

  it('lets the store report what the user got wrong, on the right field', () => {
    const advertiser = { id: 'a1' } as Advertiser;
    const issues = (draft: ReturnType<typeof newCampaignDraft>) => {
      const result = validateCampaign(
        { ...draftToCampaignInput(draft), id: 'c' },
        { advertiser, agency: null },
      );
      return result.ok ? [] : result.issues.map((i) => `${i.path}:${i.code}`);
    };
    expect(issues({ ...newCampaignDraft('a1'), name: 'Ok' })).toEqual([]);
    expect(issues({ ...newCampaignDraft('a1'), name: '  ' })).toContain('name:required');
    expect(issues({ ...newCampaignDraft('a1'), name: 'Ok', commissionPct: 'quinze' })).toContain(
      'agencyCommissionPct:not_a_number',
    );
    expect(issues({ ...newCampaignDraft('a1'), name: 'Ok', commissionPct: '150' })).toContain(
      'agencyCommissionPct:percent_out_of_range',
    );
  });
});
