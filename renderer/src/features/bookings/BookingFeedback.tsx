/** Live price and availability under the booking form's fields. */
import type { Booking, Campaign } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { BookingStatusBadge } from '@renderer/ui/Badge.tsx';
import { formatCapacity, formatQuantity, formatVolume } from './format-booking.ts';
import type { BookingCheck } from './useBookingCheck.ts';

const MAX_LISTED = 6;

export function BookingFeedback(props: {
  check: BookingCheck;
  currency: string;
  discountPct: number;
  campaignById: ReadonlyMap<string, Campaign>;
}) {
  const { check, currency } = props;
  const i18n = useI18n();
  const { t, money, percent } = i18n;
  const price = check.price;

  return (
    <div className="booking-feedback">
      <section className="booking-feedback__block" aria-label={t('bookings.feedback.price')}>
        <h3>{t('bookings.feedback.price')}</h3>
        {price ? (
          <dl className="figures">
            <dt>{t('bookings.feedback.quantity')}</dt>
            <dd>{formatQuantity(price, i18n)}</dd>
            <dt>{t('bookings.feedback.gross')}</dt>
            <dd>{money(price.grossCents, currency)}</dd>
            <dt>{t('bookings.feedback.discount', { pct: percent(props.discountPct) })}</dt>
            <dd>
              {price.discountCents > 0 ? `− ${money(price.discountCents, currency)}` : money(0, currency)}
            </dd>
            <dt className="figures__total">{t('bookings.feedback.net')}</dt>
            <dd className="figures__total" data-testid="booking-net">
              {money(price.netCents, currency)}
            </dd>
          </dl>
        ) : (
          <p className="muted">{t('bookings.feedback.priceIncomplete')}</p>
        )}
      </section>
      <Availability check={check} campaignById={props.campaignById} />
    </div>
  );
}

function Availability({
  check,
  campaignById,
}: {
  check: BookingCheck;
  campaignById: ReadonlyMap<string, Campaign>;
}) {
  const i18n = useI18n();
  const { t, tc, day, dayRange } = i18n;
  const available = check.availability;
  const placement = check.placement;
  if (!placement || !available) {
    return (
      <section className="booking-feedback__block" aria-label={t('bookings.feedback.availability')}>
        <h3>{t('bookings.feedback.availability')}</h3>
        <p className="muted">{t('bookings.feedback.availabilityIncomplete')}</p>
      </section>
    );
  }
  const unit = placement.capacity.kind;
  const overbook = check.overbook;
  const candidateStatus = check.candidate?.status;
  const listDays = (days: string[]) =>
    days
      .slice(0, MAX_LISTED)
      .map((d) => day(d, 'short'))
      .join(', ') + (days.length > MAX_LISTED ? '…' : '');

  return (
    <section className="booking-feedback__block" aria-label={t('bookings.feedback.availability')}>
      <h3>{t('bookings.feedback.availability')}</h3>
      <dl className="figures">
        <dt>{t('bookings.feedback.minFree')}</dt>
        <dd data-testid="booking-min-free">{formatCapacity(available.minFree, unit, i18n)}</dd>
        <dt>{t('bookings.feedback.atRisk')}</dt>
        <dd>{available.atRiskDays.length}</dd>
        <dt>{t('bookings.feedback.overbooked')}</dt>
        <dd>{available.overbookedDays.length}</dd>
      </dl>
      {overbook && overbook.overbookedDays.length > 0 && (
        <p className="notice notice--danger" role="alert">
          {candidateStatus === 'confirmed'
            ? tc('bookings.feedback.wouldOverbook', overbook.overbookedDays.length, {
                days: listDays(overbook.overbookedDays.map((d) => d.day)),
              })
            : tc('bookings.feedback.alreadyOverbooked', overbook.overbookedDays.length, {
                days: listDays(overbook.overbookedDays.map((d) => d.day)),
              })}
        </p>
      )}
      {overbook && overbook.atRiskDays.length > 0 && (
        <p className="notice notice--warning">
          {tc('bookings.feedback.wouldRisk', overbook.atRiskDays.length, {
            days: listDays(overbook.atRiskDays.map((d) => d.day)),
          })}
        </p>
      )}
      {overbook &&
        overbook.overbookedDays.length === 0 &&
        overbook.atRiskDays.length === 0 &&
        (check.live ? (
          <p className="notice notice--ok">{t('bookings.feedback.fits')}</p>
        ) : (
          <p className="notice">{t('bookings.feedback.takesNothing')}</p>
        ))}
      <h4>
        {available.contending.length === 0
          ? t('bookings.feedback.noContending')
          : tc('bookings.feedback.contending', available.contending.length)}
      </h4>
      {available.contending.length > 0 && (
        <ul className="contending">
          {available.contending.slice(0, MAX_LISTED).map((b: Booking) => (
            <li key={b.id}>
              <BookingStatusBadge status={b.status} />
              <span>{campaignById.get(b.campaignId)?.name ?? t('common.none')}</span>
              <span className="muted">{dayRange(b.startDate, b.endDate)}</span>
              <span className="muted">{formatVolume(b.volume, i18n)}</span>
            </li>
          ))}
          {available.contending.length > MAX_LISTED && (
            <li className="muted">
              {t('bookings.feedback.more', { count: available.contending.length - MAX_LISTED })}
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
