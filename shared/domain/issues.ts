/**
 * What validation reports: a path into the input and a code the UI translates, with the numbers
 * the message needs. Shared by zod schema errors and the cross-field rules in `validation.ts`.
 */
export const VALIDATION_CODES = [
  // shape (zod schemas in model.ts)
  'required',
  'too_long',
  'invalid_date',
  'invalid_email',
  'invalid_url',
  'invalid_currency',
  'invalid_format',
  'invalid_rate_model',
  'invalid_status',
  'invalid_capacity',
  'invalid_volume',
  'not_a_number',
  'not_whole',
  'not_whole_cents',
  'negative',
  'must_be_positive',
  'percent_out_of_range',
  'too_many_decimals',
  'formats_required',
  'invalid',
  // rules (validation.ts)
  'end_before_start',
  'range_too_long',
  'sov_over_100',
  'volume_not_positive',
  'option_without_expiry',
  'expiry_after_start',
  'format_not_accepted',
  'volume_kind_mismatch',
  'rate_model_mismatch',
  'unknown_placement',
  'unknown_campaign',
  'unknown_advertiser',
  'unknown_agency',
  'unknown_site',
  'unknown_section',
  'section_of_other_site',
  'in_use',
  'not_found',
  // settings (model.ts)
  'invalid_logo',
  'logo_too_large',
  'invalid_io_prefix',
  'lead_days_out_of_range',
  // insertion orders (shared/io, store/insertion-orders.ts)
  'io_no_lines',
  'io_revision_taken',
  'io_number_taken',
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

export interface ValidationIssue {
  /** Dotted path of the offending field, e.g. `endDate` or `volume.pct`; '' for the whole record. */
  path: string;
  code: ValidationCode;
  params?: Record<string, string | number>;
}

/** The result of validating input: the parsed value, or the issues that stop it. */
export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };
