import { useId, useState, type FormEvent } from 'react';
import type { Section, Site } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { SelectField, TextField } from '@renderer/ui/Field.tsx';
import { errorFor, type FieldErrors } from '@renderer/ui/form-errors.ts';
import { Modal } from '@renderer/ui/Modal.tsx';
import { useToasts } from '@renderer/ui/toast.tsx';
import { focusFirstInvalid } from './focus-invalid.ts';
import { FormErrorSummary } from './FormErrorSummary.tsx';
import { FormFooter } from './FormFooter.tsx';
import { byName } from './sort.ts';
import { useRunCommand } from './useRunCommand.ts';

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
  const { t, tc } = useI18n();
  const run = useRunCommand();
  const formId = useId();
  const onlySite = props.sites.length === 1 ? props.sites[0]?.id : undefined;
  const [siteId, setSiteId] = useState(props.section?.siteId ?? props.defaultSiteId ?? onlySite ?? '');
  const [name, setName] = useState(props.section?.name ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const value = { siteId, name: name.trim() };
    const outcome = await run(
      props.section
        ? { type: 'update', entity: 'sections', id: props.section.id, patch: value }
        : { type: 'create', entity: 'sections', value },
      props.section ? t('action.edit') : t('inventory.newSection'),
    );
    setSaving(false);
    if (!outcome.ok) {
      const moveRefused = outcome.issues.find((i) => i.code === 'in_use' && i.path === 'siteId');
      const count = Number(moveRefused?.params?.count);
      setErrors(
        moveRefused && Number.isFinite(count)
          ? { ...outcome.errors, siteId: t('inventory.sectionMoveRefused', { list: tc('inventory.records.placements', count) }) }
          : outcome.errors,
      );
      return focusFirstInvalid(formId);
    }
    useToasts.getState().show(t('inventory.saved.section', { name: value.name }));
    props.onClose();
  };

  return (
    <Modal
      title={props.section ? t('inventory.editSection', { name: props.section.name }) : t('inventory.newSection')}
      onClose={props.onClose}
      footer={<FormFooter formId={formId} saving={saving} onCancel={props.onClose} onDelete={props.onDelete} />}
    >
      <form id={formId} className="form-grid" noValidate onSubmit={(e) => void submit(e)}>
        <FormErrorSummary errors={errors} fields={FIELDS} />
        <SelectField
          className="span-2"
          label={t('inventory.field.site')}
          value={siteId}
          onChange={setSiteId}
          placeholder=""
          options={[...props.sites].sort(byName).map((s) => ({ value: s.id, label: s.name }))}
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
      </form>
    </Modal>
  );
}
