/**
 * Insertion orders in the store: prepare the next revision of a campaign's IO (for preview and
 * printing), issue it (the immutable snapshot of what was sent, with its PDF), and tell whether the
 * last issued revision is out of date.
 *
 * Numbering. A campaign's first issue takes the next number of the year's sequence
 * (`<prefix>-<year>-<sequence>`, prefix from Settings, year of the issue date); every later
 * revision keeps that number. The sequence's last number used lives in `meta` under
 * `ioSequence:<year>`; the next one is one past the larger of it and of every stored IO numbered
 * with the same prefix and year (so IOs pulled from the server count too). Preparing reads it and
 * never writes: a number is consumed only when an IO is issued.
 *
 * Issued revisions are immutable: this module has no update or delete, and the generic commands
 * cannot reach the `insertionOrders` table (it is not in `ENTITY_SCHEMAS`). Each issue writes, in
 * ONE transaction, the record, its outbox entry (entity `insertionOrders`, op `create`, the full
 * record as patch, the PDF left out) and, when given, the PDF bytes in `ioFiles`, which stay on
 * this laptop.
 */
import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { isValidDay, todayIn } from '@shared/domain/days.ts';
import type { ValidationIssue } from '@shared/domain/issues.ts';
import type { IsoDay, Locale } from '@shared/domain/model.ts';
import { newId } from '@shared/ids.ts';
import {
  buildInsertionOrder,
  insertionOrderIssues,
  type BuildInsertionOrderInput,
} from '@shared/io/build.ts';
import { ioDifferences, ioFingerprint, type IoPart } from '@shared/io/fingerprint.ts';
import { formatIoNumber, ioYearOf, parseIoNumber } from '@shared/io/numbering.ts';
import { ioDocumentSchema } from '@shared/io/schema.ts';
import type { IoDocument } from '@shared/io/types.ts';
import type { OutboxEntry } from './command-types.ts';
import { db as appDb, type InsertionOrderRecord, type SlotboardDb } from './db.ts';
import { loadSettings } from './settings.ts';

export type { InsertionOrderRecord } from './db.ts';

// ───────────────────────────── public API ─────────────────────────────

export interface PrepareOptions {
  /** The language of the document. */
  locale: Locale;
  /** Decides which options still hold (see `buildInsertionOrder`). */
  today: IsoDay;
  /** The date printed on the IO; `today` when not given. Its year numbers a first issue. */
  issuedOn?: IsoDay;
}

export type PrepareResult =
  | {
      ok: true;
      /** The next revision, ready to print and then to pass to `issueInsertionOrder`. */
      document: IoDocument;
      /** The last issued revision's document (what `document`'s change markers compare with). */
      previous: IoDocument | null;
    }
  | { ok: false; issues: ValidationIssue[] };

export type IssueResult =
  | { ok: true; id: string; record: InsertionOrderRecord }
  | {
      ok: false;
      /**
       * `io_revision_taken` (params `revision`: the document's, `latest`: the stored one): another
       * issue got there first; `io_number_taken` (params `number`): the document's number is no
       * longer the one to use (the sequence moved on, the prefix changed); `unknown_campaign`;
       * `invalid` (path into the document): not a well-formed IO document. Prepare again.
       */
      issues: ValidationIssue[];
    };

export interface IssueOptions {
  /** The clock for `issuedAt` and the outbox entry (UTC ISO); the system clock by default. */
  now?: () => Date;
}

/** One issued revision, without its document (for lists). */
export interface IoRevisionSummary {
  id: string;
  revision: number;
  number: string;
  issuedAt: string;
  issuedOn: IsoDay;
  locale: Locale;
  fingerprint: string;
  /** Whether its PDF bytes are stored on this laptop (`loadIoPdf`). */
  hasPdf: boolean;
}

export interface IoStatus {
  campaignId: string;
  /** The last issued revision; absent when none was issued. */
  latest?: IoRevisionSummary;
  /**
   * True when an IO was issued and the campaign has changed since: the document the next issue
   * would carry has another fingerprint (or can no longer be built).
   */
  outOfDate: boolean;
  /** What differs from the latest revision (empty when not out of date). */
  differences: IoPart[];
  /** Every issued revision, newest first. */
  revisions: IoRevisionSummary[];
  /** The revision the next issue will have. */
  nextRevision: number;
  /** Why the next revision cannot be prepared now (e.g. `io_no_lines`); empty when it can. */
  issues: ValidationIssue[];
}

