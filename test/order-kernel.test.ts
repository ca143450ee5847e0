import { beforeAll, describe, expect, it } from 'vitest';
import { processQueuedMessages } from '../src/modules/integration/index.js';
import { createErp, createWarehouseMasterData, messageById, outboundMessage } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';

/** Inbound and outbound orders, from messages and from the desk, follow one set of rules (the order kernel). */
describe('one set of order rules for both directions, messages and manual orders', () => {
  const t = useTestApp();

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
  });

  it('writes the outbound orders of one batch together and still refuses a number another source system holds', async () => {
    const a = await createErp(t(), 'ERP-OUT-A');
    const b = await createErp(t(), 'ERP-OUT-B', { outboundOrderNumberPolicy: 'NumberSequence', outboundOrderNumberPrefix: 'B-' });
    const first = await a.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage('SO-SAME'));
    const clash = await (await createErp(t(), 'ERP-OUT-C')).erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage('SO-SAME'));
    const drawn = [];
    for (const n of ['SO-B1', 'SO-B2']) drawn.push(await b.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage(n)));
    await processQueuedMessages(t().q.ctx);

    expect((await messageById(t(), first.body.id)).processingStatus).toBe('Accepted');
    const refused = await messageById(t(), clash.body.id);
    expect([refused.processingStatus, refused.lastError]).toEqual(['Failed', expect.stringContaining('already used by another source system')]);
    const numbers = await Promise.all(drawn.map(async (d) => (await messageById(t(), d.body.id)).internalOrderNumber));
    expect(numbers.every((n) => /^B-OSO-\d{8}$/.test(n))).toBe(true);
    expect(new Set(numbers).size).toBe(2);
    for (const n of ['SO-SAME', ...numbers]) {
      const order = (await t().admin.get(`/api/v1/outbound-shipment-orders/${String(n)}`)).body;
      expect(order.lines).toHaveLength(1);
    }
    expect((await t().admin.get('/api/v1/outbound-shipment-orders/SO-SAME')).body.sourceSystemId).toBe('ERP-OUT-A');
  });

  it('checks a manual outbound order as it checks a message: a country/region must be an ISO code', async () => {
    await createErp(t(), 'ERP-MAN', { manualOutboundOrderCreation: true, manualInboundOrderCreation: true });
    const res = await t().admin.post('/api/v1/outbound-shipment-orders', {
      sourceSystemId: 'ERP-MAN',
      shipFromWarehouseId: 'WH1',
      parties: { receiverName: 'Walk-in', receiverCountryRegionId: 'Germany' },
      lines: [{ orderLineNumber: 1, itemNumber: 'ITEM-1', orderedQuantity: 1, orderedUnitSymbol: 'ea' }],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'parties/receiverCountryRegionId', value: 'Germany' }));
  });

  it('names every problem of a manual inbound order with the request field, as a message would, and creates nothing', async () => {
    const res = await t().admin.post('/api/v1/inbound-shipment-orders', {
      sourceSystemId: 'ERP-MAN',
      receivingWarehouseId: 'WH1',
      lines: [
        { orderLineNumber: 1, itemNumber: 'NOPE', expectedQuantity: 1, expectedUnitSymbol: 'ea' },
        { orderLineNumber: 2, itemNumber: 'ITEM-1', expectedQuantity: 1, expectedUnitSymbol: 'crate' },
        { orderLineNumber: 2, itemNumber: 'ITEM-1', expectedQuantity: 1, expectedUnitSymbol: 'ea', inventoryStatusId: 'NOPE' },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['lines/0/itemNumber', 'lines/1/expectedUnitSymbol', 'lines/2/inventoryStatusId', 'lines/2/orderLineNumber']);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'lines/1/expectedUnitSymbol', reason: "Unit 'crate' does not exist" }));
    const orders = (await t().admin.get('/api/v1/inbound-shipment-orders?sourceSystemId=ERP-MAN')).body;
    expect(orders.items).toHaveLength(0);
  });
});
