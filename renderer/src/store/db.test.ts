import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { DB_VERSION, openDb, type VersionChangeInfo } from './db.ts';
import { newId } from '@shared/ids.ts';
import { loadSettings } from './settings.ts';

/** The version 1 schema as it shipped, spelled out so an edit of db.ts cannot rewrite history. */
const SHIPPED_V1 = {
  sites: 'id, updatedAt',
  sections: 'id, siteId, updatedAt',
  placements: 'id, siteId, sectionId, updatedAt',
  advertisers: 'id, name, updatedAt',
  agencies: 'id, name, updatedAt',
  campaigns: 'id, advertiserId, agencyId, updatedAt',
  bookings: 'id, placementId, [placementId+startDate], campaignId, updatedAt, status',
  outbox: '++seq, mutationId, [entity+entityId]',
  settings: 'key',
  meta: 'key',
};

/** Version 2 as it shipped: only the tables that changed. */
const SHIPPED_V2 = {
  bookings:
    'id, placementId, [placementId+startDate], campaignId, updatedAt, status, [status+optionExpiresOn]',
};

const uniqueName = (prefix: string) => `${prefix}-${newId()}`;

describe('schema migration', () => {
  it('upgrades a populated version 1 database to version 2, keeping every record', async () => {
    const name = uniqueName('migration');
    const v1 = new Dexie(name);
    v1.version(1).stores(SHIPPED_V1);
    await v1.open();
    await v1
      .table('sites')
      .add({ id: 's1', version: 3, updatedAt: '2025-01-01T00:00:00.000Z', name: 'Le Quotidien', url: '' });
    await v1
      .table('campaigns')
      .add({ id: 'c1', version: 1, updatedAt: '', name: 'Hiver', advertiserId: 'a1', agencyId: null });
    // Version 1 bookings had neither discount nor notes.
    await v1.table('bookings').bulkAdd([
      {
        id: 'b1',
        placementId: 'p1',
        campaignId: 'c1',
        startDate: '2026-01-05',
        endDate: '2026-01-11',
        status: 'option',
        optionExpiresOn: '2026-01-02',
      },
      {
        id: 'b2',
        placementId: 'p1',
        campaignId: 'c1',
        startDate: '2026-02-02',
        endDate: '2026-02-08',
        status: 'confirmed',
        optionExpiresOn: null,
        discountPct: 10,
        notes: 'kept',
      },
    ]);
    await v1.table('outbox').add({
      mutationId: 'm1',
      entity: 'sites',
      entityId: 's1',
      op: 'update',
      patch: { name: 'Le Quotidien' },
      baseVersion: 3,
      createdAt: '',
    });
    await v1.table('settings').put({ key: 'app', value: { locale: 'en' } });
    await v1.table('meta').put({ key: 'syncCursor', value: 'abc' });
    v1.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.insertionOrders.count()).toBe(0);
    expect(await db.sites.get('s1')).toMatchObject({ name: 'Le Quotidien', version: 3 });
    expect(await db.bookings.get('b1')).toMatchObject({
      discountPct: 0,
      notes: '',
      optionExpiresOn: '2026-01-02',
    });
    expect(await db.bookings.get('b2')).toMatchObject({ discountPct: 10, notes: 'kept' });
    expect(await db.campaigns.get('c1')).toMatchObject({ notes: '', name: 'Hiver' });
    // The upgrade is local housekeeping, not an edit: nothing new to sync.
    expect(await db.outbox.toArray()).toEqual([expect.objectContaining({ seq: 1, mutationId: 'm1' })]);
    expect(await db.settings.get('app')).toEqual({ key: 'app', value: { locale: 'en' } });
    expect(await db.meta.get('syncCursor')).toEqual({ key: 'syncCursor', value: 'abc' });
    // The new index answers the option expiry query.
    const due = await db.bookings
      .where('[status+optionExpiresOn]')
      .between(['option', Dexie.minKey], ['option', '2026-01-03'], true, false)
      .primaryKeys();
    expect(due).toEqual(['b1']);
    db.close();
  });

  it('upgrades a populated version 2 database to version 3: every record kept, IO tables added empty', async () => {
    const name = uniqueName('migration-v3');
    const v2 = new Dexie(name);
    v2.version(1).stores(SHIPPED_V1);
    v2.version(2).stores(SHIPPED_V2);
    await v2.open();
    const booking = {
      id: 'b1',
      placementId: 'p1',
      campaignId: 'c1',
      startDate: '2026-01-05',
      endDate: '2026-01-11',
      status: 'option',
      optionExpiresOn: '2026-01-02',
      discountPct: 0,
      notes: '',
    };
    await v2
      .table('sites')
      .add({ id: 's1', version: 3, updatedAt: '2025-01-01T00:00:00.000Z', name: 'Le Quotidien', url: '' });
    await v2.table('campaigns').add({
      id: 'c1',
      version: 1,
      updatedAt: '',
      name: 'Hiver',
      advertiserId: 'a1',
      agencyId: null,
      notes: '',
    });
    await v2.table('bookings').add(booking);
    await v2.table('outbox').add({
      mutationId: 'm1',
      entity: 'sites',
      entityId: 's1',
      op: 'update',
      patch: {},
      baseVersion: 3,
      createdAt: '',
    });
    // Settings stored before the IO settings existed.
    await v2
      .table('settings')
      .put({ key: 'app', value: { locale: 'en', publisher: { legalName: 'Régie' } } });
    await v2.table('meta').put({ key: 'syncCursor', value: 'abc' });
    v2.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.sites.get('s1')).toMatchObject({ name: 'Le Quotidien', version: 3 });
    expect(await db.campaigns.get('c1')).toMatchObject({ name: 'Hiver' });
    expect(await db.bookings.get('b1')).toEqual(booking);
    expect(await db.outbox.toArray()).toEqual([expect.objectContaining({ seq: 1, mutationId: 'm1' })]);
    expect(await db.settings.get('app')).toEqual({
      key: 'app',
      value: { locale: 'en', publisher: { legalName: 'Régie' } },
    });
    expect(await loadSettings(db)).toMatchObject({
      locale: 'en',
      publisher: { legalName: 'Régie', logoDataUrl: '' },
      io: { numberPrefix: 'IO' },
    });
    expect(await db.meta.get('syncCursor')).toEqual({ key: 'syncCursor', value: 'abc' });
    expect(await db.insertionOrders.count()).toBe(0);
    expect(await db.ioFiles.count()).toBe(0);
    // The new tables take records and answer their indexes.
    await db.insertionOrders.add({
      id: 'io1',
      campaignId: 'c1',
      number: 'IO-2026-0001',
      revision: 1,
      issuedAt: '2026-01-01T10:00:00.000Z',
      issuedOn: '2026-01-01',
      locale: 'fr',
      fingerprint: 'io1:x',
      document: {} as never,
      version: 0,
      updatedAt: '',
    });
    await db.ioFiles.add({ id: 'io1', pdf: new Uint8Array([37, 80, 68, 70]) });
    expect(await db.insertionOrders.where('[campaignId+revision]').equals(['c1', 1]).primaryKeys()).toEqual([
      'io1',
    ]);
    expect(await db.insertionOrders.where('number').startsWith('IO-2026-').primaryKeys()).toEqual(['io1']);
    expect((await db.ioFiles.get('io1'))?.pdf).toEqual(new Uint8Array([37, 80, 68, 70]));
    db.close();
  });

  it('upgrades a version 3 database to version 4: the outbox and cursor kept, conflicts added empty', async () => {
    const name = uniqueName('migration-v4');
    const v3 = new Dexie(name);
    v3.version(1).stores(SHIPPED_V1);
    v3.version(2).stores(SHIPPED_V2);
    v3.version(3).stores({
      insertionOrders: 'id, campaignId, [campaignId+revision], number, issuedAt',
      ioFiles: 'id',
    });
    await v3.open();
    await v3.table('outbox').add({
      mutationId: 'm1',
      entity: 'sites',
      entityId: 's1',
      op: 'update',
      patch: {},
      baseVersion: 3,
      createdAt: '',
    });
    await v3.table('meta').put({ key: 'sync', value: { serverUrl: 'https://ads.example', cursor: '42' } });
    v3.close();

    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.outbox.count()).toBe(1);
    expect(await db.meta.get('sync')).toMatchObject({ value: { cursor: '42' } });
    expect(await db.conflicts.count()).toBe(0);
    expect(db.conflicts.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['[entity+entityId]', 'status', 'createdAt']),
    );
    db.close();
  });

  it('creates an empty database at the latest version', async () => {
    const db = openDb(uniqueName('fresh'));
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'advertisers',
      'agencies',
      'bookings',
      'campaigns',
      'conflicts',
      'insertionOrders',
      'ioFiles',
      'meta',
      'outbox',
      'placements',
      'sections',
      'settings',
      'sites',
    ]);
    expect(db.insertionOrders.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining(['campaignId', '[campaignId+revision]', 'number', 'issuedAt']),
    );
    expect(db.bookings.schema.indexes.map((i) => i.name)).toEqual(
      expect.arrayContaining([
        'placementId',
        '[placementId+startDate]',
        'campaignId',
        'updatedAt',
        'status',
        '[status+optionExpiresOn]',
      ]),
    );
    db.close();
  });
});

