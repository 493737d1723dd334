/**
 * After a refused submit, moves focus to the first field marked invalid (once React has rendered
 * the messages), so the keyboard user lands where the correction is needed.
 */
export function focusFirstInvalid(formId: string): void {
  requestAnimationFrame(() => {
    const form = document.getElementById(formId);
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (field instanceof HTMLFieldSetElement) field.querySelector<HTMLElement>('input')?.focus();
    else field?.focus();
  });
}
