/**
 * The advertiser / agency form's draft and its conversion. Both share the party fields (name,
 * legal name, address, VAT number, three contacts); an agency adds its default commission.
 */
import type { ValidationIssue } from '@shared/domain/issues.ts';
import type { Advertiser, Agency, Contact, Locale } from '@shared/domain/model.ts';
import type { EntityInput } from '@renderer/store/command-types.ts';
import { numberToText } from '@renderer/ui/form/number-text.ts';
import { IssueCollector, parseNumber } from '@renderer/ui/form/parse-number.ts';

export const CONTACT_ROLES = ['sales', 'traffic', 'billing'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];
export const CONTACT_FIELDS = ['name', 'email', 'phone'] as const satisfies readonly (keyof Contact)[];

export type PartyKind = 'advertisers' | 'agencies';

export interface PartyDraft {
  name: string;
  legalName: string;
  address: string;
  vatNumber: string;
  contacts: Record<ContactRole, Contact>;
  /** Agencies only. */
  defaultCommissionPct: string;
}

const emptyContact = (): Contact => ({ name: '', email: '', phone: '' });

export function emptyPartyDraft(): PartyDraft {
  return {
    name: '',
    legalName: '',
    address: '',
    vatNumber: '',
    contacts: { sales: emptyContact(), traffic: emptyContact(), billing: emptyContact() },
    defaultCommissionPct: '0',
  };
}

export function partyToDraft(party: Advertiser | Agency, locale: Locale): PartyDraft {
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
    defaultCommissionPct:
      'defaultCommissionPct' in party ? numberToText(party.defaultCommissionPct, locale) : '0',
  };
}

function trimContact(contact: Contact): Contact {
  return { name: contact.name.trim(), email: contact.email.trim(), phone: contact.phone.trim() };
}

export function draftToAdvertiser(draft: PartyDraft): EntityInput<'advertisers'> {
  return {
    name: draft.name.trim(),
    legalName: draft.legalName.trim(),
    address: draft.address.trim(),
    // VAT numbers are written without spaces on invoices and in VIES.
    vatNumber: draft.vatNumber.replace(/\s+/g, '').toUpperCase(),
    contacts: {
      sales: trimContact(draft.contacts.sales),
      traffic: trimContact(draft.contacts.traffic),
      billing: trimContact(draft.contacts.billing),
    },
  };
}

export function draftToAgency(draft: PartyDraft): {
  value: EntityInput<'agencies'>;
  issues: ValidationIssue[];
} {
  const collect = new IssueCollector();
  const defaultCommissionPct = collect.take(parseNumber(draft.defaultCommissionPct, 'defaultCommissionPct'));
  return { value: { ...draftToAdvertiser(draft), defaultCommissionPct }, issues: collect.issues };
}
