/**
 * The app shell: navigation, the current screen, the sync engine and its status, and the app-wide keyboard
 * shortcuts and native menu commands.
 */
import { useCallback, useEffect, useState } from 'react';
import { IoPrintPage } from '@renderer/features/insertion-orders/IoPrintPage.tsx';
import { SyncStatus } from '@renderer/features/sync/SyncStatus.tsx';
import { useSyncEngine } from '@renderer/features/sync/sync-runtime.ts';
import { I18nProvider, useI18n, type MessageKey } from '@renderer/i18n/index.tsx';
import { useSettings } from '@renderer/store/hooks.ts';
import { Toaster } from '@renderer/ui/toast.tsx';
import { AboutDialog } from './AboutDialog.tsx';
import { useAppShortcuts } from './shortcuts.ts';
import { useOptionExpiry } from './useOptionExpiry.ts';
import { usePrintRoute } from './usePrintRoute.ts';
import { useNavigation, VIEWS, type View } from './navigation.ts';
import { Screen } from './Screen.tsx';
import { VersionChangeBanner } from './VersionChangeBanner.tsx';

const navLabels: Record<View, MessageKey> = {
  calendar: 'nav.calendar',
  campaigns: 'nav.campaigns',
  bookings: 'nav.bookings',
  inventory: 'nav.inventory',
  advertisers: 'nav.advertisers',
  conflicts: 'nav.conflicts',
  settings: 'nav.settings',
};

export function App() {
  const settings = useSettings();
  const printRoute = usePrintRoute();
  if (!settings) return <div className="app-loading" aria-busy="true" />;
  return (
    <I18nProvider locale={settings.locale}>
      {/* A print route is the document alone, on white: no sidebar, no status, no toasts. */}
      {printRoute ? <IoPrintPage route={printRoute} /> : <Shell />}
    </I18nProvider>
  );
}

function Shell() {
  const { t, locale } = useI18n();
  const route = useNavigation((s) => s.route);
  const go = useNavigation((s) => s.go);
  const [aboutOpen, setAboutOpen] = useState(false);
  useAppShortcuts(useCallback(() => setAboutOpen(true), []));
  useOptionExpiry();
  useSyncEngine();

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t(navLabels[route.view])} · ${t('app.name')}`;
  }, [locale, route.view, t]);

  return (
    <div className="app" data-app-state="ready">
      <nav className="sidebar" aria-label={t('nav.main')}>
        <div className="sidebar__brand">
          <strong>{t('app.name')}</strong>
          <span>{t('app.tagline')}</span>
        </div>
        {VIEWS.map((view) => (
          <button
            key={view}
            type="button"
            className="sidebar__link"
            aria-current={route.view === view ? 'page' : undefined}
            onClick={() => go(view)}
          >
            {t(navLabels[view])}
          </button>
        ))}
        <SyncStatus />
      </nav>
      <main className="content">
        <VersionChangeBanner />
        <Screen route={route} />
      </main>
      {aboutOpen && <AboutDialog onClose={() => setAboutOpen(false)} />}
      <Toaster />
    </div>
  );
}
