import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FolderFile, Host, PdfOptions } from '@renderer/host/port.ts';
import { execute } from '@renderer/store/commands.ts';
import type { SlotboardDb } from '@renderer/store/db.ts';
import { ioStatus, listInsertionOrders, loadIoPdf } from '@renderer/store/insertion-orders.ts';
import { freshDb, ids, seed } from '@renderer/store/test-fixtures.ts';
import { exportInsertionOrders, exportPlanOf, issueNextRevision, revisionPdf } from './io-export.ts';
import { IO_PDF_OPTIONS } from './pdf-options.ts';

const TODAY = '2026-03-15';
const PDF = new Uint8Array([37, 80, 68, 70]);

type TestHost = Pick<Host, 'capabilities' | 'printPdf' | 'saveFilesToFolder'>;

function desktop(
  print: (html: string, options?: PdfOptions) => Promise<Uint8Array> = () => Promise.resolve(PDF),
) {
  const saved: FolderFile[][] = [];
  const host: TestHost = {
    capabilities: { pdf: true, persistentSecrets: true, nativeMenu: true, folders: true },
    printPdf: vi.fn(async (html: string, options?: PdfOptions) => ({
      supported: true as const,
      pdf: await print(html, options),
    })),
    saveFilesToFolder: vi.fn((files: readonly FolderFile[]) => {
      saved.push([...files]);
      return Promise.resolve({
        saved: true,
        folder: '/home/lea/IO',
        written: files.length,
        names: files.map((f) => f.name),
      });
    }),
  };
  return { host, saved };
}

function browser(): TestHost {
  return {
    capabilities: { pdf: false, persistentSecrets: false, nativeMenu: false, folders: false },
    printPdf: vi.fn(() => Promise.resolve({ supported: false as const })),
    saveFilesToFolder: vi.fn(() => Promise.resolve({ saved: false, written: 0 })),
  };
}

let db: SlotboardDb;
beforeEach(async () => {
  db = freshDb('io-export');
  await seed(db);
});
afterEach(() => db.close());

const env = (host: TestHost) => ({ db, host, today: () => TODAY });

describe('issueNextRevision', () => {
  it('on the desktop: prints the prepared document, then stores it with the very PDF printed', async () => {
    const { host } = desktop();
    const result = await issueNextRevision(env(host), ids.campaign, 'fr');
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.record).toMatchObject({ campaignId: ids.campaign, revision: 1, locale: 'fr' });
    expect(host.printPdf).toHaveBeenCalledTimes(1);
    const [html, options] = vi.mocked(host.printPdf).mock.calls[0]!;
    expect(html).toContain(result.record.number);
    expect(html).toContain('Ordre d’insertion');
    expect(options).toEqual(IO_PDF_OPTIONS);
    expect(await loadIoPdf(db, result.record.id)).toEqual(PDF);
  });

  it('in a browser: stores the revision without PDF and hands back the page to print', async () => {
    const host = browser();
    const result = await issueNextRevision(env(host), ids.campaign, 'en');
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.pdf).toBeNull();
    expect(result.html).toContain('Insertion order');
    expect(host.printPdf).not.toHaveBeenCalled();
    expect(await loadIoPdf(db, result.record.id)).toBeNull();
  });

  it('issues nothing when printing fails or the campaign has nothing to order', async () => {
    const { host } = desktop(() => Promise.reject(new Error('[pdf_failed] printing took longer than 60 s')));
    expect(await issueNextRevision(env(host), ids.campaign, 'fr')).toEqual({
      ok: false,
      error: '[pdf_failed] printing took longer than 60 s',
    });
    expect(await listInsertionOrders(db, ids.campaign)).toEqual([]);

    await execute(db, { type: 'delete', entity: 'bookings', id: ids.booking });
    const empty = await issueNextRevision(env(desktop().host), ids.campaign, 'fr');
    expect(empty).toEqual({ ok: false, issues: [{ path: '', code: 'io_no_lines' }] });
  });
});

describe('exporting several campaigns', () => {
  it('takes an up-to-date revision as issued, issues the next one of an out-of-date IO, saves all in one folder', async () => {
    const { host, saved } = desktop();
    const first = await issueNextRevision(env(host), ids.campaign, 'fr');
    if (!first.ok) throw new Error('not issued');

    let plan = exportPlanOf(await ioStatus(db, ids.campaign, { today: TODAY }));
    expect(plan).toEqual({
      kind: 'latest',
      campaignId: ids.campaign,
      revisionId: first.record.id,
      number: first.record.number,
      revision: 1,
    });
    let result = await exportInsertionOrders(env(host), [plan], 'en');
    expect(result.items).toEqual([
      { ok: true, campaignId: ids.campaign, record: first.record, pdf: PDF, issued: false },
    ]);
    expect(host.printPdf).toHaveBeenCalledTimes(1); // the stored PDF, not a new print
    expect(saved.at(-1)?.map((f) => f.name)).toEqual([`${first.record.number} r1 – Printemps 2026.pdf`]);

    // The booking changes: the IO is out of date, the export issues revision 2 (in the language asked).
    await execute(db, { type: 'update', entity: 'bookings', id: ids.booking, patch: { rateCents: 45_000 } });
    plan = exportPlanOf(await ioStatus(db, ids.campaign, { today: TODAY }));
    expect(plan).toEqual({ kind: 'issue', campaignId: ids.campaign, revision: 2 });
    result = await exportInsertionOrders(env(host), [plan], 'en');
    const item = result.items[0];
    expect(item?.ok && item.issued && item.record.revision === 2 && item.record.locale === 'en').toBe(true);
    expect(result.saved).toMatchObject({ saved: true, written: 1 });
  });

  it('reports a campaign that cannot be issued and goes on with the others', async () => {
    await execute(db, { type: 'delete', entity: 'bookings', id: ids.booking });
    const plan = exportPlanOf(await ioStatus(db, ids.campaign, { today: TODAY }));
    expect(plan).toEqual({
      kind: 'blocked',
      campaignId: ids.campaign,
      issues: [{ path: '', code: 'io_no_lines' }],
    });
    const host = browser();
    const result = await exportInsertionOrders(env(host), [plan], 'fr');
    expect(result).toEqual({
      items: [{ ok: false, campaignId: ids.campaign, issues: [{ path: '', code: 'io_no_lines' }] }],
    });
    expect(host.saveFilesToFolder).not.toHaveBeenCalled();
  });

  it('prints an old revision again on the desktop when no PDF was stored with it', async () => {
    const issuedInBrowser = await issueNextRevision(env(browser()), ids.campaign, 'fr');
    if (!issuedInBrowser.ok) throw new Error('not issued');
    const { host } = desktop();
    expect(await revisionPdf(env(host), issuedInBrowser.record)).toEqual(PDF);
    expect(vi.mocked(host.printPdf).mock.calls[0]?.[0]).toContain(issuedInBrowser.record.number);
    expect(await revisionPdf(env(browser()), issuedInBrowser.record)).toBeNull();
  });
});
