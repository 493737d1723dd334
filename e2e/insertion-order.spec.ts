/**
 * Insertion orders, end to end in Chromium: issued from the campaign screen, printed from their
 * print route with `page.pdf()` (the engine and options the desktop app prints with), and read
 * back with pdf.js. The browser host cannot make PDFs itself, so here the revisions are stored
 * without PDF bytes and printed from their snapshot, exactly as a browser user prints them.
 */
import type { Page } from '@playwright/test';
import { dayFromToday, expect, test, type Planner } from './fixtures.ts';
import { centsOf, compact, frenchMoney, hasPageNumber, printRoute, readPdf } from './pdf-text.ts';

const PUBLISHER = 'Régie Atlantique Médias SAS';

/** The little of the page's IndexedDB the 200-line test uses (e2e code is typed for Node, without the DOM). */
interface IdbRequest<T> {
  result: T;
  error: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}
interface IdbFactory {
  open(name: string): IdbRequest<Idb>;
}
interface Idb {
  transaction(
    store: string,
    mode: 'readwrite',
  ): {
    objectStore(name: string): { getAll(): IdbRequest<unknown[]>; put(value: unknown): unknown };
    oncomplete: (() => void) | null;
    onerror: (() => void) | null;
    error: unknown;
  };
  close(): void;
}

/** The table's header words, as the French contract prints them. */
const FRENCH_HEADER = ['Site / rubrique / emplacement', 'Quantité', 'Brut', 'Remise', 'Net'];

async function setPublisher(app: Planner, page: Page): Promise<void> {
  await app.open('Settings');
  await page.getByLabel('Legal name', { exact: true }).fill(PUBLISHER);
  await page.getByLabel('Address', { exact: true }).fill('14 quai de la Fosse\n44000 Nantes');
  await page.getByLabel('Company number (SIREN/SIRET)').fill('812 345 678 00027');
  await page.getByLabel('VAT number').fill('FR42 812345678');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(app.toast('Settings saved.')).toBeVisible();
}

/**
 * Opens, from the campaigns list, the first confirmed campaign with between `min` and `max`
 * bookings (a confirmed campaign has sold lines, so its IO has something to say).
 */
async function openCampaignWithBookings(app: Planner, page: Page, min: number, max: number): Promise<string> {
  await app.open('Campaigns');
  const table = page.locator('.campaign-list table');
  await expect(table.locator('tbody tr[data-row-id]').first()).toBeVisible();
  // Read the list as a person would: the "Bookings" column of the rows shown.
  const headers = await table.locator('thead th').allTextContents();
  const column = (name: string) => headers.findIndex((text) => text.startsWith(name));
  const [bookings, status] = [column('Bookings'), column('Status')];
  let id: string | null = null;
  for (const row of await table.locator('tbody tr[data-row-id]').all()) {
    const cell = (index: number) => row.locator('td').nth(index).textContent();
    const count = Number(((await cell(bookings)) ?? '').replace(/\D/g, ''));
    if (count >= min && count <= max && (await cell(status)) === 'Confirmed') {
      id = await row.getAttribute('data-row-id');
      break;
    }
  }
  expect(id, `a confirmed campaign with ${min} to ${max} bookings`).not.toBeNull();
  await table.locator(`tr[data-row-id="${id}"]`).dblclick();
  await expect(page.getByTestId('io-panel')).toBeVisible();
  return id!;
}

/** The placement of every booking of the campaign screen that is part of the order. */
async function orderedPlacements(page: Page): Promise<string[]> {
  const placements: string[] = [];
  for (const row of await page.locator('.campaign-bookings tbody tr[data-row-id]').all()) {
    const status = (await row.locator('.badge').first().textContent()) ?? '';
    if (!/Confirmed|Option/.test(status)) continue;
    const path = (await row.locator('.clipped').first().getAttribute('title')) ?? '';
    placements.push(path.split(' / ').at(-1) ?? path);
  }
  return placements;
}

