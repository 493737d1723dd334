/**
 * Sites and sections are collapsible groups: a press on a group's header (painted on the grid's
 * header canvas) folds it to its summary row, and Enter on the group row does it by keyboard. The
 * grid's row count (aria-rowcount) and the group's aria-expanded say what a screen reader hears.
 */
import { Planning } from './calendar-data.ts';
import { CALENDAR_VIEWPORT, openCalendarOnDemo } from './calendar-page.ts';
import { expect, test } from './fixtures.ts';

test.use({ viewport: CALENDAR_VIEWPORT });

test('a site folds to its summary row when its header is pressed, and unfolds with Enter on that row', async ({
  app,
  page,
}) => {
  const { cal, plan } = await openCalendarOnDemo(app);
  const all = plan.data.placements;
  const allRows = String(Planning.rowCount(all) + 1);
  await expect(cal.grid).toHaveAttribute('aria-rowcount', allRows);

  // The first row is the first site's (sites in name order).
  const siteRow = cal.grid.locator('[data-row-key^="site:"]').first();
  await expect(siteRow).toHaveAttribute('aria-rowindex', '2');
  const siteId = ((await siteRow.getAttribute('data-row-key')) ?? '').replace('site:', '');
  const ofSite = all.filter((p) => p.siteId === siteId);
  const header = siteRow.getByRole('rowheader');
  await expect(header).toHaveAttribute('aria-expanded', 'true');

  // Pressed where it is painted (the DOM row is in the same place, unpainted and not hit).
  const box = await siteRow.boundingBox();
  if (!box) throw new Error('the site row is not on screen');
  await page.mouse.click(box.x + 60, box.y + box.height / 2);
  await expect(header).toHaveAttribute('aria-expanded', 'false');
  // Its sections and placements are gone; its own row stays, with the site's occupancy.
  const folded = Planning.rowCount(all) - Planning.rowCount(ofSite) + 1;
  await expect(cal.grid).toHaveAttribute('aria-rowcount', String(folded + 1));
  await expect(cal.placementRows().first()).toBeVisible();
  for (const id of await cal.renderedPlacementIds())
    expect(
      ofSite.some((p) => p.id === id),
      `placement ${id} of the folded site is still shown`,
    ).toBe(false);

  // By keyboard: the active cell to the first row, then Enter.
  await cal.tabIntoGrid();
  await page.keyboard.press('Control+Home');
  await expect(siteRow).toHaveAttribute('aria-owns', 'cal-active-cell');
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-expanded', 'true');
  await expect(cal.grid).toHaveAttribute('aria-rowcount', allRows);
});
