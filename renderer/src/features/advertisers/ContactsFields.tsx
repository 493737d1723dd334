import { useId } from 'react';
import type { Contact } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { errorFor, type FieldErrors } from '@renderer/ui/form-errors.ts';
import { CONTACT_FIELDS, CONTACT_ROLES, type ContactRole } from './party-draft.ts';

const inputTypes = { name: 'text', email: 'email', phone: 'tel' } as const;
const autoComplete = { name: 'name', email: 'email', phone: 'tel' } as const;

/**
 * The sales, traffic and billing contacts as a compact grid: one row per role, one column per
 * field. Each input is labelled in full ("Billing contact email") for screen readers and tests.
 */
export function ContactsFields(props: {
  value: Record<ContactRole, Contact>;
  onChange: (value: Record<ContactRole, Contact>) => void;
  errors: FieldErrors;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="form-section span-2">
      <legend>{t('advertisers.contacts')}</legend>
      <div className="contacts-grid" role="presentation">
        <span className="field__label">{t('advertisers.contact.role')}</span>
        {CONTACT_FIELDS.map((field) => (
          <span key={field} className="field__label">
            {t(`advertisers.contact.${field}`)}
          </span>
        ))}
        {CONTACT_ROLES.map((role) => (
          <ContactRow
            key={role}
            role={role}
            value={props.value[role]}
            onChange={(contact) => props.onChange({ ...props.value, [role]: contact })}
            errors={props.errors}
          />
        ))}
      </div>
    </fieldset>
  );
}

function ContactRow(props: { role: ContactRole; value: Contact; onChange: (value: Contact) => void; errors: FieldErrors }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <>
      <span className="contacts-grid__role">{t(`advertisers.contact.${props.role}`)}</span>
      {CONTACT_FIELDS.map((field) => {
        const error = errorFor(props.errors, `contacts.${props.role}.${field}`);
        const errorId = `${id}-${field}-error`;
        return (
          <div key={field} className="field">
            <input
              className="input"
              type={inputTypes[field]}
              autoComplete={`section-${props.role} ${autoComplete[field]}`}
              aria-label={t(`advertisers.contact.${props.role}.${field}`)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              value={props.value[field]}
              onChange={(e) => props.onChange({ ...props.value, [field]: e.target.value })}
            />
            {error && (
              <p id={errorId} className="field__error" role="alert">
                {error}
              </p>
            )}
          </div>
        );
      })}
    </>
  );
}
