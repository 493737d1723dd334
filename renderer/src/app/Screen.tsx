import { AdvertisersScreen } from '@renderer/features/advertisers/AdvertisersScreen.tsx';
import { BookingsScreen } from '@renderer/features/bookings/BookingsScreen.tsx';
import { CalendarScreen } from '@renderer/features/calendar/CalendarScreen.tsx';
import { CampaignsScreen } from '@renderer/features/campaigns/CampaignsScreen.tsx';
import { InventoryScreen } from '@renderer/features/inventory/InventoryScreen.tsx';
import { SettingsScreen } from '@renderer/features/settings/SettingsScreen.tsx';
import { ConflictsScreen } from '@renderer/features/sync/ConflictsScreen.tsx';
import type { Route } from './navigation.ts';

export function Screen({ route }: { route: Route }) {
  switch (route.view) {
    case 'calendar':
      return <CalendarScreen />;
    case 'campaigns':
      return <CampaignsScreen openId={route.id} />;
    case 'bookings':
      return <BookingsScreen openId={route.id} />;
    case 'inventory':
      return <InventoryScreen openId={route.id} />;
    case 'advertisers':
      return <AdvertisersScreen openId={route.id} />;
    case 'conflicts':
      return <ConflictsScreen />;
    case 'settings':
      return <SettingsScreen />;
  }
}