/** Issues the campaign's next revision in French from its IO panel; returns the new revision's id. */
async function issueInFrench(app: Planner, page: Page, revision: number): Promise<string> {
  const panel = page.getByTestId('io-panel');
  await panel
    .getByRole('button', { name: revision === 1 ? 'Issue insertion order' : `Issue revision ${revision}` })
    .click();
  const dialog = app.dialog('Issue insertion order');
  await dialog.getByLabel('Language of the document').selectOption('fr');
  await expect(dialog.getByText(new RegExp(`revision ${revision}: \\d+ lines?, total`))).toBeVisible();
  await dialog.getByRole('button', { name: 'Issue and print' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.toast(new RegExp(`revision ${revision} issued`))).toBeVisible();
  await expect(panel.getByTestId('io-latest')).toHaveText(new RegExp(`revision ${revision}$`));
  // The revisions list: newest first, each with its printable page.
  await panel.getByText(/^Revisions \(\d+\)$/).click();
  const open = panel.getByRole('link', { name: new RegExp(`^Open IO-\\d{4}-\\d{4} r${revision}$`) });
  const href = (await open.getAttribute('href')) ?? '';
  expect(href).toMatch(/^#\/io\/[\w-]+$/);
  await panel.getByText(/^Revisions \(\d+\)$/).click();
  return href.slice('#/io/'.length);
}

test('an insertion order issued in French holds the parties, every line and the totals, then revision 2 marks the change', async ({
  app,
  page,
}) => {
  await app.loadDemo();
  await setPublisher(app, page);
  await openCampaignWithBookings(app, page, 4, 9);

  const campaignName = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  const advertiser =
    (await page.locator('.campaign-parties div', { hasText: 'Advertiser' }).locator('dd').textContent()) ??
    '';
  const placements = await orderedPlacements(page);
  expect(placements.length).toBeGreaterThan(0);
  const totals = {
    net: centsOf((await page.getByTestId('campaign-net').textContent()) ?? ''),
    netBeforeTax: centsOf((await page.getByTestId('campaign-net-before-tax').textContent()) ?? ''),
    vat: centsOf((await page.getByTestId('campaign-vat').textContent()) ?? ''),
    total: centsOf((await page.getByTestId('campaign-total').textContent()) ?? ''),
  };
  await expect(page.getByTestId('io-panel')).toContainText('No insertion order issued yet.');

  const firstId = await issueInFrench(app, page, 1);
  const number = /IO-\d{4}-\d{4}/.exec((await page.getByTestId('io-latest').textContent()) ?? '')?.[0] ?? '';
  expect(number).toMatch(new RegExp(`^IO-${dayFromToday(0).slice(0, 4)}-\\d{4}$`));
  await expect(page.getByTestId('io-panel')).toContainText('Up to date');

  await test.step('the PDF of revision 1 says it all, in French', async () => {
    const { pdf, errors } = await printRoute(page, `#/io/${firstId}`);
    const { pages } = await readPdf(pdf);
    const all = compact(pages.join(' '));
    for (const words of [
      'Ordre d’insertion',
      number,
      'Révision 1',
      PUBLISHER,
      'SIRET 81234567800027',
      advertiser,
      campaignName,
    ]) {
      expect(all, words).toContain(compact(words));
    }
    for (const placement of placements) expect(all, placement).toContain(compact(placement));
    // The same amounts as the campaign screen, formatted the French way.
    for (const [label, cents] of [
      ['Net remisé', totals.net],
      ['Net HT', totals.netBeforeTax],
      ['TVA (20 %)', totals.vat],
      ['Total TTC', totals.total],
      ['Budget maximum', totals.total],
    ] as const) {
      expect(all, label).toContain(compact(`${label} ${frenchMoney(cents)}`));
    }
    expect(all).not.toContain(compact('Total incl. VAT'));
    pages.forEach((text, index) =>
      expect(hasPageNumber(text, index + 1, pages.length), text.slice(0, 80)).toBe(true),
    );
    expect(errors).toEqual([]);
  });

  // A booking of the order changes: the issued IO no longer says what was sold.
  const confirmed = page
    .locator('.campaign-bookings tbody tr[data-row-id]', {
      has: page.locator('.badge', { hasText: 'Confirmed' }),
    })
    .first();
  const changedPlacement =
    ((await confirmed.locator('.clipped').getAttribute('title')) ?? '').split(' / ').at(-1) ?? '';
  await confirmed.getByRole('button', { name: 'Edit' }).click();
  const form = app.dialog('Edit booking');
  await form.getByLabel('Discount (%)').fill('7');
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('io-panel')).toContainText('IO out of date');
  await expect(page.getByTestId('io-panel')).toContainText('issue revision 2');

  const secondId = await issueInFrench(app, page, 2);
  await expect(page.getByTestId('io-panel')).toContainText('Up to date');
  await expect(page.getByTestId('io-panel')).not.toContainText('IO out of date');

  await test.step('revision 2 carries the same number, its revision and the change marker', async () => {
    const { pdf } = await printRoute(page, `#/io/${secondId}`);
    const { pages } = await readPdf(pdf);
    const all = compact(pages.join(' '));
    expect(all).toContain(compact(`${number} · révision 2`));
    expect(all).toContain(compact('Révision 2'));
    expect(all).toContain(compact('Rév. 2 : modifiée'));
    expect(all).toContain(compact(changedPlacement));
    expect(all).toContain(compact('Les lignes ajoutées ou modifiées depuis la révision 1 sont signalées.'));
  });

  await test.step('revision 1 stays as it was sent', async () => {
    const { pdf } = await printRoute(page, `#/io/${firstId}`);
    const all = compact((await readPdf(pdf)).pages.join(' '));
    expect(all).toContain(compact(`${number} · révision 1`));
    expect(all).not.toContain(compact('Rév. 2'));
  });
});

test('a 200-line insertion order prints on several pages, each with the table header and its page number', async ({
  app,
  page,
}) => {
  await app.loadDemo();
  await setPublisher(app, page);
  const campaignId = await openCampaignWithBookings(app, page, 2, 20);

  // The planner has no bulk import screen and the page no test hooks. The demo's bookings are
  // real, valid bookings: 200 of those that are part of an order are moved to this campaign in
  // the planner's own IndexedDB (as a sync from another laptop would), then the page reloads.
  const moved = await page.evaluate(
    async ({ campaignId, today }) => {
      const db = await new Promise<Idb>((resolve, reject) => {
        const request = (globalThis as unknown as { indexedDB: IdbFactory }).indexedDB.open('slotboard');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(`cannot open: ${String(request.error)}`));
      });
      try {
        const tx = db.transaction('bookings', 'readwrite');
        const store = tx.objectStore('bookings');
        const all = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
          const request = store.getAll();
          request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
          request.onerror = () => reject(new Error(`cannot read: ${String(request.error)}`));
        });
        const live = all.filter(
          (b) =>
            b.status === 'confirmed' ||
            (b.status === 'option' && typeof b.optionExpiresOn === 'string' && b.optionExpiresOn >= today),
        );
        const mine = live.filter((b) => b.campaignId === campaignId);
        const others = live.filter((b) => b.campaignId !== campaignId).slice(0, 200 - mine.length);
        for (const booking of others) store.put({ ...booking, campaignId });
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(new Error(`not written: ${String(tx.error)}`));
        });
        return mine.length + others.length;
      } finally {
        db.close();
      }
    },
    { campaignId, today: dayFromToday(0) },
  );
  expect(moved).toBe(200);
  await page.reload();
  await expect(page.getByTestId('io-panel')).toBeVisible();

  // The next revision, prepared and not issued, as the print route shows it.
  const { pdf, errors } = await printRoute(page, `#/io/preview/${campaignId}/fr`);
  const { pages } = await readPdf(pdf);
  expect(errors).toEqual([]);
  expect(pages.length).toBeGreaterThanOrEqual(3);
  expect(compact(pages.join(' '))).toContain(compact('200 lignes'));

  let withTable = 0;
  pages.forEach((text, index) => {
    const last = index === pages.length - 1;
    expect(hasPageNumber(text, index + 1, pages.length), `page ${index + 1}: ${text.slice(0, 60)}`).toBe(
      true,
    );
    const header = FRENCH_HEADER.every((word) => compact(text).includes(compact(word)));
    if (header) withTable += 1;
    // Every page carries the lines' header, but the last one when the lines ended on the page
    // before: it then holds the totals and the signatures, kept together.
    else
      expect(
        last && compact(text).includes(compact('Budget maximum')),
        `page ${index + 1} has no table header`,
      ).toBe(true);
  });
  expect(withTable).toBeGreaterThanOrEqual(3);
});

