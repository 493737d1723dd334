/**
 * App-wide commands: Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y) undo and redo the planner's last
 * commands, and the native menu's commands arrive through the host port. Inside a text field the
 * keys keep their usual meaning (undo typing).
 */
import { useEffect } from 'react';
import { host } from '@renderer/host/index.ts';
import { useI18n } from '@renderer/i18n/index.tsx';
import { useHistory } from '@renderer/store/history.ts';
import { useToasts } from '@renderer/ui/toast.tsx';
import { useNavigation, type View } from './navigation.ts';

function isTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

const menuViews: Partial<Record<string, View>> = {
  'go-calendar': 'calendar',
  'go-campaigns': 'campaigns',
  'go-bookings': 'bookings',
  'go-inventory': 'inventory',
  'go-advertisers': 'advertisers',
  'open-settings': 'settings',
};

/** Installs the shortcuts and menu handling; `onAbout` opens the About dialog. */
export function useAppShortcuts(onAbout: () => void) {
  const { t, issue } = useI18n();

  useEffect(() => {
    const show = useToasts.getState().show;
    const undo = async () => {
      const result = await useHistory.getState().undo();
      if (result === null) show(t('undo.nothing'));
      else if (result.ok) show(t('undo.done'));
      else show(t('undo.refused', { reason: result.issues.map((i) => issue(i)).join(' ') }), 'error');
    };
    const redo = async () => {
      const result = await useHistory.getState().redo();
      if (result?.ok) show(t('undo.redone'));
      else if (result)
        show(t('undo.refused', { reason: result.issues.map((i) => issue(i)).join(' ') }), 'error');
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextInput(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        void redo();
      }
    };
    window.addEventListener('keydown', onKeyDown);

    const unsubscribe = host.onMenuCommand((command) => {
      if (command === 'undo') void undo();
      else if (command === 'redo') void redo();
      else if (command === 'about') onAbout();
      else if (command === 'new-booking') useNavigation.getState().go('bookings', 'new');
      else {
        const view = menuViews[command];
        if (view) useNavigation.getState().go(view);
      }
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [t, issue, onAbout]);
}
