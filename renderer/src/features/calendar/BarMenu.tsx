/**
 * The context menu of a booking bar (right click, Shift+F10 or the context-menu key on a bar).
 * It follows the WAI-ARIA menu pattern: focus lands on the first item, arrows, Home and End move,
 * Enter or Space activates, a first letter jumps, Escape, Tab or a click elsewhere closes, and focus
 * goes back where it was. Items that need more input open their dialog in place of the menu.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { todayIn } from '@shared/domain/days.ts';
import type { Booking, IsoDay, Placement } from '@shared/domain/model.ts';
import { newId } from '@shared/ids.ts';
import { useI18n, type I18n } from '@renderer/i18n/index.tsx';
import { duplicateBooking, duplicateOptionExpiry } from './bar-menu-actions.ts';
import { ChangeDatesDialog, MoveToDialog } from './BarMenuDialogs.tsx';
import type { ProposedChange } from './drop-check.ts';
import { placeOverlay } from './tooltip-content.ts';
import './overlays.css';

interface MenuItem {
  key: string;
  label: string;
  /** Why the item cannot be used now: it stays listed (and focusable) with this as its title. */
  disabledReason?: string;
  danger?: boolean;
  /** What the item does once the menu has closed, or the dialog it opens in its place. */
  then: (() => void) | { dialog: MenuDialog };
}

type MenuDialog = 'moveTo' | 'changeDates';

const ITEM_SELECTOR = '[role="menuitem"]';

export function BarMenu(props: {
  booking: Booking;
  /** Where the menu opens, in viewport px (the pointer, or the bar for a keyboard opening). */
  x: number;
  y: number;
  /** In display order, for "Move to…". */
  placements: readonly Placement[];
  onClose: () => void;
  onOpen: (booking: Booking) => void;
  /** Keyboard move mode on the bar. */
  onStartMove: (booking: Booking) => void;
  /** Changes to check and apply as one undo step named `label`. */
  onApply: (changes: ProposedChange[], label: string) => void;
  onConfirmOption: (booking: Booking) => void;
  onCancelBooking: (booking: Booking) => void;
}) {
  const { t } = useI18n();
  const { booking, x, y, onClose } = props;
  const menuRef = useRef<HTMLDivElement>(null);
  // Read once, before the menu takes focus: where focus goes back when it closes.
  const [returnFocusTo] = useState(() => document.activeElement);
  const [dialog, setDialog] = useState<MenuDialog | null>(null);
  // Today when the menu opened: a menu left open over midnight is an edge not worth a timer.
  const [today] = useState(() => todayIn(new Date()));

  // Focus cannot go back while a dialog is open (the page behind a modal dialog is inert): from a
  // dialog it goes back once the dialog has left the page, when the menu unmounts.
  const restoreOnUnmount = useRef(false);
  useEffect(
    () => () => {
      if (restoreOnUnmount.current) focusBack(returnFocusTo);
    },
    [returnFocusTo],
  );

  /** Gives focus back, then lets the action run (it may open a dialog that takes focus), then closes. */
  const finish = (action?: () => void) => {
    if (dialog === null) focusBack(returnFocusTo);
    else restoreOnUnmount.current = true;
    action?.();
    onClose();
  };
  // The listeners below are added once per dialog state; they reach the latest `finish` through this.
  const finishRef = useRef(finish);
  useLayoutEffect(() => {
    finishRef.current = finish;
  });

  const items = menuItems(props, t, today);

  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    const { width, height } = menu.getBoundingClientRect();
    const at = placeOverlay({
      x,
      y,
      width,
      height,
      viewportWidth: window.innerWidth,
      viewportHeight: window.innerHeight,
    });
    menu.style.left = `${at.left}px`;
    menu.style.top = `${at.top}px`;
  }, [x, y, dialog]);

  useEffect(() => {
    menuRef.current?.querySelector<HTMLElement>(ITEM_SELECTOR)?.focus({ preventScroll: true });
  }, []);

  // A click elsewhere, a scroll (the bar moves away from the menu) or leaving the window closes it.
  // While a dialog is open, clicks land in the dialog and the dialog decides.
  useEffect(() => {
    if (dialog !== null) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !menuRef.current?.contains(event.target)) finishRef.current();
    };
    const onAway = () => finishRef.current();
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('scroll', onAway, true);
    window.addEventListener('resize', onAway);
    window.addEventListener('blur', onAway);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('scroll', onAway, true);
      window.removeEventListener('resize', onAway);
      window.removeEventListener('blur', onAway);
    };
  }, [dialog]);

  if (dialog === 'moveTo') {
    return (
      <MoveToDialog
        booking={booking}
        placements={props.placements}
        onCancel={() => finish()}
        onSubmit={(after) =>
          finish(() => props.onApply([{ before: booking, after }], t('calendar.menu.undoMoveTo')))
        }
      />
    );
  }
  if (dialog === 'changeDates') {
    return (
      <ChangeDatesDialog
        booking={booking}
        onCancel={() => finish()}
        onSubmit={(after) =>
          finish(() => props.onApply([{ before: booking, after }], t('calendar.menu.undoChangeDates')))
        }
      />
    );
  }

  const activate = (item: MenuItem) => {
    if (item.disabledReason !== undefined) return;
    if (typeof item.then === 'function') finish(item.then);
    else setDialog(item.then.dialog);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(menuRef.current?.querySelectorAll<HTMLElement>(ITEM_SELECTOR) ?? [])];
    const current = buttons.findIndex((button) => button === document.activeElement);
    const focusAt = (i: number) => buttons[(i + buttons.length) % buttons.length]?.focus();
    const key = event.key;
    if (key === 'ArrowDown') focusAt(current + 1);
    else if (key === 'ArrowUp') focusAt(current < 0 ? -1 : current - 1);
    else if (key === 'Home') focusAt(0);
    else if (key === 'End') focusAt(-1);
    else if (key === 'Escape' || key === 'Tab') finish();
    else if (key === 'Enter' || key === ' ') {
      const item = items[current];
      if (item) activate(item);
    } else if (key.length === 1 && /\S/.test(key)) {
      // Type-ahead: the next item starting with that letter, after the focused one.
      const letter = key.toLocaleLowerCase();
      const next = items.findIndex(
        (item, i) => i > current && item.label.toLocaleLowerCase().startsWith(letter),
      );
      const first = items.findIndex((item) => item.label.toLocaleLowerCase().startsWith(letter));
      if (next >= 0 || first >= 0) focusAt(next >= 0 ? next : first);
      else return;
    } else return;
    // Handled here: no page scroll, no native button click on top of ours, no grid shortcut.
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      ref={menuRef}
      role="menu"
      aria-label={t('calendar.menu.label')}
      className="cal-menu"
      onKeyDown={onKeyDown}
      // The browser's own context menu would open over ours on a second right click.
      onContextMenu={(event) => event.preventDefault()}
    >
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className={`cal-menu__item${item.danger ? ' cal-menu__item--danger' : ''}`}
          aria-disabled={item.disabledReason !== undefined || undefined}
          title={item.disabledReason}
          onClick={() => activate(item)}
          onPointerMove={(event) => event.currentTarget.focus({ preventScroll: true })}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}

