import { expect, test } from './fixtures.ts';

test('options past their expiry date are released and shown as expired', async ({ app, page }) => {
  await app.loadDemo(); // which waits for "N expired options were released"

  await app.open('Bookings');
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Expired' });
  const expiredRows = page.getByRole('row').filter({ hasText: 'Expired' });
  await expect(expiredRows.first()).toBeVisible();
  const released = await expiredRows.count();

  // Restarting releases nothing more and keeps them expired.
  const pending = await app.pendingChanges();
  await page.reload();
  await app.open('Bookings');
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Expired' });
  await expect(page.getByRole('row').filter({ hasText: 'Expired' })).toHaveCount(released);
  expect(await app.pendingChanges()).toBe(pending);
});
