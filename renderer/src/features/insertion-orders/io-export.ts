/**
 * What the screens do with insertion orders, without React: issue a campaign's next revision
 * (prepare → print → store the snapshot with its PDF), get the PDF of an issued revision, and
 * export the IOs of several campaigns at once. The host decides how far it goes: the desktop
 * prints PDFs itself (printToPDF in a hidden window); a plain browser cannot, so its revisions
 * are stored without PDF and printed by the user from the browser's print dialog.
 */
import type { ValidationIssue } from '@shared/domain/issues.ts';
import type { IsoDay, Locale } from '@shared/domain/model.ts';
import { ioFileName } from '@shared/io/numbering.ts';
import type { IoDocument } from '@shared/io/types.ts';
import type { FolderFile, Host, SaveToFolderResult } from '@renderer/host/port.ts';
import type { SlotboardDb } from '@renderer/store/db.ts';
import {
  issueInsertionOrder,
  loadInsertionOrder,
  loadIoPdf,
  prepareInsertionOrder,
  type InsertionOrderRecord,
  type IoStatus,
} from '@renderer/store/insertion-orders.ts';
import { IO_PDF_OPTIONS, loadRenderer } from './pdf-options.ts';

export interface IoEnv {
  db: SlotboardDb;
  host: Pick<Host, 'capabilities' | 'printPdf'>;
  today: () => IsoDay;
}

export type IoFailure =
  /** Refused by the rules: nothing was issued. Translate each issue. */
  | { ok: false; issues: ValidationIssue[] }
  /** The host failed (printing, storage): nothing was issued. */
  | { ok: false; error: string };

export type IssueNextResult =
  | {
      ok: true;
      record: InsertionOrderRecord;
      /** The PDF stored with it; null on a host that cannot print (the browser). */
      pdf: Uint8Array | null;
      /** The page that was printed (the browser prints it in a frame). */
      html: string;
    }
  | IoFailure;

const PDF_FILTERS = [{ name: 'PDF', extensions: ['pdf'] }];

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A PDF of `html`, or null when the host cannot print (the browser). Throws when printing fails. */
async function printPdf(env: Pick<IoEnv, 'host'>, html: string): Promise<Uint8Array | null> {
  if (!env.host.capabilities.pdf) return null;
  const printed = await env.host.printPdf(html, IO_PDF_OPTIONS);
  return printed.supported ? printed.pdf : null;
}

/**
 * Issues the campaign's next revision in `locale`: prepares it from the store as it is NOW,
 * prints it (desktop), then stores the snapshot and the very PDF printed. A failure before the
 * store wrote anything issues nothing.
 */
export async function issueNextRevision(
  env: IoEnv,
  campaignId: string,
  locale: Locale,
): Promise<IssueNextResult> {
  try {
    const prepared = await prepareInsertionOrder(env.db, campaignId, { locale, today: env.today() });
    if (!prepared.ok) return { ok: false, issues: prepared.issues };
    const html = (await loadRenderer()).renderIoHtml(prepared.document);
    const pdf = await printPdf(env, html);
    const issued = await issueInsertionOrder(env.db, prepared.document, pdf);
    if (!issued.ok) return { ok: false, issues: issued.issues };
    return { ok: true, record: issued.record, pdf, html };
  } catch (error) {
    return { ok: false, error: message(error) };
  }
}

/**
 * The PDF of an issued revision: the bytes stored when it was issued, else (a revision issued in
 * a browser or received from the server) printed now from its snapshot on the desktop; null in a
 * browser without stored bytes.
 */
export async function revisionPdf(
  env: Pick<IoEnv, 'db' | 'host'>,
  record: InsertionOrderRecord,
): Promise<Uint8Array | null> {
  const stored = await loadIoPdf(env.db, record.id);
  if (stored || !env.host.capabilities.pdf) return stored;
  return printPdf(env, (await loadRenderer()).renderIoHtml(record.document));
}

