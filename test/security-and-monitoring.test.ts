import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, inboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';

describe('source systems are kept apart', () => {
  const t = useTestApp();
  let a: ErpFixture;
  let b: ErpFixture;
  let aMessage: any;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    a = await createErp(t(), 'ERP-A', { inboundOrderNumberPrefix: 'A-' });
    b = await createErp(t(), 'ERP-B', { inboundOrderNumberPrefix: 'B-' });
    aMessage = (await a.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-1'))).body;
    await b.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-1'));
    await drain(t());
  });

  it('gives the same external order number from two source systems two internal orders', async () => {
    expect((await a.erp.get('/api/v1/inbound-shipment-orders/A-PO-1')).status).toBe(200);
    expect((await b.erp.get('/api/v1/inbound-shipment-orders/B-PO-1')).status).toBe(200);
  });

  it("does not let one source system read another's messages, orders or events", async () => {
    expect((await b.erp.get(`/api/v1/messages/${String(aMessage.id)}`)).status).toBe(404);
    const list = await b.erp.get('/api/v1/messages');
    expect(list.body.items.every((m: any) => m.sourceSystemId === 'ERP-B')).toBe(true);
    const forced = await b.erp.get('/api/v1/messages?sourceSystemId=ERP-A');
    expect(forced.status).toBe(403);
    expect(forced.body.errors[0]).toMatchObject({ field: 'sourceSystemId', value: 'ERP-A' });

    expect((await b.erp.get('/api/v1/inbound-shipment-orders/A-PO-1')).status).toBe(404);
    const orders = await b.erp.get('/api/v1/inbound-shipment-orders');
    expect(orders.body.items.map((o: any) => o.orderNumber)).toEqual(['B-PO-1']);

    const events = await b.erp.get('/api/v1/events?after=0&limit=1000');
    expect(events.body.items.length).toBeGreaterThan(0);
    expect(events.body.items.every((e: any) => e.sourceSystemId === 'ERP-B')).toBe(true);
    expect((await b.erp.get('/api/v1/source-systems/ERP-A')).status).toBe(403);
    expect((await b.erp.get('/api/v1/source-systems')).body.items.map((s: any) => s.sourceSystemId)).toEqual(['ERP-B']);
  });

  it('does not let one source system send, act on or map items for another', async () => {
    const send = await b.erp.post('/api/v1/inbound-shipment-order-messages', { ...inboundMessage('PO-2'), sourceSystemId: 'ERP-A' });
    expect(send.status).toBe(403);
    expect((await b.erp.post(`/api/v1/messages/${String(aMessage.id)}/cancel`)).status).toBe(404);
    expect((await b.erp.put('/api/v1/source-systems/ERP-A/items/X', { itemNumber: 'ITEM-1' })).status).toBe(403);
  });

  it('lets each role do only its job', async () => {
    const worker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }));
    const operator = t().as(await t().newKey({ kind: 'user', role: 'integration_operator' }));
    expect((await worker.post('/api/v1/source-systems', { sourceSystemId: 'X', name: 'X' })).status).toBe(403);
    expect((await worker.get('/api/v1/messages')).status).toBe(403);
    expect((await operator.get('/api/v1/messages')).body.total).toBeGreaterThanOrEqual(2);
    expect((await operator.post('/api/v1/api-keys', { name: 'x', role: 'admin' })).status).toBe(403);
    expect((await a.erp.post('/api/v1/source-systems', { sourceSystemId: 'X', name: 'X' })).status).toBe(403);
    const revoked = await t().admin.post('/api/v1/api-keys', { name: 'short-lived', role: 'planner' });
    const planner = t().as(revoked.body.key);
    expect((await planner.get('/api/v1/inbound-shipment-orders')).status).toBe(200);
    await t().admin.delete(`/api/v1/api-keys/${String(revoked.body.id)}`);
    expect((await planner.get('/api/v1/inbound-shipment-orders')).status).toBe(401);
    expect((await t().as('qs_nonsense').get('/api/v1/messages')).status).toBe(401);
  });

  it('never returns key secrets or hashes when keys are listed', async () => {
    const listed = await t().admin.get('/api/v1/api-keys');
    expect(JSON.stringify(listed.body)).not.toMatch(/qs_[A-Za-z0-9_-]{20,}|key_hash|[0-9a-f]{64}/);
  });
});

describe('integration monitoring', () => {
  const t = useTestApp();
  let erp: ErpFixture;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    erp = await createErp(t(), 'ERP-M');
  });

  it('shows messages by state, the oldest queued message, failures with their error and the last process runs', async () => {
    await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-M1'));
    await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-M2', {}, [{ orderLineNumber: 1, itemNumber: 'UNKNOWN', expectedQuantity: 1, expectedUnitSymbol: 'ea' }]));
    await drain(t());
    await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-M3'));
    t().clock.advance(90_000);
    // The scheduled process is due now, but the queued message stays for the next look.
    const view = await t().admin.get('/api/v1/integration/monitoring');
    expect(view.status).toBe(200);
    const m = view.body.sourceSystems.find((s: any) => s.sourceSystemId === 'ERP-M');
    expect(m.messagesByStatus).toMatchObject({ Accepted: 1, Failed: 1, Received: 1, Draft: 0, Canceled: 0 });
    expect(m.oldestQueuedMessageAgeSeconds).toBe(90);
    expect(m.failedMessages).toEqual([expect.objectContaining({ orderNumber: 'PO-M2', lastError: expect.stringContaining('UNKNOWN') })]);
    expect(m.deadLetteredWebhookDeliveries).toBe(0);
    expect(m.backgroundProcesses.map((p: any) => p.processType).sort()).toEqual([
      'postShipmentPackingSlips',
      'postShipmentReceipts',
      'processShipmentOrderMessages',
      'publishWarehouseInventoryUpdateLog',
    ]);
    const own = await erp.erp.get('/api/v1/integration/monitoring');
    expect(own.body.sourceSystems.map((s: any) => s.sourceSystemId)).toEqual(['ERP-M']);
  });
});
