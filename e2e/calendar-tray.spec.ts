/**
 * The calendar's "to place" tray: the campaigns without a live booking, each placed at the grid's
 * selected cell without dragging (WCAG 2.5.7), and the tray as the user left it after a reload.
 */
import { addDays, type Planning } from './calendar-data.ts';
import { CALENDAR_VIEWPORT, openCalendarOnDemo, type CalendarPage } from './calendar-page.ts';
import { expect, test } from './fixtures.ts';

test.use({ viewport: CALENDAR_VIEWPORT });

let cal: CalendarPage;
let plan: Planning;

test.beforeEach(async ({ app }) => {
  ({ cal, plan } = await openCalendarOnDemo(app));
});

test('a new campaign waits in the tray, Place books it at the selected cell, and a folded tray stays folded after a reload', async ({
  app,
  page,
}) => {
  // Every demo campaign has a booking: the tray starts folded, with nothing to place.
  const tray = page.getByRole('complementary', { name: 'Campaigns to place' });
  await expect(tray.getByRole('button', { name: 'To place (0)' })).toHaveAttribute('aria-expanded', 'false');

  await app.open('Campaigns');
  await page.getByRole('button', { name: 'New campaign' }).click();
  const form = app.dialog('New campaign');
  await form.getByLabel('Name', { exact: true }).fill('Salon du printemps');
  await form.getByLabel('Advertiser').selectOption({ index: 1 });
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(form).toBeHidden();
  const campaign = (await cal.planning()).data.campaigns.find((c) => c.name === 'Salon du printemps');
  if (!campaign) throw new Error('the new campaign is not in the store');

  // Something to place: the tray opens by itself.
  await cal.open();
  const toggle = tray.getByRole('button', { name: 'To place (1)' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(tray.locator('.cal-tray__name')).toHaveText(['Salon du printemps']);

  // The selected cell: the first placement on screen, a week from today.
  const placementId = (await cal.renderedPlacementIds())[0] ?? '';
  const day = addDays(plan.today, 7);
  await cal.goToDate(day);
  await cal.tabIntoGrid();
  await cal.arrowTo(placementId, day);

  await tray.getByRole('button', { name: 'Place Salon du printemps at the selected cell' }).click();
  const dialog = app.dialog('New booking');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Campaign')).toHaveValue(campaign.id);
  await expect(dialog.getByLabel('Placement', { exact: true })).toHaveValue(placementId);
  await expect(dialog.getByLabel('Start date')).toHaveValue(day);
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(dialog).toBeHidden();

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(tray.locator('.cal-tray__name')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('html[data-calendar-ready="true"]')).toHaveCount(1);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});
