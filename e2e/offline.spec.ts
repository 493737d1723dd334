import { dayFromToday, expect, test } from './fixtures.ts';

test('with the network cut, a booking is still created, kept and queued for sync', async ({
  app,
  page,
  context,
}) => {
  await app.loadDemo();
  await app.open('Bookings');
  const before = await app.pendingChanges();

  // No ad server is set up here (e2e/sync.spec.ts goes offline with one): the status says so,
  // and the planner goes on working from its own store.
  await context.setOffline(true);
  await expect(app.status()).toContainText('Sync is off');

  await page.getByRole('button', { name: 'New booking' }).click();
  const dialog = app.dialog('New booking');
  const campaign = dialog.getByLabel('Campaign');
  await campaign.selectOption({ index: 1 });
  const placement = dialog.getByLabel('Placement', { exact: true });
  await placement.selectOption({ label: 'Politique – Pavé 300×250' });
  await dialog.getByLabel('Start date').fill(dayFromToday(200));
  await dialog.getByLabel('End date').fill(dayFromToday(206));
  await dialog.getByLabel('Volume type').selectOption('impressions');
  await dialog.getByLabel('Impressions goal').fill('70000');
  await dialog.getByLabel('Notes').fill('Booked on the train');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(app.toast('Booking created.')).toBeVisible();

  // Queued for the ad server: one more change waiting.
  await expect.poll(() => app.pendingChanges()).toBe(before + 1);

  // Still offline, the booking is found in the list…
  await page.getByRole('searchbox', { name: 'Search' }).fill('Politique – Pavé 300×250');
  await expect(page.getByRole('row').filter({ hasText: '70,000 imp.' })).toHaveCount(1);

  // …and it survives closing the page: back online, reopen the app.
  await context.setOffline(false);
  await page.reload();
  await app.open('Bookings');
  await page.getByRole('searchbox', { name: 'Search' }).fill('Politique – Pavé 300×250');
  await expect(page.getByRole('row').filter({ hasText: '70,000 imp.' })).toHaveCount(1);
  expect(await app.pendingChanges()).toBe(before + 1);
});
