/**
 * Sync between two traffic managers through the real reference ad server: two browser contexts
 * (two IndexedDBs) connected to one in-memory server started in this process, one per test.
 * What each planner holds is read back from its own IndexedDB, what the server holds from its REST
 * API; expectations come from those records, and waits are on what the user sees change (the
 * sidebar's sync status, the conflicts) or on the stores, never on the clock.
 */
import type { RunningServer } from '../server/src/app.ts';
import type { Booking } from '../shared/domain/model.ts';
import { addDays } from './calendar-data.ts';
import { CALENDAR_VIEWPORT } from './calendar-page.ts';
import { expect, test } from './fixtures.ts';
import {
  AdServerApi,
  daysOf,
  facts,
  freeExclusiveSlot,
  openPlanner,
  secondManager,
  startAdServer,
  SYNC_TIMEOUT,
  type SyncPlanner,
} from './sync-page.ts';

test.use({ viewport: CALENDAR_VIEWPORT });
// Two planners, a server (PGlite compiles its WebAssembly: seconds, up to a minute on a busy
// machine) and the demo's 400 records pushed and pulled: far longer than a one-page test.
test.describe.configure({ timeout: 360_000 });

let server: RunningServer;
let api: AdServerApi;
let a: SyncPlanner;
let b: SyncPlanner;
const pageErrors: string[] = [];

test.beforeEach(async ({ page, browser, baseURL }) => {
  server = await startAdServer();
  api = new AdServerApi(server);
  pageErrors.length = 0;
  a = await openPlanner(page, 'manager A', pageErrors);
  b = await secondManager(browser, baseURL, pageErrors);
});

test.afterEach(async () => {
  await b.page.context().close();
  await server.close();
  expect(pageErrors, 'uncaught errors in the pages').toEqual([]);
});

/**
 * Both managers connected; A loads the demo, which reaches the server; B pulls it. Returns the
 * bookings both stores hold.
 */
async function demoSharedByBoth(): Promise<Booking[]> {
  await a.connect(server.url);
  await b.connect(server.url);
  await a.loadDemo();
  await a.expectAllSent();
  await b.syncNow();
  const expected = await a.bookingFacts();
  await expect.poll(() => b.bookingFacts(), { timeout: SYNC_TIMEOUT }).toEqual(expected);
  await expect(b.syncState()).toHaveText('Synced');
  return a.bookings();
}

test('the demo loaded by one manager reaches the server, and the other manager receives it', async () => {
  await a.connect(server.url);
  await b.connect(server.url);
  expect(await b.bookings()).toEqual([]);

  await a.loadDemo();
  await a.expectAllSent();
  const mine = await a.bookings();
  expect(mine.length).toBeGreaterThan(100);

  // The server holds every booking of A, at the version A's store acknowledged.
  expect((await api.bookings()).map(facts)).toEqual(mine.map(facts));

  // B has nothing until it syncs; then the same bookings, same versions, same dates and statuses.
  expect(await b.bookings()).toEqual([]);
  await b.syncNow();
  await expect.poll(() => b.bookingFacts(), { timeout: SYNC_TIMEOUT }).toEqual(mine.map(facts));
  await expect(b.syncState()).toHaveText('Synced');
  await expect(b.status()).toContainText('All changes saved on this computer');
  await expect(b.status()).toContainText('Last synced');
  // B received them: nothing of it waits to be sent back.
  expect(await b.outboxCount()).toBe(0);
});

test('a booking made offline waits, is sent when back online, and the other manager sees it on its calendar', async () => {
  await demoSharedByBoth();
  const slot = freeExclusiveSlot(await a.calendar.planning(), 3, 20);

  await a.page.context().setOffline(true);
  const booking = await a.book(slot);

  // A sees the change waiting, and that the server cannot be reached.
  await expect(a.status()).toContainText('1 change waiting to sync');
  await expect(a.syncState()).toHaveText('Offline — the server cannot be reached', {
    timeout: SYNC_TIMEOUT,
  });
  expect(await a.outboxCount()).toBe(1);
  expect(await api.booking(booking.id)).toBeNull();

  // Back online, the change goes.
  await a.page.context().setOffline(false);
  await a.expectAllSent();
  const onServer = await api.booking(booking.id);
  expect(onServer && facts(onServer)).toEqual(facts((await a.booking(booking.id)) ?? booking));
  expect(onServer?.status).toBe('confirmed');

  // B gets it, in its store and as a bar on its calendar.
  await b.syncNow();
  await expect
    .poll(async () => {
      const received = await b.booking(booking.id);
      return received && facts(received);
    })
    .toEqual(facts(onServer ?? booking));
  await expect.poll(() => b.bookingFacts()).toEqual(await a.bookingFacts());
  await b.calendar.open();
  const seenByB = await b.calendar.planning();
  await b.calendar.reveal(booking, seenByB.placement(slot.placementId).name);
  await b.calendar.expectBarAt(booking);
  await b.calendar.expectBar(booking.id, { status: 'confirmed' });
});

