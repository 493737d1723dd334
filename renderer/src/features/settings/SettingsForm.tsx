import { useState, type FormEvent } from 'react';
import { CREATIVE_LEAD_DAYS_MAX, settingsSchema, type Settings } from '@shared/domain/model.ts';
import { parseWith } from '@shared/domain/validation.ts';
import { formatIoNumber, isValidIoPrefix } from '@shared/io/numbering.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { db } from '@renderer/store/db.ts';
import { saveSettings } from '@renderer/store/settings.ts';
import { NumberField, TextAreaField, TextField } from '@renderer/ui/Field.tsx';
import { errorFor } from '@renderer/ui/form/form-errors.ts';
import { FormErrorSummary } from '@renderer/ui/form/FormErrorSummary.tsx';
import { mergeIssues } from '@renderer/ui/form/parse-number.ts';
import { useFormErrors } from '@renderer/ui/form/useFormErrors.ts';
import { useToasts } from '@renderer/ui/toast.tsx';
import { LanguageField } from './LanguageField.tsx';
import { LogoField } from './LogoField.tsx';
import {
  draftToSettingsPatch,
  isDirty,
  settingsToDraft,
  type IoSettingsDraft,
  type SettingsDraft,
} from './settings-draft.ts';

const FIELDS = ['userName', 'defaultVatPct', 'publisher', 'io'] as const;

