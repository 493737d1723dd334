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
import type { Contact } from '@shared/domain/model.ts';
import type { IoDocument, IoLine, IoParty } from '@shared/io/types.ts';
import { makeTranslator, type I18n } from '@renderer/i18n/index.tsx';
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

// ───────────────────────────── header and parties ─────────────────────────────

type Part = { doc: IoDocument; i18n: I18n };

/** "SIREN 123 456 789" / "SIRET …" from the number's length, else the generic label. */
function companyNumberLabel(value: string, i18n: I18n): string {
  const digits = value.replace(/\D/g, '');
  if (digits.length === value.length && digits.length === 9) return i18n.t('io.doc.siren');
  if (digits.length === value.length && digits.length === 14) return i18n.t('io.doc.siret');
  return i18n.t('io.doc.companyNumber');
}

function Letterhead({ doc, i18n }: Part) {
  const { t, day } = i18n;
  const p = doc.publisher;
  return (
    <header className="io-head">
      <div className="io-head__publisher">
        {p.logoDataUrl ? <img className="io-head__logo" src={p.logoDataUrl} alt="" /> : null}
        <div>
          <div className="io-head__publisher-name">{p.legalName || p.name}</div>
          {p.address && <p>{p.address}</p>}
          {p.companyNumber && (
            <p>
              {companyNumberLabel(p.companyNumber, i18n)} {p.companyNumber}
            </p>
          )}
          {p.vatNumber && (
            <p>
              {t('io.doc.vatNumber')} {p.vatNumber}
            </p>
          )}
          {(p.email || p.phone) && (
            <p>
              {p.email && <span className="io-nowrap">{`${t('io.doc.email')} ${p.email}`}</span>}
              {p.email && p.phone && ' · '}
              {p.phone && <span className="io-nowrap">{`${t('io.doc.phone')} ${p.phone}`}</span>}
            </p>
          )}
        </div>
      </div>
      <div className="io-head__id">
        <h1 className="io-head__title">{t('io.doc.title')}</h1>
        <dl>
          <dt>{t('io.doc.number')}</dt>
          <dd>{doc.number}</dd>
          <dt>{t('io.doc.revision')}</dt>
          <dd>{doc.revision}</dd>
          <dt>{t('io.doc.issuedOn')}</dt>
          <dd>{day(doc.issuedOn, 'long')}</dd>
        </dl>
      </div>
    </header>
  );
}

function hasContact(contact: Contact): boolean {
  return [contact.name, contact.email, contact.phone].some((part) => part.trim() !== '');
}

