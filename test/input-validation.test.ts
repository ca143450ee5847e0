import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../src/platform/clock.js';
import { defaultConfig } from '../src/platform/config.js';
import { createHttpServer } from '../src/platform/http/server.js';
import { createErp, createWarehouseMasterData, inboundMessage, outboundMessage } from './support/fixtures.js';
import { createTestDatabase } from './support/database.js';
import { useTestApp } from './support/harness.js';

const PROBLEM = 'application/problem+json';

/** The app's raw answer, for requests whose body or URL a client library would refuse to build. */
async function raw(t: ReturnType<ReturnType<typeof useTestApp>>, method: string, url: string, payload?: string, headers: Record<string, string> = {}) {
  const key = await keyOf(t);
  const res = await t.q.app.inject({ method: method as 'GET', url, headers: { authorization: `Bearer ${key}`, ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...headers }, ...(payload === undefined ? {} : { payload }) });
  return { status: res.statusCode, type: String(res.headers['content-type'] ?? ''), body: res.body ? JSON.parse(res.body) : undefined };
}

const keys = new WeakMap<object, string>();
async function keyOf(t: ReturnType<ReturnType<typeof useTestApp>>): Promise<string> {
  let key = keys.get(t);
  if (!key) {
    key = await t.newKey({ kind: 'user', role: 'admin' }, 'raw requests');
    keys.set(t, key);
  }
  return key;
}