/** The `meta` key of a year's IO sequence (value: the last sequence number used). */
export function ioSequenceKey(year: number): string {
  return `ioSequence:${year}`;
}

/** The tables `prepareInsertionOrder` reads. */
function readTables(db: SlotboardDb) {
  return [
    db.campaigns,
    db.bookings,
    db.placements,
    db.sections,
    db.sites,
    db.advertisers,
    db.agencies,
    db.settings,
    db.meta,
    db.insertionOrders,
  ];
}

/**
 * Builds the NEXT revision of the campaign's IO from the store, in one read transaction, and
 * writes nothing (no number is consumed): for the preview and for printing before issuing.
 * Revision = last issued + 1 (1 when none); number = the campaign's IO number, or the next of
 * the sequence for a first issue; change markers and removed lines against the last revision.
 * Refuses with `unknown_campaign` (path `campaignId`), `invalid_date` (`today`, `issuedOn`) or
 * the issues of `insertionOrderIssues` (missing parties or placements, `io_no_lines`).
 */
export async function prepareInsertionOrder(
  db: SlotboardDb,
  campaignId: string,
  options: PrepareOptions,
): Promise<PrepareResult> {
  const issuedOn = options.issuedOn ?? options.today;
  const dateIssues: ValidationIssue[] = [];
  if (!isValidDay(options.today)) dateIssues.push({ path: 'today', code: 'invalid_date' });
  if (!isValidDay(issuedOn)) dateIssues.push({ path: 'issuedOn', code: 'invalid_date' });
  if (dateIssues.length > 0) return { ok: false, issues: dateIssues };

  return db.transaction('r', readTables(db), async (): Promise<PrepareResult> => {
    const campaign = await db.campaigns.get(campaignId);
    if (!campaign) return { ok: false, issues: [{ path: 'campaignId', code: 'unknown_campaign' }] };
    const bookings = await db.bookings.where('campaignId').equals(campaignId).toArray();
    const placements = defined(await db.placements.bulkGet(unique(bookings.map((b) => b.placementId))));
    const sections = defined(await db.sections.bulkGet(unique(placements.map((p) => p.sectionId))));
    const sites = defined(await db.sites.bulkGet(unique(placements.map((p) => p.siteId))));
    const advertiser = await db.advertisers.get(campaign.advertiserId);
    const agency = campaign.agencyId === null ? undefined : await db.agencies.get(campaign.agencyId);
    const settings = await loadSettings(db);
    const latest = await latestRevision(db, campaignId);

    const number =
      latest?.number ??
      formatIoNumber(
        settings.io.numberPrefix,
        ioYearOf(issuedOn),
        await nextSequence(db, settings.io.numberPrefix, ioYearOf(issuedOn)),
      );
    const input: BuildInsertionOrderInput = {
      campaign,
      bookings,
      placements,
      sections,
      sites,
      advertisers: advertiser ? [advertiser] : [],
      agencies: agency ? [agency] : [],
      settings,
      number,
      revision: (latest?.revision ?? 0) + 1,
      issuedOn,
      locale: options.locale,
      today: options.today,
      previous: latest?.document ?? null,
    };
    const issues = insertionOrderIssues(input);
    if (issues.length > 0) return { ok: false, issues };
    return { ok: true, document: buildInsertionOrder(input), previous: latest?.document ?? null };
  });
}

/**
 * Issues `document` (from `prepareInsertionOrder`, as printed) with its PDF (null when the host
 * cannot print, e.g. a plain browser). In ONE read-write transaction it re-checks that
 * `document.revision` is still the campaign's next revision and `document.number` still its number
 * (for a first issue: still the next of the sequence), consumes the sequence number, and writes
 * the `insertionOrders` record, its outbox entry and the PDF. A refusal writes nothing.
 * Storage failures reject the promise (and write nothing either).
 */
