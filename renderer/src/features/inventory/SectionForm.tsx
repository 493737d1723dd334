import { useState } from 'react';
import type { ValidationIssue } from '@shared/domain/issues.ts';
import type { Section, Site } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { SelectField, TextField } from '@renderer/ui/Field.tsx';
import { errorFor, fieldErrors } from '@renderer/ui/form/form-errors.ts';
import { RecordFormModal } from '@renderer/ui/form/RecordFormModal.tsx';
import { useRecordForm } from '@renderer/ui/form/useRecordForm.ts';
import { recordOptions } from '@renderer/ui/sort.ts';

const FIELDS = ['siteId', 'name'] as const;

/** Create or edit a section (rubrique) of a site. */
export function SectionForm(props: {
  section?: Section | undefined;
  sites: Site[];
  /** The site a new section starts on. */
  defaultSiteId?: string | undefined;
  onClose: () => void;
  onDelete?: (() => void) | undefined;
}) {
  const i18n = useI18n();
  const { t, tc } = i18n;
  const form = useRecordForm(props);
  const { errors } = form;
  const onlySite = props.sites.length === 1 ? props.sites[0]?.id : undefined;
  const [siteId, setSiteId] = useState(props.section?.siteId ?? props.defaultSiteId ?? onlySite ?? '');
  const [name, setName] = useState(props.section?.name ?? '');

  /** A move to another site is refused while placements remain: say how many, on the site field. */
  const errorsFor = (issues: ValidationIssue[]) => {
    const messages = fieldErrors(issues, i18n);
    const moveRefused = issues.find((i) => i.code === 'in_use' && i.path === 'siteId');
    const count = Number(moveRefused?.params?.count);
    if (moveRefused && Number.isFinite(count)) {
      messages.siteId = t('inventory.sectionMoveRefused', {
        list: tc('inventory.records.placements', count),
      });
    }
    return messages;
  };

  const submit = () => {
    const value = { siteId, name: name.trim() };
    return form.save('sections', props.section?.id, value, {
      undoLabel: props.section ? t('action.edit') : t('inventory.newSection'),
      savedMessage: t('inventory.saved.section', { name: value.name }),
      errorsFor,
    });
  };

  const title = props.section
    ? t('inventory.editSection', { name: props.section.name })
    : t('inventory.newSection');
  return (
    <RecordFormModal form={form} title={title} fields={FIELDS} onSubmit={submit}>
      <SelectField
        className="span-2"
        label={t('inventory.field.site')}
        value={siteId}
        onChange={setSiteId}
        placeholder=""
        options={recordOptions(props.sites)}
        error={errorFor(errors, 'siteId')}
        required
      />
      <TextField
        className="span-2"
        label={t('inventory.field.name')}
        value={name}
        onChange={setName}
        error={errorFor(errors, 'name')}
        autoFocus
        required
      />
    </RecordFormModal>
  );
}
