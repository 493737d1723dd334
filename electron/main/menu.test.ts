import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
}));

import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS, type MenuCommand } from '@shared/ipc/contract.ts';
import { buildMenuTemplate, type MenuOptions } from './menu.ts';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function build(overrides: Partial<MenuOptions> = {}) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({
    platform: 'linux',
    isDev: false,
    appName: 'Slotboard',
    locale: 'en-US',
    send: (command) => sent.push(command),
    ...overrides,
  });
  const click = (label: string) => {
    const item = items(template).find((candidate) => candidate.label === label);
    if (!item?.click) throw new Error(`no clickable item ${label}`);
    item.click(undefined as never, undefined, undefined as never);
  };
  return { template, all: items(template), sent, click };
}

describe('application menu', () => {
  it('sends Undo and Redo to the page instead of using the native roles', () => {
    const { all, sent, click } = build();
    expect(all.some((item) => item.role === 'undo' || item.role === 'redo')).toBe(false);
    const undo = all.find((item) => item.label === 'Undo');
    expect(undo?.accelerator).toBe('CmdOrCtrl+Z');
    click('Undo');
    click('Redo');
    expect(sent).toEqual(['undo', 'redo']);
  });

  it('keeps the native clipboard roles', () => {
    const roles = build().all.map((item) => item.role);
    for (const role of ['cut', 'copy', 'paste', 'selectAll']) expect(roles).toContain(role);
  });

  it('reaches every menu command of the contract', () => {
    for (const platform of ['linux', 'win32', 'darwin']) {
      const { all, sent } = build({ platform });
      for (const item of all) item.click?.(undefined as never, undefined, undefined as never);
      expect(new Set(sent), platform).toEqual(new Set(MENU_COMMANDS));
    }
  });

  it('shows reload and developer tools only in development', () => {
    const devRoles = ['reload', 'forceReload', 'toggleDevTools'];
    expect(build({ isDev: false }).all.filter((item) => devRoles.includes(item.role ?? ''))).toEqual([]);
    expect(build({ isDev: true }).all.filter((item) => devRoles.includes(item.role ?? ''))).toHaveLength(3);
  });

  it('follows platform conventions', () => {
    const mac = build({ platform: 'darwin' });
    expect(mac.template[0]?.label).toBe('Slotboard');
    expect(mac.all.some((item) => item.role === 'windowMenu')).toBe(true);
    expect(build({ platform: 'win32' }).all.find((item) => item.label === 'Redo')?.accelerator).toBe(
      'Ctrl+Y',
    );
    expect(build({ platform: 'linux' }).all.some((item) => item.role === 'quit')).toBe(true);
  });

  it('speaks French to French users', () => {
    const { template, all } = build({ locale: 'fr-FR' });
    expect(template.map((item) => item.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(all.some((item) => item.label === 'Nouvelle réservation…')).toBe(true);
  });
});
