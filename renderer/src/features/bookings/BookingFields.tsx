/**
 * The booking form's fields. Choices follow the placement: only its formats, the volume kinds and
 * rate models that fit how it is sold; its rate card pre-fills the rate.
 */
import { useMemo } from 'react';
import type { BookingStatus, Format, IsoDay, RateModel } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { DateField, NumberField, SelectField, TextAreaField } from '@renderer/ui/Field.tsx';
import { errorFor, type FieldErrors } from '@renderer/ui/form/form-errors.ts';
import {
  rateModelsFor,
  volumeKindsFor,
  withExpiry,
  withPlacement,
  withRateModel,
  withStartDate,
  withStatus,
  withVolumeKind,
  type BookingDraft,
  type VolumeKind,
} from './booking-draft.ts';
import { PlacementSelect } from './PlacementSelect.tsx';
import type { Planning } from './usePlanning.ts';

/** The paths the fields show; any other issue goes to the form's summary. */
export const BOOKING_FIELD_PATHS = [
  'campaignId',
  'placementId',
  'format',
  'startDate',
  'endDate',
  'status',
  'optionExpiresOn',
  'volume',
  'rateModel',
  'rateCents',
  'discountPct',
  'notes',
] as const;

const amountLabel = {
  slots: 'bookings.form.slots',
  impressions: 'volume.impressions',
  sov: 'bookings.form.sovPct',
} as const;

