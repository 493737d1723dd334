import { useState } from 'react';
import type { Site } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { TextField } from '@renderer/ui/Field.tsx';
import { errorFor } from '@renderer/ui/form/form-errors.ts';
import { RecordFormModal } from '@renderer/ui/form/RecordFormModal.tsx';
import { useRecordForm } from '@renderer/ui/form/useRecordForm.ts';

const FIELDS = ['name', 'url'] as const;

/** Create or edit a site: its name and web address. */
export function SiteForm(props: {
  site?: Site | undefined;
  onClose: () => void;
  onDelete?: (() => void) | undefined;
}) {
  const { t } = useI18n();
  const form = useRecordForm(props);
  const { errors } = form;
  const [name, setName] = useState(props.site?.name ?? '');
  const [url, setUrl] = useState(props.site?.url ?? '');

  const submit = () => {
    const value = { name: name.trim(), url: url.trim() };
    return form.save('sites', props.site?.id, value, {
      undoLabel: props.site ? t('action.edit') : t('inventory.newSite'),
      savedMessage: t('inventory.saved.site', { name: value.name }),
    });
  };

  const title = props.site ? t('inventory.editSite', { name: props.site.name }) : t('inventory.newSite');
  return (
    <RecordFormModal form={form} title={title} fields={FIELDS} onSubmit={submit}>
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
    </RecordFormModal>
  );
}
