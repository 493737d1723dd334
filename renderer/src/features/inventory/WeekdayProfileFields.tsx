import { useI18n, type MessageKey } from '@renderer/i18n/index.tsx';
import { NumberField } from '@renderer/ui/Field.tsx';
import { errorFor, type FieldErrors } from '@renderer/ui/form/form-errors.ts';

/** Seven percents, Monday to Sunday, scaling the base forecast (100 = the base). */
export function WeekdayProfileFields(props: {
  value: string[];
  onChange: (value: string[]) => void;
  errors: FieldErrors;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="form-section span-2">
      <legend>{t('inventory.field.weekdayProfile')}</legend>
      <div className="weekday-profile">
        {props.value.map((pct, i) => (
          <NumberField
            key={i}
            label={t('inventory.field.weekdayPct', { day: t(`weekday.${i}` as MessageKey) })}
            value={pct}
            onChange={(next) => props.onChange(props.value.map((v, j) => (j === i ? next : v)))}
            error={errorFor(props.errors, `capacity.weekdayProfile.${i}`)}
          />
        ))}
      </div>
    </fieldset>
  );
}
