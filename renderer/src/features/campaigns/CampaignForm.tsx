/**
 * New or existing campaign, in a modal. Choosing an agency fills in its default commission.
 * The store validates; its issues are shown next to the fields and nothing is written.
 */
import { useId, useMemo, useState } from 'react';
import { CAMPAIGN_STATUSES, type Campaign, type CampaignStatus } from '@shared/domain/model.ts';
import { useNavigation } from '@renderer/app/navigation.ts';
import { usePlanning, type Planning } from '@renderer/features/bookings/usePlanning.ts';
import { useRunCommand } from '@renderer/features/bookings/useRunCommand.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import type { Command } from '@renderer/store/command-types.ts';
import { NumberField, SelectField, TextAreaField, TextField } from '@renderer/ui/Field.tsx';
import { errorFor, fieldErrors, type FieldErrors } from '@renderer/ui/form-errors.ts';
import { Modal } from '@renderer/ui/Modal.tsx';
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
  if (!planning) {
    return (
      <Modal title={title} onClose={props.onClose}>
        <p aria-busy="true">{t('common.loading')}</p>
      </Modal>
    );
  }
  return <CampaignFormBody {...props} planning={planning} title={title} />;
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
  const run = useRunCommand();
  const show = useToasts((s) => s.show);
  const go = useNavigation((s) => s.go);
  const formId = useId();
  const [draft, setDraft] = useState<CampaignDraft>(() =>
    campaign
      ? campaignToDraft(campaign, locale)
      : newCampaignDraft(planning.advertisers.length === 1 ? planning.advertisers[0]?.id : ''),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const change = (next: CampaignDraft, ...paths: string[]) => {
    setDraft(next);
    if (paths.some((path) => errors[path])) {
      setErrors(Object.fromEntries(Object.entries(errors).filter(([key]) => !paths.includes(key))));
    }
  };

  const advertiserOptions = useMemo(
    () =>
      [...planning.advertisers]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((a) => ({ value: a.id, label: a.name })),
    [planning.advertisers],
  );
  const agencyOptions = useMemo(
    () =>
      [...planning.agencies]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((a) => ({ value: a.id, label: a.name })),
    [planning.agencies],
  );
  const currencies: string[] = [...COMMON_CURRENCIES];
  if (!currencies.includes(draft.currency)) currencies.push(draft.currency);

  const save = async () => {
    setSaving(true);
    try {
      const input = draftToCampaignInput(draft);
      const command: Command = campaign
        ? { type: 'update', entity: 'campaigns', id: campaign.id, patch: input }
        : { type: 'create', entity: 'campaigns', value: input };
      const result = await run(command, campaign ? t('campaigns.undo.edit') : t('campaigns.undo.create'));
      if (!result) return;
      if (!result.ok) {
        setErrors(fieldErrors(result.issues, i18n));
        return;
      }
      show(campaign ? t('campaigns.toast.saved') : t('campaigns.toast.created', { name: input.name.trim() }));
      if (onSaved) onSaved(campaign?.id ?? result.createdIds[0] ?? '');
      else onClose();
    } finally {
      setSaving(false);
    }
  };

  const otherErrors = Object.entries(errors).filter(([path]) => !FIELDS.includes(path));

  return (
    <Modal
      title={title}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={saving}>
            {t('action.save')}
          </button>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {planning.advertisers.length === 0 && (
          <p className="notice notice--warning">
            {t('campaigns.empty.noAdvertiser')}{' '}
            <button type="button" className="button" onClick={() => go('advertisers')}>
              {t('campaigns.action.goAdvertisers')}
            </button>
          </p>
        )}
        {Object.keys(errors).length > 0 && (
          <div className="form-error" role="alert">
            <p>{t('validation.summary')}</p>
            {otherErrors.length > 0 && (
              <ul>
                {otherErrors.map(([path, message]) => (
                  <li key={path}>{message}</li>
                ))}
              </ul>
            )}
          </div>
        )}
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
      </form>
    </Modal>
  );
}
