import type { ReactNode } from 'react';
import { useI18n } from '@renderer/i18n/index.tsx';
import { Modal } from '../Modal.tsx';

/**
 * A record's form in a Modal, with Cancel and Save in the footer (and Delete on the left for an
 * existing record). Save submits the form by its id, since the footer sits outside it.
 */
export function FormModal(props: {
  title: string;
  wide?: boolean;
  formId: string;
  /** The form's own class, e.g. `form-grid` when the fields are its direct children. */
  className?: string;
  /** An accessible name for the form, which makes it a form landmark. */
  formLabel?: string;
  saving: boolean;
  onSubmit: () => void | Promise<void>;
  onClose: () => void;
  onDelete?: () => void;
  /** Footer content before Cancel, e.g. an action on the record. */
  footerStart?: ReactNode;
  /** Confirmations the form opens, kept inside its dialog. */
  dialogs?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Modal
      wide={props.wide}
      title={props.title}
      onClose={props.onClose}
      footer={
        <>
          {props.onDelete && (
            <button
              type="button"
              className="button button--danger form-footer__delete"
              onClick={props.onDelete}
            >
              {t('action.delete')}
            </button>
          )}
          {props.footerStart}
          <button type="button" className="button" onClick={props.onClose}>
            {t('action.cancel')}
          </button>
          <button
            type="submit"
            form={props.formId}
            className="button button--primary"
            disabled={props.saving}
          >
            {t('action.save')}
          </button>
        </>
      }
    >
      <form
        id={props.formId}
        className={props.className}
        aria-label={props.formLabel}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void props.onSubmit();
        }}
      >
        {props.children}
      </form>
      {props.dialogs}
    </Modal>
  );
}
