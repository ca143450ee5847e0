import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, inboundMessage, outboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { eventsOfType, executeWork, ok } from './support/inbound.js';
import { expectLedgerConsistent } from './support/outbound.js';
import { createReceivingLayout } from './support/warehouse-layout.js';

/** Reference 3.9: received stock that an outbound order waits for goes to that order's staging, not to put-away. */
describe('cross-docking', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let worker: Client;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createReceivingLayout(t().admin);
    await ok(t().admin.post('/api/v1/location-profiles', { profileId: 'STAGING', name: 'Staging', locationType: 'staging' }), 'profile');
    await ok(t().admin.post('/api/v1/locations', { warehouseId: 'WH1', locationId: 'STAGE', profileId: 'STAGING' }), 'STAGE');
    await ok(t().admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick', workType: 'Pick', warehouseId: 'WH1', sequence: 1 }), 'pick template');
    await ok(t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'AUTO', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 }), 'wave template');
    erp = await createErp(t(), 'ERP1', { inboundLoadSynchronizationPolicy: 'FullSynchronization' });
    worker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'sam'));
  });

  it('receives a cross-dock line and ships it with the waiting order without put-away', async () => {
    const inbound = await erp.erp.post(
      '/api/v1/inbound-shipment-order-messages',
      inboundMessage('PO-XD', {}, [
        { orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 8, expectedUnitSymbol: 'ea', crossDockSourceId: 'XD-7' },
        { orderLineNumber: 2, itemNumber: 'ERP-ITEM-1', expectedQuantity: 2, expectedUnitSymbol: 'ea' },
      ]),
    );
    expect(inbound.status).toBe(202);
    // The customer order waits for the inbound line's stock; the warehouse has none of the item.
    const outbound = await erp.erp.post(
      '/api/v1/outbound-shipment-order-messages',
      outboundMessage('SO-XD', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 5, orderedUnitSymbol: 'ea', crossDockLines: [{ crossDockSourceId: 'XD-7', sourceLineRequestedQuantity: 5 }] }]),
    );
    expect(outbound.status, JSON.stringify(outbound.body)).toBe(202);
    await drain(t());

    // 8 arrive for the cross-dock line: 5 go to the order at once, the other 3 are put away.
    const received = await ok(worker.post('/api/v1/inbound-receiving/order-line', { operationId: 'r-xd', orderNumber: 'PO-XD', orderLineNumber: 1, quantity: 8, licensePlateId: 'LP-XD' }), 'receive');
    expect(received.registrations[0].crossDock).toEqual({ orderNumber: 'SO-XD', sourceOrderNumber: 'SO-XD', lineNumber: 1, qty: 5 });
    const putAway = await ok(t().admin.get(`/api/v1/work/${String(received.workId)}`), 'put-away');
    expect(putAway.lines.filter((l: any) => l.lineType === 'Put').map((l: any) => l.quantity)).toEqual([3]);
    await executeWork(worker, received.workId, 'pa');

    const order = await ok(t().admin.get('/api/v1/outbound-shipment-orders/SO-XD'), 'order');
    expect(order.releaseStatus).toBe('Released');
    const picks = (await ok(t().admin.get('/api/v1/work?workType=Pick'), 'pick work')).items;
    expect(picks).toHaveLength(1);
    const pick = await ok(t().admin.get(`/api/v1/work/${String(picks[0].workId)}`), 'pick');
    expect(pick.lines.map((l: any) => [l.lineType, l.locationId, l.licensePlateId, l.quantity])).toEqual([
      ['Pick', 'RECV', 'LP-XD', 5],
      ['Put', 'STAGE', 'LP-XD', 5],
    ]);
    await executeWork(worker, String(picks[0].workId), 'xd-pick');
    const loads = (await ok(t().admin.get('/api/v1/outbound-loads?orderNumber=SO-XD'), 'loads')).items;
    await ok(t().admin.post(`/api/v1/outbound-loads/${String(loads[0].loadId)}/ship-confirm`, {}), 'ship confirm');
    const slipEvent = (await eventsOfType(t(), 'shipmentPackingSlip.modified'))[0];
    const slip = await ok(erp.erp.get(`/api/v1/shipment-packing-slips/${String(slipEvent.payload.shipmentPackingSlipVersionNumber)}`), 'slip');
    expect(slip.lines.map((l: any) => [l.crossDockSourceId, l.shippedQuantity, l.transactionDimensions.map((d: any) => d.licensePlateNumber)])).toEqual([['XD-7', 5, ['LP-XD']]]);

    // The receipt says which line was the cross-dock source; the put-away work never held the 5.
    const loadId = (await ok(t().admin.get('/api/v1/inbound-loads?orderNumber=PO-XD'), 'inbound loads')).items[0].loadId;
    await ok(worker.post('/api/v1/inbound-receiving/order-line', { operationId: 'r-2', orderNumber: 'PO-XD', orderLineNumber: 2, quantity: 2, licensePlateId: 'LP-2' }), 'receive 2');
    const completed = await ok(worker.post(`/api/v1/inbound-loads/${String(loadId)}/receiving-completed`, {}), 'receiving completed');
    const receipt = await ok(erp.erp.get(`/api/v1/shipment-receipts/${String(completed.shipmentReceiptVersionNumbers[0])}`), 'receipt');
    expect(receipt.lines.map((l: any) => [l.orderLineNumber, l.references.crossDockSourceId ?? null, l.receivedHandlingQuantity])).toEqual([
      [1, 'XD-7', 8],
      [2, null, 2],
    ]);
    const onHand = await ok(t().admin.get('/api/v1/inventory/on-hand?itemNumber=ITEM-1'), 'on hand');
    expect(onHand.items.map((r: any) => [r.locationId, r.physicalQuantity]).sort()).toEqual([
      ['B-01', 3],
      ['RECV', 2],
    ]);
    await expectLedgerConsistent(t());
  });

  it('puts away as usual when no order waits for the cross-dock source', async () => {
    await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-XD-2', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 4, expectedUnitSymbol: 'ea', crossDockSourceId: 'XD-NONE' }]));
    await drain(t());
    const received = await ok(worker.post('/api/v1/inbound-receiving/order-line', { operationId: 'r-none', orderNumber: 'PO-XD-2', orderLineNumber: 1, quantity: 4, licensePlateId: 'LP-NONE' }), 'receive');
    expect(received.registrations[0].crossDock).toBeNull();
    expect(received.workId).not.toBeNull();
  });
});
