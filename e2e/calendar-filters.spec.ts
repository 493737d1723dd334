/**
 * The calendar's filters narrow its rows: placement search, site, format, the booking filters
 * (advertiser, status) and the free-capacity question; "Clear filters" brings every row back.
 * Which placements should stay is worked out from the stored records; the grid's row count
 * (aria-rowcount: the column header row, then site, section and placement rows) must match it.
 */
import { addDays, isLive, Planning, type Placement } from './calendar-data.ts';
import { CALENDAR_VIEWPORT, openCalendarOnDemo, type CalendarPage } from './calendar-page.ts';
import { expect, test } from './fixtures.ts';

test.use({ viewport: CALENDAR_VIEWPORT });

let cal: CalendarPage;
let plan: Planning;

test.beforeEach(async ({ app }) => {
  ({ cal, plan } = await openCalendarOnDemo(app));
  await expectRows(plan.data.placements);
});

/** The grid holds exactly these placements' rows (with their site and section rows). */
async function expectRows(placements: readonly Placement[]) {
  await expect(cal.grid).toHaveAttribute('aria-rowcount', String(Planning.rowCount(placements) + 1));
}

/** The placement rows on screen are all among `allowed`, and there is at least one. */
async function expectShownAmong(allowed: readonly Placement[]) {
  const ids = new Set(allowed.map((p) => p.id));
  await expect(cal.placementRows().first()).toBeVisible();
  for (const id of await cal.renderedPlacementIds())
    expect(ids.has(id), `placement ${id} should be filtered out`).toBe(true);
}

async function clearFilters() {
  await cal.page.getByRole('button', { name: 'Clear filters' }).click();
  await expectRows(plan.data.placements);
  await expect(cal.page.getByRole('button', { name: 'Clear filters' })).toBeHidden();
}

test('searching keeps the placements whose name, section or site matches; Clear filters restores every row', async ({
  page,
}) => {
  const all = plan.data.placements;

  // Case does not matter: every skin placement, and nothing else.
  const skins = plan.matching('habillage');
  expect(skins).toEqual(all.filter((p) => p.name.includes('Habillage')));
  expect(skins.length).toBeGreaterThan(1);
  await cal.searchFor('HABILLAGE');
  await expectRows(skins);
  await expect(cal.placementRows()).toHaveCount(skins.length);
  for (const name of await cal.placementRows().locator('.cal-row__name').allTextContents()) {
    expect(name).toContain('Habillage');
  }
  await expect(page.getByText(`${skins.length} of ${all.length} placements`)).toBeVisible();

  // Nor do accents: "economie" finds the Économie sections' placements.
  const economy = plan.matching('economie');
  expect(economy.some((p) => p.name.includes('Économie'))).toBe(true);
  await cal.searchFor('economie');
  await expectRows(economy);
  await expectShownAmong(economy);

  await clearFilters();
  await expect(cal.search).toHaveValue('');
});

test('the Site select keeps that site’s group only, and Format the placements selling that format', async () => {
  const all = plan.data.placements;
  // The site with the fewest placements, so all its rows are on screen.
  const site = [...plan.data.sites].sort(
    (a, b) => all.filter((p) => p.siteId === a.id).length - all.filter((p) => p.siteId === b.id).length,
  )[0];
  if (!site) throw new Error('no site');
  const ofSite = all.filter((p) => p.siteId === site.id);

  await cal.select('Site').selectOption({ label: site.name });
  await expectRows(ofSite);
  await expect(cal.grid.locator('[data-row-key^="site:"]')).toHaveCount(1);
  await expect(cal.grid.locator('[data-row-key^="site:"]')).toHaveAttribute(
    'data-row-key',
    `site:${site.id}`,
  );
  await expectShownAmong(ofSite);

  // Site and format together: that site's skins.
  const skins = ofSite.filter((p) => p.formats.includes('skin'));
  await cal.select('Format').selectOption({ label: 'Skin / takeover' });
  await expectRows(skins);
  await expect(cal.placementRows()).toHaveCount(skins.length);
  await expectShownAmong(skins);

  await clearFilters();
  // Format alone, over every site.
  const videos = all.filter((p) => p.formats.includes('video'));
  await cal.select('Format').selectOption({ label: 'Video' });
  await expectRows(videos);
  await expectShownAmong(videos);
  await clearFilters();

  // A search typed and swept away by "Clear filters" before it settled stays cleared.
  await cal.select('Format').selectOption({ label: 'Video' });
  await expectRows(videos);
  await cal.search.fill('habillage');
  await clearFilters();
  await expect(cal.search).toHaveValue('');
  await cal.page.waitForTimeout(400); // longer than the search's settle delay
  await expectRows(all);
});

