import { useI18n } from '@renderer/i18n/index.tsx';
import { NumberField } from '@renderer/ui/Field.tsx';
import { errorFor, type FieldErrors } from '@renderer/ui/form/form-errors.ts';
import type { RateKey } from './placement-draft.ts';

/** The placement's unit rates in euros, one per rate model that fits how it is sold. */
export function RateCardFields(props: {
  keys: readonly RateKey[];
  value: Record<RateKey, string>;
  onChange: (value: Record<RateKey, string>) => void;
  errors: FieldErrors;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="form-section span-2">
      <legend>{t('inventory.field.rateCard')}</legend>
      <div className="rate-card">
        {props.keys.map((key) => (
          <NumberField
            key={key}
            label={t('inventory.field.rate', { model: t(`rateModel.${key}`) })}
            hint={t(`rateModel.${key}.unit`)}
            value={props.value[key]}
            onChange={(text) => props.onChange({ ...props.value, [key]: text })}
            error={errorFor(props.errors, `rateCard.${key}`)}
          />
        ))}
      </div>
    </fieldset>
  );
}