/** The user's and the publisher's details; saved together with Save (the language saves itself). */
export function SettingsForm({ settings }: { settings: Settings }) {
  const { t, locale } = useI18n();
  const { formId, errors, setErrors, showIssues } = useFormErrors();
  const [draft, setDraft] = useState<SettingsDraft>(() => settingsToDraft(settings, locale));
  const [saving, setSaving] = useState(false);
  const setPublisher = (key: keyof Settings['publisher'], value: string) =>
    setDraft((d) => ({ ...d, publisher: { ...d.publisher, [key]: value } }));
  const setIo = (key: keyof IoSettingsDraft, value: string) =>
    setDraft((d) => ({ ...d, io: { ...d.io, [key]: value } }));
  const dirty = isDirty(draft, settings);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { patch, issues } = draftToSettingsPatch(draft);
    setSaving(true);
    try {
      if (issues.length > 0) {
        // Text that is not a number blocks the save; check the rest too so every field is marked at once.
        const checked = parseWith(settingsSchema, {
          ...settings,
          ...patch,
          publisher: { ...settings.publisher, ...patch.publisher },
          io: { ...settings.io, ...patch.io },
        });
        return showIssues(mergeIssues(issues, checked.ok ? [] : checked.issues));
      }
      const result = await saveSettings(db, patch);
      if (result.ok) {
        setErrors({});
        setDraft(settingsToDraft(result.value, locale));
        useToasts.getState().show(t('settings.saved'));
      } else {
        showIssues(result.issues);
      }
    } catch (e) {
      useToasts
        .getState()
        .show(t('error.writeFailed', { message: e instanceof Error ? e.message : String(e) }), 'error');
    } finally {
      setSaving(false);
    }
  };

  const publisherField = (
    key: Exclude<keyof Settings['publisher'], 'logoDataUrl'>,
    extra: { type?: string; autoComplete?: string; hint?: string } = {},
  ) => (
    <TextField
      label={t(`settings.field.${key}`)}
      value={draft.publisher[key]}
      onChange={(v) => setPublisher(key, v)}
      error={errorFor(errors, `publisher.${key}`)}
      {...extra}
    />
  );

  return (
    <form id={formId} className="settings-form" noValidate onSubmit={(e) => void submit(e)}>
      <FormErrorSummary errors={errors} fields={FIELDS} />
      <fieldset className="form-section form-grid">
        <legend>{t('settings.section.general')}</legend>
        <p className="field__hint span-2">{t('settings.section.general.hint')}</p>
        <LanguageField />
        <TextField
          label={t('settings.field.userName')}
          hint={t('settings.field.userName.hint')}
          autoComplete="name"
          value={draft.userName}
          onChange={(v) => setDraft((d) => ({ ...d, userName: v }))}
          error={errorFor(errors, 'userName')}
        />
        <NumberField
          label={t('settings.field.defaultVat')}
          hint={t('settings.field.defaultVat.hint')}
          value={draft.defaultVatPct}
          onChange={(v) => setDraft((d) => ({ ...d, defaultVatPct: v }))}
          error={errorFor(errors, 'defaultVatPct')}
        />
      </fieldset>
      <fieldset className="form-section form-grid">
        <legend>{t('settings.section.publisher')}</legend>
        <p className="field__hint span-2">{t('settings.section.publisher.hint')}</p>
        <div className="span-2">{publisherField('legalName', { autoComplete: 'organization' })}</div>
        <TextAreaField
          className="span-2"
          label={t('settings.field.address')}
          rows={3}
          value={draft.publisher.address}
          onChange={(v) => setPublisher('address', v)}
          error={errorFor(errors, 'publisher.address')}
        />
        {publisherField('companyNumber', { hint: t('settings.field.companyNumber.hint') })}
        {publisherField('vatNumber')}
        {publisherField('email', { type: 'email', autoComplete: 'email' })}
        {publisherField('phone', { type: 'tel', autoComplete: 'tel' })}
        <LogoField
          value={draft.publisher.logoDataUrl}
          onChange={(url) => setPublisher('logoDataUrl', url)}
          error={errorFor(errors, 'publisher.logoDataUrl')}
        />
      </fieldset>
      <fieldset className="form-section form-grid">
        <legend>{t('settings.section.io')}</legend>
        <p className="field__hint span-2">{t('settings.section.io.hint')}</p>
        <TextField
          label={t('settings.field.numberPrefix')}
          hint={
            isValidIoPrefix(draft.io.numberPrefix.trim())
              ? t('settings.field.numberPrefix.hint', {
                  example: formatIoNumber(draft.io.numberPrefix.trim(), new Date().getFullYear(), 42),
                })
              : t('validation.invalid_io_prefix')
          }
          value={draft.io.numberPrefix}
          onChange={(v) => setIo('numberPrefix', v)}
          error={errorFor(errors, 'io.numberPrefix')}
          spellCheck={false}
        />
        <NumberField
          label={t('settings.field.creativeLeadDays')}
          hint={t('settings.field.creativeLeadDays.hint', { max: CREATIVE_LEAD_DAYS_MAX })}
          value={draft.io.creativeLeadDays}
          onChange={(v) => setIo('creativeLeadDays', v)}
          error={errorFor(errors, 'io.creativeLeadDays')}
        />
        <TextAreaField
          className="span-2"
          label={t('settings.field.governingTerms')}
          hint={t('settings.field.governingTerms.hint')}
          rows={2}
          value={draft.io.governingTerms}
          onChange={(v) => setIo('governingTerms', v)}
          error={errorFor(errors, 'io.governingTerms')}
        />
        <TextField
          className="span-2"
          label={t('settings.field.adServerOfRecord')}
          hint={t('settings.field.adServerOfRecord.hint')}
          value={draft.io.adServerOfRecord}
          onChange={(v) => setIo('adServerOfRecord', v)}
          error={errorFor(errors, 'io.adServerOfRecord')}
        />
        <TextAreaField
          className="span-2"
          label={t('settings.field.cancellationTerms')}
          rows={3}
          value={draft.io.cancellationTerms}
          onChange={(v) => setIo('cancellationTerms', v)}
          error={errorFor(errors, 'io.cancellationTerms')}
        />
        <TextAreaField
          className="span-2"
          label={t('settings.field.paymentTerms')}
          rows={2}
          value={draft.io.paymentTerms}
          onChange={(v) => setIo('paymentTerms', v)}
          error={errorFor(errors, 'io.paymentTerms')}
        />
      </fieldset>
      <div className="settings-form__actions">
        {dirty && <span className="muted">{t('settings.unsaved')}</span>}
        <button type="submit" className="button button--primary" disabled={saving}>
          {t('action.save')}
        </button>
      </div>
    </form>
  );
}