test('several campaigns are exported at once: first issues where needed, then the latest revisions as issued', async ({
  app,
  page,
}) => {
  await app.loadDemo();
  await app.open('Campaigns');
  const rows = page.locator('.campaign-list tbody tr[data-row-id]');
  await expect(rows.first()).toBeVisible();
  // Two confirmed campaigns: both have lines to put on an order.
  const confirmed = rows.filter({ has: page.locator('.badge', { hasText: /^Confirmed$/ }) });
  const names: string[] = [];
  for (const row of (await confirmed.all()).slice(0, 2)) {
    const name = (await row.locator('strong.clipped').getAttribute('title')) ?? '';
    await page.getByLabel(`Select ${name}`, { exact: true }).check();
    names.push(name);
  }
  expect(names).toHaveLength(2);

  await page.getByRole('button', { name: 'Export insertion orders (2)' }).click();
  let dialog = app.dialog('Export insertion orders');
  for (const name of names) {
    await expect(dialog.getByRole('row', { name: new RegExp(`${name}.*Never issued`) })).toBeVisible();
  }
  await dialog.getByLabel('Language of the revisions issued now').selectOption('fr');
  await dialog.getByRole('button', { name: 'Export 2 insertion orders' }).click();
  await expect(dialog.getByText('Issued now')).toHaveCount(2);
  // A browser cannot save PDFs by itself: each one is printed from here (or its printable page).
  await expect(dialog.getByText(/Your browser cannot save PDFs by itself/)).toBeVisible();
  await expect(dialog.getByRole('link', { name: 'Open' })).toHaveCount(2);
  const href = (await dialog.getByRole('link', { name: 'Open' }).first().getAttribute('href')) ?? '';
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await expect(dialog).toBeHidden();

  const { pdf } = await printRoute(page, href);
  const all = compact((await readPdf(pdf)).pages.join(' '));
  expect(all).toContain(compact('Ordre d’insertion'));
  expect(all).toContain(compact(names[0]!));

  // Exported again, both are up to date: their revision 1 is taken as issued, nothing new is issued.
  for (const name of names) await page.getByLabel(`Select ${name}`, { exact: true }).check();
  await page.getByRole('button', { name: 'Export insertion orders (2)' }).click();
  dialog = app.dialog('Export insertion orders');
  await expect(dialog.getByText(/^Up to date: IO-\d{4}-\d{4} revision 1, as issued$/)).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Export 2 insertion orders' }).click();
  await expect(dialog.getByText('As issued')).toHaveCount(2);
});
