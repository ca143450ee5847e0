import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, inboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';
import { createReceivingLayout } from './support/warehouse-layout.js';

describe('a piece of work as a worker reads it', () => {
  const t = useTestApp();
  let erp: ErpFixture;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createReceivingLayout(t().admin);
    erp = await createErp(t(), 'ERP1');
  });

  it('names, on every put-away line, the item, the inbound order its stock was received for and the vendor', async () => {
    const sent = await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-CTX', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 2, expectedUnitSymbol: 'box' }]));
    expect(sent.status).toBe(202);
    await drain(t());
    const worker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'wally'));
    const received = await worker.post('/api/v1/inbound-receiving/order-line', { operationId: 'r-ctx', orderNumber: 'PO-CTX', orderLineNumber: 1, quantity: 1, unitSymbol: 'box', licensePlateId: 'LP-CTX' });
    expect(received.status, JSON.stringify(received.body)).toBe(200);
    expect(received.body.registrations[0]).toMatchObject({ quantity: 12, unitSymbol: 'ea' });

    const work = await worker.get(`/api/v1/work/${String(received.body.workId)}`);
    expect(work.status).toBe(200);
    expect(work.body.lines.map((l: any) => [l.lineType, l.itemNumber, l.itemName, l.licensePlateId, l.order])).toEqual([
      ['Pick', 'ITEM-1', 'Widget', 'LP-CTX', { orderNumber: 'PO-CTX', sourceSystemOrderNumber: 'PO-CTX', partyName: 'Acme Supplies' }],
      ['Put', 'ITEM-1', 'Widget', 'LP-CTX', { orderNumber: 'PO-CTX', sourceSystemOrderNumber: 'PO-CTX', partyName: 'Acme Supplies' }],
    ]);
  });

  it('answers 404 for work that does not exist, naming it', async () => {
    const missing = await t().admin.get('/api/v1/work/W-NOPE');
    expect(missing.status).toBe(404);
    expect(missing.body.detail).toContain('W-NOPE');
  });
});