test('both managers book the last free slot offline: the server keeps one, the other resolves the conflict by keeping an option', async () => {
  await demoSharedByBoth();
  const plan = await a.calendar.planning();
  const slot = freeExclusiveSlot(plan, 3, 20);
  const placementName = plan.placement(slot.placementId).name;

  // Both offline, both take the same exclusive placement on the same free days.
  await a.page.context().setOffline(true);
  await b.page.context().setOffline(true);
  const first = await a.book(slot);
  const second = await b.book(slot);
  await expect(a.status()).toContainText('1 change waiting to sync');
  await expect(b.status()).toContainText('1 change waiting to sync');

  // A comes back first: its booking is accepted.
  await a.page.context().setOffline(false);
  await a.expectAllSent();
  expect((await api.booking(first.id))?.status).toBe('confirmed');

  // B comes back: the server refuses B's booking, which stays on B's computer as a conflict.
  await b.page.context().setOffline(false);
  await expect(b.conflictsButton()).toHaveText('1 conflict to resolve', { timeout: SYNC_TIMEOUT });
  expect(await api.booking(second.id)).toBeNull();
  expect(await b.booking(second.id)).toMatchObject({ status: 'confirmed' });

  // Exactly one booking holds the slot on the server: A's.
  const holders = (await api.bookings()).filter(
    (x) =>
      x.placementId === slot.placementId &&
      x.status === 'confirmed' &&
      x.startDate <= slot.endDate &&
      x.endDate >= slot.startDate,
  );
  expect(holders.map((x) => x.id)).toEqual([first.id]);

  // The Conflicts panel says which placement and which days are overbooked, by how much.
  await b.conflictsButton().click();
  const card = b.page.getByTestId('conflict');
  await expect(card).toHaveCount(1);
  await expect(card.getByRole('heading')).toContainText(`Booking ${placementName}`);
  const overbookedDays = await Promise.all(
    daysOf(slot.startDate, slot.endDate).map(async (day) => `${await b.day(day)}: 1 slot over capacity`),
  );
  await expect(card.getByRole('listitem')).toHaveText([
    `Overbooked: ${placementName} has no room left for this booking.`,
    ...overbookedDays,
  ]);

  // B keeps its booking as an option, until the day the card proposes (a week from today).
  const optionUntil = card.getByLabel('Option until');
  const expiry = addDays(plan.today, 7);
  await expect(optionUntil).toHaveValue(expiry);
  await card.getByRole('button', { name: 'Keep it as an option' }).click();
  await expect(b.toast('Your version will be sent again.')).toBeVisible();

  // The option is accepted: no conflict left, on screen or in the store.
  await expect(
    b.page.getByText('No conflicts: everything you changed was accepted by the server.'),
  ).toBeVisible({
    timeout: SYNC_TIMEOUT,
  });
  await expect(b.page.getByTestId('conflict')).toHaveCount(0);
  await expect(b.conflictsButton()).toHaveCount(0);
  await b.expectAllSent();
  expect(await b.openConflicts()).toEqual([]);

  // The server holds A's confirmed booking and B's option on the same days.
  const secondOnServer = await api.booking(second.id);
  expect(secondOnServer).toMatchObject({ status: 'option', optionExpiresOn: expiry });
  expect(await api.booking(first.id)).toMatchObject({ status: 'confirmed' });

  // Both stores agree with the server, booking for booking.
  await a.syncNow();
  const serverFacts = (await api.bookings()).map(facts);
  await expect.poll(() => a.bookingFacts(), { timeout: SYNC_TIMEOUT }).toEqual(serverFacts);
  await expect.poll(() => b.bookingFacts(), { timeout: SYNC_TIMEOUT }).toEqual(serverFacts);
  expect(await a.openConflicts()).toEqual([]);
});
