import { useState } from 'react';
import type { Locale } from '@shared/domain/model.ts';
import { makeTranslator, useI18n } from '@renderer/i18n/index.tsx';
import { db } from '@renderer/store/db.ts';
import { saveSettings } from '@renderer/store/settings.ts';
import { SelectField } from '@renderer/ui/Field.tsx';
import { useToasts } from '@renderer/ui/toast.tsx';

/** Each language in its own name, whatever the current one. */
const LANGUAGES: { value: Locale; label: string }[] = [
  { value: 'fr', label: 'Français' },
  { value: 'en', label: 'English' },
];

/** The interface language: saved as soon as it is chosen, and the whole app follows at once. */
export function LanguageField() {
  const { t, locale } = useI18n();
  const [error, setError] = useState<string | undefined>();

  const change = async (value: string) => {
    const next = LANGUAGES.find((l) => l.value === value)?.value;
    if (!next || next === locale) return;
    try {
      const result = await saveSettings(db, { locale: next });
      if (!result.ok) return setError(result.issues.map((i) => makeTranslator(locale).issue(i)).join(' '));
      setError(undefined);
      useToasts.getState().show(makeTranslator(next).t('settings.languageChanged'));
    } catch (e) {
      setError(t('error.writeFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <SelectField
      label={t('settings.field.language')}
      value={locale}
      onChange={(v) => void change(v)}
      options={LANGUAGES}
      error={error}
    />
  );
}
