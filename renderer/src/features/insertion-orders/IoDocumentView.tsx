/**
 * The insertion order as a printed contract: a pure component of its `IoDocument`, laid out for
 * A4 portrait and written in the document's OWN language (not the app's), money and dates
 * included. It carries its stylesheet, so wherever it is rendered (renderIoHtml for Electron's
 * hidden print window and the benchmark, the `#/io/…` print route for the browser and the
 * end-to-end tests) it prints the same.
 *
 * Print rules that matter: the lines table's header repeats on every page (thead), no row is
 * split across two pages, the totals, the terms and the signatures are kept together, and the
 * page margins carry the IO number and "page i / n" (CSS margin boxes, Chromium ≥ 131).
 */
import type { IoDocument } from '@shared/io/types.ts';
import { makeTranslator, type I18n } from '@renderer/i18n/index.tsx';
import { Signatures, Terms, Totals } from './io-closing.tsx';
import { LineNotes, LinesTable, RemovedTable } from './io-lines.tsx';
import { CampaignBlock, Letterhead, PartyBlock } from './io-parties.tsx';
import { IO_PRINT_CSS as stylesheet } from './io-print-css.ts';

export interface IoDocumentViewProps {
  document: IoDocument;
  /** A preview of a revision not issued yet: marked as a draft on every page. */
  draft?: boolean;
}

export function IoDocumentView({ document: doc, draft = false }: IoDocumentViewProps) {
  const i18n = makeTranslator(doc.locale);
  const { t, tc } = i18n;
  const previous = doc.revision - 1;
  const marksChanges = doc.revision > 1;
  return (
    <article className="io-doc" lang={doc.locale} data-io-number={doc.number} data-io-revision={doc.revision}>
      <style dangerouslySetInnerHTML={{ __html: stylesheet + pageCss(doc, i18n, draft) }} />
      <Letterhead doc={doc} i18n={i18n} />
      {draft && (
        <p className="io-draft">
          {t('io.doc.draft')}. <span>{t('io.doc.draftNote')}</span>
        </p>
      )}
      <section className="io-parties" aria-label={`${t('io.doc.advertiser')} / ${t('io.doc.agency')}`}>
        <PartyBlock title={t('io.doc.advertiser')} party={doc.advertiser} i18n={i18n} />
        {doc.agency ? (
          <PartyBlock title={t('io.doc.agency')} party={doc.agency} i18n={i18n} />
        ) : (
          <div className="io-party">
            <h2>{t('io.doc.agency')}</h2>
            <p className="io-muted">{t('io.doc.direct')}</p>
          </div>
        )}
      </section>
      <CampaignBlock doc={doc} i18n={i18n} />
      <section className="io-lines">
        <div className="io-lines__head">
          <h2>{t('io.doc.lines')}</h2>
          <span className="io-muted">{tc('io.doc.linesCount', doc.lines.length)}</span>
        </div>
        {doc.lines.length > 0 ? (
          <LinesTable doc={doc} lines={doc.lines} i18n={i18n} />
        ) : (
          <p className="io-empty">{t('io.doc.noLines')}</p>
        )}
        <LineNotes doc={doc} i18n={i18n} />
      </section>
      {marksChanges && doc.removedLines.length > 0 && (
        <section className="io-removed">
          <h2>{t('io.doc.removed.title', { previous })}</h2>
          <RemovedTable doc={doc} i18n={i18n} />
        </section>
      )}
      {/* Totals, terms and signatures stay on one page: nobody signs a page without the amounts. */}
      <div className="io-end">
        <section className="io-closing">
          <Terms doc={doc} i18n={i18n} />
          <Totals doc={doc} i18n={i18n} />
        </section>
        <Signatures doc={doc} i18n={i18n} />
      </div>
    </article>
  );
}

// ───────────────────────────── page margins ─────────────────────────────

/** A CSS string literal: quotes, backslashes, line breaks and `<` (no `</style>`) escaped. */
export function cssString(value: string): string {
  return `"${value.replace(/[\\"<>\n\r]/g, (ch) => `\\${ch.charCodeAt(0).toString(16)} `)}"`;
}

/** The margin boxes of every page: IO number and revision at the left, "page i / n" at the right. */
export function pageCss(doc: IoDocument, i18n: I18n, draft: boolean): string {
  const { t } = i18n;
  const box = "font-family: Arial, 'Liberation Sans', Helvetica, sans-serif; font-size: 7pt; color: #5b6474;";
  const footer = t('io.doc.footer', { number: doc.number, revision: doc.revision });
  const parts = [
    `@bottom-left { content: ${cssString(footer)}; ${box} vertical-align: top; padding-top: 4mm; }`,
    `@bottom-right { content: ${cssString(`${t('io.doc.page')} `)} counter(page) " / " counter(pages); ${box} vertical-align: top; padding-top: 4mm; }`,
  ];
  if (draft) {
    parts.push(
      `@top-center { content: ${cssString(t('io.doc.draft').toUpperCase())}; ${box} color: #a32121; font-weight: 700; letter-spacing: 0.08em; }`,
    );
  }
  return `\n@page { ${parts.join(' ')} }\n`;
}
