import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, inboundMessage, messageById, outboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { ok, sendInboundOrder } from './support/inbound.js';
import { createOutboundLocations, expectLedgerConsistent, onHand, putStock } from './support/outbound.js';

/** Reference 1.2/1.3 "Update line > Delivery remainder": closing what an order line still expects. */
describe('delivery remainder of order lines', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let manager: Client;
  let worker: Client;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    await ok(t().admin.post('/api/v1/work-templates', { templateId: 'PUT', name: 'Put-away', workType: 'PutAway', warehouseId: 'WH1', sequence: 10 }), 'put-away template');
    await ok(t().admin.post('/api/v1/location-directives', { directiveId: 'PUT-BULK', name: 'Bulk', workType: 'PutAway', warehouseId: 'WH1', sequence: 10, locationType: 'storage' }), 'directive');
    erp = await createErp(t(), 'ERP1', { reservationAtImportPolicy: 'Reserve' });
    manager = t().as(await t().newKey({ kind: 'user', role: 'warehouse_manager' }, 'mia'));
    worker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'wil'));
  });

  const remainder = (client: Client, direction: 'inbound' | 'outbound', order: string, line: number, remainingQuantity: number) =>
    client.post(`/api/v1/${direction}-shipment-orders/${order}/lines/${String(line)}/delivery-remainder`, { remainingQuantity });

  it('closes an inbound line at what was received, so that receiving completed reports it Received; a line with nothing received is canceled', async () => {
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-DR', {}, [
      { orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 10, expectedUnitSymbol: 'ea' },
      { orderLineNumber: 2, itemNumber: 'ERP-ITEM-1', expectedQuantity: 2, expectedUnitSymbol: 'box' },
    ]));
    const r = await ok(worker.post('/api/v1/inbound-receiving/order-line', { operationId: 'dr-1', orderNumber: 'PO-DR', orderLineNumber: 1, quantity: 6 }), 'register 6');
    // Only a manager may change an order the ERP owns.
    expect((await remainder(worker, 'inbound', 'PO-DR', 1, 0)).status).toBe(403);

    const closed = await ok(remainder(manager, 'inbound', 'PO-DR', 1, 0), 'remainder 0');
    expect(closed).toMatchObject({ expectedQuantity: 6, receivedQuantity: 6, remainingQuantity: 0, status: 'Active' });
    // The remainder is in the line's unit: 1 box more is 12 ea.
    expect(await ok(remainder(manager, 'inbound', 'PO-DR', 2, 1), 'one box')).toMatchObject({ expectedQuantity: 1, expectedInventoryQuantity: 12 });
    expect(await ok(remainder(manager, 'inbound', 'PO-DR', 2, 0), 'nothing')).toMatchObject({ expectedInventoryQuantity: 0, status: 'Canceled' });

    await ok(t().admin.post(`/api/v1/inbound-loads/${String(r.registrations[0].loadId)}/receiving-completed`, {}), 'complete');
    const order = await ok(erp.erp.get('/api/v1/inbound-shipment-orders/PO-DR'), 'order');
    expect(order.receivingStatus).toBe('Received');
    expect(order.lines.map((l: any) => [l.orderLineNumber, l.expectedInventoryQuantity, l.receivingStatus, l.status])).toEqual([
      [1, 6, 'Received', 'Active'],
      [2, 0, 'Open', 'Canceled'],
    ]);
    const unknown = await remainder(manager, 'inbound', 'PO-DR', 2, 1);
    expect([unknown.status, unknown.body.errors[0].field]).toEqual([404, 'orderLineNumber']);
    const negative = await remainder(manager, 'inbound', 'PO-DR', 1, -1);
    expect(negative.status).toBe(400);
  });

  it('lowers an outbound line to what it still needs, gives back its reservation, and never below what is released', async () => {
    await putStock(t(), [{ locationId: 'PICK-1', quantity: 10 }]);
    const sent = await erp.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage('SO-DR', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 10, orderedUnitSymbol: 'ea' }]));
    await drain(t());
    const orderNumber = String((await messageById(t(), sent.body.id)).internalOrderNumber);
    expect(await onHand(t(), 'itemNumber=ITEM-1&locationId=PICK-1')).toEqual({ physical: 10, reserved: 10 });

    expect(await ok(remainder(manager, 'outbound', orderNumber, 1, 4), 'remainder 4')).toMatchObject({ orderedInventoryQuantity: 4, releaseStatus: 'Open', shipmentStatus: 'Open', status: 'Active' });
    expect(await onHand(t(), 'itemNumber=ITEM-1&locationId=PICK-1')).toEqual({ physical: 10, reserved: 4 });

    await ok(t().admin.post(`/api/v1/outbound-shipment-orders/${orderNumber}/release`, { quantityToRelease: 'All' }), 'release');
    const refused = await remainder(manager, 'outbound', orderNumber, 1, 1);
    expect([refused.status, refused.body.code, refused.body.errors[0].field]).toEqual([409, 'OUTBOUND.LINE_IN_PROGRESS', 'remainingQuantity']);
    expect(refused.body.errors[0].reason).toContain('at least 4');
    const order = await ok(t().admin.get(`/api/v1/outbound-shipment-orders/${orderNumber}`), 'order');
    expect([order.releaseStatus, order.lines[0].orderedInventoryQuantity, order.lines[0].releasedQuantity]).toEqual(['Released', 4, 4]);
    await expectLedgerConsistent(t());
  });
});
