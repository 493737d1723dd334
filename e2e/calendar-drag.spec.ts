/**
 * Scheduling on the occupancy calendar with the pointer: move, resize, draw a new booking, the
 * refusal of an overbooking drop, a group move, and undo/redo of a move, a resize and a creation.
 * Test subjects are chosen from the demo's records by their properties (exclusive placements, free
 * days around them), and every write is checked twice: in the planner's IndexedDB, and as a bar
 * drawn on the grid.
 */
import { addDays, daysBetween, isSlots, Planning, type Booking } from './calendar-data.ts';
import { CALENDAR_VIEWPORT, openCalendarOnDemo, type CalendarPage, where } from './calendar-page.ts';
import { expect, test } from './fixtures.ts';

test.use({ viewport: CALENDAR_VIEWPORT });

let cal: CalendarPage;
let plan: Planning;

test.beforeEach(async ({ app }) => {
  ({ cal, plan } = await openCalendarOnDemo(app));
});

const nameOf = (b: Pick<Booking, 'placementId'>) => plan.placement(b.placementId).name;

test('a booking dragged two days later onto the next placement is saved there, undone, redone, and kept after a reload', async ({
  app,
  page,
}) => {
  // Every exclusive "Habillage" (skin) placement, one under the other.
  const skins = plan.data.placements.filter((p) => p.name.includes('Habillage'));
  await cal.searchFor('Habillage');
  await expect(cal.placementRows()).toHaveCount(skins.length);
  const order = await cal.renderedPlacementIds();
  const below = (b: Booking) => order[order.indexOf(b.placementId) + 1] ?? '';

  const booking = plan.find('skin booking with room two days later on the placement below', (b) => {
    const to = Planning.moved(b, 2, below(b));
    const target = plan.placementById.get(to.placementId);
    return (
      order.includes(b.placementId) &&
      isSlots(target, 1) &&
      target?.formats.includes(b.format) === true &&
      plan.isFree(to.placementId, to.startDate, to.endDate)
    );
  });
  const moved = Planning.moved(booking, 2, below(booking));
  await cal.goToDate(booking.startDate);
  await cal.expectBarAt(booking);

  await cal.dragBar(booking, { days: 2, toPlacement: moved.placementId });
  await expect(app.toast('Move booking: done. Ctrl+Z to undo.')).toBeVisible();
  await expect.poll(() => cal.stored(booking.id)).toEqual(where(moved));
  await cal.expectBarAt(moved);

  await cal.undo();
  await expect.poll(() => cal.stored(booking.id)).toEqual(where(booking));
  await cal.expectBarAt(booking);

  await cal.redo();
  await expect.poll(() => cal.stored(booking.id)).toEqual(where(moved));
  await cal.expectBarAt(moved);

  // The move lives in IndexedDB: a reload finds it, and draws it there.
  await page.reload();
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  await expect(cal.grid).toBeVisible();
  expect(await cal.stored(booking.id)).toEqual(where(moved));
  await cal.reveal(moved, 'Habillage');
  await cal.expectBarAt(moved);
});

test('dragging the end edge of a booking two days later lengthens it; undo and redo follow', async ({
  app,
}) => {
  const booking = plan.find(
    'booking alone on its days with two free days after it',
    (b) =>
      plan.isFree(b.placementId, b.startDate, addDays(b.endDate, 2), [b.id]) &&
      plan.isFree(b.placementId, addDays(b.startDate, -1), b.startDate, [b.id]),
  );
  const longer = { ...booking, endDate: addDays(booking.endDate, 2) };
  await cal.reveal(booking, nameOf(booking));
  await cal.expectBarAt(booking);

  await cal.dragEdge(booking.id, 'end', 2);
  await expect(app.toast('Change booking dates: done. Ctrl+Z to undo.')).toBeVisible();
  await expect.poll(() => cal.stored(booking.id)).toEqual(where(longer));
  await cal.expectBarAt(longer);

  await cal.undo();
  await expect.poll(() => cal.stored(booking.id)).toEqual(where(booking));
  await cal.expectBarAt(booking);

  await cal.redo();
  await expect.poll(() => cal.stored(booking.id)).toEqual(where(longer));
  await cal.expectBarAt(longer);
});

