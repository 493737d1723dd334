import type { ReactNode } from 'react';
import { FormErrorSummary } from './FormErrorSummary.tsx';
import { FormModal } from './FormModal.tsx';
import type { RecordForm } from './useRecordForm.ts';

/** The modal of a `useRecordForm` form: its fields on a two-column grid, under the error summary. */
export function RecordFormModal(props: {
  form: RecordForm;
  title: string;
  wide?: boolean;
  /** The paths the fields show; the summary spells out issues on any other. */
  fields: readonly string[];
  onSubmit: () => void | Promise<void>;
  children: ReactNode;
}) {
  const { form } = props;
  return (
    <FormModal
      {...form.modal}
      title={props.title}
      wide={props.wide}
      className="form-grid"
      onSubmit={props.onSubmit}
    >
      <FormErrorSummary errors={form.errors} fields={props.fields} />
      {props.children}
    </FormModal>
  );
}
