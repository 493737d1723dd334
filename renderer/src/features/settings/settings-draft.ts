/** The settings form's draft (text as typed) and the patch it saves. The language is saved on its own, at once. */
import type { ValidationIssue } from '@shared/domain/issues.ts';
import type { Locale, Settings } from '@shared/domain/model.ts';
import type { SettingsPatch } from '@renderer/store/settings.ts';
import { numberToText } from '@renderer/ui/form/number-text.ts';
import { IssueCollector, parseNumber } from '@renderer/ui/form/parse-number.ts';

/** The insertion-order settings as typed (the lead time as text). */
export type IoSettingsDraft = Omit<Settings['io'], 'creativeLeadDays'> & { creativeLeadDays: string };

export interface SettingsDraft {
  userName: string;
  defaultVatPct: string;
  publisher: Settings['publisher'];
  io: IoSettingsDraft;
}

export function settingsToDraft(settings: Settings, locale: Locale): SettingsDraft {
  return {
    userName: settings.userName,
    defaultVatPct: numberToText(settings.defaultVatPct, locale),
    publisher: { ...settings.publisher },
    io: { ...settings.io, creativeLeadDays: numberToText(settings.io.creativeLeadDays, locale) },
  };
}

export function draftToSettingsPatch(draft: SettingsDraft): {
  patch: SettingsPatch;
  issues: ValidationIssue[];
} {
  const collect = new IssueCollector();
  const defaultVatPct = collect.take(parseNumber(draft.defaultVatPct, 'defaultVatPct'));
  const p = draft.publisher;
  const io = draft.io;
  const creativeLeadDays = collect.take(parseNumber(io.creativeLeadDays, 'io.creativeLeadDays'));
  return {
    patch: {
      userName: draft.userName.trim(),
      defaultVatPct,
      publisher: {
        legalName: p.legalName.trim(),
        address: p.address.trim(),
        // Registration numbers are compared and printed without the spaces people type.
        companyNumber: p.companyNumber.replace(/\s+/g, ''),
        vatNumber: p.vatNumber.replace(/\s+/g, '').toUpperCase(),
        email: p.email.trim(),
        phone: p.phone.trim(),
        logoDataUrl: p.logoDataUrl,
      },
      io: {
        numberPrefix: io.numberPrefix.trim(),
        governingTerms: io.governingTerms.trim(),
        adServerOfRecord: io.adServerOfRecord.trim(),
        creativeLeadDays,
        cancellationTerms: io.cancellationTerms.trim(),
        paymentTerms: io.paymentTerms.trim(),
      },
    },
    issues: collect.issues,
  };
}

/** Whether the draft differs from the stored settings (ignoring how numbers are written). */
export function isDirty(draft: SettingsDraft, settings: Settings): boolean {
  const { patch, issues } = draftToSettingsPatch(draft);
  if (issues.length > 0) return true;
  return (
    patch.userName !== settings.userName ||
    patch.defaultVatPct !== settings.defaultVatPct ||
    JSON.stringify(patch.publisher) !== JSON.stringify(settings.publisher) ||
    JSON.stringify(patch.io) !== JSON.stringify(settings.io)
  );
}
