import { dayFromToday, expect, test, type Planner } from './fixtures.ts';

async function openNewBooking(app: Planner) {
  await app.open('Bookings');
  await app.page.getByRole('button', { name: 'New booking' }).click();
  const dialog = app.dialog('New booking');
  await dialog.getByLabel('Campaign').selectOption({ index: 1 });
  await dialog.getByLabel('Placement', { exact: true }).selectOption({ label: 'Politique – Pavé 300×250' });
  return dialog;
}

test.describe('an invalid booking gets a clear message and nothing is saved', () => {
  test.beforeEach(async ({ app }) => {
    await app.loadDemo();
  });

  test('end date before start date', async ({ app, page }) => {
    const pending = await app.pendingChanges();
    const dialog = await openNewBooking(app);
    await dialog.getByLabel('Start date').fill(dayFromToday(60));
    await dialog.getByLabel('End date').fill(dayFromToday(50));
    await dialog.getByLabel('Volume type').selectOption('impressions');
    await dialog.getByLabel('Impressions goal').fill('100000');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();

    await expect(dialog.getByText('The end date is before the start date.')).toBeVisible();
    await expect(dialog.getByLabel('End date')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog).toBeVisible(); // the user's input is still there to correct
    await expect(dialog.getByLabel('Impressions goal')).toHaveValue('100000');

    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    expect(await app.pendingChanges()).toBe(pending);
    await expect(page.getByText('400 rows')).toBeVisible();
  });

  test('share of voice of 150 %', async ({ app, page }) => {
    const pending = await app.pendingChanges();
    const dialog = await openNewBooking(app);
    await dialog.getByLabel('Start date').fill(dayFromToday(60));
    await dialog.getByLabel('End date').fill(dayFromToday(66));
    await dialog.getByLabel('Volume type').selectOption('sov');
    await dialog.getByLabel('Share of voice (%)').fill('150');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();

    await expect(dialog.getByText('Share of voice cannot exceed 100 %.')).toBeVisible();
    await expect(dialog.getByLabel('Share of voice (%)')).toHaveAttribute('aria-invalid', 'true');

    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    expect(await app.pendingChanges()).toBe(pending);
    await expect(page.getByText('400 rows')).toBeVisible();
  });

  test('an option without an expiry date', async ({ app }) => {
    const pending = await app.pendingChanges();
    const dialog = await openNewBooking(app);
    await dialog.getByLabel('Start date').fill(dayFromToday(60));
    await dialog.getByLabel('End date').fill(dayFromToday(66));
    await dialog.getByLabel('Status').selectOption('option');
    await dialog.getByLabel('Option expires on').fill('');
    await dialog.getByLabel('Volume type').selectOption('impressions');
    await dialog.getByLabel('Impressions goal').fill('100000');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();

    await expect(dialog.getByText('An option needs an expiry date.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    expect(await app.pendingChanges()).toBe(pending);
  });
});
