import { LOCALES, type Locale } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { SelectField } from '@renderer/ui/Field.tsx';

/** Each language in its own name, as the languages of the app are offered. */
const NATIVE_NAMES: Record<Locale, string> = { fr: 'Français', en: 'English' };

/** The language an insertion order is written in, chosen per export. */
export function DocumentLanguageField(props: {
  value: Locale;
  onChange: (locale: Locale) => void;
  label?: string;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      label={props.label ?? t('io.issue.language')}
      hint={t('io.issue.languageHint')}
      value={props.value}
      onChange={(value) => {
        const locale = LOCALES.find((l) => l === value);
        if (locale) props.onChange(locale);
      }}
      options={LOCALES.map((locale) => ({ value: locale, label: NATIVE_NAMES[locale] }))}
    />
  );
}
