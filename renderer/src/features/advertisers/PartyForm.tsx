import { useState } from 'react';
import type { Advertiser, Agency } from '@shared/domain/model.ts';
import { parseEntity } from '@shared/domain/validation.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { NumberField, TextAreaField, TextField } from '@renderer/ui/Field.tsx';
import { errorFor } from '@renderer/ui/form/form-errors.ts';
import { mergeIssues } from '@renderer/ui/form/parse-number.ts';
import { RecordFormModal } from '@renderer/ui/form/RecordFormModal.tsx';
import { useRecordForm } from '@renderer/ui/form/useRecordForm.ts';
import { ContactsFields } from './ContactsFields.tsx';
import {
  draftToAdvertiser,
  draftToAgency,
  emptyPartyDraft,
  partyToDraft,
  type PartyDraft,
  type PartyKind,
} from './party-draft.ts';
import './advertisers.css';

const FIELDS = ['name', 'legalName', 'address', 'vatNumber', 'contacts', 'defaultCommissionPct'] as const;

/** Create or edit an advertiser or an agency (which adds a default commission). */
export function PartyForm(props: {
  kind: PartyKind;
  party?: Advertiser | Agency | undefined;
  onClose: () => void;
  onDelete?: (() => void) | undefined;
}) {
  const { t, locale } = useI18n();
  const form = useRecordForm(props);
  const { errors } = form;
  const isAgency = props.kind === 'agencies';
  const [draft, setDraft] = useState<PartyDraft>(() =>
    props.party ? partyToDraft(props.party, locale) : emptyPartyDraft(),
  );
  const set = <K extends keyof PartyDraft>(key: K, value: PartyDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const submit = () => {
    const { value, issues } = isAgency
      ? draftToAgency(draft)
      : { value: draftToAdvertiser(draft), issues: [] };
    if (issues.length > 0) {
      const checked = parseEntity(props.kind, { ...value, id: props.party?.id ?? 'new' });
      return form.showIssues(mergeIssues(issues, checked.ok ? [] : checked.issues));
    }
    return form.save(props.kind, props.party?.id, value, {
      undoLabel: props.party
        ? t('action.edit')
        : isAgency
          ? t('advertisers.newAgency')
          : t('advertisers.newAdvertiser'),
      savedMessage: t(isAgency ? 'advertisers.saved.agency' : 'advertisers.saved.advertiser', {
        name: value.name,
      }),
    });
  };

  const title = props.party
    ? t(isAgency ? 'advertisers.editAgency' : 'advertisers.editAdvertiser', { name: props.party.name })
    : t(isAgency ? 'advertisers.newAgency' : 'advertisers.newAdvertiser');

  return (
    <RecordFormModal form={form} title={title} wide fields={FIELDS} onSubmit={submit}>
      <TextField
        label={t('advertisers.field.name')}
        value={draft.name}
        onChange={(v) => set('name', v)}
        error={errorFor(errors, 'name')}
        required
        autoFocus={!props.party}
      />
      <TextField
        label={t('advertisers.field.legalName')}
        value={draft.legalName}
        onChange={(v) => set('legalName', v)}
        error={errorFor(errors, 'legalName')}
        autoComplete="organization"
      />
      <TextAreaField
        className="span-2"
        label={t('advertisers.field.address')}
        rows={3}
        value={draft.address}
        onChange={(v) => set('address', v)}
        error={errorFor(errors, 'address')}
      />
      <TextField
        label={t('advertisers.field.vatNumber')}
        hint={t('advertisers.field.vatNumberHint')}
        value={draft.vatNumber}
        onChange={(v) => set('vatNumber', v)}
        error={errorFor(errors, 'vatNumber')}
      />
      {isAgency ? (
        <NumberField
          label={t('advertisers.field.commission')}
          hint={t('advertisers.field.commissionHint')}
          value={draft.defaultCommissionPct}
          onChange={(v) => set('defaultCommissionPct', v)}
          error={errorFor(errors, 'defaultCommissionPct')}
        />
      ) : (
        <span />
      )}
      <ContactsFields value={draft.contacts} onChange={(v) => set('contacts', v)} errors={errors} />
    </RecordFormModal>
  );
}
