import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, inboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { ok, sendInboundOrder } from './support/inbound.js';
import { createReceivingLayout } from './support/warehouse-layout.js';

describe('deleting and replacing an imported ASN', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let worker: Client;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createReceivingLayout(t().admin);
    erp = await createErp(t(), 'ERP1');
    worker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'wes'));
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-950', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 10, expectedUnitSymbol: 'ea' }]));
  });

  const asn = (quantity: number, plate = 'PAL-950') => ({
    receivingWarehouseId: 'WH1',
    shipments: [{ licensePlates: [{ licensePlateNumber: plate, lines: [{ orderNumber: 'PO-950', orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', quantity, unitSymbol: 'ea' }] }] }],
  });

  it("replaces a wrong ASN: the vendor's source system deletes it and sends the corrected one with the same license plate", async () => {
    const wrong = await ok(erp.erp.post('/api/v1/inbound-loads/asn', asn(7)), 'wrong ASN');
    // Another ERP's key cannot see it, let alone delete it.
    const other = await createErp(t(), 'ERP2');
    const foreign = await other.erp.delete(`/api/v1/inbound-loads/${String(wrong.loadId)}`);
    expect([foreign.status, foreign.body.code]).toEqual([404, 'INBOUND.LOAD_NOT_FOUND']);

    expect((await erp.erp.delete(`/api/v1/inbound-loads/${String(wrong.loadId)}`)).status).toBe(204);
    expect((await t().admin.get(`/api/v1/inbound-loads/${String(wrong.loadId)}`)).status).toBe(404);
    const corrected = await ok(erp.erp.post('/api/v1/inbound-loads/asn', asn(10)), 'corrected ASN');
    expect(corrected.licensePlates.map((p: any) => p.licensePlateNumber)).toEqual(['PAL-950']);
    const received = await ok(worker.post('/api/v1/inbound-receiving/license-plate', { operationId: 'r-950', licensePlateNumber: 'PAL-950' }), 'receive');
    expect(received.registrations.map((r: any) => [r.loadId, r.quantity])).toEqual([[corrected.loadId, 10]]);

    // Once goods are registered on it, the load stays: its stock was counted in.
    const late = await erp.erp.delete(`/api/v1/inbound-loads/${String(corrected.loadId)}`);
    expect([late.status, late.body.code, late.body.errors[0].field]).toEqual([409, 'INBOUND.LOAD_STATUS', 'loadId']);
    expect(late.body.errors[0].reason).toContain('registered');
    expect((await t().admin.get(`/api/v1/inbound-loads/${String(corrected.loadId)}`)).status).toBe(200);
  });

  it('leaves a load that message synchronization keeps in step with its order to the messages', async () => {
    const synced = await createErp(t(), 'ERP-SYNC', { inboundLoadSynchronizationPolicy: 'FullSynchronization' });
    await sendInboundOrder(t(), synced.erp, inboundMessage('PO-951', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 3, expectedUnitSymbol: 'ea' }]));
    const loads = await ok(t().admin.get('/api/v1/inbound-loads?orderNumber=PO-951'), 'loads');
    const refused = await t().admin.delete(`/api/v1/inbound-loads/${String(loads.items[0].loadId)}`);
    expect([refused.status, refused.body.errors[0].reason]).toEqual([409, 'it was made by message synchronization']);
  });
});