test('dragging across empty days opens the booking form with that placement and those dates; the saved booking appears, undo removes it', async ({
  app,
}) => {
  // An exclusive placement with three free days in a row, a few weeks ahead.
  let target: { placementId: string; start: string; end: string } | undefined;
  for (const placement of plan.data.placements.filter((p) => isSlots(p, 1))) {
    for (let offset = 14; offset < 90 && !target; offset++) {
      const start = addDays(plan.today, offset);
      const end = addDays(start, 2);
      if (plan.isFree(placement.id, addDays(start, -1), addDays(end, 1)))
        target = { placementId: placement.id, start, end };
    }
    if (target) break;
  }
  if (!target) throw new Error('the demo data has no exclusive placement with three free days');
  const { placementId, start, end } = target;
  const before = new Set((await cal.bookings()).map((b) => b.id));

  await cal.searchFor(plan.placement(placementId).name);
  await expect(cal.rowOf(placementId)).toBeVisible();
  await cal.goToDate(start);
  await cal.dragCreate(placementId, start, end);

  const dialog = app.dialog('New booking');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Placement', { exact: true })).toHaveValue(placementId);
  await expect(dialog.getByLabel('Start date')).toHaveValue(start);
  await expect(dialog.getByLabel('End date')).toHaveValue(end);
  await dialog.getByLabel('Campaign').selectOption({ index: 1 });
  await dialog.getByLabel('Status').selectOption('confirmed');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(app.toast('Booking created.')).toBeVisible();

  let created: Booking | undefined;
  await expect
    .poll(async () => {
      created = (await cal.bookings()).find((b) => !before.has(b.id));
      return created && { ...where(created), status: created.status };
    })
    .toEqual({ placementId, startDate: start, endDate: end, status: 'confirmed' });
  const id = created?.id ?? '';
  await cal.expectBarAt({ id, placementId, startDate: start, endDate: end });
  await cal.expectBar(id, { status: 'confirmed' });

  await cal.undo();
  await expect.poll(() => cal.booking(id)).toBeUndefined();
  await cal.expectNoBar(id);

  await cal.redo();
  await expect.poll(() => cal.stored(id)).toEqual({ placementId, startDate: start, endDate: end });
  await cal.expectBarAt({ id, placementId, startDate: start, endDate: end });
});

test('a drop that would sell an exclusive placement twice is refused and nothing is written', async ({
  app,
}) => {
  // Two confirmed bookings of one exclusive placement, close enough to be on screen together.
  let full: Booking | undefined;
  const booking = plan.find('two confirmed bookings close together on an exclusive placement', (b) => {
    full = plan
      .futureExclusiveConfirmed()
      .find(
        (o) =>
          o.placementId === b.placementId &&
          o.startDate > b.endDate &&
          o.startDate <= addDays(b.startDate, 15),
      );
    return full !== undefined;
  });
  const other = full as Booking;
  const days = daysBetween(booking.startDate, other.startDate);
  const outbox = await cal.outboxCount();
  await cal.reveal(booking, nameOf(booking));
  await cal.expectBar(other.id);

  // Dropped onto the other booking's first day: the live region says so while dragging.
  await cal.dragBar(booking, { days }, async () => {
    await expect(cal.live).toContainText(`→ ${nameOf(booking)}`);
    await expect(cal.live).toContainText('overbooked: refused');
  });
  const refusal = app.toast(/^Not moved:/);
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText(`${nameOf(booking)} would be sold beyond its capacity`);

  expect(await cal.stored(booking.id)).toEqual(where(booking));
  expect(await cal.stored(other.id)).toEqual(where(other));
  expect(await cal.outboxCount()).toBe(outbox);
  await cal.expectBarAt(booking);
  await cal.expectBarAt(other);
});

test('two bookings selected with Ctrl-click move together by the same days, and one Ctrl+Z puts both back', async ({
  app,
}) => {
  let second: Booking | undefined;
  const first = plan.find('two bookings of one exclusive placement with a free day after each', (b) => {
    second = plan
      .futureExclusiveConfirmed()
      .find(
        (o) =>
          o.placementId === b.placementId &&
          o.startDate > b.endDate &&
          o.endDate <= addDays(b.startDate, 24) &&
          plan.isFree(b.placementId, addDays(b.startDate, 1), addDays(b.endDate, 1), [b.id, o.id]) &&
          plan.isFree(b.placementId, addDays(o.startDate, 1), addDays(o.endDate, 1), [b.id, o.id]),
      );
    return second !== undefined;
  });
  const other = second as Booking;
  await cal.reveal(first, nameOf(first));
  await cal.expectBar(other.id);

  await cal.clickBar(first.id, ['Control']);
  await cal.clickBar(other.id, ['Control']);
  await cal.expectBar(first.id, { selected: true });
  await cal.expectBar(other.id, { selected: true });

  await cal.dragBar(first, { days: 1 });
  await expect(app.toast('Move bookings: done. Ctrl+Z to undo.')).toBeVisible();
  const [firstMoved, otherMoved] = [Planning.moved(first, 1), Planning.moved(other, 1)];
  await expect.poll(() => cal.stored(first.id)).toEqual(where(firstMoved));
  await expect.poll(() => cal.stored(other.id)).toEqual(where(otherMoved));
  await cal.expectBarAt(firstMoved);
  await cal.expectBarAt(otherMoved);

  await cal.undo(); // once
  await expect.poll(() => cal.stored(first.id)).toEqual(where(first));
  await expect.poll(() => cal.stored(other.id)).toEqual(where(other));
  await cal.expectBarAt(first);
  await cal.expectBarAt(other);
});
