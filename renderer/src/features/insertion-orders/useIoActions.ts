/**
 * The insertion-order actions of the screens, bound to the app's store and host, with their
 * toasts: issue the next revision and deliver it (desktop: save the PDF it printed; browser: open
 * the print dialog on it), and save or print an issued revision again.
 */
import { useCallback, useMemo } from 'react';
import { todayIn } from '@shared/domain/days.ts';
import type { Locale } from '@shared/domain/model.ts';
import { host, type Host } from '@renderer/host/index.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { db } from '@renderer/store/db.ts';
import { loadInsertionOrder, type InsertionOrderRecord } from '@renderer/store/insertion-orders.ts';
import { useToasts } from '@renderer/ui/toast.tsx';
import { issueNextRevision, revisionPdf, savePdf, type IoEnv, type IoFailure } from './io-export.ts';
import { printHtmlInFrame } from './print-frame.ts';
import { loadRenderer } from './pdf-options.ts';

export type IssueOutcome = { ok: true; record: InsertionOrderRecord } | { ok: false; messages: string[] };

export function ioEnv(): IoEnv & { host: Host } {
  return { db, host, today: () => todayIn(new Date()) };
}

export function useIoActions() {
  const i18n = useI18n();
  const { t } = i18n;

  const failureMessages = useCallback(
    (failure: IoFailure): string[] =>
      'issues' in failure
        ? failure.issues.map((issue) => i18n.issue(issue))
        : [t('io.error.failed', { message: failure.error })],
    [i18n, t],
  );

  /** Issues the campaign's next revision in `locale` and hands it to the user. */
  const issue = useCallback(
    async (campaignId: string, locale: Locale): Promise<IssueOutcome> => {
      const show = useToasts.getState().show;
      const result = await issueNextRevision(ioEnv(), campaignId, locale);
      if (!result.ok) return { ok: false, messages: failureMessages(result) };
      const { record, pdf, html } = result;
      const names = { number: record.number, revision: record.revision };
      if (pdf) {
        let saved = false;
        try {
          saved = await savePdf(host, record.document, pdf);
        } catch (error) {
          show(
            t('io.error.printFailed', { message: error instanceof Error ? error.message : String(error) }),
            'error',
          );
        }
        show(t(saved ? 'io.toast.saved' : 'io.toast.notSaved', names));
      } else {
        show(t('io.toast.issued', names));
        try {
          await printHtmlInFrame(html);
        } catch (error) {
          show(
            t('io.error.printFailed', { message: error instanceof Error ? error.message : String(error) }),
            'error',
          );
        }
      }
      return { ok: true, record };
    },
    [failureMessages, t],
  );

  /** Saves an issued revision's PDF again (desktop, or a stored PDF in a browser), else prints it. */
  const download = useCallback(
    async (revisionId: string): Promise<void> => {
      const show = useToasts.getState().show;
      try {
        const record = await loadInsertionOrder(db, revisionId);
        if (!record) return show(t('io.print.notFound'), 'error');
        const pdf = await revisionPdf(ioEnv(), record);
        if (pdf) await savePdf(host, record.document, pdf);
        else await printHtmlInFrame((await loadRenderer()).renderIoHtml(record.document));
      } catch (error) {
        show(
          t('io.error.printFailed', { message: error instanceof Error ? error.message : String(error) }),
          'error',
        );
      }
    },
    [t],
  );

  return useMemo(() => ({ issue, download, failureMessages }), [issue, download, failureMessages]);
}