export async function issueInsertionOrder(
  db: SlotboardDb,
  document: IoDocument,
  pdf: Uint8Array | null,
  options: IssueOptions = {},
): Promise<IssueResult> {
  const checked = ioDocumentSchema.safeParse(document);
  if (!checked.success) {
    return {
      ok: false,
      issues: checked.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        code: 'invalid',
        params: { reason: 'invalid_io_document' },
      })),
    };
  }
  if (pdf !== null && !(pdf instanceof Uint8Array)) {
    return { ok: false, issues: [{ path: 'pdf', code: 'invalid', params: { reason: 'expected_bytes' } }] };
  }
  const now = (options.now?.() ?? new Date()).toISOString();
  const campaignId = document.campaign.id;

  return db.transaction(
    'rw',
    [db.campaigns, db.insertionOrders, db.ioFiles, db.outbox, db.meta, db.settings],
    async (): Promise<IssueResult> => {
      if ((await db.campaigns.get(campaignId)) === undefined) {
        return { ok: false, issues: [{ path: 'campaign.id', code: 'unknown_campaign' }] };
      }
      const latest = await latestRevision(db, campaignId);
      const expected = (latest?.revision ?? 0) + 1;
      if (document.revision !== expected) {
        return {
          ok: false,
          issues: [
            {
              path: 'revision',
              code: 'io_revision_taken',
              params: { revision: document.revision, latest: expected - 1 },
            },
          ],
        };
      }
      const numberTaken: ValidationIssue = {
        path: 'number',
        code: 'io_number_taken',
        params: { number: document.number },
      };
      if (latest) {
        if (document.number !== latest.number) return { ok: false, issues: [numberTaken] };
      } else {
        const settings = await loadSettings(db);
        const year = ioYearOf(document.issuedOn);
        const sequence = await nextSequence(db, settings.io.numberPrefix, year);
        if (document.number !== formatIoNumber(settings.io.numberPrefix, year, sequence)) {
          return { ok: false, issues: [numberTaken] };
        }
        await db.meta.put({ key: ioSequenceKey(year), value: sequence });
      }

      const id = newId();
      const record: InsertionOrderRecord = {
        id,
        campaignId,
        number: document.number,
        revision: document.revision,
        issuedAt: now,
        issuedOn: document.issuedOn,
        locale: document.locale,
        fingerprint: ioFingerprint(document),
        document,
        version: 0,
        updatedAt: now,
      };
      const entry: OutboxEntry = {
        mutationId: newId(),
        commandId: newId(),
        entity: 'insertionOrders',
        entityId: id,
        op: 'create',
        patch: { ...record },
        baseVersion: 0,
        createdAt: now,
      };
      await db.insertionOrders.add(record);
      await db.outbox.add(entry);
      // A copy: storing a view would store the whole buffer it sits on.
      if (pdf !== null) await db.ioFiles.add({ id, pdf: pdf.slice() });
      return { ok: true, id, record };
    },
  );
}

/**
 * The IO situation of one campaign: its issued revisions, whether the latest is out of date,
 * and whether the next revision can be prepared. Reads only (one transaction).
 */
export async function ioStatus(
  db: SlotboardDb,
  campaignId: string,
  options: { today: IsoDay },
): Promise<IoStatus> {
  return db.transaction('r', [...readTables(db), db.ioFiles], async (): Promise<IoStatus> => {
    const records = await revisionsOf(db, campaignId);
    const withPdf = new Set(
      await db.ioFiles
        .where('id')
        .anyOf(records.map((r) => r.id))
        .primaryKeys(),
    );
    const revisions = records.map((record) => summaryOf(record, withPdf.has(record.id))).reverse();
    const latestRecord = records.at(-1);
    const prepared = await prepareInsertionOrder(db, campaignId, {
      locale: latestRecord?.locale ?? 'fr',
      today: options.today,
    });
    const issues = prepared.ok ? [] : prepared.issues;
    let outOfDate = false;
    let differences: IoPart[] = [];
    if (latestRecord) {
      if (prepared.ok) {
        outOfDate = ioFingerprint(prepared.document) !== latestRecord.fingerprint;
        if (outOfDate) differences = ioDifferences(latestRecord.document, prepared.document);
      } else {
        outOfDate = true; // cannot rebuild it: it no longer matches the data
      }
    }
    const status: IoStatus = {
      campaignId,
      outOfDate,
      differences,
      revisions,
      nextRevision: (latestRecord?.revision ?? 0) + 1,
      issues,
    };
    if (revisions[0]) status.latest = revisions[0];
    return status;
  });
}

