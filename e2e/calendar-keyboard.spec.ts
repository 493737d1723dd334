/**
 * The occupancy calendar without a mouse (WCAG 2.5.7: every drag has a keyboard way), and the
 * occupancy a cell's tooltip reports. Expected figures come from the stored records, never from
 * the screen.
 */
import { addDays, isSlots, Planning, slots, type Booking } from './calendar-data.ts';
import { CALENDAR_VIEWPORT, openCalendarOnDemo, type CalendarPage, where } from './calendar-page.ts';
import { expect, test } from './fixtures.ts';

test.use({ viewport: CALENDAR_VIEWPORT });

let cal: CalendarPage;
let plan: Planning;

test.beforeEach(async ({ app }) => {
  ({ cal, plan } = await openCalendarOnDemo(app));
});

test('a booking moves with the keyboard alone: three days later, then to the next placement; Escape puts back a move in progress', async ({
  app,
  page,
}) => {
  const skins = plan.data.placements.filter((p) => p.name.includes('Habillage'));
  await cal.searchFor('Habillage');
  await expect(cal.placementRows()).toHaveCount(skins.length);
  const order = await cal.renderedPlacementIds();
  const below = (b: Booking) => order[order.indexOf(b.placementId) + 1] ?? '';

  const booking = plan.find('skin booking alone on its days, with room three days later and below', (b) => {
    const later = Planning.moved(b, 3);
    const under = Planning.moved(b, 3, below(b));
    const target = plan.placementById.get(under.placementId);
    return (
      order.includes(b.placementId) &&
      plan.isFree(b.placementId, b.startDate, later.endDate, [b.id]) &&
      isSlots(target, 1) &&
      target?.formats.includes(b.format) === true &&
      plan.isFree(under.placementId, under.startDate, under.endDate)
    );
  });
  const campaign = plan.campaignName(booking);
  const later = Planning.moved(booking, 3);
  const under = Planning.moved(booking, 3, below(booking));
  const [from, to] = [plan.placement(booking.placementId).name, plan.placement(under.placementId).name];

  // Keyboard only from here: Tab into the grid, arrows onto the booking's first day.
  await cal.goToDate(booking.startDate);
  await cal.tabIntoGrid();
  await cal.arrowTo(booking.placementId, booking.startDate);
  await expect(cal.activeCell).toHaveAttribute(
    'aria-label',
    new RegExp(`^${escape(from)}, .*booking ${escape(campaign)}`),
  );

  for (let i = 0; i < 3; i++) await page.keyboard.press('Alt+ArrowRight');
  const laterDates = await cal.dayRange(later.startDate, later.endDate);
  await expect(cal.live).toHaveText(`${campaign} → ${from}, ${laterDates}, occupancy 100%, fits`);
  expect(await cal.stored(booking.id)).toEqual(where(booking)); // nothing written before Enter
  await page.keyboard.press('Enter');
  await expect(app.toast('Move booking: done. Ctrl+Z to undo.')).toBeVisible();
  await expect.poll(() => cal.stored(booking.id)).toEqual(where(later));
  await cal.expectBarAt(later);

  // The active cell followed the booking: one placement down.
  await expect(cal.laneOf(booking.placementId).locator('#cal-active-cell')).toHaveAttribute(
    'aria-label',
    new RegExp(`booking ${escape(campaign)}`),
  );
  await page.keyboard.press('Alt+ArrowDown');
  await expect(cal.live).toHaveText(`${campaign} → ${to}, ${laterDates}, occupancy 100%, fits`);
  await page.keyboard.press('Enter');
  await expect.poll(() => cal.stored(booking.id)).toEqual(where(under));
  await cal.expectBarAt(under);

  // Escape reverts a move in progress: nothing written, the bar where it was.
  const outbox = await cal.outboxCount();
  await expect(cal.laneOf(under.placementId).locator('#cal-active-cell')).toHaveAttribute(
    'aria-label',
    new RegExp(`booking ${escape(campaign)}`),
  );
  await page.keyboard.press('Alt+ArrowRight');
  await page.keyboard.press('Alt+ArrowRight');
  const twoMore = Planning.moved(under, 2);
  await expect(cal.live).toContainText(
    `${campaign} → ${to}, ${await cal.dayRange(twoMore.startDate, twoMore.endDate)}`,
  );
  await page.keyboard.press('Escape');
  await expect(cal.live).toHaveText('Cancelled: the booking is back where it was.');
  expect(await cal.stored(booking.id)).toEqual(where(under));
  expect(await cal.outboxCount()).toBe(outbox);
  await cal.expectBarAt(under);
});

