/** A campaign's totals, as its insertion order states them (from the shared `campaignTotals`). */
import type { CampaignTotals } from '@shared/domain/pricing.ts';
import { useI18n } from '@renderer/i18n/index.tsx';

export function CampaignTotalsPanel(props: {
  totals: CampaignTotals;
  currency: string;
  commissionPct: number;
  vatPct: number;
}) {
  const { t, money, percent } = useI18n();
  const { totals, currency } = props;
  const m = (cents: number) => money(cents, currency);
  const minus = (cents: number) => (cents > 0 ? `− ${m(cents)}` : m(0));
  const figures: { key: string; label: string; value: string; strong?: boolean }[] = [
    { key: 'gross', label: t('campaigns.totals.gross'), value: m(totals.grossCents) },
    { key: 'discounts', label: t('campaigns.totals.discounts'), value: minus(totals.discountCents) },
    { key: 'net', label: t('campaigns.totals.net'), value: m(totals.netCents), strong: true },
    {
      key: 'commission',
      label: t('campaigns.totals.commission', { pct: percent(props.commissionPct) }),
      value: minus(totals.commissionCents),
    },
    {
      key: 'net-before-tax',
      label: t('campaigns.totals.netBeforeTax'),
      value: m(totals.netBeforeTaxCents),
      strong: true,
    },
    {
      key: 'vat',
      label: t('campaigns.totals.vat', { pct: percent(props.vatPct) }),
      value: m(totals.vatCents),
    },
    { key: 'total', label: t('campaigns.totals.total'), value: m(totals.totalCents), strong: true },
  ];
  return (
    <section className="campaign-totals" aria-label={t('campaigns.totals.title')}>
      <dl className="totals-strip">
        {figures.map((figure) => (
          <div key={figure.key} className={figure.strong ? 'totals-strip__strong' : undefined}>
            <dt>{figure.label}</dt>
            <dd data-testid={`campaign-${figure.key}`}>{figure.value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted campaign-totals__note">{t('campaigns.totals.note')}</p>
    </section>
  );
}