/** `IO-2026-0042 r2 – Printemps 2026.pdf`. */
export function pdfName(document: Pick<IoDocument, 'number' | 'revision' | 'campaign'>): string {
  return ioFileName(document);
}

/** Saves one PDF through the host (desktop: the save dialog; browser: a download). */
export async function savePdf(
  host: Pick<Host, 'saveFile'>,
  document: Pick<IoDocument, 'number' | 'revision' | 'campaign'>,
  pdf: Uint8Array,
): Promise<boolean> {
  return (await host.saveFile(pdfName(document), pdf, PDF_FILTERS)).saved;
}

// ───────────────────────────── several campaigns ─────────────────────────────

/** What exporting one campaign will do, decided from its IO status. */
export type ExportPlan =
  /** Its latest revision is up to date: exported as issued. */
  | { kind: 'latest'; campaignId: string; revisionId: string; number: string; revision: number }
  /** Never issued, or out of date: a new revision is issued first. */
  | { kind: 'issue'; campaignId: string; revision: number }
  /** Out of date or never issued, and the next revision cannot be prepared. */
  | { kind: 'blocked'; campaignId: string; issues: ValidationIssue[] };

export function exportPlanOf(status: IoStatus): ExportPlan {
  const { campaignId, latest } = status;
  if (latest && !status.outOfDate) {
    return {
      kind: 'latest',
      campaignId,
      revisionId: latest.id,
      number: latest.number,
      revision: latest.revision,
    };
  }
  if (status.issues.length > 0) return { kind: 'blocked', campaignId, issues: status.issues };
  return { kind: 'issue', campaignId, revision: status.nextRevision };
}

export type ExportItem =
  | {
      ok: true;
      campaignId: string;
      record: InsertionOrderRecord;
      /** Null in a browser: the user prints it. */
      pdf: Uint8Array | null;
      /** True when the revision was issued by this export. */
      issued: boolean;
    }
  | ({ campaignId: string } & IoFailure);

export interface ExportResult {
  items: ExportItem[];
  /** How the PDFs were saved; absent when there was none to save. */
  saved?: SaveToFolderResult;
}

/**
 * Exports the campaigns' IOs: each planned one issued or taken as issued, one after the other
 * (a failure is reported for its campaign and the others go on), then every PDF at hand saved
 * together (the desktop asks for a folder; a browser downloads each).
 */
export async function exportInsertionOrders(
  env: IoEnv & { host: Pick<Host, 'capabilities' | 'printPdf' | 'saveFilesToFolder'> },
  plans: readonly ExportPlan[],
  locale: Locale,
  onProgress?: (done: number, total: number) => void,
): Promise<ExportResult> {
  const items: ExportItem[] = [];
  for (const [index, plan] of plans.entries()) {
    onProgress?.(index, plans.length);
    const { campaignId } = plan;
    if (plan.kind === 'blocked') {
      items.push({ ok: false, campaignId, issues: plan.issues });
      continue;
    }
    if (plan.kind === 'issue') {
      const result = await issueNextRevision(env, campaignId, locale);
      items.push(
        result.ok
          ? { ok: true, campaignId, record: result.record, pdf: result.pdf, issued: true }
          : { campaignId, ...result },
      );
      continue;
    }
    try {
      const record = await loadInsertionOrder(env.db, plan.revisionId);
      if (!record) {
        items.push({ ok: false, campaignId, issues: [{ path: 'id', code: 'not_found' }] });
        continue;
      }
      items.push({ ok: true, campaignId, record, pdf: await revisionPdf(env, record), issued: false });
    } catch (error) {
      items.push({ ok: false, campaignId, error: message(error) });
    }
  }
  onProgress?.(plans.length, plans.length);
  const files: FolderFile[] = [];
  for (const item of items) {
    if (item.ok && item.pdf) files.push({ name: pdfName(item.record.document), data: item.pdf });
  }
  if (files.length === 0) return { items };
  return { items, saved: await env.host.saveFilesToFolder(files) };
}