export function BookingFields(props: {
  draft: BookingDraft;
  /** Applies a change and clears the messages of the fields it names. */
  change: (next: BookingDraft, ...paths: string[]) => void;
  errors: FieldErrors;
  planning: Planning;
  today: IsoDay;
  currency: string;
}) {
  const { draft, change, errors, planning, today } = props;
  const { t, money, locale } = useI18n();
  const placement = planning.placementById.get(draft.placementId);

  const campaignOptions = useMemo(
    () =>
      [...planning.campaigns]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((c) => ({
          value: c.id,
          label: `${c.name} — ${planning.advertiserById.get(c.advertiserId)?.name ?? '?'}`,
        })),
    [planning.campaigns, planning.advertiserById],
  );

  const formats: Format[] = placement ? [...placement.formats] : [];
  if (draft.format !== '' && !formats.includes(draft.format)) formats.push(draft.format);
  const statuses: BookingStatus[] = ['option', 'confirmed'];
  if (!statuses.includes(draft.status)) statuses.push(draft.status);
  const kinds = volumeKindsFor(placement);
  if (!kinds.includes(draft.volumeKind)) kinds.push(draft.volumeKind);
  const models = rateModelsFor(placement);
  if (draft.rateModel !== '' && !models.includes(draft.rateModel)) models.push(draft.rateModel);

  const cardCents = placement && draft.rateModel !== '' ? placement.rateCard[draft.rateModel] : undefined;
  const rateHint =
    draft.rateModel === ''
      ? undefined
      : [
          t(`rateModel.${draft.rateModel}.unit`),
          cardCents === undefined
            ? null
            : t('bookings.form.rateCard', { rate: money(cardCents, props.currency) }),
        ]
          .filter(Boolean)
          .join(' · ');

  const volumeError =
    errors['volume'] ?? errors['volume.slots'] ?? errors['volume.goal'] ?? errors['volume.pct'];

  return (
    <div className="form-grid booking-grid">
      <SelectField
        label={t('bookings.form.campaign')}
        value={draft.campaignId}
        placeholder={t('bookings.form.chooseCampaign')}
        options={campaignOptions}
        onChange={(campaignId) => change({ ...draft, campaignId }, 'campaignId')}
        error={errorFor(errors, 'campaignId')}
        className="span-2"
      />
      <PlacementSelect
        label={t('bookings.form.placement')}
        placeholder={t('bookings.form.choosePlacement')}
        value={draft.placementId}
        placements={planning.placements}
        siteById={planning.siteById}
        sectionById={planning.sectionById}
        onChange={(id) => {
          const next = planning.placementById.get(id);
          change(
            next ? withPlacement(draft, next, locale) : { ...draft, placementId: id },
            'placementId',
            'format',
            'volume',
            'rateModel',
            'rateCents',
          );
        }}
        error={errorFor(errors, 'placementId')}
        className="span-2"
      />
      <SelectField
        label={t('bookings.form.format')}
        value={draft.format}
        placeholder={
          draft.format !== ''
            ? undefined
            : placement
              ? t('bookings.form.chooseFormat')
              : t('bookings.form.placementFirst')
        }
        options={formats.map((f) => ({ value: f, label: t(`format.${f}`) }))}
        onChange={(format) => change({ ...draft, format: format as Format | '' }, 'format')}
        error={errorFor(errors, 'format')}
      />
      <SelectField
        label={t('bookings.form.status')}
        value={draft.status}
        options={statuses.map((s) => ({ value: s, label: t(`bookingStatus.${s}`) }))}
        onChange={(status) =>
          change(withStatus(draft, status as BookingStatus, today), 'status', 'optionExpiresOn')
        }
        error={errorFor(errors, 'status')}
      />
      <DateField
        label={t('bookings.form.start')}
        value={draft.startDate}
        onChange={(startDate) =>
          change(withStartDate(draft, startDate, today), 'startDate', 'endDate', 'optionExpiresOn')
        }
        error={errorFor(errors, 'startDate')}
      />
      <DateField
        label={t('bookings.form.end')}
        value={draft.endDate}
        onChange={(endDate) => change({ ...draft, endDate }, 'endDate')}
        error={errorFor(errors, 'endDate')}
      />
      {draft.status === 'option' && (
        <DateField
          label={t('bookings.form.optionExpiry')}
          value={draft.optionExpiresOn}
          hint={t('bookings.form.optionExpiryHint')}
          onChange={(value) => change(withExpiry(draft, value), 'optionExpiresOn')}
          error={errorFor(errors, 'optionExpiresOn')}
        />
      )}
      <SelectField
        label={t('bookings.form.volumeKind')}
        value={draft.volumeKind}
        options={kinds.map((k) => ({ value: k, label: t(`volume.${k}`) }))}
        onChange={(kind) => change(withVolumeKind(draft, kind as VolumeKind), 'volume')}
        error={errors['volume.kind']}
      />
      <NumberField
        label={t(amountLabel[draft.volumeKind])}
        value={draft.volumeAmount}
        onChange={(volumeAmount) => change({ ...draft, volumeAmount }, 'volume')}
        error={volumeError}
      />
      <SelectField
        label={t('bookings.form.rateModel')}
        value={draft.rateModel}
        placeholder={draft.rateModel === '' ? t('bookings.form.chooseRateModel') : undefined}
        options={models.map((m) => ({ value: m, label: t(`rateModel.${m}`) }))}
        onChange={(model) =>
          change(withRateModel(draft, model as RateModel | '', placement, locale), 'rateModel', 'rateCents')
        }
        error={errorFor(errors, 'rateModel')}
      />
      <NumberField
        label={t('bookings.form.rate')}
        value={draft.rate}
        hint={rateHint}
        onChange={(rate) => change({ ...draft, rate }, 'rateCents')}
        error={errorFor(errors, 'rateCents')}
      />
      <NumberField
        label={t('bookings.form.discount')}
        value={draft.discountPct}
        placeholder="0"
        onChange={(discountPct) => change({ ...draft, discountPct }, 'discountPct')}
        error={errorFor(errors, 'discountPct')}
      />
      <TextAreaField
        label={t('bookings.form.notes')}
        value={draft.notes}
        rows={2}
        onChange={(notes) => change({ ...draft, notes }, 'notes')}
        error={errorFor(errors, 'notes')}
        className="span-2"
      />
    </div>
  );
}
