import { expect, test } from './fixtures.ts';

test('deleting a campaign with its bookings is confirmed first and undone with Ctrl+Z', async ({
  app,
  page,
}) => {
  await app.loadDemo();
  await app.open('Campaigns');
  const list = page.getByRole('region', { name: 'Campaigns' }).first();
  const firstRow = list.getByRole('row').nth(1);
  const campaignName = (await firstRow.getByRole('cell').first().textContent())?.trim() ?? '';
  expect(campaignName).not.toBe('');
  await firstRow.dblclick();
  await expect(page.getByRole('heading', { name: campaignName })).toBeVisible();

  await page.getByRole('button', { name: 'Delete campaign' }).click();
  const confirm = app.dialog('Are you sure?');
  await expect(confirm).toContainText(campaignName);
  await confirm.getByRole('button', { name: 'Delete campaign' }).click();

  await app.open('Campaigns');
  await expect(page.getByText('59 rows')).toBeVisible();
  await app.open('Bookings');
  await expect(page.getByText('400 rows')).toBeHidden();

  await page.keyboard.press('Control+z');
  await expect(app.toast('Undone')).toBeVisible();
  await expect(page.getByText('400 rows')).toBeVisible();
  await app.open('Campaigns');
  await expect(page.getByText('60 rows')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: campaignName }).first()).toBeVisible();

  await page.keyboard.press('Control+Shift+z');
  await expect(app.toast('Redone')).toBeVisible();
  await expect(page.getByText('59 rows')).toBeVisible();
});
