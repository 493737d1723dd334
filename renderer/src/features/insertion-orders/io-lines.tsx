/** The lines the contract sells, and those removed since the previous revision. */
import type { IoDocument, IoLine } from '@shared/io/types.ts';
import type { I18n } from '@renderer/i18n/index.tsx';
import type { Part } from './io-parties.tsx';
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

export function minus(cents: number, i18n: I18n, currency: string): string {
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

export function LinesTable({ doc, lines, i18n }: Part & { lines: IoLine[] }) {
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

export function LineNotes({ doc, i18n }: Part) {
  const { t } = i18n;
  const notes: string[] = [];
  if (doc.lines.some((line) => line.status === 'option')) notes.push(t('io.doc.optionNote'));
  if (doc.revision > 1 && doc.lines.some((line) => line.change === 'added' || line.change === 'changed')) {
    notes.push(t('io.doc.changesNote', { previous: doc.revision - 1 }));
  }
  if (notes.length === 0) return null;
  return <p className="io-notes">{notes.join(' ')}</p>;
}

export function RemovedTable({ doc, i18n }: Part) {
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
