import { useId, useState, type FormEvent } from 'react';
import type { Advertiser, Agency } from '@shared/domain/model.ts';
import { parseEntity } from '@shared/domain/validation.ts';
import { mergeIssues } from '@renderer/features/inventory/draft-numbers.ts';
import { focusFirstInvalid } from '@renderer/features/inventory/focus-invalid.ts';
import { FormErrorSummary } from '@renderer/features/inventory/FormErrorSummary.tsx';
import { FormFooter } from '@renderer/features/inventory/FormFooter.tsx';
import { useRunCommand } from '@renderer/features/inventory/useRunCommand.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { NumberField, TextAreaField, TextField } from '@renderer/ui/Field.tsx';
import { errorFor, fieldErrors, type FieldErrors } from '@renderer/ui/form-errors.ts';
import { Modal } from '@renderer/ui/Modal.tsx';
import { useToasts } from '@renderer/ui/toast.tsx';
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
  const i18n = useI18n();
  const { t, locale } = i18n;
  const run = useRunCommand();
  const formId = useId();
  const isAgency = props.kind === 'agencies';
  const [draft, setDraft] = useState<PartyDraft>(() => (props.party ? partyToDraft(props.party, locale) : emptyPartyDraft()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof PartyDraft>(key: K, value: PartyDraft[K]) => setDraft((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { value, issues } = isAgency ? draftToAgency(draft) : { value: draftToAdvertiser(draft), issues: [] };
    if (issues.length > 0) {
      const checked = parseEntity(props.kind, { ...value, id: props.party?.id ?? 'new' });
      setErrors(fieldErrors(mergeIssues(issues, checked.ok ? [] : checked.issues), i18n));
      return focusFirstInvalid(formId);
    }
    setSaving(true);
    const outcome = await run(
      props.party
        ? { type: 'update', entity: props.kind, id: props.party.id, patch: value }
        : { type: 'create', entity: props.kind, value },
      props.party ? t('action.edit') : isAgency ? t('advertisers.newAgency') : t('advertisers.newAdvertiser'),
    );
    setSaving(false);
    if (!outcome.ok) {
      setErrors(outcome.errors);
      return focusFirstInvalid(formId);
    }
    useToasts.getState().show(t(isAgency ? 'advertisers.saved.agency' : 'advertisers.saved.advertiser', { name: value.name }));
    props.onClose();
  };

  const title = props.party
    ? t(isAgency ? 'advertisers.editAgency' : 'advertisers.editAdvertiser', { name: props.party.name })
    : t(isAgency ? 'advertisers.newAgency' : 'advertisers.newAdvertiser');

  return (
    <Modal
      wide
      title={title}
      onClose={props.onClose}
      footer={<FormFooter formId={formId} saving={saving} onCancel={props.onClose} onDelete={props.onDelete} />}
    >
      <form id={formId} className="form-grid" noValidate onSubmit={(e) => void submit(e)}>
        <FormErrorSummary errors={errors} fields={FIELDS} />
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
      </form>
    </Modal>
  );
}
