/**
 * Labelled form controls with their validation message. The message is linked with
 * `aria-describedby` and the control marked `aria-invalid`, so screen readers read it too.
 */
import {
  useId,
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

/** What every field holding text takes: controls hand back plain text, not events. */
type FieldProps<Attributes> = Omit<Attributes, 'onChange' | 'value'> & {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
};

interface ControlIds {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

function FieldError(props: { id: string; message: string | undefined }) {
  if (!props.message) return null;
  return (
    <p id={props.id} className="field__error" role="alert">
      {props.message}
    </p>
  );
}

function FieldFrame(props: {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  className?: string | undefined;
  children: (ids: ControlIds) => ReactNode;
}) {
  const { label, error, hint } = props;
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${error ? 'field--invalid' : ''} ${props.className ?? ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {props.children({ id, describedBy, invalid: !!error })}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/** What a control gets from its frame; spread after the caller's attributes, so these win. */
function controlProps(
  { id, describedBy, invalid }: ControlIds,
  value: string,
  onChange: (value: string) => void,
) {
  return {
    id,
    className: 'input',
    value,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      onChange(event.target.value),
  };
}

export function TextField({
  label,
  error,
  hint,
  className,
  value,
  onChange,
  ...rest
}: FieldProps<InputHTMLAttributes<HTMLInputElement>>) {
  return (
    <FieldFrame label={label} error={error} hint={hint} className={className}>
      {(ids) => <input {...rest} {...controlProps(ids, value, onChange)} />}
    </FieldFrame>
  );
}

/** Numbers are typed as text so "12,5" works in French; the form parses them on submit. */
export function NumberField(props: FieldProps<InputHTMLAttributes<HTMLInputElement>>) {
  return <TextField inputMode="decimal" autoComplete="off" {...props} />;
}

export function DateField(props: FieldProps<InputHTMLAttributes<HTMLInputElement>>) {
  return <TextField type="date" {...props} />;
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectOptionGroup {
  label: string;
  options: SelectOption[];
}

function renderOption(option: SelectOption) {
  return (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  );
}

export function SelectField({
  label,
  error,
  hint,
  className,
  value,
  onChange,
  options,
  placeholder,
  ...rest
}: FieldProps<SelectHTMLAttributes<HTMLSelectElement>> & {
  options: SelectOption[] | SelectOptionGroup[];
  /** Adds a first empty choice with this label. */
  placeholder?: string;
}) {
  return (
    <FieldFrame label={label} error={error} hint={hint} className={className}>
      {(ids) => (
        <select {...rest} {...controlProps(ids, value, onChange)}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option, i) =>
            'options' in option ? (
              <optgroup key={i} label={option.label}>
                {option.options.map(renderOption)}
              </optgroup>
            ) : (
              renderOption(option)
            ),
          )}
        </select>
      )}
    </FieldFrame>
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  className,
  value,
  onChange,
  ...rest
}: FieldProps<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  return (
    <FieldFrame label={label} error={error} hint={hint} className={className}>
      {(ids) => <textarea {...rest} {...controlProps(ids, value, onChange)} />}
    </FieldFrame>
  );
}

/**
 * A text input in a grid whose column headings are shown once (contacts, override days): it has
 * no visible label of its own, so `label` is its accessible name.
 */
export function GridCellField({
  label,
  error,
  value,
  onChange,
  ...rest
}: Omit<FieldProps<InputHTMLAttributes<HTMLInputElement>>, 'hint'>) {
  const errorId = `${useId()}-error`;
  return (
    <div className="field">
      <input
        {...rest}
        className="input"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/** A group of checkboxes (e.g. the formats a placement accepts). */
export function CheckboxGroup<V extends string>(props: {
  label: string;
  options: { value: V; label: string }[];
  value: V[];
  onChange: (value: V[]) => void;
  error?: string | undefined;
}) {
  const errorId = `${useId()}-error`;
  return (
    <fieldset
      className={`field checkbox-group ${props.error ? 'field--invalid' : ''}`}
      aria-describedby={props.error ? errorId : undefined}
      aria-invalid={props.error ? true : undefined}
    >
      <legend className="field__label">{props.label}</legend>
      <div className="checkbox-group__options">
        {props.options.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              checked={props.value.includes(option.value)}
              onChange={(e) =>
                props.onChange(
                  e.target.checked
                    ? [...props.value, option.value]
                    : props.value.filter((v) => v !== option.value),
                )
              }
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={props.error} />
    </fieldset>
  );
}
