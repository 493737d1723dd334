import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import type { IoDocument } from '@shared/io/types.ts';
import { ioFingerprint } from '@shared/io/fingerprint.ts';
import type { SlotboardDb } from './db.ts';
import { execute } from './commands.ts';
import {
  ioSequenceKey,
  ioStatus,
  ioStatuses,
  issueInsertionOrder,
  listInsertionOrders,
  loadInsertionOrder,
  loadIoPdf,
  prepareInsertionOrder,
  type IoStatus,
} from './insertion-orders.ts';
import { saveSettings } from './settings.ts';
import { bookingValue, freshDb, ids, seed } from './test-fixtures.ts';

const TODAY = '2026-03-15';
const PDF = new Uint8Array([37, 80, 68, 70, 45, 49, 46, 55]);

let db: SlotboardDb;
beforeEach(async () => {
  db = freshDb('io');
  await seed(db);
});
afterEach(() => db.close());

async function run(command: Parameters<typeof execute>[1]): Promise<void> {
  const result = await execute(db, command);
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.issues)}`);
}

async function prepare(
  campaignId: string = ids.campaign,
  options: { today?: string; issuedOn?: string } = {},
): Promise<IoDocument> {
  const result = await prepareInsertionOrder(db, campaignId, {
    locale: 'fr',
    today: options.today ?? TODAY,
    issuedOn: options.issuedOn,
  });
  if (!result.ok) throw new Error(`not prepared: ${JSON.stringify(result.issues)}`);
  return result.document;
}

async function issue(document: IoDocument, pdf: Uint8Array | null = PDF): Promise<string> {
  const result = await issueInsertionOrder(db, document, pdf, {
    now: () => new Date('2026-03-15T09:30:00.000Z'),
  });
  if (!result.ok) throw new Error(`not issued: ${JSON.stringify(result.issues)}`);
  return result.id;
}

async function status(today = TODAY): Promise<IoStatus> {
  return ioStatus(db, ids.campaign, { today });
}

/** A second campaign of the same advertiser, with one confirmed booking. */
async function secondCampaign(): Promise<string> {
  await run({
    type: 'create',
    entity: 'campaigns',
    value: { id: 'campaign-2', name: 'Été 2026', advertiserId: ids.advertiser },
  });
  await run({
    type: 'create',
    entity: 'bookings',
    value: {
      ...bookingValue,
      id: 'booking-2',
      campaignId: 'campaign-2',
      status: 'confirmed',
      optionExpiresOn: null,
      startDate: '2026-07-01',
      endDate: '2026-07-03',
    },
  });
  return 'campaign-2';
}

async function counts() {
  return {
    ios: await db.insertionOrders.count(),
    files: await db.ioFiles.count(),
    outbox: await db.outbox.count(),
    meta: (await db.meta.toArray()).filter((row) => row.key.startsWith('ioSequence:')).length,
  };
}

describe('prepareInsertionOrder', () => {
  it('builds the first revision with the next number of the year, writing nothing', async () => {
    const document = await prepare();
    expect(document).toMatchObject({
      number: 'IO-2026-0001',
      revision: 1,
      issuedOn: TODAY,
      locale: 'fr',
      removedLines: [],
    });
    expect(document.lines.map((l) => l.bookingId)).toEqual([ids.booking]);
    // 14 days × 500.00 € (the fixture's option is live on the 15th of March)
    expect(document.totals).toMatchObject({
      grossCents: 700_000,
      vatPct: 20,
      vatCents: 140_000,
      totalCents: 840_000,
    });
    expect(await counts()).toEqual({ ios: 0, files: 0, outbox: 0, meta: 0 });
    // Not consumed: preparing again gives the same number.
    expect((await prepare()).number).toBe('IO-2026-0001');
  });

  it('numbers with the prefix from the settings and the year of the issue date', async () => {
    await saveSettings(db, { io: { numberPrefix: 'RO' } });
    expect((await prepare()).number).toBe('RO-2026-0001');
    expect((await prepare(ids.campaign, { issuedOn: '2027-01-04' })).number).toBe('RO-2027-0001');
  });

  it('refuses what cannot be an IO, with issues', async () => {
    expect(await prepareInsertionOrder(db, 'nope', { locale: 'fr', today: TODAY })).toEqual({
      ok: false,
      issues: [{ path: 'campaignId', code: 'unknown_campaign' }],
    });
    expect(await prepareInsertionOrder(db, ids.campaign, { locale: 'fr', today: '2026-02-30' })).toEqual({
      ok: false,
      issues: [
        { path: 'today', code: 'invalid_date' },
        { path: 'issuedOn', code: 'invalid_date' },
      ],
    });
    // The option lapsed: nothing is sold or held any more.
    expect(await prepareInsertionOrder(db, ids.campaign, { locale: 'fr', today: '2026-03-21' })).toEqual({
      ok: false,
      issues: [{ path: '', code: 'io_no_lines' }],
    });
  });
});

describe('issueInsertionOrder', () => {
  it('writes the snapshot, its outbox entry and the PDF together, and consumes the number', async () => {
    const document = await prepare();
    const result = await issueInsertionOrder(db, document, PDF, {
      now: () => new Date('2026-03-15T09:30:00.000Z'),
    });
    if (!result.ok) throw new Error('refused');
    expect(result.record).toEqual({
      id: result.id,
      campaignId: ids.campaign,
      number: 'IO-2026-0001',
      revision: 1,
      issuedAt: '2026-03-15T09:30:00.000Z',
      issuedOn: TODAY,
      locale: 'fr',
      fingerprint: ioFingerprint(document),
      document,
      version: 0,
      updatedAt: '2026-03-15T09:30:00.000Z',
    });
    expect(await loadInsertionOrder(db, result.id)).toEqual(result.record);
    expect(await db.outbox.toArray()).toEqual([
      {
        seq: expect.any(Number) as number,
        mutationId: expect.any(String) as string,
        commandId: expect.any(String) as string,
        entity: 'insertionOrders',
        entityId: result.id,
        op: 'create',
        patch: result.record,
        baseVersion: 0,
        createdAt: '2026-03-15T09:30:00.000Z',
      },
    ]);
    expect(await loadIoPdf(db, result.id)).toEqual(PDF);
    expect(await db.meta.get(ioSequenceKey(2026))).toEqual({ key: 'ioSequence:2026', value: 1 });
  });

  it('gives the next campaign the next number', async () => {
    await issue(await prepare());
    const other = await secondCampaign();
    const document = await prepare(other);
    expect(document).toMatchObject({ number: 'IO-2026-0002', revision: 1 });
    await issue(document);
    expect(await db.meta.get(ioSequenceKey(2026))).toEqual({ key: 'ioSequence:2026', value: 2 });
  });

  it('refuses a number another campaign took meanwhile, writing nothing', async () => {
    const other = await secondCampaign();
    const first = await prepare();
    const second = await prepare(other);
    expect(second.number).toBe(first.number); // neither is consumed yet
    await issue(first);
    const before = await counts();
    expect(await issueInsertionOrder(db, second, PDF)).toEqual({
      ok: false,
      issues: [{ path: 'number', code: 'io_number_taken', params: { number: 'IO-2026-0001' } }],
    });
    expect(await counts()).toEqual(before);
    expect((await prepare(other)).number).toBe('IO-2026-0002');
  });

  it('counts IOs pulled from elsewhere when numbering', async () => {
    await db.insertionOrders.add({
      id: 'remote',
      campaignId: 'elsewhere',
      number: 'IO-2026-0007',
      revision: 1,
      issuedAt: '',
      issuedOn: '2026-01-10',
      locale: 'fr',
      fingerprint: '',
      document: {} as IoDocument,
      version: 4,
      updatedAt: '',
    });
    expect((await prepare()).number).toBe('IO-2026-0008');
  });

  it('lets only one of two racing issues of the same revision through', async () => {
    const document = await prepare();
    const results = await Promise.all([
      issueInsertionOrder(db, document, PDF),
      issueInsertionOrder(db, document, PDF),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({
      ok: false,
      issues: [{ path: 'revision', code: 'io_revision_taken', params: { revision: 1, latest: 1 } }],
    });
    expect(await counts()).toEqual({ ios: 1, files: 1, outbox: 1, meta: 1 });
  });

  it('refuses a malformed document or an unknown campaign, writing nothing', async () => {
    const document = await prepare();
    const bad = await issueInsertionOrder(
      db,
      { ...document, number: 'not a number', totals: { ...document.totals, vatCents: 1.5 } },
      PDF,
    );
    expect(bad).toEqual({
      ok: false,
      issues: [
        { path: 'number', code: 'invalid', params: { reason: 'invalid_io_document' } },
        { path: 'totals.vatCents', code: 'invalid', params: { reason: 'invalid_io_document' } },
      ],
    });
    expect(
      await issueInsertionOrder(db, { ...document, campaign: { ...document.campaign, id: 'nope' } }, PDF),
    ).toEqual({
      ok: false,
      issues: [{ path: 'campaign.id', code: 'unknown_campaign' }],
    });
    expect(await issueInsertionOrder(db, { ...document, revision: 2 }, PDF)).toMatchObject({
      ok: false,
      issues: [{ code: 'io_revision_taken' }],
    });
    expect(await counts()).toEqual({ ios: 0, files: 0, outbox: 0, meta: 0 });
  });

  it('stores exactly the PDF bytes given, or none', async () => {
    const buffer = new Uint8Array(64).fill(7);
    buffer.set(PDF, 8);
    const id = await issue(await prepare(), buffer.subarray(8, 8 + PDF.length));
    expect(await loadIoPdf(db, id)).toEqual(PDF);

    const other = await secondCampaign();
    const withoutPdf = await issue(await prepare(other), null);
    expect(await loadIoPdf(db, withoutPdf)).toBeNull();
    expect(await loadIoPdf(db, 'nope')).toBeNull();
    expect((await ioStatus(db, other, { today: TODAY })).latest?.hasPdf).toBe(false);
  });
});

describe('revisions and ioStatus', () => {
  it('has no status before a first issue, and is up to date right after it', async () => {
    expect(await status()).toEqual({
      campaignId: ids.campaign,
      outOfDate: false,
      differences: [],
      revisions: [],
      nextRevision: 1,
      issues: [],
    });
    const id = await issue(await prepare());
    const after = await status();
    expect(after).toMatchObject({
      outOfDate: false,
      differences: [],
      nextRevision: 2,
      latest: { id, revision: 1, number: 'IO-2026-0001', issuedOn: TODAY, hasPdf: true },
    });
    expect(after.revisions).toHaveLength(1);
  });

  it('goes out of date when a booking changes, and the next issue is revision 2 with the same number and the changes marked', async () => {
    await issue(await prepare());
    await run({
      type: 'create',
      entity: 'bookings',
      value: {
        ...bookingValue,
        id: 'booking-3',
        startDate: '2026-05-01',
        endDate: '2026-05-03',
        status: 'confirmed',
        optionExpiresOn: null,
      },
    });
    expect(await status()).toMatchObject({ outOfDate: true, differences: ['lines', 'totals'] });
    await run({ type: 'update', entity: 'bookings', id: ids.booking, patch: { endDate: '2026-04-10' } });

    const second = await prepare();
    expect(second).toMatchObject({ number: 'IO-2026-0001', revision: 2 });
    expect(Object.fromEntries(second.lines.map((l) => [l.bookingId, l.change]))).toEqual({
      [ids.booking]: 'changed',
      'booking-3': 'added',
    });
    const id = await issue(second);
    const after = await status();
    expect(after).toMatchObject({
      outOfDate: false,
      latest: { id, revision: 2, number: 'IO-2026-0001' },
      nextRevision: 3,
    });
    expect(after.revisions.map((r) => r.revision)).toEqual([2, 1]);
    // The number was not consumed twice.
    expect(await db.meta.get(ioSequenceKey(2026))).toEqual({ key: 'ioSequence:2026', value: 1 });

    // Past revisions stay readable, each with its own snapshot and PDF.
    const all = await listInsertionOrders(db, ids.campaign);
    expect(all.map((r) => [r.revision, r.document.lines.length])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(await loadIoPdf(db, all[0]?.id ?? '')).toEqual(PDF);
  });

  it('lists a cancelled booking in the next revision’s removed lines', async () => {
    await run({
      type: 'create',
      entity: 'bookings',
      value: {
        ...bookingValue,
        id: 'booking-3',
        startDate: '2026-05-01',
        endDate: '2026-05-03',
        status: 'confirmed',
        optionExpiresOn: null,
      },
    });
    await issue(await prepare());
    await run({ type: 'update', entity: 'bookings', id: 'booking-3', patch: { status: 'cancelled' } });
    expect((await status()).outOfDate).toBe(true);
    const next = await prepare();
    expect(next.lines.map((l) => [l.bookingId, l.change])).toEqual([[ids.booking, 'unchanged']]);
    expect(next.removedLines.map((l) => l.bookingId)).toEqual(['booking-3']);
    expect(next.totals.grossCents).toBe(700_000);
  });

  it('can issue a last revision with every line removed', async () => {
    await issue(await prepare());
    await run({ type: 'update', entity: 'bookings', id: ids.booking, patch: { status: 'cancelled' } });
    const last = await prepare();
    expect(last).toMatchObject({ revision: 2, lines: [], totals: { totalCents: 0 } });
    expect(last.removedLines.map((l) => l.bookingId)).toEqual([ids.booking]);
    await issue(last);
    expect((await status()).outOfDate).toBe(false);
  });

  it('stays up to date when something outside the contract changes', async () => {
    await issue(await prepare());
    await run({ type: 'update', entity: 'bookings', id: ids.booking, patch: { notes: 'call Léa before' } });
    await saveSettings(db, {
      locale: 'en',
      userName: 'Camille',
      publisher: { logoDataUrl: 'data:image/png;base64,AAAA' },
    });
    expect((await status()).outOfDate).toBe(false);
    await saveSettings(db, { defaultVatPct: 5.5 });
    expect(await status()).toMatchObject({ outOfDate: true, differences: ['totals'] });
  });

  it('goes out of date when a held option lapses', async () => {
    await issue(await prepare());
    expect(await status('2026-03-20')).toMatchObject({ outOfDate: false });
    expect(await status('2026-03-21')).toMatchObject({
      outOfDate: true,
      differences: ['lines', 'totals', 'terms'],
    });
  });

  it('gives the status of every campaign with an IO', async () => {
    expect((await ioStatuses(db, { today: TODAY })).size).toBe(0);
    await issue(await prepare());
    const other = await secondCampaign();
    await issue(await prepare(other));
    await run({ type: 'update', entity: 'bookings', id: 'booking-2', patch: { endDate: '2026-07-04' } });
    const all = await ioStatuses(db, { today: TODAY });
    expect([...all.keys()].sort()).toEqual([ids.campaign, other].sort());
    expect(all.get(ids.campaign)?.outOfDate).toBe(false);
    expect(all.get(other)?.outOfDate).toBe(true);
  });

  it('updates a live status when the campaign changes', async () => {
    await issue(await prepare());
    const seen: boolean[] = [];
    let wake: (() => void) | undefined;
    const subscription = liveQuery(() => ioStatus(db, ids.campaign, { today: TODAY })).subscribe({
      next: (value) => {
        seen.push(value.outOfDate);
        wake?.();
      },
      error: (error: unknown) => {
        throw error;
      },
    });
    const next = (count: number) =>
      new Promise<void>((resolve) => {
        const check = () => (seen.length >= count ? resolve() : (wake = check));
        check();
      });
    await next(1);
    await run({ type: 'update', entity: 'bookings', id: ids.booking, patch: { rateCents: 45_000 } });
    await next(2);
    subscription.unsubscribe();
    expect(seen).toEqual([false, true]);
  });
});