test('the Advertiser and Status filters keep the placements holding such bookings, and draw only those bars', async () => {
  const { bookings, campaigns, advertisers } = plan.data;
  const advertiserOf = new Map(campaigns.map((c) => [c.id, c.advertiserId]));
  const placementsOf = (keep: (b: (typeof bookings)[number]) => boolean) => {
    const ids = new Set(bookings.filter(keep).map((b) => b.placementId));
    return plan.data.placements.filter((p) => ids.has(p.id));
  };

  // An advertiser with a live booking ahead, holding bookings on a screenful of placements at most.
  const advertiser = advertisers.find((a) => {
    const held = placementsOf((b) => advertiserOf.get(b.campaignId) === a.id);
    const ahead = bookings.some(
      (b) => advertiserOf.get(b.campaignId) === a.id && isLive(b, plan.today) && b.startDate > plan.today,
    );
    return ahead && held.length >= 2 && Planning.rowCount(held) <= 18;
  });
  if (!advertiser) throw new Error('the demo data has no advertiser with a few placements');
  const ofAdvertiser = (b: (typeof bookings)[number]) => advertiserOf.get(b.campaignId) === advertiser.id;
  const held = placementsOf(ofAdvertiser);
  const next = bookings
    .filter((b) => ofAdvertiser(b) && isLive(b, plan.today) && b.startDate > plan.today)
    .sort((a, b) => (a.startDate < b.startDate ? -1 : 1))[0];

  await cal.select('Advertiser').selectOption({ label: advertiser.name });
  await expectRows(held);
  await expect(cal.placementRows()).toHaveCount(held.length);
  await cal.goToDate(next?.startDate ?? plan.today);
  await cal.expectBar(next?.id ?? '');
  // Every bar drawn is one of the advertiser's live bookings.
  const allowed = new Set(bookings.filter((b) => ofAdvertiser(b) && isLive(b, plan.today)).map((b) => b.id));
  for (const id of await cal.paintedBookingIds()) {
    expect(allowed.has(id), `bar ${id} is not a live booking of ${advertiser.name}`).toBe(true);
  }
  await clearFilters();

  // Cancelled bookings are not drawn unless asked for; then only they are.
  const shown = bookings.find((b) => b.status === 'cancelled' && b.startDate > plan.today);
  if (!shown) throw new Error('the demo data has no cancelled booking');
  await cal.searchFor(plan.placement(shown.placementId).name);
  await cal.goToDate(shown.startDate);
  await expect(cal.rowOf(shown.placementId)).toBeVisible();
  await cal.expectNoBar(shown.id);
  await cal.searchFor('');

  await cal.select('Status').selectOption({ label: 'Cancelled' });
  const withCancelled = placementsOf((b) => b.status === 'cancelled');
  await expectRows(withCancelled);
  await cal.searchFor(plan.placement(shown.placementId).name, withCancelled);
  await cal.expectBar(shown.id, { status: 'cancelled' });
  expect((await cal.paintedBars()).filter((bar) => bar.status !== 'cancelled')).toEqual([]);
  await clearFilters();
});

test('asking for free capacity keeps fewer placements, all sold by impressions, and none for an impossible goal', async ({
  page,
}) => {
  const all = plan.data.placements;
  const byImpressions = all.filter((p) => p.capacity.kind === 'impressions');
  await page.getByRole('button', { name: 'Find free capacity…' }).click();
  const form = page.getByRole('group', { name: 'Free capacity' });
  await form.getByLabel('From').fill(addDays(plan.today, 30));
  await form.getByLabel('To').fill(addDays(plan.today, 36));
  await form.getByLabel('Impressions').fill('500,000');
  await form.getByRole('button', { name: 'Apply' }).click();

  await expect(page.getByText(new RegExp(`^\\d+ of ${all.length} placements$`))).toBeVisible();
  const rowCount = Number(await cal.grid.getAttribute('aria-rowcount'));
  expect(rowCount).toBeLessThan(Planning.rowCount(all) + 1);
  expect(rowCount).toBeGreaterThan(1);
  await expectShownAmong(byImpressions);

  // No placement has a trillion impressions free in a week.
  await form.getByLabel('Impressions').fill('1,000,000,000,000');
  await form.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByText('No placement matches these filters.')).toBeVisible();
  await expect(cal.grid).toBeHidden();

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(cal.grid).toBeVisible();
  await expectRows(all);
});
