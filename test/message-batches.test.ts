import { beforeAll, describe, expect, it } from 'vitest';
import { processQueuedMessages } from '../src/modules/integration/index.js';
import { createErp, createWarehouseMasterData, inboundMessage, messageById } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';

/** The processor decides many messages per transaction; these are the cases where messages of one batch meet. */
describe('messages processed together in one batch', () => {
  const t = useTestApp();

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
  });

  it('fails the second of two source systems that send the same order number in one batch, naming the number', async () => {
    const a = await createErp(t(), 'ERP-SAME-A');
    const b = await createErp(t(), 'ERP-SAME-B');
    const first = await a.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-SAME'));
    const second = await b.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-SAME'));
    const other = await b.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-SAME-OTHER'));
    await processQueuedMessages(t().q.ctx);

    expect((await messageById(t(), first.body.id)).processingStatus).toBe('Accepted');
    const failed = await messageById(t(), second.body.id);
    expect(failed.processingStatus).toBe('Failed');
    // Which source system holds the number is another tenant's business: the error does not name it.
    expect(failed.lastError).toContain('already used by another source system');
    expect(JSON.stringify(failed)).not.toContain('ERP-SAME-A');
    expect(failed.log).toContainEqual(expect.objectContaining({ level: 'error', field: 'orderNumber', value: 'PO-SAME' }));
    expect((await messageById(t(), other.body.id)).processingStatus).toBe('Accepted');
    const order = (await t().admin.get('/api/v1/inbound-shipment-orders/PO-SAME')).body;
    expect(order).toMatchObject({ sourceSystemId: 'ERP-SAME-A', version: 1 });
    expect(order.lines).toHaveLength(2);

    // In a later batch the number is just as taken.
    const c = await createErp(t(), 'ERP-SAME-C');
    const later = await c.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-SAME'));
    await processQueuedMessages(t().q.ctx);
    expect((await messageById(t(), later.body.id)).lastError).toContain('already used by another source system');
  });

  it('draws a new sequence number for each new order of a batch, and none for an update', async () => {
    const erp = await createErp(t(), 'ERP-SEQ', { inboundOrderNumberPolicy: 'NumberSequence', inboundOrderNumberPrefix: 'SQ-' });
    const sent = [];
    for (const orderNumber of ['PO-S1', 'PO-S2', 'PO-S3']) sent.push(await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage(orderNumber)));
    await processQueuedMessages(t().q.ctx);
    const numbers = await Promise.all(sent.map(async (s) => (await messageById(t(), s.body.id)).internalOrderNumber));
    expect(numbers.every((n) => /^SQ-ISO-\d{8}$/.test(n))).toBe(true);
    expect(new Set(numbers).size).toBe(3);

    const update = await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-S2', { orderChannel: 'changed' }));
    await processQueuedMessages(t().q.ctx);
    const updated = await messageById(t(), update.body.id);
    expect(updated.internalOrderNumber).toBe(numbers[1]);
    const order = (await t().admin.get(`/api/v1/inbound-shipment-orders/${String(numbers[1])}`)).body;
    expect(order).toMatchObject({ version: 2, orderChannel: 'changed' });
  });

  it('keeps each order in arrival order when its messages are spread over many small batches', async () => {
    const erp = await createErp(t(), 'ERP-SPREAD');
    const ids: number[] = [];
    for (let round = 1; round <= 3; round++) {
      for (const orderNumber of ['PO-SP1', 'PO-SP2', 'PO-SP3']) {
        const res = await erp.erp.post(
          '/api/v1/inbound-shipment-order-messages',
          inboundMessage(orderNumber, { orderChannel: `round-${String(round)}` }, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: round, expectedUnitSymbol: 'ea' }]),
        );
        ids.push(res.body.id);
      }
    }
    expect(await processQueuedMessages(t().q.ctx, { batchSize: 2 })).toBe(9);
    for (const orderNumber of ['PO-SP1', 'PO-SP2', 'PO-SP3']) {
      const order = (await t().admin.get(`/api/v1/inbound-shipment-orders/${orderNumber}`)).body;
      expect(order).toMatchObject({ version: 3, orderChannel: 'round-3' });
      expect(order.lines[0].expectedQuantity).toBe(3);
    }
    const statuses = await Promise.all(ids.map(async (id) => (await messageById(t(), id)).processingStatus));
    expect(statuses.every((s) => s === 'Accepted')).toBe(true);
  });
});