test('Delete cancels the booking under the active cell, and Ctrl+Z brings it back', async ({ app, page }) => {
  const booking = plan.find('confirmed booking alone on its days', (b) =>
    plan.isFree(b.placementId, b.startDate, b.endDate, [b.id]),
  );
  const name = plan.placement(booking.placementId).name;
  await cal.reveal(booking, name);
  await cal.tabIntoGrid();
  await cal.arrowTo(booking.placementId, booking.startDate);

  await page.keyboard.press('Delete');
  await expect(app.toast('Cancel booking: done. Ctrl+Z to undo.')).toBeVisible();
  await expect.poll(async () => (await cal.booking(booking.id))?.status).toBe('cancelled');
  await cal.expectNoBar(booking.id);

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await cal.booking(booking.id))?.status).toBe(booking.status);
  await cal.expectBarAt(booking);
});

test('resting the pointer on a cell shows that placement’s capacity, confirmed, options and free on that day', async ({
  page,
}) => {
  // A day of an exclusive placement sold to one confirmed booking, nothing else on it nor the day after.
  const sold = plan.find('confirmed booking alone on its days, the day after free', (b) =>
    plan.isFree(b.placementId, b.startDate, addDays(b.endDate, 1), [b.id]),
  );
  // And a day held by an option only.
  const held = plan.data.bookings.find(
    (b) =>
      b.status === 'option' &&
      b.startDate > plan.today &&
      isSlots(plan.placementById.get(b.placementId), 1) &&
      plan.liveOverlapping(b.placementId, b.startDate, b.startDate).length === 1,
  );
  if (!held) throw new Error('the demo data has no option alone on an exclusive placement');

  const figure = (label: string) =>
    cal.tooltip.locator(`xpath=.//dt[normalize-space()="${label}"]/following-sibling::dd[1]`);

  const cells: [Booking, ReturnType<Planning['figures']>][] = [
    [sold, plan.figures(sold.placementId, sold.startDate)],
    [held, plan.figures(held.placementId, held.startDate)],
  ];
  // The sums above are the records' own: one sold slot out of one, then one held out of one.
  expect(cells[0]?.[1]).toEqual({ capacity: 1, confirmed: 1, options: 0, free: 0 });
  expect(cells[1]?.[1]).toEqual({ capacity: 1, confirmed: 0, options: 1, free: 0 });

  for (const [booking, expected] of cells) {
    const name = plan.placement(booking.placementId).name;
    await cal.reveal(booking, name);
    await expect(cal.tooltip).toBeHidden();
    const { x, y } = await cal.cell(booking.placementId, booking.startDate);
    await page.mouse.move(x, y, { steps: 3 });
    await expect(cal.tooltip).toBeVisible();
    await expect(cal.tooltip).toContainText(name);
    await expect(figure('Capacity')).toHaveText(slots(expected.capacity));
    await expect(figure('Confirmed')).toHaveText(slots(expected.confirmed));
    await expect(figure('Options')).toHaveText(slots(expected.options));
    await expect(figure('Free')).toHaveText(slots(expected.free));
    await expect(cal.tooltip).toContainText(plan.campaignName(booking));

    // Leaving the grid hides it.
    await page.mouse.move(5, 5, { steps: 3 });
    await expect(cal.tooltip).toBeHidden();
  }

  // The free day after the sold booking reads as free, with nothing contending.
  const after = addDays(sold.endDate, 1);
  expect(plan.figures(sold.placementId, after)).toEqual({ capacity: 1, confirmed: 0, options: 0, free: 1 });
  await cal.reveal(sold, plan.placement(sold.placementId).name);
  const { x, y } = await cal.cell(sold.placementId, after);
  await page.mouse.move(x, y, { steps: 3 });
  await expect(figure('Free')).toHaveText(slots(1));
  await expect(figure('Confirmed')).toHaveText(slots(0));
  await expect(cal.tooltip).toContainText('No booking on this day');
});

/** `text` as a literal inside a regular expression. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