describe('input no column can hold is refused for every route, naming the field', () => {
  const t = useTestApp();

  it('refuses NUL characters in bodies, query strings and paths (PostgreSQL refuses them in text)', async () => {
    await createWarehouseMasterData(t().admin);
    const body = await t().admin.post('/api/v1/sites', { siteId: 'S-NUL', name: 'North\u0000South' });
    expect(body.status).toBe(400);
    expect(body.headers['content-type']).toContain(PROBLEM);
    expect(body.body.errors).toEqual([{ field: 'name', reason: 'contains a NUL character' }]);
    const query = await t().admin.get('/api/v1/items?q=a%00b');
    expect(query.status).toBe(400);
    expect(query.body.errors).toContainEqual({ field: 'querystring.q', reason: 'contains a NUL character' });
    const path = await t().admin.get('/api/v1/items/ITEM%00-1');
    expect(path.status).toBe(400);
    expect(path.body.errors[0].field).toBe('params.itemNumber');
    const key = await t().admin.post('/api/v1/inventory-owners', { ownerId: 'OWN-NUL', name: 'Owner', ['x\u0000']: 1 });
    expect(key.status).toBe(400);
    expect((await t().admin.get('/api/v1/sites/S-NUL')).status).toBe(404);
  });

  it('refuses numbers that are not finite, in query strings and bodies', async () => {
    const erp = await createErp(t(), 'ERP1');
    for (const url of ['/api/v1/items?limit=Infinity', '/api/v1/items?offset=Infinity', '/api/v1/items?limit=-Infinity', '/api/v1/events?after=Infinity', '/api/v1/source-systems/ERP1/counting-journal-lines?after=Infinity', '/api/v1/messages?offset=NaN']) {
      const res = await t().admin.get(url);
      expect(res.status, url).toBe(400);
      expect(res.headers['content-type'], url).toContain(PROBLEM);
      expect(res.body.errors[0].field, url).toMatch(/^querystring\./);
    }
    // JSON has no Infinity, but a number too large for a double parses to it.
    const message = JSON.stringify(inboundMessage('PO-INF')).replace('"expectedQuantity":10', '"expectedQuantity":1e400');
    const res = await raw(t(), 'POST', '/api/v1/inbound-shipment-order-messages', message, { authorization: `Bearer ${erp.key}` });
    expect(res.status).toBe(400);
    expect(res.type).toContain(PROBLEM);
    expect(res.body.errors[0].field).toBe('lines.0.expectedQuantity');
  });

  it('bounds every integer and quantity by what its column holds', async () => {
    const cases: Array<[string, string, unknown, string]> = [
      ['/api/v1/items', 'shelfLifeDays', { itemNumber: 'I-DAYS', name: 'Days', inventoryUnit: 'ea', batchTracked: true, shelfLifeDays: 1e308 }, 'shelfLifeDays'],
      ['/api/v1/locations', 'maxDistinctItems', { warehouseId: 'WH1', locationId: 'L-BIG', profileId: 'P', maxDistinctItems: 2_147_483_648 }, 'maxDistinctItems'],
      ['/api/v1/locations', 'maxQuantity', { warehouseId: 'WH1', locationId: 'L-BIG', profileId: 'P', maxQuantity: 1e308 }, 'maxQuantity'],
      ['/api/v1/source-systems/ERP1/on-hand-report-schedule', 'intervalSeconds', { intervalSeconds: 1e308 }, 'intervalSeconds'],
      ['/api/v1/cycle-count-plans', 'daysBetweenCounts', { planId: 'PL', warehouseId: 'WH1', daysBetweenCounts: 1e308, maxCounts: 1 }, 'daysBetweenCounts'],
    ];
    for (const [url, what, body, field] of cases) {
      const res = url.endsWith('schedule') ? await t().admin.put(url, body) : await t().admin.post(url, body);
      expect(res.status, what).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field), what).toContain(field);
    }
    const erp = t().as(await t().newKey({ kind: 'source_system', sourceSystemId: 'ERP1' }));
    const days = await erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage('SO-DAYS', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 1, orderedUnitSymbol: 'ea', sellableDays: 1e308 }]));
    expect(days.status).toBe(400);
    expect(days.body.errors[0]).toMatchObject({ field: 'lines.0.sellableDays', reason: 'must be <= 36500' });
    const quantity = await erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-HUGE', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 1e10, expectedUnitSymbol: 'ea' }]));
    expect(quantity.status).toBe(400);
    expect(quantity.body.errors[0].field).toBe('lines.0.expectedQuantity');
    const line = await erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-LINE', {}, [{ orderLineNumber: 2_147_483_648, itemNumber: 'ERP-ITEM-1', expectedQuantity: 1, expectedUnitSymbol: 'ea' }]));
    expect(line.status).toBe(400);
  });

  it('bounds every string by what its column holds', async () => {
    const res = await t().admin.post('/api/v1/sites', { siteId: 'S-LONG', name: 'n'.repeat(201) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'name', reason: 'must NOT have more than 200 characters' }]);
    const id = await t().admin.get(`/api/v1/inbound-loads/${'L'.repeat(101)}`);
    expect(id.status).toBe(400);
    expect(id.body.errors[0].field).toBe('params.loadId');
  });

  it('bounds free-form objects in keys and nesting depth', async () => {
    const deep = `{"warehouseId":"WH1","transport":${'{"a":'.repeat(20)}1${'}'.repeat(20)}}`;
    const nested = await raw(t(), 'POST', '/api/v1/inbound-loads', deep);
    expect(nested.status).toBe(400);
    expect(nested.type).toContain(PROBLEM);
    expect(nested.body.errors[0].reason).toBe('is nested deeper than 16 levels');
    const arrays = await raw(t(), 'POST', '/api/v1/inbound-loads', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(arrays.status).toBe(400);
    const keysTransport = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${String(i)}`, i]));
    const wide = await t().admin.post('/api/v1/inbound-loads', { warehouseId: 'WH1', transport: keysTransport });
    expect(wide.status).toBe(400);
    expect(wide.body.errors[0]).toMatchObject({ field: 'transport', reason: 'must NOT have more than 50 properties' });
    const within = await t().admin.post('/api/v1/inbound-loads', { warehouseId: 'WH1', transport: { carrier: 'DHL', stops: [{ city: 'Kiel', eta: { at: '10:00' } }] } });
    expect(within.status).toBe(201);
    expect(within.body.transport.stops[0].eta.at).toBe('10:00');
  });

  it('refuses ids with control, bidirectional and zero-width characters, or white space at either end', async () => {
    for (const siteId of ['A\u202eB', 'A\u200bB', 'A\u2066B\u2069', 'A\tB', 'A\nB', '\ufeffA', ' A', 'A ', 'A\u2028B', '\ud800']) {
      const res = await t().admin.post('/api/v1/sites', { siteId, name: 'Site' });
      expect(res.status, JSON.stringify(siteId)).toBe(400);
      expect(res.body.errors[0].field).toBe('siteId');
      expect(res.body.errors[0].reason).toContain('visible characters');
    }
    expect((await t().admin.post('/api/v1/sites', { siteId: 'Lagerhalle Süd 2', name: 'Site' })).status).toBe(201);
    const erp = t().as(await t().newKey({ kind: 'source_system', sourceSystemId: 'ERP1' }));
    const order = await erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO\u202e-1'));
    expect(order.status).toBe(400);
    expect(order.body.errors[0].field).toBe('orderNumber');
    const item = await erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-ZW', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM\u200b-1', expectedQuantity: 1, expectedUnitSymbol: 'ea' }]));
    expect(item.status).toBe(400);
    expect(item.body.errors[0].field).toBe('lines.0.itemNumber');
  });
});

describe('every error answer of the HTTP layer is problem+json', () => {
  const t = useTestApp();

  it('answers a malformed URL, an unsupported media type, unreadable JSON, a body too large and an unknown route', async () => {
    const answers = [
      [await raw(t(), 'GET', '/api/v1/items/%E0%A4%A'), 400, 'REQUEST.VALIDATION_FAILED', 'url'],
      [await raw(t(), 'POST', '/api/v1/sites', '<site/>', { 'content-type': 'application/xml' }), 415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE', 'content-type'],
      [await raw(t(), 'POST', '/api/v1/sites', '{"siteId":'), 400, 'REQUEST.VALIDATION_FAILED', 'body'],
      [await raw(t(), 'POST', '/api/v1/sites', ''), 400, 'REQUEST.VALIDATION_FAILED', 'body'],
      [await raw(t(), 'POST', '/api/v1/sites', JSON.stringify({ siteId: 'S', name: 'x'.repeat(20_000) })), 413, 'REQUEST.TOO_LARGE', 'body'],
    ] as const;
    for (const [res, status, code, field] of answers) {
      expect(res.status, code).toBe(status);
      expect(res.type, code).toContain(PROBLEM);
      expect(res.body, code).toMatchObject({ status, code, type: `https://quayside.dev/errors/${code}` });
      expect(res.body.errors[0].field, code).toBe(field);
    }
    // A path segment longer than any id matches no route.
    for (const [method, url] of [['GET', '/api/v1/nothing'], ['PROPFIND', '/api/v1/items'], ['DELETE', '/api/v1/items'], ['GET', `/api/v1/items/${'x'.repeat(600)}`]]) {
      const res = await raw(t(), method as string, url as string);
      expect(res.status).toBe(404);
      expect(res.type).toContain(PROBLEM);
      expect(res.body.code).toBe('REQUEST.NOT_FOUND');
    }
  });

  it('answers headers too large and a request that is not HTTP from the socket as problem+json', async () => {
    await t().q.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t().q.app.server.address() as AddressInfo;
    const send = (request: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => socket.write(request));
        let text = '';
        socket.on('data', (chunk) => (text += chunk.toString()));
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
      });
    const tooLarge = await send(`GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(tooLarge).toMatch(/^HTTP\/1\.1 431 /);
    expect(tooLarge).toContain('Content-Type: application/problem+json');
    expect(JSON.parse(tooLarge.slice(tooLarge.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 431, code: 'REQUEST.HEADERS_TOO_LARGE' });
    const garbage = await send('HELLO THERE\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(garbage.slice(garbage.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 400, code: 'REQUEST.VALIDATION_FAILED' });
  });
});

describe('the start-up check of request schemas', () => {
  it('refuses a route that takes an unbounded string, number or list, so that no route can forget', async () => {
    const testDb = await createTestDatabase();
    const app = await createHttpServer({ logger: pino({ level: 'silent' }), db: testDb.db.kysely, version: 'test', clock: new ManualClock(), sessions: defaultConfig.sessions, security: { rateLimit: defaultConfig.rateLimit, trustProxy: false }, uiDir: '/nonexistent' });
    try {
      expect(() =>
        app.post('/api/v1/careless', { schema: { body: Type.Object({ note: Type.String(), count: Type.Integer({ minimum: 0 }), tags: Type.Array(Type.String({ maxLength: 5 })) }) }, config: { access: [] } }, () => ({})),
      ).toThrow(/takes unbounded input[\s\S]*body\.note: string without maxLength[\s\S]*body\.count: number without maximum[\s\S]*body\.tags: array without maxItems/);
    } finally {
      await app.close();
      await testDb.db.close();
      await testDb.drop();
    }
  });
});
