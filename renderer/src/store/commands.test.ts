import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Command, CommandResult } from './command-types.ts';
import type { SlotboardDb } from './db.ts';
import { execute, isNoop } from './commands.ts';
import { bookingValue, freshDb, ids, seed, snapshot } from './test-fixtures.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const fixedNow = () => new Date('2026-03-10T09:30:00.000Z');

let db: SlotboardDb;

beforeEach(async () => {
  db = freshDb('commands');
  await seed(db);
});

afterEach(() => {
  db.close();
});

function expectOk(result: CommandResult): Extract<CommandResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result;
}

describe('create', () => {
  it('writes the record and its outbox entry together, with a UUIDv7 id and updatedAt', async () => {
    const result = expectOk(
      await execute(
        db,
        { type: 'create', entity: 'advertisers', value: { name: '  Boulangerie Paul ' } },
        { now: fixedNow },
      ),
    );
    expect(result.changes).toBe(1);
    const [id] = result.createdIds;
    expect(id).toMatch(UUID_V7);

    const stored = await db.advertisers.get(id ?? '');
    expect(stored).toMatchObject({
      id,
      name: 'Boulangerie Paul',
      version: 0,
      updatedAt: '2026-03-10T09:30:00.000Z',
    });

    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      entity: 'advertisers',
      entityId: id,
      op: 'create',
      baseVersion: 0,
      createdAt: '2026-03-10T09:30:00.000Z',
      patch: stored,
    });
    expect(outbox[0]?.mutationId).toMatch(UUID_V7);
    expect(result.inverse).toEqual({ type: 'delete', entity: 'advertisers', id });
  });

  it('writes nothing when the record is invalid, and says why', async () => {
    const before = await snapshot(db);
    const result = await execute(db, {
      type: 'create',
      entity: 'bookings',
      value: { ...bookingValue, id: undefined, endDate: '2026-03-01' },
    });
    expect(result).toEqual({ ok: false, issues: [{ path: 'endDate', code: 'end_before_start' }] });
    expect(await snapshot(db)).toEqual(before);
    expect(await db.outbox.count()).toBe(0);
  });

  it('checks references against the store: a booking on an unknown placement is refused', async () => {
    const result = await execute(db, {
      type: 'create',
      entity: 'bookings',
      value: { ...bookingValue, id: undefined, placementId: 'nope' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual({ path: 'placementId', code: 'unknown_placement' });
    expect(await db.bookings.count()).toBe(1);
  });

  it('refuses an id that already exists', async () => {
    const result = await execute(db, {
      type: 'create',
      entity: 'sites',
      value: { id: ids.site, name: 'Again' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ path: 'id', code: 'invalid' });
    expect((await db.sites.get(ids.site))?.name).toBe('Le Quotidien');
  });
});

describe('update', () => {
  it('writes the changed fields to the outbox, based on the version the record had', async () => {
    await db.bookings.update(ids.booking, { version: 7 }); // as if synced
    const result = expectOk(
      await execute(db, {
        type: 'update',
        entity: 'bookings',
        id: ids.booking,
        patch: { status: 'confirmed', notes: 'signed', rateCents: 50_000 /* unchanged */ },
      }),
    );
    expect(result.changes).toBe(1);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      entity: 'bookings',
      entityId: ids.booking,
      op: 'update',
      baseVersion: 7,
      patch: { status: 'confirmed', notes: 'signed' },
    });
    expect(result.inverse).toEqual({
      type: 'update',
      entity: 'bookings',
      id: ids.booking,
      patch: { status: 'option', notes: '' },
    });
    // The local version stays the server's until the sync acknowledges.
    expect(await db.bookings.get(ids.booking)).toMatchObject({
      status: 'confirmed',
      notes: 'signed',
      version: 7,
    });
  });

  it('writes nothing, and no outbox entry, when nothing changes', async () => {
    const before = await db.bookings.get(ids.booking);
    const result = expectOk(
      await execute(db, {
        type: 'update',
        entity: 'bookings',
        id: ids.booking,
        patch: {
          startDate: '2026-04-01',
          volume: { kind: 'slots', slots: 1 },
          notes: '   ' /* trims to '' */,
        },
      }),
    );
    expect(result.changes).toBe(0);
    expect(isNoop(result.inverse)).toBe(true);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.bookings.get(ids.booking)).toEqual(before); // updatedAt untouched too
  });

  it('ignores the sync fields in a patch and refuses to change an id', async () => {
    const ignored = expectOk(
      await execute(db, {
        type: 'update',
        entity: 'sites',
        id: ids.site,
        patch: { version: 99, updatedAt: 'x' },
      }),
    );
    expect(ignored.changes).toBe(0);
    expect((await db.sites.get(ids.site))?.version).toBe(0);

    const moved = await execute(db, {
      type: 'update',
      entity: 'sites',
      id: ids.site,
      patch: { id: 'other' },
    });
    expect(moved.ok).toBe(false);
    expect(await db.sites.get('other')).toBeUndefined();
  });

  it('refuses an invalid edit and writes nothing', async () => {
    const before = await snapshot(db);
    const result = await execute(db, {
      type: 'update',
      entity: 'bookings',
      id: ids.booking,
      patch: { format: 'skin', endDate: '2026-13-01' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual(
        expect.arrayContaining([
          { path: 'endDate', code: 'invalid_date' },
          { path: 'format', code: 'format_not_accepted', params: { format: 'skin' } },
        ]),
      );
    }
    expect(await snapshot(db)).toEqual(before);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses only the issues an edit introduces, not the ones already there', async () => {
    // The placement stops accepting the booking's format after the booking was made.
    expectOk(
      await execute(db, {
        type: 'update',
        entity: 'placements',
        id: ids.placement,
        patch: { formats: ['rectangle_300x250'] },
      }),
    );
    // Confirming it, or editing its notes, is still possible…
    expectOk(
      await execute(db, {
        type: 'update',
        entity: 'bookings',
        id: ids.booking,
        patch: { notes: 'call Monday' },
      }),
    );
    // …but a new problem is not.
    const result = await execute(db, {
      type: 'update',
      entity: 'bookings',
      id: ids.booking,
      patch: { campaignId: 'ghost' },
    });
    expect(result).toEqual({ ok: false, issues: [{ path: 'campaignId', code: 'unknown_campaign' }] });
  });

  it('reports an unknown record', async () => {
    const result = await execute(db, {
      type: 'update',
      entity: 'placements',
      id: 'ghost',
      patch: { name: 'x' },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ path: 'id', code: 'not_found' });
  });

  it('refuses moving a section with placements to another site', async () => {
    expectOk(
      await execute(db, { type: 'create', entity: 'sites', value: { id: 'site-2', name: 'Autre site' } }),
    );
    const result = await execute(db, {
      type: 'update',
      entity: 'sections',
      id: ids.section,
      patch: { siteId: 'site-2' },
    });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'siteId', code: 'in_use', params: { count: 2, entity: 'placements' } }],
    });
  });
});

