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

describe.each(BACKENDS)('records on $name', (backend) => {
  let server: RunningServer;
  let call: Client;
  beforeAll(async () => {
    server = await startOn(backend);
    call = client(server);
  }, START_TIMEOUT);
  afterAll(() => server.close());

  it('creates, reads, updates and deletes a record, with versions, updatedAt and ETags', async () => {
    const id = newId();
    const created = await call('POST', '/v1/advertisers', {
      body: { id, name: 'Maison Dupont', version: 7 },
      key: key(),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id, name: 'Maison Dupont', version: 1 });
    expect(new Date(created.body.updatedAt).toISOString()).toBe(created.body.updatedAt);
    expect(created.headers.get('etag')).toBe('"1"');

    const read = await call('GET', `/v1/advertisers/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);

    const updated = await call('PATCH', `/v1/advertisers/${id}`, {
      body: { name: 'Maison Dupont SA' },
      key: key(),
      ifMatch: 1,
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ id, name: 'Maison Dupont SA', version: 2 });
    expect(updated.headers.get('etag')).toBe('"2"');

    const deleted = await call('DELETE', `/v1/advertisers/${id}`, { key: key(), ifMatch: '"2"' });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ id, version: 3, deleted: true });

    const gone = await call('GET', `/v1/advertisers/${id}`);
    expect(gone.status).toBe(410);
    expect(gone.headers.get('content-type')).toContain('application/problem+json');
    expect(gone.body).toMatchObject({ code: 'gone', current: { id, version: 3, deleted: true } });
  });

  it('answers 404 for a record that never existed and for an unknown route, 405 for a wrong method', async () => {
    expect((await call('GET', `/v1/sites/${newId()}`)).body).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    expect((await call('GET', '/v1/nothing')).status).toBe(404);
    const wrong = await call('PUT', '/v1/sites', { body: {} });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, POST');
  });

  it('an update that changes nothing is not a write: same version', async () => {
    const site = await create(call, 'sites', { id: newId(), name: 'Same' });
    const again = await call('PATCH', `/v1/sites/${site.id}`, {
      body: { name: 'Same' },
      key: key(),
      ifMatch: 1,
    });
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(1);
  });

  it('pages live records by id, leaving tombstones out', async () => {
    const ids = await Promise.all(
      Array.from(
        { length: 5 },
        async () => (await create(call, 'agencies', { id: newId(), name: 'Agence' })).id,
      ),
    );
    await call('DELETE', `/v1/agencies/${ids[2]}`, { key: key(), ifMatch: 1 });
    const seen: string[] = [];
    let after = '';
    for (let page = 0; page < 10; page++) {
      const answer = await call('GET', `/v1/agencies?limit=2${after ? `&after=${after}` : ''}`);
      expect(answer.status).toBe(200);
      expect(answer.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...answer.body.items.map((item: { id: string }) => item.id));
      if (answer.body.next === null) break;
      after = answer.body.next;
    }
    const expected = ids.filter((_, i) => i !== 2).sort();
    expect(seen).toEqual(expected);
    expect((await call('GET', '/v1/agencies?limit=0')).body.code).toBe('bad_request');
  });

  it('refuses malformed records and broken references with the shared validation issues', async () => {
    const shape = await call('POST', '/v1/sites', { body: { id: newId(), name: '' }, key: key() });
    expect(shape.status).toBe(422);
    expect(shape.body).toMatchObject({ code: 'validation', issues: [{ path: 'name', code: 'required' }] });

    const { placement, campaign } = await inventory(call);
    const wrongFormat = await call('POST', '/v1/bookings', {
      body: booking(placement.id, campaign.id, { format: 'skin' }),
      key: key(),
    });
    expect(wrongFormat.status).toBe(422);
    expect(wrongFormat.body.issues).toContainEqual({
      path: 'format',
      code: 'format_not_accepted',
      params: { format: 'skin' },
    });

    const orphan = await call('POST', '/v1/bookings', { body: booking(newId(), campaign.id), key: key() });
    expect(orphan.body.issues).toContainEqual({ path: 'placementId', code: 'unknown_placement' });

    const wrongKind = await call('POST', '/v1/bookings', {
      body: booking(placement.id, campaign.id, { volume: { kind: 'impressions', goal: 1000 } }),
      key: key(),
    });
    expect(wrongKind.body.issues).toContainEqual({
      path: 'volume.kind',
      code: 'volume_kind_mismatch',
      params: { expected: 'slots' },
    });

    const notJson = await fetch(`${server.url}/v1/sites`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-token-0123456789', 'idempotency-key': key() },
      body: '{oops',
    });
    expect(notJson.status).toBe(400);
  });

  it('refuses to refer to a deleted record', async () => {
    const { placement, campaign } = await inventory(call);
    const advertiser = await create(call, 'advertisers', { id: newId(), name: 'Partie' });
    await call('DELETE', `/v1/advertisers/${advertiser.id}`, { key: key(), ifMatch: 1 });
    const answer = await call('POST', '/v1/campaigns', {
      body: { id: newId(), name: 'X', advertiserId: advertiser.id },
      key: key(),
    });
    expect(answer.body.issues).toContainEqual({ path: 'advertiserId', code: 'unknown_advertiser' });
    expect(
      (await call('POST', '/v1/bookings', { body: booking(placement.id, campaign.id), key: key() })).status,
    ).toBe(201);
  });

  it('refuses deleting a record others refer to (409 in_use), and allows it once they are gone', async () => {
    const { placement, campaign } = await inventory(call);
    const line = await create(call, 'bookings', booking(placement.id, campaign.id));
    const refused = await call('DELETE', `/v1/placements/${placement.id}`, { key: key(), ifMatch: 1 });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'in_use',
      issues: [{ code: 'in_use', params: { count: 1, entity: 'bookings' } }],
    });
    expect((await call('DELETE', `/v1/bookings/${line.id}`, { key: key(), ifMatch: 1 })).status).toBe(200);
    expect((await call('DELETE', `/v1/placements/${placement.id}`, { key: key(), ifMatch: 1 })).status).toBe(
      200,
    );
  });

  it('refuses a create over a live id (409 already_exists) and brings a deleted record back', async () => {
    const site = await create(call, 'sites', { id: newId(), name: 'Twice' });
    const again = await call('POST', '/v1/sites', { body: { id: site.id, name: 'Twice' }, key: key() });
    expect(again.body).toMatchObject({
      status: 409,
      code: 'already_exists',
      current: { id: site.id, version: 1 },
    });
    await call('DELETE', `/v1/sites/${site.id}`, { key: key(), ifMatch: 1 });
    const back = await call('POST', '/v1/sites', { body: { id: site.id, name: 'Back' }, key: key() });
    expect(back.status).toBe(201);
    expect(back.body).toMatchObject({ id: site.id, name: 'Back', version: 3 });
  });

  it('insertion orders are created and read, never changed', async () => {
    const { campaign } = await inventory(call);
    const io = {
      id: newId(),
      campaignId: campaign.id,
      number: 'IO-2026-0001',
      revision: 1,
      document: { lines: [] },
    };
    expect((await call('POST', '/v1/insertion-orders', { body: io, key: key() })).status).toBe(201);
    expect((await call('GET', `/v1/insertion-orders/${io.id}`)).body).toMatchObject({
      number: 'IO-2026-0001',
      document: { lines: [] },
    });
    expect(
      (await call('PATCH', `/v1/insertion-orders/${io.id}`, { body: {}, key: key(), ifMatch: 1 })).status,
    ).toBe(405);
    const batch = await call('POST', '/v1/batch', {
      body: {
        operations: [{ key: key(), resource: 'insertion-orders', id: io.id, op: 'delete', ifMatch: 1 }],
      },
    });
    expect(batch.body.results[0]).toMatchObject({ status: 405, problem: { code: 'immutable' } });
  });

  it('needs a valid bearer token, except for the OpenAPI document', async () => {
    expect((await call('GET', '/v1/sites', { token: null })).status).toBe(401);
    const wrong = await call('GET', '/v1/sites', { token: 'test-token-0123456788' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toBe('Bearer');
    const doc = await call('GET', '/v1/openapi.json', { token: null });
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
  });

  it('lets the planner page call from its own origin (CORS), refusals included', async () => {
    const preflight = await fetch(`${server.url}/v1/batch`, {
      method: 'OPTIONS',
      headers: {
        origin: 'app://slotboard',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, idempotency-key, if-match',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('idempotency-key');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('if-match');

    const refused = await call('GET', '/v1/sites', { token: null });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    const read = await call('GET', `/v1/sites`);
    expect(read.headers.get('access-control-expose-headers')).toContain('etag');
  });
});
