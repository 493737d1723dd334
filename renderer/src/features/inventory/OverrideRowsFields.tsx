import { useI18n } from '@renderer/i18n/index.tsx';
import { GridCellField } from '@renderer/ui/Field.tsx';
import { errorFor, type FieldErrors } from '@renderer/ui/form/form-errors.ts';
import type { OverrideRow } from './placement-draft.ts';

/**
 * Forecasts for specific days (holidays, events): a compact list of day + impressions rows to add
 * and remove. Column headings are shown once; each input carries its own accessible label.
 */
export function OverrideRowsFields(props: {
  rows: OverrideRow[];
  onChange: (rows: OverrideRow[]) => void;
  errors: FieldErrors;
}) {
  const { t } = useI18n();
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
          {props.rows.map((row, i) => (
            <div className="override-row" key={i} data-testid="override-row">
              <GridCellField
                type="date"
                label={t('inventory.field.overrideDay')}
                value={row.day}
                onChange={(day) => update(i, { day })}
                error={errorFor(props.errors, `overrideRows.${i}.day`)}
              />
              <GridCellField
                inputMode="numeric"
                autoComplete="off"
                label={t('inventory.field.overrideForecast')}
                value={row.forecast}
                onChange={(forecast) => update(i, { forecast })}
                error={errorFor(props.errors, `overrideRows.${i}.forecast`)}
              />
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
          ))}
        </div>
      )}
      <div>
        <button
          type="button"
          className="button"
          onClick={() => props.onChange([...props.rows, { day: '', forecast: '' }])}
        >
          {t('inventory.field.addOverride')}
        </button>
      </div>
    </fieldset>
  );
}
