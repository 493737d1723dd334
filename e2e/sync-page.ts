/**
 * Sync as traffic managers drive it: several planners (one browser context each, so one IndexedDB
 * each) connected to one reference ad server started inside the test process. Each planner is
 * driven through its own screens (Settings › Sync, the sidebar's status, Sync & conflicts, the
 * booking form); what it holds is read back from its IndexedDB, what the server holds from its
 * REST API with the token.
 */
import type { Browser, Page } from '@playwright/test';
import type { Booking } from '../shared/domain/model.ts';
import { startServer, type RunningServer } from '../server/src/app.ts';
import { addDays, isSlots, readStores, type Planning } from './calendar-data.ts';
import { CALENDAR_VIEWPORT, CalendarPage } from './calendar-page.ts';
import { expect, Planner } from './fixtures.ts';

export const TOKEN = 'e2e-sync-token-0123456789';

/** The longest wait for sync to show: 400 demo records travel twice, on 2 cores other work shares. */
export const SYNC_TIMEOUT = 120_000;

/** An in-memory reference ad server on a free port, accepting `TOKEN`. */
export function startAdServer(): Promise<RunningServer> {
  return startServer({ port: 0, tokens: [TOKEN] });
}

/** What two copies of a booking must agree on once synced. */
export type BookingFacts = Pick<
  Booking,
  'id' | 'placementId' | 'campaignId' | 'startDate' | 'endDate' | 'status' | 'optionExpiresOn'
> & { version: number };

