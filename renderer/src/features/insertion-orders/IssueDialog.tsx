/**
 * "Issue insertion order": the language of the document, what will be issued (number, revision,
 * lines, total, what changed since the last revision), then issue. The figures shown are those of
 * the data as it is now; issuing prepares it again, so it is never older than what was shown.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { todayIn } from '@shared/domain/days.ts';
import type { Locale } from '@shared/domain/model.ts';
import { host } from '@renderer/host/index.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { db } from '@renderer/store/db.ts';
import { prepareInsertionOrder, type IoStatus } from '@renderer/store/insertion-orders.ts';
import { Modal } from '@renderer/ui/Modal.tsx';
import { DocumentLanguageField } from './DocumentLanguageField.tsx';
import { useIoActions } from './useIoActions.ts';

export function IssueDialog(props: {
  campaignId: string;
  status: IoStatus;
  onClose: () => void;
  onPreview: (locale: Locale) => void;
}) {
  const i18n = useI18n();
  const { t, tc, money } = i18n;
  const { campaignId, status, onClose } = props;
  const [locale, setLocale] = useState<Locale>(status.latest?.locale ?? i18n.locale);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const { issue } = useIoActions();
  const prepared = useLiveQuery(
    () => prepareInsertionOrder(db, campaignId, { locale, today: todayIn(new Date()) }),
    [campaignId, locale],
  );

  const submit = async () => {
    setBusy(true);
    setErrors([]);
    try {
      const outcome = await issue(campaignId, locale);
      if (outcome.ok) onClose();
      else setErrors(outcome.messages);
    } finally {
      setBusy(false);
    }
  };

  const problems =
    errors.length > 0 ? errors : prepared && !prepared.ok ? prepared.issues.map((i) => i18n.issue(i)) : [];
  const document = prepared?.ok ? prepared.document : null;
  const previous = status.latest?.revision;

  return (
    <Modal
      title={t('io.issue.title')}
      onClose={onClose}
      footer={
        <>
          <button
            type="button"
            className="button"
            onClick={() => props.onPreview(locale)}
            disabled={!document}
          >
            {t('io.action.preview')}
          </button>
          <span className="io-footer-spacer" />
          <button type="button" className="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={!document || busy}
            aria-busy={busy || undefined}
            onClick={() => void submit()}
          >
            {busy
              ? t('io.issue.issuing')
              : t(host.capabilities.pdf ? 'io.issue.desktop' : 'io.issue.browser')}
          </button>
        </>
      }
    >
      <DocumentLanguageField value={locale} onChange={setLocale} />
      <div className="io-dialog__summary">
        {prepared === undefined && <p aria-busy="true">{t('io.issue.preparing')}</p>}
        {document && (
          <>
            <p>
              <strong>
                {t('io.issue.what', {
                  number: document.number,
                  revision: document.revision,
                  lines: tc('io.doc.linesCount', document.lines.length),
                  total: money(document.totals.totalCents, document.currency),
                })}
              </strong>
            </p>
            {previous !== undefined && status.differences.length > 0 && (
              <p>
                {t('io.issue.changes', {
                  previous,
                  parts: status.differences.map((part) => t(`io.part.${part}`)).join(', '),
                })}
              </p>
            )}
            {!document.publisher.legalName && (
              <p className="io-dialog__warning" role="status">
                {t('io.issue.noPublisher')}
              </p>
            )}
            <p className="muted">{t('io.issue.immutable')}</p>
            {!host.capabilities.pdf && <p className="muted">{t('io.issue.browserHint')}</p>}
          </>
        )}
        {problems.length > 0 && (
          <div className="form-error" role="alert">
            <p>{t('io.error.cannotIssue')}</p>
            <ul className="io-dialog__issues">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </Modal>
  );
}
