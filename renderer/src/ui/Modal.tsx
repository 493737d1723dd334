/**
 * A modal dialog on the native `<dialog>`: focus is trapped and Escape closes it without any code
 * of ours. Used for forms and confirmations.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '@renderer/i18n/index.tsx';

export function Modal(props: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { onClose } = props;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) {
      dialog.showModal();
      // Start where the user types: the first field (or an autoFocus button), not the × button.
      const first = dialog.querySelector<HTMLElement>(
        '[autofocus], .modal__body input:not([type=hidden]):not([disabled]), .modal__body select, .modal__body textarea',
      );
      first?.focus();
    }
    const handleCancel = (event: Event) => {
      event.preventDefault();
      onClose();
    };
    dialog.addEventListener('cancel', handleCancel);
    return () => dialog.removeEventListener('cancel', handleCancel);
  }, [onClose]);

  return (
    <dialog ref={ref} className={`modal ${props.wide ? 'modal--wide' : ''}`} aria-labelledby={titleId}>
      <header className="modal__header">
        <h2 id={titleId}>{props.title}</h2>
        <button
          type="button"
          className="button button--ghost"
          aria-label={t('action.close')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <div className="modal__body">{props.children}</div>
      {props.footer && <footer className="modal__footer">{props.footer}</footer>}
    </dialog>
  );
}

/** Stands in for a form while the records it offers are still loading. */
export function LoadingModal(props: { title: string; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal title={props.title} onClose={props.onClose}>
      <p aria-busy="true">{t('common.loading')}</p>
    </Modal>
  );
}

export function ConfirmDialog(props: {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  danger?: boolean;
}) {
  const { t } = useI18n();
  return (
    <Modal
      title={t('confirm.title')}
      onClose={props.onCancel}
      footer={
        <>
          <button type="button" className="button" onClick={props.onCancel}>
            {t('action.cancel')}
          </button>
          <button
            type="button"
            className={`button ${props.danger ? 'button--danger' : 'button--primary'}`}
            onClick={props.onConfirm}
            autoFocus
          >
            {props.confirmLabel}
          </button>
        </>
      }
    >
      <p>{props.message}</p>
    </Modal>
  );
}
