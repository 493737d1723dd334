/**
 * The booking form's state (a draft: what the user typed, as text) and its conversion to and
 * from a booking. Pure: no React, no store, so it is unit-tested on its own.
 *
 * The draft never decides what is valid. `draftToInput` turns it into the record a command
 * carries, passing anything it cannot read as it was typed so the store's validation reports it
 * next to the right field. The `with*` helpers only fit the choices offered to the placement
 * (its formats, volume kinds and rate models) and pre-fill the rate from its rate card.
 */
import { addDays, addYears, isValidDay } from '@shared/domain/days.ts';
import type {
  Booking,
  BookingStatus,
  Format,
  IsoDay,
  Locale,
  Placement,
  RateModel,
  Volume,
} from '@shared/domain/model.ts';
import { MAX_BOOKING_YEARS, parseEntity } from '@shared/domain/validation.ts';
import type { EntityInput } from '@renderer/store/command-types.ts';
import { centsToText, numberToText, textToCents, textToNumber } from '@renderer/ui/form/number-text.ts';

export type VolumeKind = Volume['kind'];

export interface BookingDraft {
  campaignId: string;
  placementId: string;
  /** '' until chosen. */
  format: Format | '';
  /** '' until entered. */
  startDate: IsoDay;
  endDate: IsoDay;
  status: BookingStatus;
  /** '' for none. Only sent while the status is `option`. */
  optionExpiresOn: IsoDay;
  /** True while the expiry is the default one, so it follows the start date. */
  expiryIsDefault: boolean;
  volumeKind: VolumeKind;
  /** Slots, impressions goal or share of voice in percent, as typed. */
  volumeAmount: string;
  rateModel: RateModel | '';
  /** Unit rate in the currency's major unit, as typed ("12,50"). */
  rate: string;
  /** Discount in percent, as typed; blank means none. */
  discountPct: string;
  notes: string;
}

export type BookingInput = EntityInput<'bookings'>;

/** An option holds inventory for a week by default. */
export const DEFAULT_OPTION_DAYS = 7;

type FitPlacement = Pick<Placement, 'formats' | 'capacity' | 'rateCard'>;

/** Volume kinds that fit how the placement is sold (all of them before a placement is chosen). */
export function volumeKindsFor(placement: Pick<Placement, 'capacity'> | undefined): VolumeKind[] {
  if (!placement) return ['slots', 'impressions', 'sov'];
  return placement.capacity.kind === 'slots' ? ['slots'] : ['impressions', 'sov'];
}

/** Rate models offered for the placement: per day or flat for slots, per thousand or per click for impressions. */
export function rateModelsFor(placement: Pick<Placement, 'capacity'> | undefined): RateModel[] {
  if (!placement) return ['cpm', 'cpc', 'cpd', 'flat'];
  return placement.capacity.kind === 'slots' ? ['cpd', 'flat'] : ['cpm', 'cpc'];
}

/**
 * The default last day of an option: a week from today, but never after the booking starts (an
 * option must be confirmed or released before its line runs).
 */
export function defaultOptionExpiry(today: IsoDay, startDate: string): IsoDay {
  const inAWeek = addDays(today, DEFAULT_OPTION_DAYS);
  return isValidDay(startDate) && startDate < inAWeek ? startDate : inAWeek;
}

export interface NewDraftOptions {
  today: IsoDay;
  locale: Locale;
  campaignId?: string;
  placement?: (FitPlacement & { id: string }) | undefined;
  startDate?: IsoDay;
  endDate?: IsoDay;
}

/** A new booking: an option starting in a week, for a week, on the given campaign and placement. */
export function newBookingDraft(options: NewDraftOptions): BookingDraft {
  const startDate = options.startDate ?? addDays(options.today, DEFAULT_OPTION_DAYS);
  const endDate = options.endDate ?? addDays(startDate, 6);
  const draft: BookingDraft = {
    campaignId: options.campaignId ?? '',
    placementId: '',
    format: '',
    startDate,
    endDate,
    status: 'option',
    optionExpiresOn: defaultOptionExpiry(options.today, startDate),
    expiryIsDefault: true,
    volumeKind: 'slots',
    volumeAmount: '1',
    rateModel: '',
    rate: '',
    discountPct: '',
    notes: '',
  };
  return options.placement ? withPlacement(draft, options.placement, options.locale) : draft;
}

function volumeAmount(volume: Volume, locale: Locale): string {
  switch (volume.kind) {
    case 'slots':
      return String(volume.slots);
    case 'impressions':
      return String(volume.goal);
    case 'sov':
      return numberToText(volume.pct, locale);
  }
}

/** An existing booking as the form shows it. */
export function bookingToDraft(booking: Booking, locale: Locale): BookingDraft {
  return {
    campaignId: booking.campaignId,
    placementId: booking.placementId,
    format: booking.format,
    startDate: booking.startDate,
    endDate: booking.endDate,
    status: booking.status,
    optionExpiresOn: booking.optionExpiresOn ?? '',
    expiryIsDefault: false,
    volumeKind: booking.volume.kind,
    volumeAmount: volumeAmount(booking.volume, locale),
    rateModel: booking.rateModel,
    rate: centsToText(booking.rateCents, locale),
    discountPct: booking.discountPct === 0 ? '' : numberToText(booking.discountPct, locale),
    notes: booking.notes,
  };
}

function rateText(
  placement: Pick<Placement, 'rateCard'>,
  model: RateModel | '',
  fallback: string,
  locale: Locale,
): string {
  if (model === '') return fallback;
  const cents = placement.rateCard[model];
  return cents === undefined ? fallback : centsToText(cents, locale);
}

