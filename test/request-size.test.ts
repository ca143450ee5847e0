import { describe, expect, it } from 'vitest';
import type { TestApp } from './support/harness.js';
import { useTestApp } from './support/harness.js';
import { createErp, createWarehouseMasterData, drain, inboundMessage } from './support/fixtures.js';

/**
 * Sends `/healthz` again and again while a long request runs, and says how many answers came back before
 * it ended. A request that never gives the event loop a turn lets none through once its handler runs;
 * one that yields lets through one for every few turns it gives.
 */
async function healthAnswersDuring(t: TestApp, long: Promise<{ statusCode: number }>): Promise<{ answers: number; status: number }> {
  let done = false;
  let status = 0;
  const finished = long.then((res) => {
    done = true;
    status = res.statusCode;
  });
  let answers = 0;
  while (!done) {
    // Like another client: one request per turn of the event loop (inject alone may never leave the microtask queue).
    await new Promise((resolve) => setImmediate(resolve));
    if (done) break;
    const health = await t.q.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    if (!done) answers += 1;
  }
  await finished;
  return { answers, status };
}

describe('large requests', () => {
  const t = useTestApp();

  it('answers other requests while a maximum-size ASN (5,000 license plates) is imported', async () => {
    await createWarehouseMasterData(t().admin);
    const { erp, key } = await createErp(t(), 'ERP1');
    expect((await erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-BIG', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 5000, expectedUnitSymbol: 'ea' }]))).status).toBe(202);
    await drain(t());
    const licensePlates = Array.from({ length: 5000 }, (_, i) => ({
      licensePlateNumber: `LP-${String(i).padStart(5, '0')}`,
      lines: [{ orderNumber: 'PO-BIG', orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', quantity: 1, unitSymbol: 'ea' }],
    }));
    const asn = t().q.app.inject({
      method: 'POST',
      url: '/api/v1/inbound-loads/asn',
      headers: { authorization: `Bearer ${key}` },
      payload: { receivingWarehouseId: 'WH1', shipments: [{ licensePlates }] },
    });
    const { answers, status } = await healthAnswersDuring(t(), asn);
    expect(status).toBe(201);
    const load = (await asn).json();
    expect(load.licensePlates).toHaveLength(5000);
    expect(load.lines[0].quantity).toBe(5000);
    // The import gives a turn every 50 license plates and lines: far more answers than these.
    expect(answers).toBeGreaterThanOrEqual(20);
  });

  it('refuses an ASN with more license plates than one ASN may hold, naming the limit', async () => {
    const licensePlates = Array.from({ length: 2 }, (_, s) => ({
      licensePlates: Array.from({ length: 2600 }, (_, i) => ({ licensePlateNumber: `X-${String(s)}-${String(i)}`, lines: [{ orderNumber: 'PO-BIG', orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', quantity: 1, unitSymbol: 'ea' }] })),
    }));
    const res = await t().admin.post('/api/v1/inbound-loads/asn', { sourceSystemId: 'ERP1', receivingWarehouseId: 'WH1', shipments: licensePlates });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('REQUEST.TOO_LARGE');
    expect(res.body.errors[0]).toMatchObject({ field: 'shipments', reason: expect.stringContaining('5200 license plates; at most 5000') });
  });

  it('answers other requests while a 5,000-line message is received and processed', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => ({ orderLineNumber: i + 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 1, expectedUnitSymbol: 'ea' }));
    const key = await t().newKey({ kind: 'source_system', sourceSystemId: 'ERP1' });
    const intake = t().q.app.inject({ method: 'POST', url: '/api/v1/inbound-shipment-order-messages', headers: { authorization: `Bearer ${key}` }, payload: inboundMessage('PO-LINES', {}, lines) });
    const received = await healthAnswersDuring(t(), intake);
    expect(received.status).toBe(202);
    const processing = drain(t()).then(() => ({ statusCode: 200 }));
    const processed = await healthAnswersDuring(t(), processing);
    expect(processed.answers).toBeGreaterThanOrEqual(20);
    const order = await t().as(key).get('/api/v1/inbound-shipment-orders?sourceSystemOrderNumber=PO-LINES');
    expect(order.body.items).toHaveLength(1);
    const detail = await t().as(key).get(`/api/v1/inbound-shipment-orders/${String(order.body.items[0].orderNumber)}`);
    expect(detail.body.lines).toHaveLength(5000);
  });

  it('answers other requests while 20,000 master data rows are imported', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ itemNumber: `BULK-${String(i)}`, name: `Bulk item ${String(i)}`, inventoryUnit: 'ea' }));
    const importing = t().q.app.inject({ method: 'POST', url: '/api/v1/items/import', headers: { authorization: `Bearer ${await t().newKey({ kind: 'user', role: 'admin' })}` }, payload: rows });
    const { answers, status } = await healthAnswersDuring(t(), importing);
    expect(status).toBe(200);
    expect((await importing).json()).toMatchObject({ created: 20_000 });
    expect(answers).toBeGreaterThanOrEqual(20);
  });
});

describe('body limits per route', () => {
  const t = useTestApp();

  it('refuses a sign-in body of more than a few KB before reading it, as problem+json', async () => {
    const res = await t().as(undefined).post('/api/v1/sessions', { username: 'admin', password: 'x'.repeat(5000) });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'REQUEST.TOO_LARGE', errors: [{ field: 'body', reason: 'is too large' }] });
  });

  it('takes small bodies on small routes and large ones only on imports and messages', async () => {
    const bigName = { siteId: 'S-BIG', name: 'n'.repeat(20_000) };
    expect((await t().admin.post('/api/v1/sites', bigName)).status).toBe(413);
    const rows = Array.from({ length: 18_000 }, (_, i) => ({ siteId: `S-${String(i)}`, name: `Site number ${String(i)} with a longer name than most` }));
    expect(JSON.stringify(rows).length).toBeGreaterThan(1024 * 1024);
    const imported = await t().admin.post('/api/v1/sites/import', rows);
    expect(imported.status).toBe(200);
    expect(imported.body.created).toBe(18_000);
  });

  it('names at most 20 validation problems and counts the others', async () => {
    const orderNumbers = Array.from({ length: 300 }, () => ' bad ');
    const res = await t().admin.post('/api/v1/outbound-shipment-orders/release', { orderNumbers });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(20);
    expect(res.body.errors[0]).toMatchObject({ field: 'orderNumbers.0' });
    expect(res.body.detail).toContain('and 280 more problems');
  });
});
