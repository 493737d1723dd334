/**
 * Which screen is shown, mirrored in the URL hash (`#/campaigns/<id>`) so a reload, the browser's
 * back button and the native menu all land on the same screen.
 */
import { create } from 'zustand';

export const VIEWS = [
  'calendar',
  'campaigns',
  'bookings',
  'inventory',
  'advertisers',
  'conflicts',
  'settings',
] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  view: View;
  /** The record opened on that screen, if any (a campaign, a placement…). */
  id?: string;
}

export function parseHash(hash: string): Route {
  const [view, id] = hash.replace(/^#\/?/, '').split('/');
  const known = VIEWS.find((v) => v === view);
  if (!known) return { view: 'calendar' };
  return id ? { view: known, id: decodeURIComponent(id) } : { view: known };
}

export function toHash(route: Route): string {
  return route.id ? `#/${route.view}/${encodeURIComponent(route.id)}` : `#/${route.view}`;
}

interface NavigationState {
  route: Route;
  go: (view: View, id?: string) => void;
}

export const useNavigation = create<NavigationState>((set) => ({
  route: parseHash(window.location.hash),
  go: (view, id) => {
    const route: Route = id ? { view, id } : { view };
    const hash = toHash(route);
    if (window.location.hash !== hash) window.history.pushState(null, '', hash);
    set({ route });
  },
}));

window.addEventListener('popstate', () => useNavigation.setState({ route: parseHash(window.location.hash) }));