function defaultRateModel(placement: FitPlacement): RateModel {
  const card = placement.rateCard;
  if (placement.capacity.kind === 'slots')
    return card.cpd === undefined && card.flat !== undefined ? 'flat' : 'cpd';
  return card.cpm === undefined && card.cpc !== undefined ? 'cpc' : 'cpm';
}

/**
 * The draft on another placement: its format, volume kind and rate model are kept when the
 * placement accepts them and replaced by the first that fits otherwise; the rate is taken from the
 * new placement's rate card (kept as typed when the card has no rate for the model).
 */
export function withPlacement(
  draft: BookingDraft,
  placement: FitPlacement & { id: string },
  locale: Locale,
): BookingDraft {
  const format =
    draft.format !== '' && placement.formats.includes(draft.format)
      ? draft.format
      : (placement.formats[0] ?? '');
  const kinds = volumeKindsFor(placement);
  const keepVolume = kinds.includes(draft.volumeKind);
  const volumeKind = keepVolume ? draft.volumeKind : (kinds[0] ?? 'slots');
  const models = rateModelsFor(placement);
  const rateModel =
    draft.rateModel !== '' && models.includes(draft.rateModel)
      ? draft.rateModel
      : defaultRateModel(placement);
  return {
    ...draft,
    placementId: placement.id,
    format,
    volumeKind,
    volumeAmount: keepVolume ? draft.volumeAmount : volumeKind === 'slots' ? '1' : '',
    rateModel,
    rate: rateText(placement, rateModel, draft.rate, locale),
  };
}

/** Another rate model, with the rate of the placement's rate card for it when there is one. */
export function withRateModel(
  draft: BookingDraft,
  rateModel: RateModel | '',
  placement: Pick<Placement, 'rateCard'> | undefined,
  locale: Locale,
): BookingDraft {
  return {
    ...draft,
    rateModel,
    rate: placement ? rateText(placement, rateModel, draft.rate, locale) : draft.rate,
  };
}

/** Another volume kind; the amount is cleared since a goal, a share and a slot count do not convert. */
export function withVolumeKind(draft: BookingDraft, volumeKind: VolumeKind): BookingDraft {
  if (volumeKind === draft.volumeKind) return draft;
  return { ...draft, volumeKind, volumeAmount: volumeKind === 'slots' ? '1' : '' };
}

/** Another status; turning a booking into an option gives it the default expiry when it has none. */
export function withStatus(draft: BookingDraft, status: BookingStatus, today: IsoDay): BookingDraft {
  if (status === 'option' && draft.optionExpiresOn === '') {
    return {
      ...draft,
      status,
      optionExpiresOn: defaultOptionExpiry(today, draft.startDate),
      expiryIsDefault: true,
    };
  }
  return { ...draft, status };
}

/** Another start date; a default expiry follows it (it may not fall after the start). */
export function withStartDate(draft: BookingDraft, startDate: IsoDay, today: IsoDay): BookingDraft {
  const next = { ...draft, startDate };
  if (draft.expiryIsDefault && draft.status === 'option')
    next.optionExpiresOn = defaultOptionExpiry(today, startDate);
  return next;
}

/** An expiry typed by the user: it no longer follows the start date. */
export function withExpiry(draft: BookingDraft, optionExpiresOn: IsoDay): BookingDraft {
  return { ...draft, optionExpiresOn, expiryIsDefault: false };
}

function draftVolume(draft: BookingDraft): unknown {
  const amount = textToNumber(draft.volumeAmount);
  switch (draft.volumeKind) {
    case 'slots':
      return { kind: 'slots', slots: amount };
    case 'impressions':
      return { kind: 'impressions', goal: amount };
    case 'sov':
      return { kind: 'sov', pct: amount };
  }
}

/**
 * The record a create or update command carries. Values the form cannot read are passed as typed
 * (a text where a number belongs, '' for a missing date or choice): the store rejects them with
 * an issue on their path and writes nothing.
 */
export function draftToInput(draft: BookingDraft): BookingInput {
  const input = {
    campaignId: draft.campaignId,
    placementId: draft.placementId,
    format: draft.format,
    startDate: draft.startDate,
    endDate: draft.endDate,
    status: draft.status,
    optionExpiresOn: draft.status === 'option' && draft.optionExpiresOn !== '' ? draft.optionExpiresOn : null,
    volume: draftVolume(draft),
    rateModel: draft.rateModel,
    rateCents: textToCents(draft.rate),
    discountPct: textToNumber(draft.discountPct, 0),
    notes: draft.notes,
  };
  // The command is plain data checked by the store; the cast only names its intended shape.
  return input as BookingInput;
}

/**
 * The booking the draft describes, when it is well formed enough to price and to check against
 * the placement's occupancy (real days, start before end, numbers that parse); null otherwise.
 * Only for live feedback: saving always goes through the store's validation.
 */
export function draftCandidate(draft: BookingDraft, id = 'draft'): Booking | null {
  const parsed = parseEntity('bookings', { ...draftToInput(draft), id });
  if (!parsed.ok) return null;
  const b = parsed.value;
  if (!isValidDay(b.startDate) || !isValidDay(b.endDate) || b.endDate < b.startDate) return null;
  // A range the store would refuse as too long is not worth computing day by day.
  if (b.endDate >= addYears(b.startDate, MAX_BOOKING_YEARS)) return null;
  return b;
}
