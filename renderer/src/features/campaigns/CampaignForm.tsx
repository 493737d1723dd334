/**
 * New or existing campaign, in a modal. Choosing an agency fills in its default commission.
 * The store validates; its issues are shown next to the fields and nothing is written.
 */
import { useMemo, useState } from 'react';
import { CAMPAIGN_STATUSES, type Campaign, type CampaignStatus } from '@shared/domain/model.ts';
import { useNavigation } from '@renderer/app/navigation.ts';
import { usePlanning, type Planning } from '@renderer/features/bookings/usePlanning.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { NumberField, SelectField, TextAreaField, TextField } from '@renderer/ui/Field.tsx';
import { errorFor, fieldErrors } from '@renderer/ui/form/form-errors.ts';
import { FormErrorSummary } from '@renderer/ui/form/FormErrorSummary.tsx';
import { FormModal } from '@renderer/ui/form/FormModal.tsx';
import { useFormErrors } from '@renderer/ui/form/useFormErrors.ts';
import { useSaveRecord } from '@renderer/ui/form/useSaveRecord.ts';
import { LoadingModal } from '@renderer/ui/Modal.tsx';
import { useToasts } from '@renderer/ui/toast.tsx';
import {
  campaignToDraft,
  COMMON_CURRENCIES,
  draftToCampaignInput,
  newCampaignDraft,
  withAgency,
  type CampaignDraft,
} from './campaign-draft.ts';

const FIELDS = ['name', 'advertiserId', 'agencyId', 'currency', 'agencyCommissionPct', 'status', 'notes'];

export interface CampaignFormProps {
  campaign?: Campaign | undefined;
  onClose: () => void;
  /** Called with the campaign's id once saved, instead of `onClose` (to open a new campaign). */
  onSaved?: (campaignId: string) => void;
}

export function CampaignForm(props: CampaignFormProps) {
  const { t } = useI18n();
  const planning = usePlanning();
  const title = props.campaign ? t('campaigns.form.editTitle') : t('campaigns.form.newTitle');
  if (!planning) return <LoadingModal title={title} onClose={props.onClose} />;
  return <CampaignFormBody {...props} planning={planning} title={title} />;
}

/**
 * In the browser's own order (`localeCompare`), like the lists of the booking screens;
 * `recordOptions` would order numbers within names differently.
 */
function optionsByName(records: readonly { id: string; name: string }[]) {
  return [...records]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((r) => ({ value: r.id, label: r.name }));
}

function CampaignFormBody({
  campaign,
  onClose,
  onSaved,
  planning,
  title,
}: CampaignFormProps & { planning: Planning; title: string }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const show = useToasts((s) => s.show);
  const go = useNavigation((s) => s.go);
  const { formId, errors, setErrors, clearErrors } = useFormErrors();
  const { saving, save } = useSaveRecord();
  const [draft, setDraft] = useState<CampaignDraft>(() =>
    campaign
      ? campaignToDraft(campaign, locale)
      : newCampaignDraft(planning.advertisers.length === 1 ? planning.advertisers[0]?.id : ''),
  );

  const change = (next: CampaignDraft, ...paths: string[]) => {
    setDraft(next);
    clearErrors(...paths);
  };

  const advertiserOptions = useMemo(() => optionsByName(planning.advertisers), [planning.advertisers]);
  const agencyOptions = useMemo(() => optionsByName(planning.agencies), [planning.agencies]);
  const currencies: string[] = [...COMMON_CURRENCIES];
  if (!currencies.includes(draft.currency)) currencies.push(draft.currency);

  const submit = async () => {
    const input = draftToCampaignInput(draft);
    const result = await save(
      'campaigns',
      campaign?.id,
      input,
      campaign ? t('campaigns.undo.edit') : t('campaigns.undo.create'),
    );
    if (!result) return;
    if (!result.ok) return setErrors(fieldErrors(result.issues, i18n));
    show(campaign ? t('campaigns.toast.saved') : t('campaigns.toast.created', { name: input.name.trim() }));
    if (onSaved) onSaved(campaign?.id ?? result.createdIds[0] ?? '');
    else onClose();
  };

  return (
    <FormModal
      title={title}
      formId={formId}
      formLabel={title}
      saving={saving}
      onSubmit={submit}
      onClose={onClose}
    >
      {planning.advertisers.length === 0 && (
        <p className="notice notice--warning">
          {t('campaigns.empty.noAdvertiser')}{' '}
          <button type="button" className="button" onClick={() => go('advertisers')}>
            {t('campaigns.action.goAdvertisers')}
          </button>
        </p>
      )}
      <FormErrorSummary errors={errors} fields={FIELDS} listUnplaced />
      <div className="form-grid campaign-form-grid">
        <TextField
          label={t('campaigns.form.name')}
          value={draft.name}
          onChange={(name) => change({ ...draft, name }, 'name')}
          error={errorFor(errors, 'name')}
          className="span-2"
          autoFocus
        />
        <SelectField
          label={t('campaigns.form.advertiser')}
          value={draft.advertiserId}
          placeholder={t('campaigns.form.chooseAdvertiser')}
          options={advertiserOptions}
          onChange={(advertiserId) => change({ ...draft, advertiserId }, 'advertiserId')}
          error={errorFor(errors, 'advertiserId')}
        />
        <SelectField
          label={t('campaigns.form.agency')}
          value={draft.agencyId}
          placeholder={t('campaigns.form.noAgency')}
          options={agencyOptions}
          onChange={(agencyId) =>
            change(
              withAgency(draft, planning.agencyById.get(agencyId), locale),
              'agencyId',
              'agencyCommissionPct',
            )
          }
          error={errorFor(errors, 'agencyId')}
        />
        <SelectField
          label={t('campaigns.form.currency')}
          value={draft.currency}
          options={currencies.map((c) => ({ value: c, label: c }))}
          onChange={(currency) => change({ ...draft, currency }, 'currency')}
          error={errorFor(errors, 'currency')}
        />
        <NumberField
          label={t('campaigns.form.commission')}
          value={draft.commissionPct}
          placeholder="0"
          onChange={(commissionPct) => change({ ...draft, commissionPct }, 'agencyCommissionPct')}
          error={errorFor(errors, 'agencyCommissionPct')}
        />
        <SelectField
          label={t('campaigns.form.status')}
          value={draft.status}
          options={CAMPAIGN_STATUSES.map((s) => ({ value: s, label: t(`campaignStatus.${s}`) }))}
          onChange={(status) => change({ ...draft, status: status as CampaignStatus }, 'status')}
          error={errorFor(errors, 'status')}
        />
        <div />
        <TextAreaField
          label={t('campaigns.form.notes')}
          value={draft.notes}
          rows={3}
          onChange={(notes) => change({ ...draft, notes }, 'notes')}
          error={errorFor(errors, 'notes')}
          className="span-2"
        />
      </div>
    </FormModal>
  );
}
