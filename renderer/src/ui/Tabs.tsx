import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useI18n } from '@renderer/i18n/index.tsx';

export interface TabSpec<T extends string> {
  value: T;
  label: string;
  /** Shown after the label, muted. */
  count?: number;
}

/**
 * ARIA tabs over one panel (the children): arrow keys move between tabs, only the selected tab is
 * in the Tab order.
 */
export function Tabs<T extends string>(props: {
  label: string;
  tabs: readonly TabSpec<T>[];
  value: T;
  onChange: (tab: T) => void;
  children: ReactNode;
}) {
  const { number } = useI18n();
  const id = useId();
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const { tabs, value, onChange } = props;

  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((tab) => tab.value === value);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0 || index < 0) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (!next) return;
    onChange(next.value);
    refs.current.get(next.value)?.focus();
  };

  return (
    <>
      <div className="tabs" role="tablist" aria-label={props.label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.value}
            ref={(el) => {
              if (el) refs.current.set(tab.value, el);
              else refs.current.delete(tab.value);
            }}
            type="button"
            role="tab"
            id={`${id}-${tab.value}`}
            aria-selected={value === tab.value}
            aria-controls={`${id}-panel`}
            tabIndex={value === tab.value ? 0 : -1}
            onClick={() => onChange(tab.value)}
          >
            {tab.label}
            {tab.count !== undefined && <span className="muted tab-count"> {number(tab.count)}</span>}
          </button>
        ))}
      </div>
      <div className="tab-panel" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${value}`}>
        {props.children}
      </div>
    </>
  );
}