describe('delete and referential integrity', () => {
  it('refuses to delete a placement that still has bookings', async () => {
    const before = await snapshot(db);
    const result = await execute(db, { type: 'delete', entity: 'placements', id: ids.placement });
    expect(result).toEqual({
      ok: false,
      issues: [{ path: '', code: 'in_use', params: { count: 1, entity: 'bookings' } }],
    });
    expect(await snapshot(db)).toEqual(before);
    expect(await db.outbox.count()).toBe(0);
  });

  it('names every kind of dependent of a site', async () => {
    const result = await execute(db, { type: 'delete', entity: 'sites', id: ids.site });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual([
        { path: '', code: 'in_use', params: { count: 1, entity: 'sections' } },
        { path: '', code: 'in_use', params: { count: 2, entity: 'placements' } },
      ]);
    }
  });

  it('deletes a record without dependents, with an empty outbox patch and its base version', async () => {
    await db.placements.update(ids.impressionsPlacement, { version: 4 });
    expectOk(await execute(db, { type: 'delete', entity: 'placements', id: ids.impressionsPlacement }));
    expect(await db.placements.get(ids.impressionsPlacement)).toBeUndefined();
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({
        op: 'delete',
        entity: 'placements',
        entityId: ids.impressionsPlacement,
        patch: {},
        baseVersion: 4,
      }),
    ]);
  });

  it('deletes a campaign with its bookings only when asked to cascade', async () => {
    const refused = await execute(db, { type: 'delete', entity: 'campaigns', id: ids.campaign });
    expect(refused.ok).toBe(false);

    const before = await snapshot(db);
    const result = expectOk(
      await execute(db, { type: 'delete', entity: 'campaigns', id: ids.campaign, cascade: true }),
    );
    expect(result.changes).toBe(2);
    expect(await db.campaigns.count()).toBe(0);
    expect(await db.bookings.count()).toBe(0);
    const ops = (await db.outbox.orderBy('seq').toArray()).map((e) => `${e.op} ${e.entity}`);
    expect(ops).toEqual(['delete bookings', 'delete campaigns']);

    expectOk(await execute(db, result.inverse));
    expect(await snapshot(db)).toEqual(before);
    const after = (await db.outbox.orderBy('seq').toArray()).map((e) => `${e.op} ${e.entity}`);
    expect(after.slice(2)).toEqual(['create campaigns', 'create bookings']);
  });
});