function PartyBlock({ title, party, i18n }: { title: string; party: IoParty; i18n: I18n }) {
  const { t } = i18n;
  const legal = party.legalName || party.name;
  const contacts = party.contacts
    ? (['sales', 'traffic', 'billing'] as const)
        .map((role) => ({ role, contact: party.contacts![role] }))
        .filter((c) => hasContact(c.contact))
    : [];
  return (
    <div className="io-party">
      <h2>{title}</h2>
      <div className="io-party__name">{legal}</div>
      {party.legalName && party.name && party.legalName !== party.name && (
        <div className="io-muted">{party.name}</div>
      )}
      {party.address && <p className="io-party__address">{party.address}</p>}
      {party.vatNumber && (
        <p className="io-party__ids">
          {t('io.doc.vatNumber')} {party.vatNumber}
        </p>
      )}
      {contacts.length > 0 && (
        <dl className="io-party__contacts" aria-label={t('io.doc.contacts')}>
          {contacts.map((c) => (
            <div key={c.role} style={{ display: 'contents' }}>
              <dt>{t(`io.doc.contact.${c.role}`)}</dt>
              <dd>
                {c.contact.name && <div>{c.contact.name}</div>}
                {(c.contact.email || c.contact.phone) && (
                  <div className="io-muted">
                    {c.contact.email && <span className="io-nowrap">{c.contact.email}</span>}
                    {c.contact.email && c.contact.phone && ' · '}
                    {c.contact.phone && <span className="io-nowrap">{c.contact.phone}</span>}
                  </div>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

/** The first and last day of the lines (null without lines). */
export function periodOf(lines: readonly IoLine[]): { start: string; end: string } | null {
  let start: string | null = null;
  let end: string | null = null;
  for (const line of lines) {
    if (start === null || line.startDate < start) start = line.startDate;
    if (end === null || line.endDate > end) end = line.endDate;
  }
  return start !== null && end !== null ? { start, end } : null;
}

function CampaignBlock({ doc, i18n }: Part) {
  const { t, dayRange } = i18n;
  const period = periodOf(doc.lines);
  return (
    <dl className="io-campaign">
      <div className="io-campaign__name">
        <dt>{t('io.doc.campaign')}</dt>
        <dd>{doc.campaign.name}</dd>
      </div>
      <div>
        <dt>{t('io.doc.period')}</dt>
        <dd>{period ? dayRange(period.start, period.end) : '—'}</dd>
      </div>
      <div>
        <dt>{t('io.doc.currency')}</dt>
        <dd>{doc.currency}</dd>
      </div>
      <div className="io-campaign__terms">
        <dt>{t('io.doc.governingTerms')}</dt>
        <dd>{doc.terms.governingTerms || '—'}</dd>
      </div>
      <div style={{ gridColumn: 'span 2' }}>
        <dt>{t('io.doc.adServer')}</dt>
        <dd>{doc.terms.adServerOfRecord || t('io.doc.adServerDefault')}</dd>
      </div>
      {doc.campaign.notes && (
        <div className="io-campaign__wide">
          <dt>{t('io.doc.remarks')}</dt>
          <dd>{doc.campaign.notes}</dd>
        </div>
      )}
    </dl>
  );
}

// ───────────────────────────── lines ─────────────────────────────

export function lineTypeText(line: IoLine, i18n: I18n): { main: string; sub?: string } {
  const { t, number, percent } = i18n;
  switch (line.lineType) {
    case 'exclusive':
      return { main: t('io.doc.lineType.exclusive') };
    case 'slots':
      return {
        main: t('io.doc.lineType.slots', {
          count: number(line.volume.kind === 'slots' ? line.volume.slots : 1),
        }),
      };
    case 'sov':
      return {
        main: t('io.doc.lineType.sov', { pct: percent(line.volume.kind === 'sov' ? line.volume.pct : 0) }),
      };
    case 'impressions':
      return {
        main: t('io.doc.lineType.impressions'),
        // A CPM line's quantity column already says how many impressions.
        sub:
          line.volume.kind === 'impressions' && line.rateModel !== 'cpm'
            ? t('io.doc.qty.cpm', { count: number(line.volume.goal) })
            : undefined,
      };
  }
}

export function quantityText(line: IoLine, i18n: I18n): string {
  const { t, tc, number } = i18n;
  switch (line.rateModel) {
    case 'cpm':
      return t('io.doc.qty.cpm', { count: number(line.quantity) });
    case 'cpc':
      return t('io.doc.qty.cpc', { count: number(line.quantity) });
    case 'cpd':
      return line.volume.kind === 'slots' && line.volume.slots > 1
        ? t('io.doc.qty.cpdSlots', { days: number(line.days), slots: number(line.volume.slots) })
        : tc('io.doc.days', line.quantity);
    case 'flat':
      return t('io.doc.qty.flat');
  }
}

function minus(cents: number, i18n: I18n, currency: string): string {
  return cents > 0 ? `−\u00a0${i18n.money(cents, currency)}` : i18n.money(0, currency);
}

const COLUMNS = [
  'idx',
  'placement',
  'format',
  'period',
  'type',
  'rate',
  'qty',
  'gross',
  'discount',
  'net',
] as const;

/** 1,000,000.00 and more: the table's figures are set smaller so they keep to their columns. */
const WIDE_FIGURE_CENTS = 100_000_000;

function LinesHeader({ i18n }: { i18n: I18n }) {
  const { t } = i18n;
  return (
    <>
      <colgroup>
        {COLUMNS.map((column) => (
          <col key={column} className={`col-${column}`} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className="idx">{t('io.doc.col.index')}</th>
          <th>{t('io.doc.col.placement')}</th>
          <th>{t('io.doc.col.format')}</th>
          <th>{t('io.doc.col.period')}</th>
          <th>{t('io.doc.col.lineType')}</th>
          <th className="num">{t('io.doc.col.rate')}</th>
          <th className="num">{t('io.doc.col.quantity')}</th>
          <th className="num">{t('io.doc.col.gross')}</th>
          <th className="num">{t('io.doc.col.discount')}</th>
          <th className="num">{t('io.doc.col.net')}</th>
        </tr>
      </thead>
    </>
  );
}

function LineRow({ line, index, doc, i18n }: { line: IoLine; index: number; doc: IoDocument; i18n: I18n }) {
  const { t, money, percent } = i18n;
  const type = lineTypeText(line, i18n);
  const change =
    doc.revision > 1 && (line.change === 'added' || line.change === 'changed') ? line.change : null;
  return (
    <tr className={change ? `is-${change}` : undefined} data-booking-id={line.bookingId}>
      <td className="idx">{index + 1}</td>
      <td className="placement">
        <div className="io-line__where">
          {line.site} › {line.section}
        </div>
        <div className="io-line__placement">{line.placement}</div>
        {change && (
          <span className={`io-tag io-tag--${change}`}>
            {t(`io.doc.change.${change}`, { revision: doc.revision })}
          </span>
        )}
      </td>
      <td>{t(`format.${line.format}`)}</td>
      <td>
        <Period line={line} i18n={i18n} />
      </td>
      <td>
        <div>{type.main}</div>
        {type.sub && <div className="io-line__sub">{type.sub}</div>}
        {line.status === 'option' && <span className="io-tag io-tag--option">{t('io.doc.option')}</span>}
      </td>
      <td className="num">
        <div className="io-line__sub">{t(`rateModel.${line.rateModel}`)}</div>
        <div>{money(line.rateCents, doc.currency)}</div>
      </td>
      <td className="num">{quantityText(line, i18n)}</td>
      <td className="num">{money(line.grossCents, doc.currency)}</td>
      <td className="num">
        {line.discountPct > 0 ? percent(line.discountPct) : <span className="io-muted">—</span>}
      </td>
      <td className="num">
        <strong>{money(line.netCents, doc.currency)}</strong>
      </td>
    </tr>
  );
}

/** "22 oct. 2026 / → 15 nov. 2026 / 25 jours": one date a line, so no date is ever cut in two. */
function Period({ line, i18n }: { line: IoLine; i18n: I18n }) {
  const { tc, day } = i18n;
  return (
    <>
      <div className="nowrap">{day(line.startDate)}</div>
      {line.endDate !== line.startDate && <div className="nowrap">→ {day(line.endDate)}</div>}
      <div className="io-line__sub">{tc('io.doc.days', line.days)}</div>
    </>
  );
}

function LinesTable({ doc, lines, i18n }: Part & { lines: IoLine[] }) {
  const wide = lines.some(
    (line) => line.grossCents >= WIDE_FIGURE_CENTS || line.rateCents >= WIDE_FIGURE_CENTS,
  );
  return (
    <table className={`io-table io-table--lines${wide ? ' io-table--wide-figures' : ''}`}>
      <LinesHeader i18n={i18n} />
      <tbody>
        {lines.map((line, index) => (
          <LineRow key={line.bookingId} line={line} index={index} doc={doc} i18n={i18n} />
        ))}
      </tbody>
    </table>
  );
}

function LineNotes({ doc, i18n }: Part) {
  const { t } = i18n;
  const notes: string[] = [];
  if (doc.lines.some((line) => line.status === 'option')) notes.push(t('io.doc.optionNote'));
  if (doc.revision > 1 && doc.lines.some((line) => line.change === 'added' || line.change === 'changed')) {
    notes.push(t('io.doc.changesNote', { previous: doc.revision - 1 }));
  }
  if (notes.length === 0) return null;
  return <p className="io-notes">{notes.join(' ')}</p>;
}

function RemovedTable({ doc, i18n }: Part) {
  const { t, tc, money, dayRange } = i18n;
  return (
    <table className="io-table io-table--removed">
      <thead>
        <tr>
          <th>{t('io.doc.col.placement')}</th>
          <th>{t('io.doc.col.format')}</th>
          <th>{t('io.doc.col.period')}</th>
          <th className="num">{t('io.doc.col.net')}</th>
        </tr>
      </thead>
      <tbody>
        {doc.removedLines.map((line) => (
          <tr key={line.bookingId} data-booking-id={line.bookingId}>
            <td className="placement">
              <div className="struck">
                {line.site} › {line.section} › <strong>{line.placement}</strong>
              </div>
              <span className="io-tag io-tag--removed">{t('io.doc.removed.tag')}</span>
            </td>
            <td className="struck">{t(`format.${line.format}`)}</td>
            <td className="struck">
              {dayRange(line.startDate, line.endDate)} · {tc('io.doc.days', line.days)}
            </td>
            <td className="num struck">{money(line.netCents, doc.currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// ───────────────────────────── totals, terms, signatures ─────────────────────────────

function Totals({ doc, i18n }: Part) {
  const { t, money, percent } = i18n;
  const { totals, currency } = doc;
  const m = (cents: number) => money(cents, currency);
  const rows: { key: string; label: string; value: string; className?: string }[] = [
    { key: 'gross', label: t('io.doc.total.gross'), value: m(totals.grossCents) },
    {
      key: 'discounts',
      label: t('io.doc.total.discounts'),
      value: minus(totals.discountCents, i18n, currency),
    },
    { key: 'net', label: t('io.doc.total.net'), value: m(totals.netCents), className: 'is-strong' },
  ];
  if (doc.agency !== null || totals.agencyCommissionPct > 0) {
    rows.push({
      key: 'commission',
      label: t('io.doc.total.commission', { pct: percent(totals.agencyCommissionPct) }),
      value: minus(totals.commissionCents, i18n, currency),
    });
  }
  rows.push(
    {
      key: 'net-before-tax',
      label: t('io.doc.total.netBeforeTax'),
      value: m(totals.netBeforeTaxCents),
      className: 'is-strong',
    },
    { key: 'vat', label: t('io.doc.total.vat', { pct: percent(totals.vatPct) }), value: m(totals.vatCents) },
    { key: 'total', label: t('io.doc.total.total'), value: m(totals.totalCents), className: 'is-total' },
  );
  return (
    <section className="io-totals" aria-label={t('io.doc.totals')}>
      <h2>{t('io.doc.totals')}</h2>
      <dl>
        {rows.map((row) => (
          <div key={row.key} style={{ display: 'contents' }} data-total={row.key}>
            <dt className={row.className}>{row.label}</dt>
            <dd className={row.className}>{row.value}</dd>
          </div>
        ))}
      </dl>
      <div className="io-maxspend" data-total="max-spend">
        <div className="io-maxspend__figure">
          <span>{t('io.doc.total.maxSpend')}</span>
          <span>{m(totals.maxSpendCents)}</span>
        </div>
        <p>{t('io.doc.total.maxSpendNote')}</p>
      </div>
    </section>
  );
}

function Terms({ doc, i18n }: Part) {
  const { t, day } = i18n;
  const { terms } = doc;
  return (
    <section className="io-terms" aria-label={t('io.doc.terms')}>
      <h2>{t('io.doc.terms')}</h2>
      <dl>
        <div>
          <dt>{t('io.doc.creativeDue')}</dt>
          <dd>{terms.creativeDueDate ? day(terms.creativeDueDate, 'long') : t('io.doc.creativeDueNone')}</dd>
        </div>
        {terms.cancellationTerms && (
          <div>
            <dt>{t('io.doc.cancellation')}</dt>
            <dd>{terms.cancellationTerms}</dd>
          </div>
        )}
        {terms.paymentTerms && (
          <div>
            <dt>{t('io.doc.payment')}</dt>
            <dd>{terms.paymentTerms}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}

function SignatureBlock({ title, party, i18n }: { title: string; party: string; i18n: I18n }) {
  const { t } = i18n;
  return (
    <div className="io-signature">
      <h3>{title}</h3>
      <p className="io-signature__party">{party}</p>
      <div className="io-signature__line">
        <span>{t('io.doc.signName')}</span>
        <i />
      </div>
      <div className="io-signature__line">
        <span>{t('io.doc.signDate')}</span>
        <i />
      </div>
      <div className="io-signature__box">
        {t('io.doc.signature')}
        <div />
      </div>
    </div>
  );
}

function Signatures({ doc, i18n }: Part) {
  const { t } = i18n;
  const advertiser = doc.advertiser.legalName || doc.advertiser.name;
  const agency = doc.agency ? doc.agency.legalName || doc.agency.name : null;
  return (
    <section className="io-signatures" aria-label={t('io.doc.acceptance')}>
      <h2>{t('io.doc.acceptance')}</h2>
      <p>{t('io.doc.acceptanceNote')}</p>
      <div className="io-signatures__blocks">
        <SignatureBlock
          title={t('io.doc.forPublisher')}
          party={doc.publisher.legalName || doc.publisher.name}
          i18n={i18n}
        />
        <SignatureBlock
          title={agency ? t('io.doc.forAdvertiserOrAgency') : t('io.doc.forAdvertiser')}
          party={agency ? `${advertiser} · ${agency}` : advertiser}
          i18n={i18n}
        />
      </div>
    </section>
  );
}
