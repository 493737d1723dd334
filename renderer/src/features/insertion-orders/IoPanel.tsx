/**
 * A campaign's insertion order, on its detail screen: the latest revision issued, whether it is
 * out of date (the campaign changed since), the actions (preview the next revision, issue it) and
 * every past revision, each readable and exportable again.
 */
import { useCallback, useState } from 'react';
import type { Locale } from '@shared/domain/model.ts';
import { host } from '@renderer/host/index.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { useIoStatus, type IoRevisionSummary, type IoStatus } from '@renderer/store/insertion-orders.ts';
import { ioRouteHash } from './io-routes.ts';
import { IssueDialog } from './IssueDialog.tsx';
import { PreviewDialog, type PreviewSource } from './PreviewDialog.tsx';
import { useIoActions } from './useIoActions.ts';
import './insertion-orders.css';

type Open = { kind: 'issue' } | { kind: 'preview'; source: PreviewSource };

export function IoPanel({ campaignId }: { campaignId: string }) {
  const i18n = useI18n();
  const { t, day } = i18n;
  const status = useIoStatus(campaignId);
  const [open, setOpen] = useState<Open | null>(null);
  const close = useCallback(() => setOpen(null), []);

  if (!status) {
    return (
      <section className="io-panel" aria-label={t('io.panel.title')} aria-busy="true">
        <h2>{t('io.panel.title')}</h2>
      </section>
    );
  }
  const { latest, outOfDate } = status;
  const defaultLocale: Locale = latest?.locale ?? i18n.locale;
  const canPrepare = status.issues.length === 0;

  return (
    <section
      className={`io-panel${outOfDate ? ' io-panel--stale' : ''}`}
      aria-label={t('io.panel.title')}
      data-testid="io-panel"
    >
      <div className="io-panel__row">
        <div className="io-panel__title">
          <h2>{t('io.panel.title')}</h2>
          {latest ? (
            <>
              <strong data-testid="io-latest">
                {t('io.panel.latest', { number: latest.number, revision: latest.revision })}
              </strong>
              <span className="muted">
                {t('io.panel.issuedOn', {
                  date: day(latest.issuedOn),
                  language: t(`io.language.${latest.locale}`),
                })}
              </span>
              {outOfDate ? (
                <span className="badge badge--io-stale">{t('io.panel.outOfDate')}</span>
              ) : (
                <span className="badge badge--io-current">{t('io.panel.upToDate')}</span>
              )}
            </>
          ) : (
            <span className="muted">{t('io.panel.none')}</span>
          )}
        </div>
        <div className="io-panel__actions">
          <button
            type="button"
            className="button"
            disabled={!canPrepare}
            onClick={() =>
              setOpen({ kind: 'preview', source: { kind: 'next', campaignId, locale: defaultLocale } })
            }
          >
            {t('io.action.preview')}
          </button>
          <button
            type="button"
            className={`button${!latest || outOfDate ? ' button--primary' : ''}`}
            disabled={!canPrepare}
            onClick={() => setOpen({ kind: 'issue' })}
          >
            {latest ? t('io.action.issueRevision', { revision: status.nextRevision }) : t('io.action.issue')}
          </button>
        </div>
      </div>
      {latest && outOfDate && (
        <p className="io-panel__stale" role="status">
          {t('io.panel.outOfDateBody', {
            revision: latest.revision,
            next: status.nextRevision,
            parts: status.differences.map((part) => t(`io.part.${part}`)).join(', ') || t('io.part.lines'),
          })}
        </p>
      )}
      {!canPrepare && (
        <div className="muted">
          {t('io.panel.cannotPrepare')}
          <ul className="io-panel__issues">
            {status.issues.map((issue, index) => (
              <li key={index}>{i18n.issue(issue)}</li>
            ))}
          </ul>
        </div>
      )}
      {status.revisions.length > 0 && (
        <Revisions
          status={status}
          onOpen={(id) => setOpen({ kind: 'preview', source: { kind: 'issued', id } })}
        />
      )}
      {open?.kind === 'issue' && (
        <IssueDialog
          campaignId={campaignId}
          status={status}
          onClose={close}
          onPreview={(locale) => setOpen({ kind: 'preview', source: { kind: 'next', campaignId, locale } })}
        />
      )}
      {open?.kind === 'preview' && <PreviewDialog source={open.source} onClose={close} />}
    </section>
  );
}

function Revisions({ status, onOpen }: { status: IoStatus; onOpen: (id: string) => void }) {
  const { t, day } = useI18n();
  const { download } = useIoActions();
  return (
    <details>
      <summary>
        {t('io.panel.revisions')} ({status.revisions.length})
      </summary>
      <table className="io-revisions" aria-label={t('io.panel.revisions')}>
        <thead>
          <tr>
            <th scope="col">{t('io.col.revision')}</th>
            <th scope="col">{t('io.col.issuedOn')}</th>
            <th scope="col">{t('io.col.language')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {status.revisions.map((revision) => (
            <tr key={revision.id} data-io-id={revision.id}>
              <td>
                {revision.number} · {t('io.doc.revision')} {revision.revision}
              </td>
              <td>{day(revision.issuedOn)}</td>
              <td>{t(`io.language.${revision.locale}`)}</td>
              <td>
                <RevisionActions revision={revision} onOpen={onOpen} onDownload={download} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function RevisionActions(props: {
  revision: IoRevisionSummary;
  onOpen: (id: string) => void;
  onDownload: (id: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const { revision } = props;
  const label = `${revision.number} r${revision.revision}`;
  return (
    <div className="io-revisions__actions">
      {host.kind === 'browser' ? (
        // The printable page, in a new tab: where the browser's "Save as PDF" is.
        <a
          className="button"
          href={ioRouteHash({ kind: 'issued', id: revision.id })}
          target="_blank"
          rel="noopener"
          aria-label={`${t('io.action.open')} ${label}`}
        >
          {t('io.action.open')}
        </a>
      ) : (
        <button
          type="button"
          className="button"
          aria-label={`${t('io.action.open')} ${label}`}
          onClick={() => props.onOpen(revision.id)}
        >
          {t('io.action.open')}
        </button>
      )}
      <button
        type="button"
        className="button"
        aria-label={`${t(revision.hasPdf || host.capabilities.pdf ? 'io.action.download' : 'io.action.print')} ${label}`}
        onClick={() => void props.onDownload(revision.id)}
      >
        {t(revision.hasPdf || host.capabilities.pdf ? 'io.action.download' : 'io.action.print')}
      </button>
    </div>
  );
}
