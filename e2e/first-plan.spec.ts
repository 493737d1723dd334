import { dayFromToday, expect, test } from './fixtures.ts';

test('a new traffic manager builds a plan from scratch and finds it after a reload', async ({
  app,
  page,
}) => {
  // Inventory: a site, a section, two placements (one sold by impressions, one exclusive).
  await app.open('Inventory');
  await page.getByRole('button', { name: 'Create your first site' }).click();
  let dialog = app.dialog('New site');
  await dialog.getByLabel('Name', { exact: true }).fill('Le Petit Matin');
  await dialog.getByLabel('Web address').fill('https://petit-matin.example');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'New section' }).click();
  dialog = app.dialog('New section');
  await dialog.getByLabel('Name', { exact: true }).fill('Sport');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'New placement' }).click();
  dialog = app.dialog('New placement');
  await dialog.getByLabel('Name', { exact: true }).fill('Sport – Pavé 300×250');
  await dialog.getByLabel('Medium rectangle 300×250').check();
  await dialog.getByLabel('Sold as').selectOption('impressions');
  await dialog.getByLabel('Base daily forecast (impressions)').fill('100000');
  await dialog.getByLabel('CPM (€)').fill('12');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'New placement' }).click();
  dialog = app.dialog('New placement');
  await dialog.getByLabel('Name', { exact: true }).fill('Sport – Habillage');
  await dialog.getByLabel('Skin / takeover').check();
  await dialog.getByLabel('Sold as').selectOption('slots');
  await dialog.getByLabel('Slots per day').fill('1');
  await dialog.getByLabel('CPD (€)').fill('4500');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();

  // An advertiser and its campaign.
  await app.open('Advertisers');
  await page.getByRole('button', { name: 'Create your first advertiser' }).click();
  dialog = app.dialog('New advertiser');
  await dialog.getByLabel('Name', { exact: true }).fill('Boulangeries Dufour');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();

  await app.open('Campaigns');
  await page.getByRole('button', { name: 'Create your first campaign' }).click();
  dialog = app.dialog('New campaign');
  await dialog.getByLabel('Name', { exact: true }).fill('Printemps du pain');
  await dialog.getByLabel('Advertiser').selectOption({ label: 'Boulangeries Dufour' });
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Printemps du pain' })).toBeVisible();

  // Two bookings: 500,000 confirmed impressions, and an option on the exclusive skin.
  await page.getByRole('button', { name: 'New booking' }).click();
  dialog = app.dialog('New booking');
  await dialog.getByLabel('Placement', { exact: true }).selectOption({ label: 'Sport – Pavé 300×250' });
  await dialog.getByLabel('Start date').fill(dayFromToday(30));
  await dialog.getByLabel('End date').fill(dayFromToday(39));
  await dialog.getByLabel('Status').selectOption('confirmed');
  await dialog.getByLabel('Volume type').selectOption('impressions');
  await dialog.getByLabel('Impressions goal').fill('500000');
  await dialog.getByLabel('Discount (%)').fill('10');
  // 500,000 impressions at €12 CPM = €6,000 gross, 10 % off = €5,400 net.
  await expect(dialog.getByTestId('booking-net')).toHaveText('€5,400.00');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'New booking' }).click();
  dialog = app.dialog('New booking');
  await dialog.getByLabel('Placement', { exact: true }).selectOption({ label: 'Sport – Habillage' });
  await dialog.getByLabel('Start date').fill(dayFromToday(40));
  await dialog.getByLabel('End date').fill(dayFromToday(41));
  await dialog.getByLabel('Status').selectOption('option');
  await dialog.getByLabel('Option expires on').fill(dayFromToday(20));
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog).toBeHidden();

  const bookings = page.getByRole('region', { name: 'Bookings of Printemps du pain' });
  await expect(bookings.getByRole('row')).toHaveCount(3 + 1); // header, two bookings, totals
  await expect(page.getByTestId('campaign-net')).toHaveText('€14,400.00'); // 5,400 + 2 days × 4,500
  await expect(app.status()).toContainText('changes waiting to sync');

  // Everything is still there after a reload: it lives in IndexedDB.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Printemps du pain' })).toBeVisible();
  await expect(bookings.getByRole('row')).toHaveCount(4);
  await expect(bookings).toContainText('Sport – Pavé 300×250');
  await expect(bookings).toContainText('Sport – Habillage');
  await expect(page.getByTestId('campaign-net')).toHaveText('€14,400.00');
  await app.open('Inventory');
  await expect(page.getByRole('tab', { name: /Placements/ })).toContainText('2');
});
