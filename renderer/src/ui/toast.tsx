/** Short messages after an action ("Undone", "Demo data loaded"), announced to screen readers. */
import { useLayoutEffect, useRef } from 'react';
import { create } from 'zustand';

interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'error';
}

interface ToastState {
  toasts: Toast[];
  show: (text: string, tone?: Toast['tone']) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show: (text, tone = 'info') => {
    const id = nextId++;
    set({ toasts: [...get().toasts, { id, text, tone }] });
    setTimeout(() => get().dismiss(id), tone === 'error' ? 10_000 : 4_000);
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
}));

/**
 * The toaster is a manual popover so it sits in the top layer, above an open modal dialog; it is
 * shown again on every new toast so it stays above a dialog opened after it.
 */
export function Toaster() {
  const toasts = useToasts((s) => s.toasts);
  const dismiss = useToasts((s) => s.dismiss);
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const toaster = ref.current;
    if (!toaster?.showPopover) return;
    if (toaster.matches(':popover-open')) toaster.hidePopover();
    if (toasts.length > 0) toaster.showPopover();
  }, [toasts]);
  return (
    <div ref={ref} popover="manual" className="toaster" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast--${toast.tone}`}>
          <span>{toast.text}</span>
          <button
            type="button"
            className="button button--ghost"
            aria-label="×"
            onClick={() => dismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
