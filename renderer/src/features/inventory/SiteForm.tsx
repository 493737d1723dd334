import { useId, useState, type FormEvent } from 'react';
import type { Site } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { TextField } from '@renderer/ui/Field.tsx';
import { errorFor, type FieldErrors } from '@renderer/ui/form-errors.ts';
import { Modal } from '@renderer/ui/Modal.tsx';
import { useToasts } from '@renderer/ui/toast.tsx';
import { focusFirstInvalid } from './focus-invalid.ts';
import { FormErrorSummary } from './FormErrorSummary.tsx';
import { FormFooter } from './FormFooter.tsx';
import { useRunCommand } from './useRunCommand.ts';

const FIELDS = ['name', 'url'] as const;

/** Create or edit a site: its name and web address. */
export function SiteForm(props: { site?: Site | undefined; onClose: () => void; onDelete?: (() => void) | undefined }) {
  const { t } = useI18n();
  const run = useRunCommand();
  const formId = useId();
  const [name, setName] = useState(props.site?.name ?? '');
  const [url, setUrl] = useState(props.site?.url ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const value = { name: name.trim(), url: url.trim() };
    const outcome = await run(
      props.site
        ? { type: 'update', entity: 'sites', id: props.site.id, patch: value }
        : { type: 'create', entity: 'sites', value },
      props.site ? t('action.edit') : t('inventory.newSite'),
    );
    setSaving(false);
    if (!outcome.ok) {
      setErrors(outcome.errors);
      return focusFirstInvalid(formId);
    }
    useToasts.getState().show(t('inventory.saved.site', { name: value.name }));
    props.onClose();
  };

  return (
    <Modal
      title={props.site ? t('inventory.editSite', { name: props.site.name }) : t('inventory.newSite')}
      onClose={props.onClose}
      footer={<FormFooter formId={formId} saving={saving} onCancel={props.onClose} onDelete={props.onDelete} />}
    >
      <form id={formId} className="form-grid" noValidate onSubmit={(e) => void submit(e)}>
        <FormErrorSummary errors={errors} fields={FIELDS} />
        <TextField
          className="span-2"
          label={t('inventory.field.name')}
          value={name}
          onChange={setName}
          error={errorFor(errors, 'name')}
          autoFocus
          required
        />
        <TextField
          className="span-2"
          label={t('inventory.field.url')}
          type="url"
          placeholder="https://"
          value={url}
          onChange={setUrl}
          error={errorFor(errors, 'url')}
        />
      </form>
    </Modal>
  );
}
