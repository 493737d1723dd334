/** The contract's end, kept on one page: totals, terms and signatures. */
import type { I18n } from '@renderer/i18n/index.tsx';
import { minus } from './io-lines.tsx';
import type { Part } from './io-parties.tsx';
// ───────────────────────────── totals, terms, signatures ─────────────────────────────

export function Totals({ doc, i18n }: Part) {
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

export function Terms({ doc, i18n }: Part) {
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

export function Signatures({ doc, i18n }: Part) {
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
