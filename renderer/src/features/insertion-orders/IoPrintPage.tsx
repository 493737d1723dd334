/**
 * A print route's page: the insertion order alone, on white, with the same component and
 * stylesheet as the PDF the desktop prints. The toolbar (print, back) shows on screen only.
 * `data-io-ready` tells a test the document is laid out.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { todayIn } from '@shared/domain/days.ts';
import type { IoDocument } from '@shared/io/types.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { db } from '@renderer/store/db.ts';
import {
  listInsertionOrders,
  loadInsertionOrder,
  prepareInsertionOrder,
  type PrepareResult,
} from '@renderer/store/insertion-orders.ts';
import type { IoRoute } from './io-routes.ts';
import { IoDocumentView } from './IoDocumentView.tsx';
import { ioPageTitle } from './pdf-options.ts';

const SCREEN_CSS = `
.io-print-toolbar { display: flex; justify-content: center; gap: 8px; padding: 12px; font: 14px Arial, sans-serif; }
.io-print-message { max-width: 640px; margin: 48px auto; font: 15px Arial, sans-serif; color: #333; }
@media print { .io-print-toolbar { display: none; } }
`;

type Loaded = { document: IoDocument; draft: boolean } | { problem: string[] } | undefined;

export function IoPrintPage({ route }: { route: IoRoute }) {
  const i18n = useI18n();
  const { t } = i18n;

  const loaded: Loaded = useLiveQuery(async (): Promise<Loaded> => {
    if (route.kind === 'issued') {
      const record = await loadInsertionOrder(db, route.id);
      return record ? { document: record.document, draft: false } : { problem: [t('io.print.notFound')] };
    }
    const latest = (await listInsertionOrders(db, route.campaignId)).at(-1);
    const locale = route.locale ?? latest?.locale ?? i18n.locale;
    const prepared: PrepareResult = await prepareInsertionOrder(db, route.campaignId, {
      locale,
      today: todayIn(new Date()),
    });
    return prepared.ok
      ? { document: prepared.document, draft: true }
      : { problem: [t('io.print.cannotPrepare'), ...prepared.issues.map((issue) => i18n.issue(issue))] };
  }, [route, i18n]);

  const document = loaded && 'document' in loaded ? loaded.document : null;
  useEffect(() => {
    if (!document) return;
    window.document.title = ioPageTitle(document);
    window.document.documentElement.lang = document.locale;
  }, [document]);

  return (
    <div className="io-print-page" data-io-ready={document ? 'true' : undefined}>
      <style>{SCREEN_CSS}</style>
      {document && (
        <div className="io-print-toolbar">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            {t('io.action.printSave')}
          </button>
        </div>
      )}
      {loaded === undefined ? (
        <p className="io-print-message" aria-busy="true">
          {t('io.print.loading')}
        </p>
      ) : 'problem' in loaded ? (
        <div className="io-print-message" role="alert">
          {loaded.problem.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : (
        <IoDocumentView document={loaded.document} draft={loaded.draft} />
      )}
    </div>
  );
}
