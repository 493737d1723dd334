/**
 * "Export insertion orders" for the campaigns selected in the list. Before: what each campaign
 * will give (its latest revision as issued when up to date, else a new revision issued now, or
 * why it cannot). After: what was exported; on the desktop every PDF went into one folder, in a
 * browser (which cannot make PDFs) each is printed from here with "Save as PDF".
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { todayIn } from '@shared/domain/days.ts';
import type { Locale } from '@shared/domain/model.ts';
import { host } from '@renderer/host/index.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { db } from '@renderer/store/db.ts';
import { ioStatus } from '@renderer/store/insertion-orders.ts';
import { Modal } from '@renderer/ui/Modal.tsx';
import { useToasts } from '@renderer/ui/toast.tsx';
import { DocumentLanguageField } from './DocumentLanguageField.tsx';
import { exportInsertionOrders, exportPlanOf, type ExportItem, type ExportPlan } from './io-export.ts';
import { ioRouteHash } from './io-routes.ts';
import { loadRenderer } from './pdf-options.ts';
import { printHtmlInFrame } from './print-frame.ts';
import { ioEnv, useIoActions } from './useIoActions.ts';
import './insertion-orders.css';

export interface ExportCampaign {
  id: string;
  name: string;
}

export function ExportDialog(props: {
  campaigns: ExportCampaign[];
  onClose: () => void;
  onDone?: () => void;
}) {
  const i18n = useI18n();
  const { t, tc } = i18n;
  const { onClose } = props;
  // The campaigns as selected when the dialog opened (the list clears its selection once done).
  const [campaigns] = useState(props.campaigns);
  const [locale, setLocale] = useState<Locale>(i18n.locale);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [items, setItems] = useState<ExportItem[] | null>(null);
  const { failureMessages } = useIoActions();

  const plans = useLiveQuery(async () => {
    const today = todayIn(new Date());
    const statuses = await Promise.all(campaigns.map((c) => ioStatus(db, c.id, { today })));
    return statuses.map(exportPlanOf);
  }, [campaigns]);
  const nameOf = (id: string) => campaigns.find((c) => c.id === id)?.name ?? id;
  const runnable = plans?.filter((plan) => plan.kind !== 'blocked') ?? [];

  const run = async () => {
    if (!plans) return;
    const show = useToasts.getState().show;
    setProgress({ done: 0, total: runnable.length });
    try {
      const result = await exportInsertionOrders(ioEnv(), runnable, locale, (done, total) =>
        setProgress({ done, total }),
      );
      setItems(result.items);
      if (result.saved) {
        if (result.saved.saved) {
          show(tc('io.export.done', result.saved.written, { folder: result.saved.folder ?? '' }));
        } else {
          show(t('io.export.cancelled'));
        }
      }
      props.onDone?.();
    } catch (error) {
      show(
        t('io.error.failed', { message: error instanceof Error ? error.message : String(error) }),
        'error',
      );
    } finally {
      setProgress(null);
    }
  };

  const planText = (plan: ExportPlan): string => {
    switch (plan.kind) {
      case 'latest':
        return t('io.export.plan.latest', { number: plan.number, revision: plan.revision });
      case 'issue':
        return plan.revision === 1
          ? t('io.export.plan.first')
          : t('io.export.plan.next', { revision: plan.revision });
      case 'blocked':
        return t('io.export.plan.blocked', {
          reason: plan.issues.map((issue) => i18n.issue(issue)).join(' '),
        });
    }
  };

  const footer = items ? (
    <button type="button" className="button button--primary" onClick={onClose}>
      {t('action.close')}
    </button>
  ) : (
    <>
      <button type="button" className="button" onClick={onClose} disabled={progress !== null}>
        {t('action.cancel')}
      </button>
      <button
        type="button"
        className="button button--primary"
        disabled={!plans || runnable.length === 0 || progress !== null}
        aria-busy={progress !== null || undefined}
        onClick={() => void run()}
      >
        {progress
          ? t('io.export.progress', { done: progress.done, total: progress.total })
          : tc('io.export.run', runnable.length)}
      </button>
    </>
  );

  return (
    <Modal wide title={t('io.export.title')} onClose={progress ? () => undefined : onClose} footer={footer}>
      {items ? (
        <ExportResults items={items} nameOf={nameOf} failureMessages={failureMessages} />
      ) : (
        <div className="io-preview">
          <p className="muted">{t('io.export.intro')}</p>
          {plans === undefined ? (
            <p aria-busy="true">{t('common.loading')}</p>
          ) : (
            <table className="io-export-table" aria-label={t('io.export.title')}>
              <thead>
                <tr>
                  <th scope="col">{t('io.export.col.campaign')}</th>
                  <th scope="col">{t('io.export.col.plan')}</th>
                </tr>
              </thead>
              <tbody>
                {plans.map((plan) => (
                  <tr key={plan.campaignId}>
                    <td>{nameOf(plan.campaignId)}</td>
                    <td
                      className={
                        plan.kind === 'blocked'
                          ? 'is-blocked'
                          : plan.kind === 'issue'
                            ? 'is-stale'
                            : undefined
                      }
                    >
                      {planText(plan)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {plans?.some((plan) => plan.kind === 'issue') && (
            <DocumentLanguageField label={t('io.export.language')} value={locale} onChange={setLocale} />
          )}
          {!host.capabilities.pdf && <p className="muted">{t('io.export.browserNote')}</p>}
        </div>
      )}
    </Modal>
  );
}

function ExportResults(props: {
  items: ExportItem[];
  nameOf: (id: string) => string;
  failureMessages: ReturnType<typeof useIoActions>['failureMessages'];
}) {
  const { t } = useI18n();
  const needsPrinting = props.items.some((item) => item.ok && !item.pdf);
  return (
    <div className="io-preview">
      {needsPrinting && <p className="muted">{t('io.export.browserNote')}</p>}
      <table className="io-export-table" aria-label={t('io.export.title')}>
        <thead>
          <tr>
            <th scope="col">{t('io.export.col.campaign')}</th>
            <th scope="col">{t('io.col.io')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((item) => (
            <tr key={item.campaignId}>
              <td>{props.nameOf(item.campaignId)}</td>
              {item.ok ? (
                <>
                  <td>
                    {item.record.number} · {t('io.doc.revision')} {item.record.revision} ·{' '}
                    <span className="muted">
                      {t(item.issued ? 'io.export.issued' : 'io.export.asIssued')}
                    </span>
                  </td>
                  <td>
                    {!item.pdf && (
                      <div className="io-revisions__actions">
                        <a
                          className="button"
                          href={ioRouteHash({ kind: 'issued', id: item.record.id })}
                          target="_blank"
                          rel="noopener"
                        >
                          {t('io.action.open')}
                        </a>
                        <button
                          type="button"
                          className="button"
                          onClick={() =>
                            void loadRenderer().then(({ renderIoHtml }) =>
                              printHtmlInFrame(renderIoHtml(item.record.document)),
                            )
                          }
                        >
                          {t('io.action.print')}
                        </button>
                      </div>
                    )}
                  </td>
                </>
              ) : (
                <td colSpan={2} className="is-blocked">
                  {t('io.export.failedRow', { reason: props.failureMessages(item).join(' ') })}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
