import { expect, test } from './fixtures.ts';

test('switching to French translates the interface and formats dates and money the French way', async ({
  app,
  page,
}) => {
  await app.loadDemo();
  await app.open('Settings');
  await page.getByLabel('Language').selectOption({ label: 'Français' });

  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('button', { name: 'Réservations' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Inventaire' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Réglages' })).toBeVisible();

  await nav.getByRole('button', { name: 'Réservations' }).click();
  const table = page.getByRole('region', { name: 'Réservations' }).first();
  const firstRow = table.getByRole('row').nth(1);
  // French dates ("12 mars 2027" / "12/03/2027") and money ("1 234,56 €").
  await expect(firstRow).toContainText(
    /\d{1,2}(\s(janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.?\s|\/\d{2}\/)\d{4}/,
  );
  await expect(firstRow).toContainText(/\d,\d{2}\s€/);
  await expect(table.getByRole('columnheader', { name: /Statut/ })).toBeVisible();

  // The choice is kept: after a reload the planner still speaks French.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
