import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids.ts';
import type { RunningServer } from '../src/app.ts';
import {
  BACKENDS,
  booking,
  client,
  create,
  inventory,
  key,
  startOn,
  START_TIMEOUT,
  type Client,
} from './harness.ts';

describe.each(BACKENDS)('writes on $name', (backend) => {
  let server: RunningServer;
  let call: Client;
  beforeAll(async () => {
    server = await startOn(backend);
    call = client(server);
  }, START_TIMEOUT);
  afterAll(() => server.close());

  describe('If-Match', () => {
    it('answers 412 with the current record when stale, 428 when missing', async () => {
      const site = await create(call, 'sites', { id: newId(), name: 'A' });
      await call('PATCH', `/v1/sites/${site.id}`, { body: { name: 'B' }, key: key(), ifMatch: 1 });
      const stale = await call('PATCH', `/v1/sites/${site.id}`, {
        body: { name: 'C' },
        key: key(),
        ifMatch: 1,
      });
      expect(stale.status).toBe(412);
      expect(stale.body).toMatchObject({
        code: 'version_conflict',
        current: { id: site.id, name: 'B', version: 2 },
      });
      const missing = await call('DELETE', `/v1/sites/${site.id}`, { key: key() });
      expect(missing.status).toBe(428);
      expect(missing.body.code).toBe('precondition_required');
      expect((await call('GET', `/v1/sites/${site.id}`)).body.name).toBe('B');
    });
  });

  describe('Idempotency-Key', () => {
    it('a retry gets the first answer, status and body, and writes nothing more', async () => {
      const body = { id: newId(), name: 'Once' };
      const k = key();
      const first = await call('POST', '/v1/sites', { body, key: k });
      const retry = await call('POST', '/v1/sites', { body, key: k });
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
      const update = { body: { name: 'Twice' }, key: key(), ifMatch: 1 };
      await call('PATCH', `/v1/sites/${body.id}`, update);
      const updateRetry = await call('PATCH', `/v1/sites/${body.id}`, update);
      expect(updateRetry.body.version).toBe(2);
      expect((await call('GET', `/v1/sites/${body.id}`)).body.version).toBe(2);
    });

    it('a refused write is answered the same way on retry', async () => {
      const k = key();
      const body = { id: newId(), name: '' };
      const first = await call('POST', '/v1/sites', { body, key: k });
      expect(first.status).toBe(422);
      expect(await call('POST', '/v1/sites', { body, key: k })).toMatchObject({
        status: 422,
        body: first.body,
      });
    });

    it('the same key with another body is 422, a missing key 400', async () => {
      const k = key();
      await call('POST', '/v1/sites', { body: { id: newId(), name: 'One' }, key: k });
      const reused = await call('POST', '/v1/sites', { body: { id: newId(), name: 'Other' }, key: k });
      expect(reused).toMatchObject({ status: 422, body: { code: 'idempotency_key_reused' } });
      const missing = await call('POST', '/v1/sites', { body: { id: newId(), name: 'No key' } });
      expect(missing).toMatchObject({ status: 400, body: { code: 'idempotency_key_missing' } });
    });

    it('a write first sent in a batch is replayed when retried alone', async () => {
      const id = newId();
      const k = key();
      const batch = await call('POST', '/v1/batch', {
        body: {
          operations: [{ key: k, resource: 'sites', id, op: 'create', body: { id, name: 'Batched' } }],
        },
      });
      expect(batch.body.results[0].status).toBe(201);
      const alone = await call('POST', '/v1/sites', { body: { id, name: 'Batched' }, key: k });
      expect(alone.status).toBe(201);
      expect(alone.body).toEqual(batch.body.results[0].record);
    });
  });

  describe('overbooking', () => {
    it('refuses a confirmed booking over capacity, naming the days and the excess', async () => {
      const { placement, campaign } = await inventory(call, 1);
      await create(
        call,
        'bookings',
        booking(placement.id, campaign.id, { startDate: '2026-07-01', endDate: '2026-07-03' }),
      );
      const clash = await call('POST', '/v1/bookings', {
        body: booking(placement.id, campaign.id, { startDate: '2026-07-03', endDate: '2026-07-05' }),
        key: key(),
      });
      expect(clash.status).toBe(409);
      expect(clash.body).toMatchObject({
        code: 'overbooked',
        overbooked: { placementId: placement.id, days: [{ day: '2026-07-03', excess: 1 }] },
      });
    });

    it('allows options over capacity, and refuses confirming one that no longer fits', async () => {
      const { placement, campaign } = await inventory(call, 1);
      await create(call, 'bookings', booking(placement.id, campaign.id));
      const option = await create(
        call,
        'bookings',
        booking(placement.id, campaign.id, { status: 'option', optionExpiresOn: '2026-06-20' }),
      );
      const confirm = await call('PATCH', `/v1/bookings/${option.id}`, {
        body: { status: 'confirmed' },
        key: key(),
        ifMatch: 1,
      });
      expect(confirm.status).toBe(409);
      expect(confirm.body.overbooked.days).toHaveLength(3);
      // The refusal shows the server's copy, so the planner can offer to take it.
      expect(confirm.body.current).toMatchObject({ id: option.id, version: 1, status: 'option' });
    });

    it('lets an edit through that does not make an overbooking worse', async () => {
      const { placement, campaign } = await inventory(call, 2);
      const first = await create(
        call,
        'bookings',
        booking(placement.id, campaign.id, { volume: { kind: 'slots', slots: 2 } }),
      );
      // Capacity down to 1 slot: refused, it would overbook the confirmed booking.
      const shrink = await call('PATCH', `/v1/placements/${placement.id}`, {
        body: { capacity: { kind: 'slots', slotsPerDay: 1 } },
        key: key(),
        ifMatch: 1,
      });
      expect(shrink.status).toBe(409);
      expect(shrink.body.overbooked.days).toContainEqual({ day: '2026-07-01', excess: 1 });
      expect(shrink.body.current).toMatchObject({ version: 1, capacity: { kind: 'slots', slotsPerDay: 2 } });
      const notes = await call('PATCH', `/v1/bookings/${first.id}`, {
        body: { notes: 'Rappeler' },
        key: key(),
        ifMatch: 1,
      });
      expect(notes.status).toBe(200);
    });

    it('two clients racing for the last slot: exactly one wins', async () => {
      const { placement, campaign } = await inventory(call, 1);
      const attempts = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          i % 2 === 0
            ? call('POST', '/v1/bookings', { body: booking(placement.id, campaign.id), key: key() })
            : call('POST', '/v1/batch', {
                body: {
                  operations: [
                    {
                      key: key(),
                      resource: 'bookings',
                      op: 'create',
                      ...withId(booking(placement.id, campaign.id)),
                    },
                  ],
                },
              }),
        ),
      );
      const statuses = attempts.map((a) => (a.body.results ? a.body.results[0].status : a.status));
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(5);
    });
  });

  describe('batch', () => {
    it('applies operations in order, each with the status it would have had alone', async () => {
      const siteId = newId();
      const sectionId = newId();
      const answer = await call('POST', '/v1/batch', {
        body: {
          operations: [
            { key: key(), resource: 'sites', id: siteId, op: 'create', body: { id: siteId, name: 'S' } },
            {
              key: key(),
              resource: 'sections',
              id: sectionId,
              op: 'create',
              body: { id: sectionId, siteId, name: 'Sport' },
            },
            { key: key(), resource: 'sites', id: siteId, op: 'update', ifMatch: 1, body: { name: 'S2' } },
            { key: key(), resource: 'sites', id: siteId, op: 'update', ifMatch: 1, body: { name: 'stale' } },
            { key: key(), resource: 'sites', id: siteId, op: 'delete', ifMatch: 2 },
          ],
        },
      });
      expect(answer.status).toBe(200);
      expect(answer.body.results.map((r: { status: number }) => r.status)).toEqual([201, 201, 200, 412, 409]);
      expect(answer.body.results[3].problem.current.version).toBe(2);
      expect(answer.body.results[4].problem.code).toBe('in_use');
    });

    it('a group is applied whole or not at all; the others of a failed group get 424', async () => {
      const { placement, campaign } = await inventory(call, 1);
      const a = booking(placement.id, campaign.id, { startDate: '2026-08-01', endDate: '2026-08-01' });
      const b = booking(placement.id, campaign.id, { startDate: '2026-08-01', endDate: '2026-08-01' });
      const c = booking(placement.id, campaign.id, { startDate: '2026-08-09', endDate: '2026-08-09' });
      const group = 'move-1';
      const ops = [a, b, c].map((value) => ({
        key: key(),
        resource: 'bookings',
        op: 'create',
        group,
        ...withId(value),
      }));
      const lone = {
        key: key(),
        resource: 'bookings',
        op: 'create',
        ...withId(booking(placement.id, campaign.id, { startDate: '2026-08-20', endDate: '2026-08-20' })),
      };
      const answer = await call('POST', '/v1/batch', { body: { operations: [...ops, lone] } });
      const results = answer.body.results;
      expect(results.map((r: { status: number }) => r.status)).toEqual([424, 409, 424, 201]);
      expect(results[0].problem).toMatchObject({ code: 'group_failed', failedKey: ops[1]!.key });
      for (const value of [a, b, c])
        expect((await call('GET', `/v1/bookings/${String(value.id)}`)).status).toBe(404);
      // Retrying the batch gives the same answers.
      const retry = await call('POST', '/v1/batch', { body: { operations: [...ops, lone] } });
      expect(retry.body.results).toEqual(results);
    });

    it('basedOn: a record created and edited twice in one batch, each edit on the version before', async () => {
      const id = newId();
      const create = { key: key(), resource: 'sites', id, op: 'create', body: { id, name: 'New' } };
      const rename = {
        key: key(),
        resource: 'sites',
        id,
        op: 'update',
        basedOn: create.key,
        body: { name: 'R1' },
      };
      const again = {
        key: key(),
        resource: 'sites',
        id,
        op: 'update',
        basedOn: rename.key,
        body: { name: 'R2' },
      };
      const answer = await call('POST', '/v1/batch', { body: { operations: [create, rename, again] } });
      expect(answer.body.results.map((r: { status: number }) => r.status)).toEqual([201, 200, 200]);
      expect((await call('GET', `/v1/sites/${id}`)).body).toMatchObject({ name: 'R2', version: 3 });
      // The same edit sent again with the If-Match it stood for is the same request: replayed.
      const alone = await call('PATCH', `/v1/sites/${id}`, {
        body: { name: 'R1' },
        key: rename.key,
        ifMatch: 1,
      });
      expect(alone).toMatchObject({ status: 200, body: { name: 'R1', version: 2 } });
    });

    it('basedOn a refused write: 424 dependency_failed, not stored, so it can be sent again', async () => {
      const id = newId();
      const refused = { key: key(), resource: 'sites', id, op: 'create', body: { id, name: '' } };
      const rename = {
        key: key(),
        resource: 'sites',
        id,
        op: 'update',
        basedOn: refused.key,
        body: { name: 'R' },
      };
      const answer = await call('POST', '/v1/batch', { body: { operations: [refused, rename] } });
      expect(answer.body.results.map((r: { status: number }) => r.status)).toEqual([422, 424]);
      expect(answer.body.results[1].problem).toMatchObject({
        code: 'dependency_failed',
        failedKey: refused.key,
      });
      await create(call, 'sites', { id, name: 'Fixed' });
      const later = await call('PATCH', `/v1/sites/${id}`, {
        body: { name: 'R' },
        key: rename.key,
        ifMatch: 1,
      });
      expect(later).toMatchObject({ status: 200, body: { name: 'R', version: 2 } });
    });

    it('refuses a basedOn that names no earlier operation on the same record', async () => {
      const [a, b] = [newId(), newId()];
      const createA = { key: key(), resource: 'sites', id: a, op: 'create', body: { id: a, name: 'A' } };
      const createB = { key: key(), resource: 'sites', id: b, op: 'create', body: { id: b, name: 'B' } };
      const onOther = { key: key(), resource: 'sites', id: b, op: 'update', basedOn: createA.key, body: {} };
      const ahead = {
        key: key(),
        resource: 'sites',
        id: a,
        op: 'update',
        basedOn: 'k-not-yet-sent',
        body: {},
      };
      for (const operations of [
        [createA, createB, onOther],
        [createA, ahead],
      ]) {
        const answer = await call('POST', '/v1/batch', { body: { operations } });
        expect(answer).toMatchObject({ status: 400, body: { code: 'bad_request' } });
      }
      expect((await call('GET', `/v1/sites/${a}`)).status).toBe(404);
    });

    it('refuses a malformed batch as a whole with 400', async () => {
      const answer = await call('POST', '/v1/batch', {
        body: { operations: [{ key: 'short', op: 'create' }] },
      });
      expect(answer).toMatchObject({ status: 400, body: { code: 'bad_request' } });
    });
  });
});

/** A batch operation's `id` and `body` from a record. */
function withId(value: Record<string, unknown>): { id: string; body: Record<string, unknown> } {
  return { id: String(value.id), body: value };
}