/** `ioStatus` of every campaign with at least one issued IO, by campaign id (for lists and badges). */
export async function ioStatuses(
  db: SlotboardDb,
  options: { today: IsoDay },
): Promise<Map<string, IoStatus>> {
  return db.transaction('r', [...readTables(db), db.ioFiles], async () => {
    const campaignIds = (await db.insertionOrders.orderBy('campaignId').uniqueKeys()) as string[];
    const out = new Map<string, IoStatus>();
    for (const campaignId of campaignIds) out.set(campaignId, await ioStatus(db, campaignId, options));
    return out;
  });
}

/** Every issued revision of a campaign's IO, with its document, oldest first. */
export async function listInsertionOrders(
  db: SlotboardDb,
  campaignId: string,
): Promise<InsertionOrderRecord[]> {
  return revisionsOf(db, campaignId);
}

/** One issued revision (to show or export it again), or null. */
export async function loadInsertionOrder(db: SlotboardDb, id: string): Promise<InsertionOrderRecord | null> {
  return (await db.insertionOrders.get(id)) ?? null;
}

/** The PDF bytes stored when revision `id` was issued, or null (none stored, or unknown id). */
export async function loadIoPdf(db: SlotboardDb, id: string): Promise<Uint8Array | null> {
  return (await db.ioFiles.get(id))?.pdf ?? null;
}

/** Live `ioStatus` of one campaign (today re-read on each change); undefined while loading. */
export function useIoStatus(campaignId: string, database: SlotboardDb = appDb): IoStatus | undefined {
  return useLiveQuery(
    () => ioStatus(database, campaignId, { today: todayIn(new Date()) }),
    [database, campaignId],
  );
}

/** Live `ioStatuses`; undefined while loading. */
export function useIoStatuses(database: SlotboardDb = appDb): Map<string, IoStatus> | undefined {
  return useLiveQuery(() => ioStatuses(database, { today: todayIn(new Date()) }), [database]);
}

/** Live `listInsertionOrders`; undefined while loading. */
export function useInsertionOrders(
  campaignId: string,
  database: SlotboardDb = appDb,
): InsertionOrderRecord[] | undefined {
  return useLiveQuery(() => listInsertionOrders(database, campaignId), [database, campaignId]);
}

// ───────────────────────────── internals ─────────────────────────────

function revisionsOf(db: SlotboardDb, campaignId: string): Promise<InsertionOrderRecord[]> {
  return db.insertionOrders
    .where('[campaignId+revision]')
    .between([campaignId, Dexie.minKey], [campaignId, Dexie.maxKey])
    .toArray();
}

async function latestRevision(
  db: SlotboardDb,
  campaignId: string,
): Promise<InsertionOrderRecord | undefined> {
  return db.insertionOrders
    .where('[campaignId+revision]')
    .between([campaignId, Dexie.minKey], [campaignId, Dexie.maxKey])
    .last();
}

/** One past the last sequence number used for `prefix` in `year` (see the module comment). */
async function nextSequence(db: SlotboardDb, prefix: string, year: number): Promise<number> {
  const stored = (await db.meta.get(ioSequenceKey(year)))?.value;
  let last = typeof stored === 'number' && Number.isSafeInteger(stored) && stored > 0 ? stored : 0;
  const numbers = await db.insertionOrders.where('number').startsWith(`${prefix}-${year}-`).uniqueKeys();
  for (const number of numbers) {
    const parts = typeof number === 'string' ? parseIoNumber(number) : null;
    if (parts && parts.prefix === prefix && parts.year === year) last = Math.max(last, parts.sequence);
  }
  return last + 1;
}

function summaryOf(record: InsertionOrderRecord, hasPdf: boolean): IoRevisionSummary {
  return {
    id: record.id,
    revision: record.revision,
    number: record.number,
    issuedAt: record.issuedAt,
    issuedOn: record.issuedOn,
    locale: record.locale,
    fingerprint: record.fingerprint,
    hasPdf,
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function defined<T>(values: readonly (T | undefined)[]): T[] {
  return values.filter((value): value is T => value !== undefined);
}
