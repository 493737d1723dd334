/**
 * The native menu, in French or English after the system language.
 *
 * Undo and Redo send `menu:command` to the page instead of using Electron's roles: undo is the
 * planner's command stack (the page's host adapter falls back to the text field's own undo when
 * one has focus). Cut, Copy, Paste and Select all keep their native roles.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/ipc/contract.ts';

export interface MenuOptions {
  platform: string;
  /** Reload and developer tools appear only in development. */
  isDev: boolean;
  appName: string;
  /** `app.getLocale()`, e.g. `fr-FR`. */
  locale: string;
  send: (command: MenuCommand) => void;
}

const EN = {
  file: 'File',
  newBooking: 'New Booking…',
  settings: 'Settings…',
  quit: 'Quit',
  close: 'Close Window',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  calendar: 'Calendar',
  campaigns: 'Campaigns',
  bookings: 'Bookings',
  inventory: 'Inventory',
  advertisers: 'Advertisers',
  reload: 'Reload',
  forceReload: 'Force Reload',
  devTools: 'Toggle Developer Tools',
  actualSize: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  fullScreen: 'Toggle Full Screen',
  window: 'Window',
  help: 'Help',
  about: 'About',
};

const FR: typeof EN = {
  file: 'Fichier',
  newBooking: 'Nouvelle réservation…',
  settings: 'Réglages…',
  quit: 'Quitter',
  close: 'Fermer la fenêtre',
  edit: 'Édition',
  undo: 'Annuler',
  redo: 'Rétablir',
  cut: 'Couper',
  copy: 'Copier',
  paste: 'Coller',
  selectAll: 'Tout sélectionner',
  view: 'Affichage',
  calendar: 'Calendrier',
  campaigns: 'Campagnes',
  bookings: 'Réservations',
  inventory: 'Inventaire',
  advertisers: 'Annonceurs',
  reload: 'Recharger',
  forceReload: 'Forcer le rechargement',
  devTools: 'Outils de développement',
  actualSize: 'Taille réelle',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  fullScreen: 'Plein écran',
  window: 'Fenêtre',
  help: 'Aide',
  about: 'À propos de',
};

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { platform, isDev, appName, send } = options;
  const t = options.locale.toLowerCase().startsWith('fr') ? FR : EN;
  const isMac = platform === 'darwin';
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(cmd),
    ...(accelerator ? { accelerator } : {}),
  });
  const about = command(`${t.about} ${appName}`, 'about');
  const settings = command(t.settings, 'open-settings', 'CmdOrCtrl+,');
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: appName,
      submenu: [
        about,
        separator,
        settings,
        separator,
        { role: 'services' },
        separator,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        separator,
        { role: 'quit' },
      ],
    });
  }
  template.push({
    label: t.file,
    submenu: [
      command(t.newBooking, 'new-booking', 'CmdOrCtrl+N'),
      separator,
      ...(isMac
        ? [{ role: 'close', label: t.close } as const]
        : [settings, separator, { role: 'quit', label: t.quit } as const]),
    ],
  });
  template.push({
    label: t.edit,
    submenu: [
      command(t.undo, 'undo', 'CmdOrCtrl+Z'),
      command(t.redo, 'redo', platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z'),
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  });
  template.push({
    label: t.view,
    submenu: [
      command(t.calendar, 'go-calendar', 'CmdOrCtrl+1'),
      command(t.campaigns, 'go-campaigns', 'CmdOrCtrl+2'),
      command(t.bookings, 'go-bookings', 'CmdOrCtrl+3'),
      command(t.inventory, 'go-inventory', 'CmdOrCtrl+4'),
      command(t.advertisers, 'go-advertisers', 'CmdOrCtrl+5'),
      separator,
      ...(isDev
        ? [
            { role: 'reload', label: t.reload } as const,
            { role: 'forceReload', label: t.forceReload } as const,
            { role: 'toggleDevTools', label: t.devTools } as const,
            separator,
          ]
        : []),
      { role: 'resetZoom', label: t.actualSize },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      separator,
      { role: 'togglefullscreen', label: t.fullScreen },
    ],
  });
  if (isMac) template.push({ role: 'windowMenu', label: t.window });
  // On macOS "About" lives in the application menu.
  if (!isMac) template.push({ label: t.help, submenu: [about] });
  return template;
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
