/** A small button showing a symbol; its label is its accessible name and its tooltip. */
import type { ReactNode } from 'react';

export function IconButton(props: {
  label: string;
  onClick: () => void;
  tone?: 'confirm' | 'danger';
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`icon-button ${props.tone ? `icon-button--${props.tone}` : ''}`}
      aria-label={props.label}
      title={props.label}
      onClick={props.onClick}
    >
      <span aria-hidden="true">{props.children}</span>
    </button>
  );
}