export function facts(b: Booking & { version?: number }): BookingFacts {
  return {
    id: b.id,
    version: b.version ?? 0,
    placementId: b.placementId,
    campaignId: b.campaignId,
    startDate: b.startDate,
    endDate: b.endDate,
    status: b.status,
    optionExpiresOn: b.optionExpiresOn ?? null,
  };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The reference server seen through its REST API, as any client holding the token sees it. */
export class AdServerApi {
  constructor(readonly server: RunningServer) {}

  private async get(path: string): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${this.server.url}${path}`, {
      headers: { authorization: `Bearer ${TOKEN}`, accept: 'application/json' },
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  }

  /** Every live booking, page by page, by id. */
  async bookings(): Promise<(Booking & { version: number })[]> {
    const all: (Booking & { version: number })[] = [];
    let after: string | null = null;
    do {
      const query: string = after === null ? '' : `&after=${encodeURIComponent(after)}`;
      const answer = await this.get(`/v1/bookings?limit=1000${query}`);
      if (answer.status !== 200) throw new Error(`GET /v1/bookings: ${answer.status}`);
      const page = answer.body as { items: (Booking & { version: number })[]; next: string | null };
      all.push(...page.items);
      after = page.next;
    } while (after !== null);
    return all.sort(byId);
  }

  /** One booking as the server holds it, or null when it does not know it. */
  async booking(id: string): Promise<(Booking & { version: number }) | null> {
    const answer = await this.get(`/v1/bookings/${encodeURIComponent(id)}`);
    if (answer.status === 404) return null;
    if (answer.status !== 200) throw new Error(`GET /v1/bookings/${id}: ${answer.status}`);
    return answer.body as Booking & { version: number };
  }
}

/** One traffic manager's planner: the shared `Planner`, plus sync's screens and its own store. */
export class SyncPlanner extends Planner {
  readonly calendar: CalendarPage;

  constructor(
    page: Page,
    readonly name: string,
  ) {
    super(page);
    this.calendar = new CalendarPage(this);
  }

  /** The sync state in the sidebar, as its `data-sync-state` (idle, syncing, offline, error, disabled). */
  syncState() {
    return this.status().locator('[data-sync-state]');
  }

  /** The sidebar's way to the conflicts ("1 conflict to resolve"). */
  conflictsButton() {
    return this.status().getByRole('button', { name: /conflicts? to resolve/ });
  }

  async openSyncScreen() {
    await this.page.getByRole('navigation').getByRole('button', { name: 'Sync & conflicts' }).click();
    await expect(this.page.getByRole('heading', { name: 'Sync & conflicts', level: 1 })).toBeVisible();
  }

  /** Settings › Sync: turns sync on with the server's address and the token, and saves. */
  async connect(serverUrl: string, token = TOKEN) {
    await this.open('Settings');
    const form = this.page.getByRole('form', { name: 'Sync with the ad server' });
    await form.getByRole('checkbox', { name: 'Sync with the ad server' }).check();
    await form.getByLabel('Server address').fill(serverUrl);
    await form.getByLabel('Access token').fill(token);
    await form.getByRole('button', { name: 'Save sync settings' }).click();
    await expect(this.toast('Sync settings saved.')).toBeVisible();
    await expect(form.getByTestId('sync-token-state')).toContainText('A token is saved.');
    // The first run reaches the server: the sidebar says so.
    await expect(this.syncState()).toHaveText('Synced', { timeout: SYNC_TIMEOUT });
  }

  /** "Sync now" on the Sync & conflicts screen; resolves once the click is taken (not when synced). */
  async syncNow() {
    await this.openSyncScreen();
    await this.page.getByRole('button', { name: 'Sync now' }).click();
  }

  /** Waits until the outbox is empty and the sidebar says everything reached the server. */
  async expectAllSent() {
    await expect.poll(() => this.outboxCount(), { timeout: SYNC_TIMEOUT }).toBe(0);
    await expect(this.syncState()).toHaveText('Synced', { timeout: SYNC_TIMEOUT });
    await expect(this.status()).toContainText('All changes saved on this computer');
  }

  // ───────────── the store, read back ─────────────

  async bookings(): Promise<Booking[]> {
    const [all] = await readStores<Booking[]>(this.page, [{ store: 'bookings', op: 'getAll' }]);
    return (all ?? []).sort(byId);
  }

  async booking(id: string): Promise<Booking | undefined> {
    const [booking] = await readStores<Booking | undefined>(this.page, [
      { store: 'bookings', op: 'get', key: id },
    ]);
    return booking;
  }

  async bookingFacts(): Promise<BookingFacts[]> {
    return (await this.bookings()).map(facts);
  }

  async outboxCount(): Promise<number> {
    const [count] = await readStores<number>(this.page, [{ store: 'outbox', op: 'count' }]);
    return count ?? 0;
  }

  /** Conflicts not resolved yet, as stored. */
  async openConflicts(): Promise<{ id: string; entityId: string; status: string }[]> {
    const [all] = await readStores<{ id: string; entityId: string; status: string }[]>(this.page, [
      { store: 'conflicts', op: 'getAll' },
    ]);
    return (all ?? []).filter((c) => c.status !== 'resolved');
  }

  // ───────────── booking through the form ─────────────

  /**
   * Books `slot` through Bookings › New booking: the first campaign, the placement, the dates,
   * confirmed. Returns the new booking as stored.
   */
  async book(slot: { placementId: string; startDate: string; endDate: string }): Promise<Booking> {
    const before = new Set((await this.bookings()).map((b) => b.id));
    await this.open('Bookings');
    await this.page.getByRole('button', { name: 'New booking' }).click();
    const dialog = this.dialog('New booking');
    await dialog.getByLabel('Campaign').selectOption({ index: 1 });
    await dialog.getByLabel('Placement', { exact: true }).selectOption(slot.placementId);
    await dialog.getByLabel('Start date').fill(slot.startDate);
    await dialog.getByLabel('End date').fill(slot.endDate);
    await dialog.getByLabel('Status').selectOption('confirmed');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.toast('Booking created.').last()).toBeVisible();
    let created: Booking | undefined;
    await expect
      .poll(async () => {
        created = (await this.bookings()).find((b) => !before.has(b.id));
        return (
          created && { placementId: created.placementId, start: created.startDate, end: created.endDate }
        );
      })
      .toEqual({ placementId: slot.placementId, start: slot.startDate, end: slot.endDate });
    if (!created) throw new Error('no booking was created');
    return created;
  }

  /** A date as the page words it in a sentence ("3 Mar 2026"). */
  async day(day: string): Promise<string> {
    return this.page.evaluate(
      (d) =>
        new Intl.DateTimeFormat('en-GB', {
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          timeZone: 'UTC',
        }).format(new Date(`${d}T00:00:00Z`)),
      day,
    );
  }
}

/** The planner open in a fresh page, ready; page errors collected for the end of the test. */
export async function openPlanner(page: Page, name: string, errors: string[]): Promise<SyncPlanner> {
  page.on('pageerror', (error) => errors.push(`${name}: ${error.message}`));
  await page.goto('/');
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
  return new SyncPlanner(page, name);
}

/** A second traffic manager: a new browser context (its own IndexedDB) on the same built planner. */
export async function secondManager(
  browser: Browser,
  baseURL: string | undefined,
  errors: string[],
): Promise<SyncPlanner> {
  const context = await browser.newContext({
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/Paris',
    viewport: CALENDAR_VIEWPORT,
  });
  return openPlanner(await context.newPage(), 'manager B', errors);
}

/**
 * `days` days in a row (a free day before and after too) on an exclusive placement (one slot a
 * day), from `fromOffset` days after today: a last free slot, chosen from the stored records.
 */
export function freeExclusiveSlot(
  plan: Planning,
  days: number,
  fromOffset: number,
): { placementId: string; startDate: string; endDate: string } {
  for (const placement of plan.data.placements.filter((p) => isSlots(p, 1))) {
    for (let offset = fromOffset; offset < fromOffset + 120; offset++) {
      const startDate = addDays(plan.today, offset);
      const endDate = addDays(startDate, days - 1);
      if (plan.isFree(placement.id, addDays(startDate, -1), addDays(endDate, 1)))
        return { placementId: placement.id, startDate, endDate };
    }
  }
  throw new Error(`the demo data has no exclusive placement with ${days} free days`);
}

/** Every day of [start, end]. */
export function daysOf(start: string, end: string): string[] {
  const days: string[] = [];
  for (let day = start; day <= end; day = addDays(day, 1)) days.push(day);
  return days;
}
