import { describe, expect, it } from 'vitest';
import { agencySchema } from '@shared/domain/model.ts';
import { draftToAdvertiser, draftToAgency, emptyPartyDraft, partyToDraft } from './party-draft.ts';

describe('party draft', () => {
  it('round-trips an agency, commission in the French decimal style', () => {
    const agency = agencySchema.parse({
      id: 'a1',
      name: 'Havas Média',
      legalName: 'Havas Media France SAS',
      address: '29-30 quai de Dion-Bouton\n92800 Puteaux',
      vatNumber: 'FR12345678901',
      contacts: {
        sales: { name: 'Camille Martin', email: 'camille@havas.example', phone: '01 23 45 67 89' },
      },
      defaultCommissionPct: 15.5,
    });
    const draft = partyToDraft(agency, 'fr');
    expect(draft.defaultCommissionPct).toBe('15,5');
    const { value, issues } = draftToAgency(draft);
    expect(issues).toEqual([]);
    const { id: _id, version: _v, updatedAt: _u, ...input } = agency;
    expect(value).toEqual(input);
  });

  it('trims the text, writes the VAT number without spaces, and reports a commission that is not a number', () => {
    const draft = emptyPartyDraft();
    draft.name = '  Renault ';
    draft.vatNumber = 'fr 12 345 678 901';
    draft.contacts.billing.email = ' compta@renault.example ';
    expect(draftToAdvertiser(draft)).toMatchObject({
      name: 'Renault',
      vatNumber: 'FR12345678901',
      contacts: { billing: { email: 'compta@renault.example' } },
    });
    draft.defaultCommissionPct = 'quinze';
    expect(draftToAgency(draft).issues).toEqual([{ path: 'defaultCommissionPct', code: 'not_a_number' }]);
  });
});
