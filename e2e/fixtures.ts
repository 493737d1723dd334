/**
 * What every end-to-end test starts from: the built planner, served on http://127.0.0.1, in a
 * fresh browser context (so a fresh IndexedDB), in English unless the test switches language.
 */
import { expect, test as base, type Locator, type Page } from '@playwright/test';

const DEMO_LOAD_TIMEOUT_MS = 30_000;

export const test = base.extend<{ app: Planner }>({
  app: async ({ page }, use) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto('/');
    await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
    await use(new Planner(page));
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };

/** The planner as a traffic manager sees it: screens in the sidebar, dialogs, toasts. */
export class Planner {
  constructor(readonly page: Page) {}

  async open(screen: 'Calendar' | 'Campaigns' | 'Bookings' | 'Inventory' | 'Advertisers' | 'Settings') {
    await this.page.getByRole('navigation').getByRole('button', { name: screen }).click();
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** The status line at the bottom of the sidebar ("3 changes waiting to sync"). */
  status(): Locator {
    return this.page.getByTestId('app-status');
  }

  toast(text: string | RegExp): Locator {
    return this.page.locator('.toaster').getByText(text);
  }

  async loadDemo() {
    await this.open('Inventory');
    await this.page.getByRole('button', { name: 'Load demo data' }).first().click();
    // A wait, not a timing: the load writes every record with its outbox entry, which takes a
    // shared 2-core machine longer than expect's default 5 s when it is busy.
    await expect(this.toast(/Demo data loaded/)).toBeVisible({ timeout: DEMO_LOAD_TIMEOUT_MS });
    // The demo always holds a few options already past their expiry, released right away.
    await expect(this.toast(/expired options? (was|were) released/)).toBeVisible({
      timeout: DEMO_LOAD_TIMEOUT_MS,
    });
  }

  /** How many changes wait in the outbox, read from the sidebar. */
  async pendingChanges(): Promise<number> {
    const text = (await this.status().textContent()) ?? '';
    const match = /([\d,\s\u202f]+) changes? waiting/.exec(text);
    return match?.[1] ? Number(match[1].replace(/[^\d]/g, '')) : 0;
  }
}

/** An ISO day `days` after today, in the browser's calendar (the tests run in Europe/Paris). */
export function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
