import { useId } from 'react';
import { useI18n } from '@renderer/i18n/index.tsx';
import { errorFor, type FieldErrors } from '@renderer/ui/form-errors.ts';
import type { OverrideRow } from './placement-draft.ts';

/**
 * Forecasts for specific days (holidays, events): a compact list of day + impressions rows to add
 * and remove. Column headings are shown once; each input carries its own accessible label.
 */
export function OverrideRowsFields(props: { rows: OverrideRow[]; onChange: (rows: OverrideRow[]) => void; errors: FieldErrors }) {
  const { t } = useI18n();
  const id = useId();
  const update = (index: number, patch: Partial<OverrideRow>) =>
    props.onChange(props.rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="form-section span-2">
      <legend>{t('inventory.field.overrides')}</legend>
      <p className="field__hint">{t('inventory.field.overridesHint')}</p>
      {props.rows.length === 0 ? (
        <p className="muted">{t('inventory.field.noOverrides')}</p>
      ) : (
        <div className="override-rows">
          <div className="override-row" aria-hidden="true">
            <span className="field__label">{t('inventory.field.overrideDay')}</span>
            <span className="field__label">{t('inventory.field.overrideForecast')}</span>
            <span />
          </div>
          {props.rows.map((row, i) => {
            const dayError = errorFor(props.errors, `overrideRows.${i}.day`);
            const forecastError = errorFor(props.errors, `overrideRows.${i}.forecast`);
            return (
              <div className="override-row" key={i} data-testid="override-row">
                <div className="field">
                  <input
                    type="date"
                    className="input"
                    aria-label={t('inventory.field.overrideDay')}
                    aria-invalid={dayError ? true : undefined}
                    aria-describedby={dayError ? `${id}-${i}-day` : undefined}
                    value={row.day}
                    onChange={(e) => update(i, { day: e.target.value })}
                  />
                  {dayError && (
                    <p id={`${id}-${i}-day`} className="field__error" role="alert">
                      {dayError}
                    </p>
                  )}
                </div>
                <div className="field">
                  <input
                    className="input"
                    inputMode="numeric"
                    autoComplete="off"
                    aria-label={t('inventory.field.overrideForecast')}
                    aria-invalid={forecastError ? true : undefined}
                    aria-describedby={forecastError ? `${id}-${i}-forecast` : undefined}
                    value={row.forecast}
                    onChange={(e) => update(i, { forecast: e.target.value })}
                  />
                  {forecastError && (
                    <p id={`${id}-${i}-forecast`} className="field__error" role="alert">
                      {forecastError}
                    </p>
                  )}
                </div>
                <button
                  type="button"
                  className="button button--ghost"
                  aria-label={t('inventory.field.removeOverride')}
                  title={t('inventory.field.removeOverride')}
                  onClick={() => props.onChange(props.rows.filter((_, j) => j !== i))}
                >
                  ×
                </button>
              </div>
            );
          })}
        </div>
      )}
      <div>
        <button type="button" className="button" onClick={() => props.onChange([...props.rows, { day: '', forecast: '' }])}>
          {t('inventory.field.addOverride')}
        </button>
      </div>
    </fieldset>
  );
}
