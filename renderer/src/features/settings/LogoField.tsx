/**
 * The publisher's logo, printed at the top of every insertion order: a PNG, JPEG or SVG file read
 * into a `data:` URL (so printing never needs the network), checked for its type and size before
 * it is kept, shown, and removable. Saved with the rest of the form.
 */
import { useId, useRef, useState } from 'react';
import { LOGO_MAX_BYTES, logoDataUrlSchema } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';

const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'];

/** Reads a file as a base64 `data:` URL. */
export function readAsDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('unreadable'));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

/** Why a file cannot be the logo (a validation code), or null when it can. */
export function logoFileProblem(file: Pick<File, 'type' | 'size'>): 'invalid_logo' | 'logo_too_large' | null {
  if (!LOGO_TYPES.includes(file.type)) return 'invalid_logo';
  if (file.size > LOGO_MAX_BYTES) return 'logo_too_large';
  return null;
}

export function LogoField(props: { value: string; onChange: (dataUrl: string) => void; error?: string }) {
  const { t, issue } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const error = problem ?? props.error;

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const code = logoFileProblem(file);
    if (code) return setProblem(issue({ path: 'publisher.logoDataUrl', code }));
    try {
      const url = await readAsDataUrl(file);
      const checked = logoDataUrlSchema.safeParse(url);
      if (!checked.success) {
        const code =
          checked.error.issues[0]?.message === 'logo_too_large' ? 'logo_too_large' : 'invalid_logo';
        return setProblem(issue({ path: 'publisher.logoDataUrl', code }));
      }
      setProblem(undefined);
      props.onChange(url);
    } catch (e) {
      setProblem(t('settings.logo.readFailed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      // The same file may be chosen again after a removal.
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div className={`field span-2 ${error ? 'field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {t('settings.field.logo')}
      </label>
      <div className="logo-field">
        <div className="logo-field__preview">
          {props.value ? (
            <img src={props.value} alt={t('settings.logo.preview')} />
          ) : (
            <span className="muted">{t('settings.logo.none')}</span>
          )}
        </div>
        <div className="logo-field__actions">
          <input
            ref={input}
            id={id}
            type="file"
            accept={LOGO_TYPES.join(',')}
            className="logo-field__input"
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => void choose(e.target.files?.[0])}
          />
          {props.value && (
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                setProblem(undefined);
                props.onChange('');
              }}
            >
              {t('settings.logo.remove')}
            </button>
          )}
        </div>
      </div>
      <p id={`${id}-hint`} className="field__hint">
        {t('settings.logo.hint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
