import type { Contact } from '@shared/domain/model.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { GridCellField } from '@renderer/ui/Field.tsx';
import { errorFor, type FieldErrors } from '@renderer/ui/form/form-errors.ts';
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

function ContactRow(props: {
  role: ContactRole;
  value: Contact;
  onChange: (value: Contact) => void;
  errors: FieldErrors;
}) {
  const { t } = useI18n();
  return (
    <>
      <span className="contacts-grid__role">{t(`advertisers.contact.${props.role}`)}</span>
      {CONTACT_FIELDS.map((field) => (
        <GridCellField
          key={field}
          type={inputTypes[field]}
          autoComplete={`section-${props.role} ${autoComplete[field]}`}
          label={t(`advertisers.contact.${props.role}.${field}`)}
          value={props.value[field]}
          onChange={(text) => props.onChange({ ...props.value, [field]: text })}
          error={errorFor(props.errors, `contacts.${props.role}.${field}`)}
        />
      ))}
    </>
  );
}
