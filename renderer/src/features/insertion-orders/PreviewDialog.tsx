/**
 * An insertion order on screen, as it prints: the next revision of a campaign (a draft, in the
 * language picked here) or an issued revision (from its snapshot). Shown in a frame holding the
 * very page that is printed, so the app's styles and the document's never mix.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { todayIn } from '@shared/domain/days.ts';
import type { Locale } from '@shared/domain/model.ts';
import type { IoDocument } from '@shared/io/types.ts';
import { host } from '@renderer/host/index.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { db } from '@renderer/store/db.ts';
import { loadInsertionOrder, prepareInsertionOrder } from '@renderer/store/insertion-orders.ts';
import { Modal } from '@renderer/ui/Modal.tsx';
import { DocumentLanguageField } from './DocumentLanguageField.tsx';
import { ioRouteHash } from './io-routes.ts';
import { printHtmlInFrame } from './print-frame.ts';
import { loadRenderer } from './pdf-options.ts';
import { useIoActions } from './useIoActions.ts';

export type PreviewSource =
  { kind: 'next'; campaignId: string; locale: Locale } | { kind: 'issued'; id: string };

type Loaded = { document: IoDocument; html: string } | { problems: string[] };

export function PreviewDialog({ source, onClose }: { source: PreviewSource; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [locale, setLocale] = useState<Locale>(source.kind === 'next' ? source.locale : i18n.locale);
  const { download } = useIoActions();

  const loaded = useLiveQuery(async (): Promise<Loaded> => {
    const { renderIoHtml } = await loadRenderer();
    if (source.kind === 'issued') {
      const record = await loadInsertionOrder(db, source.id);
      return record
        ? { document: record.document, html: renderIoHtml(record.document) }
        : { problems: [t('io.print.notFound')] };
    }
    const prepared = await prepareInsertionOrder(db, source.campaignId, {
      locale,
      today: todayIn(new Date()),
    });
    return prepared.ok
      ? { document: prepared.document, html: renderIoHtml(prepared.document, { draft: true }) }
      : { problems: prepared.issues.map((issue) => i18n.issue(issue)) };
  }, [source, locale, i18n]);

  const document = loaded && 'document' in loaded ? loaded.document : null;
  const html = loaded && 'html' in loaded ? loaded.html : '';
  const route = ioRouteHash(
    source.kind === 'issued' ? source : { kind: 'preview', campaignId: source.campaignId, locale },
  );

  return (
    <Modal
      wide
      title={t('io.preview.title')}
      onClose={onClose}
      footer={
        <>
          {/* A desktop window cannot open another: the printable page is for the browser. */}
          {host.kind === 'browser' && document && (
            <a className="button" href={route} target="_blank" rel="noopener">
              {t('io.action.openPage')}
            </a>
          )}
          <span className="io-footer-spacer" />
          {source.kind === 'issued' && host.capabilities.pdf && (
            <button type="button" className="button" onClick={() => void download(source.id)}>
              {t('io.action.download')}
            </button>
          )}
          <button
            type="button"
            className="button"
            disabled={!document}
            onClick={() => void printHtmlInFrame(html)}
          >
            {t('io.action.print')}
          </button>
          <button type="button" className="button button--primary" onClick={onClose}>
            {t('action.close')}
          </button>
        </>
      }
    >
      <div className="io-preview">
        {source.kind === 'next' && (
          <div className="io-preview__bar">
            <DocumentLanguageField value={locale} onChange={setLocale} />
          </div>
        )}
        {loaded === undefined && <p aria-busy="true">{t('io.print.loading')}</p>}
        {loaded && 'problems' in loaded && (
          <div className="form-error" role="alert">
            <p>{t('io.print.cannotPrepare')}</p>
            <ul className="io-dialog__issues">
              {loaded.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
        {document && (
          <iframe
            className="io-preview__frame"
            title={t('io.preview.frame', { number: document.number, revision: document.revision })}
            srcDoc={html}
          />
        )}
      </div>
    </Modal>
  );
}
