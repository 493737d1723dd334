import { useI18n } from '@renderer/i18n/index.tsx';
import './inventory.css';

/** The buttons of a record form in a Modal: Delete (existing records) on the left, Cancel and Save. */
export function FormFooter(props: { formId: string; saving: boolean; onCancel: () => void; onDelete?: (() => void) | undefined }) {
  const { t } = useI18n();
  return (
    <>
      {props.onDelete && (
        <button type="button" className="button button--danger form-footer__delete" onClick={props.onDelete}>
          {t('action.delete')}
        </button>
      )}
      <button type="button" className="button" onClick={props.onCancel}>
        {t('action.cancel')}
      </button>
      <button type="submit" form={props.formId} className="button button--primary" disabled={props.saving}>
        {t('action.save')}
      </button>
    </>
  );
}
