import { useMemo, useState } from 'react';
import type { ValidationIssue } from '@shared/domain/issues.ts';
import { FORMATS, type Placement, type Section, type Site } from '@shared/domain/model.ts';
import { validatePlacement } from '@shared/domain/validation.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { CheckboxGroup, NumberField, SelectField, TextField } from '@renderer/ui/Field.tsx';
import { errorFor, fieldErrors } from '@renderer/ui/form/form-errors.ts';
import { mergeIssues } from '@renderer/ui/form/parse-number.ts';
import { RecordFormModal } from '@renderer/ui/form/RecordFormModal.tsx';
import { useRecordForm } from '@renderer/ui/form/useRecordForm.ts';
import { recordOptions } from '@renderer/ui/sort.ts';
import { OverrideRowsFields } from './OverrideRowsFields.tsx';
import {
  draftToPlacement,
  emptyPlacementDraft,
  issuesOnDraft,
  placementToDraft,
  ratesFor,
  type PlacementDraft,
} from './placement-draft.ts';
import { RateCardFields } from './RateCardFields.tsx';
import { WeekdayProfileFields } from './WeekdayProfileFields.tsx';

const FIELDS = [
  'siteId',
  'sectionId',
  'name',
  'formats',
  'capacity',
  'overrideRows',
  'rateCard',
  'expectedCtrPct',
] as const;

/** Create or edit a placement: where it is, the formats it accepts, how it is sold and its rate card. */
export function PlacementForm(props: {
  placement?: Placement | undefined;
  sites: Site[];
  sections: Section[];
  onClose: () => void;
  onDelete?: (() => void) | undefined;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const form = useRecordForm(props);
  const { errors } = form;
  const [draft, setDraft] = useState<PlacementDraft>(() => {
    if (props.placement) return placementToDraft(props.placement, locale);
    const siteId = props.sites.length === 1 ? (props.sites[0]?.id ?? '') : '';
    const siteSections = props.sections.filter((s) => s.siteId === siteId);
    return emptyPlacementDraft(locale, siteId, siteSections.length === 1 ? (siteSections[0]?.id ?? '') : '');
  });
  /** Issues about an override day go on its row; a day listed twice gets its own message. */
  const errorsFor = (issues: ValidationIssue[]) => {
    const onDraft = issuesOnDraft(issues, draft);
    const messages = fieldErrors(onDraft, i18n);
    for (const issue of onDraft) {
      if (issue.params?.reason === 'duplicate') messages[issue.path] = t('inventory.field.duplicateDay');
    }
    return messages;
  };
  const set = <K extends keyof PlacementDraft>(key: K, value: PlacementDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const siteOptions = useMemo(() => recordOptions(props.sites), [props.sites]);
  const sectionOptions = useMemo(
    () => recordOptions(props.sections.filter((s) => s.siteId === draft.siteId)),
    [props.sections, draft.siteId],
  );
  const formatOptions = useMemo(() => FORMATS.map((f) => ({ value: f, label: t(`format.${f}`) })), [t]);

  const changeSite = (siteId: string) =>
    setDraft((current) => {
      const keep = props.sections.some((s) => s.id === current.sectionId && s.siteId === siteId);
      const siteSections = props.sections.filter((s) => s.siteId === siteId);
      const only = siteSections.length === 1 ? (siteSections[0]?.id ?? '') : '';
      return { ...current, siteId, sectionId: keep ? current.sectionId : only };
    });

  const submit = () => {
    const { value, issues } = draftToPlacement(draft);
    if (issues.length > 0) {
      // Also check the rest of the form, so every field to correct is marked at once.
      const section = props.sections.find((s) => s.id === value.sectionId);
      const checked = validatePlacement({ ...value, id: props.placement?.id ?? 'new' }, { section });
      return form.showErrors(errorsFor(mergeIssues(issues, checked.ok ? [] : checked.issues)));
    }
    return form.save('placements', props.placement?.id, value, {
      undoLabel: props.placement ? t('action.edit') : t('inventory.newPlacement'),
      savedMessage: t('inventory.saved.placement', { name: value.name }),
      errorsFor,
    });
  };

  const sectionHint = !draft.siteId
    ? t('inventory.field.sectionHintNoSite')
    : sectionOptions.length === 0
      ? t('inventory.field.sectionHintNone')
      : undefined;

  const title = props.placement
    ? t('inventory.editPlacement', { name: props.placement.name })
    : t('inventory.newPlacement');
  return (
    <RecordFormModal form={form} title={title} wide fields={FIELDS} onSubmit={submit}>
      <SelectField
        label={t('inventory.field.site')}
        value={draft.siteId}
        onChange={changeSite}
        placeholder=""
        options={siteOptions}
        error={errorFor(errors, 'siteId')}
        required
      />
      <SelectField
        label={t('inventory.field.section')}
        value={draft.sectionId}
        onChange={(v) => set('sectionId', v)}
        placeholder=""
        options={sectionOptions}
        hint={sectionHint}
        error={errorFor(errors, 'sectionId')}
        required
      />
      <TextField
        className="span-2"
        label={t('inventory.field.name')}
        value={draft.name}
        onChange={(v) => set('name', v)}
        error={errorFor(errors, 'name')}
        required
        autoFocus={!props.placement}
      />
      <div className="span-2">
        <CheckboxGroup
          label={t('inventory.field.formats')}
          options={formatOptions}
          value={draft.formats}
          onChange={(v) => set('formats', v)}
          error={errorFor(errors, 'formats')}
        />
      </div>
      <SelectField
        label={t('inventory.field.capacityKind')}
        value={draft.capacityKind}
        onChange={(v) => set('capacityKind', v === 'impressions' ? 'impressions' : 'slots')}
        options={[
          { value: 'slots', label: t('capacity.slots') },
          { value: 'impressions', label: t('capacity.impressions') },
        ]}
        error={errors.capacity}
      />
      {draft.capacityKind === 'slots' ? (
        <NumberField
          label={t('inventory.field.slotsPerDay')}
          hint={t('inventory.field.slotsPerDayHint')}
          value={draft.slotsPerDay}
          onChange={(v) => set('slotsPerDay', v)}
          error={errorFor(errors, 'capacity.slotsPerDay')}
        />
      ) : (
        <NumberField
          label={t('inventory.field.dailyForecast')}
          value={draft.dailyForecast}
          onChange={(v) => set('dailyForecast', v)}
          error={errorFor(errors, 'capacity.dailyForecast')}
        />
      )}
      {draft.capacityKind === 'impressions' && (
        <>
          <WeekdayProfileFields
            value={draft.weekdayProfile}
            onChange={(v) => set('weekdayProfile', v)}
            errors={errors}
          />
          <OverrideRowsFields rows={draft.overrides} onChange={(v) => set('overrides', v)} errors={errors} />
        </>
      )}
      <RateCardFields
        keys={ratesFor(draft.capacityKind)}
        value={draft.rates}
        onChange={(v) => set('rates', v)}
        errors={errors}
      />
      {draft.capacityKind === 'impressions' && (
        <NumberField
          label={t('inventory.field.ctr')}
          hint={t('inventory.field.ctrHint')}
          value={draft.expectedCtrPct}
          onChange={(v) => set('expectedCtrPct', v)}
          error={errorFor(errors, 'expectedCtrPct')}
        />
      )}
    </RecordFormModal>
  );
}