describe('batch', () => {
  it('runs in order in one transaction: later commands see earlier ones', async () => {
    const result = expectOk(
      await execute(db, {
        type: 'batch',
        commands: [
          { type: 'create', entity: 'sites', value: { id: 'site-2', name: 'Le Mag' } },
          { type: 'create', entity: 'sections', value: { siteId: 'site-2', name: 'Maison' } },
        ],
      }),
    );
    expect(result.createdIds).toHaveLength(2);
    expect(result.changes).toBe(2);
    const entries = await db.outbox.toArray();
    expect(entries.map((e) => e.entity)).toEqual(['sites', 'sections']);
    // One command, one transaction: the entries share a command id.
    expect(new Set(entries.map((e) => e.commandId)).size).toBe(1);
  });

  it('writes nothing when only its last command is invalid, and points at it', async () => {
    const before = await snapshot(db);
    const result = await execute(db, {
      type: 'batch',
      commands: [
        { type: 'create', entity: 'sites', value: { name: 'Le Mag' } },
        { type: 'update', entity: 'bookings', id: ids.booking, patch: { status: 'confirmed' } },
        { type: 'delete', entity: 'placements', id: ids.impressionsPlacement },
        { type: 'create', entity: 'sections', value: { siteId: 'nowhere', name: 'Maison' } },
      ],
    });
    expect(result).toEqual({ ok: false, issues: [{ path: 'siteId', code: 'unknown_site', index: 3 }] });
    expect(await snapshot(db)).toEqual(before);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('undo through inverses', () => {
  const cases: [string, Command][] = [
    ['create', { type: 'create', entity: 'advertisers', value: { name: 'Optique Durand' } }],
    [
      'update',
      {
        type: 'update',
        entity: 'placements',
        id: ids.placement,
        patch: { name: 'Renamed', capacity: { kind: 'slots', slotsPerDay: 3 }, expectedCtrPct: 0.25 },
      },
    ],
    ['delete', { type: 'delete', entity: 'placements', id: ids.impressionsPlacement }],
    [
      'batch',
      {
        type: 'batch',
        commands: [
          {
            type: 'create',
            entity: 'campaigns',
            value: { id: 'campaign-2', name: 'Été', advertiserId: ids.advertiser },
          },
          {
            type: 'update',
            entity: 'bookings',
            id: ids.booking,
            patch: { campaignId: 'campaign-2', status: 'confirmed' },
          },
          { type: 'delete', entity: 'campaigns', id: ids.campaign },
          { type: 'update', entity: 'campaigns', id: 'campaign-2', patch: { name: 'Été 2026' } },
        ],
      },
    ],
  ];

  it.each(cases)(
    '%s: the inverse restores exactly the previous records and reaches the outbox',
    async (_name, command) => {
      const before = await snapshot(db);
      const done = expectOk(await execute(db, command));
      expect(await snapshot(db)).not.toEqual(before);
      const written = await db.outbox.count();
      expect(written).toBe(done.changes);

      const undone = expectOk(await execute(db, done.inverse));
      expect(await snapshot(db)).toEqual(before);
      expect(await db.outbox.count()).toBe(written + (undone.changes ?? 0));
      expect(undone.changes).toBe(done.changes);
    },
  );
});

describe('atomicity when storage fails', () => {
  /** Makes the `n`th outbox write from now fail, as a full disk would. */
  function failOutboxWrite(n: number, message: string): () => void {
    let writes = 0;
    const failing = () => {
      writes += 1;
      if (writes === n) throw new Error(message);
    };
    db.outbox.hook('creating', failing);
    return () => db.outbox.hook('creating').unsubscribe(failing);
  }

  it('leaves no record behind when the outbox write throws', async () => {
    const restore = failOutboxWrite(1, 'QuotaExceededError');
    await expect(
      execute(db, { type: 'create', entity: 'sites', value: { id: 'site-2', name: 'Le Mag' } }),
    ).rejects.toThrow('QuotaExceededError');
    restore();
    expect(await db.sites.get('site-2')).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
  });

  it('rolls back the earlier commands of a batch when a later outbox write throws', async () => {
    const before = await snapshot(db);
    const restore = failOutboxWrite(2, 'disk gone');
    await expect(
      execute(db, {
        type: 'batch',
        commands: [
          { type: 'create', entity: 'sites', value: { id: 'site-2', name: 'Le Mag' } },
          { type: 'update', entity: 'bookings', id: ids.booking, patch: { status: 'confirmed' } },
        ],
      }),
    ).rejects.toThrow('disk gone');
    restore();
    expect(await snapshot(db)).toEqual(before);
    expect(await db.outbox.count()).toBe(0);
  });
});