describe('another connection changes the schema', () => {
  it('closes this connection and tells the app, without blocking the other one', async () => {
    const name = uniqueName('versionchange');
    const db = openDb(name);
    await db.open();
    const seen: VersionChangeInfo[] = [];
    db.onVersionChange((info) => seen.push(info));

    const newer = new Dexie(name);
    newer.version(1).stores(SHIPPED_V1);
    newer.version(DB_VERSION + 1).stores({ extra: 'id' }); // a newer build adds a table
    await newer.open(); // would hang if `db` kept its connection
    expect(seen).toEqual([{ name, oldVersion: DB_VERSION, newVersion: DB_VERSION + 1 }]);
    expect(db.isOpen()).toBe(false);
    expect(db.closedByVersionChange).toBe(true);
    // No silent reopen on the old schema: queries fail until the app reloads.
    await expect(db.sites.count()).rejects.toThrow();
    newer.close();
  });

  it('reports an upgrade blocked by a connection that will not close', async () => {
    const name = uniqueName('blocked');
    const old = new Dexie(name);
    old.version(1).stores(SHIPPED_V1);
    old.on('versionchange', () => false); // an old window that ignores the request
    await old.open();

    const db = openDb(name);
    const blocked = new Promise<VersionChangeInfo>((resolve) => db.onBlocked(resolve));
    const opening = db.open();
    expect(await blocked).toMatchObject({ name, oldVersion: 1, newVersion: DB_VERSION });
    old.close(); // the user closes the old window
    await opening;
    expect(db.verno).toBe(DB_VERSION);
    db.close();
  });
});