type BarMenuProps = Parameters<typeof BarMenu>[0];

function focusBack(element: Element | null) {
  if (element instanceof HTMLElement && element.isConnected) element.focus({ preventScroll: true });
}

/** The items for this booking, in menu order; what its status does not allow is left out. */
function menuItems(props: BarMenuProps, t: I18n['t'], today: IsoDay): MenuItem[] {
  const { booking } = props;
  const canDuplicate = duplicateOptionExpiry(booking, today) !== null;
  const items: MenuItem[] = [
    { key: 'open', label: t('calendar.menu.open'), then: () => props.onOpen(booking) },
    { key: 'move', label: t('calendar.menu.move'), then: () => props.onStartMove(booking) },
    { key: 'moveTo', label: t('calendar.menu.moveTo'), then: { dialog: 'moveTo' } },
    { key: 'changeDates', label: t('calendar.menu.changeDates'), then: { dialog: 'changeDates' } },
    {
      key: 'duplicate',
      label: t('calendar.menu.duplicate'),
      ...(canDuplicate ? {} : { disabledReason: t('calendar.menu.duplicateStarted') }),
      then: () => {
        const copy = duplicateBooking(booking, today, newId());
        if (copy) props.onApply([{ before: null, after: copy }], t('calendar.menu.undoDuplicate'));
      },
    },
  ];
  if (booking.status === 'option') {
    items.push({
      key: 'confirm',
      label: t('calendar.menu.confirmOption'),
      then: () => props.onConfirmOption(booking),
    });
  }
  if (booking.status !== 'cancelled' && booking.status !== 'expired') {
    items.push({
      key: 'cancel',
      label: t('bookings.action.cancelBooking'),
      danger: true,
      then: () => props.onCancelBooking(booking),
    });
  }
  return items;
}
