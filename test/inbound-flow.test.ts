import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, inboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { eventsOfType, executeWork, ok, runProcess, sendInboundOrder } from './support/inbound.js';
import { expectLedgerConsistent } from './support/ledger.js';
import { createReceivingLayout } from './support/warehouse-layout.js';

describe('the inbound process of the seed, end to end through the API', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let anna: Client;
  let ben: Client;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createReceivingLayout(t().admin);
    erp = await createErp(t(), 'ERP1', { inboundLoadSynchronizationPolicy: 'FullSynchronization', shipmentReceiptPostingDelayMinutes: 60 });
    await ok(t().admin.put('/api/v1/inventory-owners/OWN-A/source-system-ids/ERP1', { externalOwnerId: 'ERP-OWNER-A' }), 'owner external id');
    anna = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'anna'));
    ben = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'ben'));
  });

  it('message in, load, registration by two workers, put-away, receiving completed, the ERP reads the receipt, posting finalizes it', async () => {
    // 1-2. The ERP sends the order; processing creates it and (Full synchronization) its load.
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-500'));
    const loads = await ok(t().admin.get('/api/v1/inbound-loads?orderNumber=PO-500'), 'loads');
    expect(loads.items).toHaveLength(1);
    const loadId: string = loads.items[0].loadId;
    const load = await ok(t().admin.get(`/api/v1/inbound-loads/${loadId}`), 'load');
    expect(load).toMatchObject({ origin: 'MessageSynchronization', loadStatus: 'Open', sourceSystemId: 'ERP1' });
    expect(load.lines.map((l: any) => [l.orderLineNumber, l.quantity])).toEqual([[1, 10], [2, 24]]);

    // 3. Two workers register: Anna line 1 on one pallet, Ben line 2 in boxes on two pallets.
    const r1 = await ok(anna.post('/api/v1/inbound-receiving/order-line', { operationId: 'anna-1', orderNumber: 'PO-500', orderLineNumber: 1, quantity: 10, licensePlateId: 'LP-500-1' }), 'anna');
    const r2 = await ok(ben.post('/api/v1/inbound-receiving/order-line', { operationId: 'ben-1', orderNumber: 'PO-500', orderLineNumber: 2, quantity: 1, unitSymbol: 'box', licensePlateId: 'LP-500-2' }), 'ben 1');
    const r3 = await ok(ben.post('/api/v1/inbound-receiving/order-line', { operationId: 'ben-2', orderNumber: 'PO-500', orderLineNumber: 2, quantity: 12, licensePlateId: 'LP-500-3' }), 'ben 2');
    expect(r1.registrations[0]).toMatchObject({ loadId, quantity: 10, locationId: 'RECV', licensePlateId: 'LP-500-1' });
    expect(r2.registrations[0]).toMatchObject({ quantity: 12, unitSymbol: 'ea' });
    expect((await ok(t().admin.get(`/api/v1/inbound-loads/${loadId}`), 'load')).loadStatus).toBe('InProcess');
    const recv = await ok(t().admin.get('/api/v1/inventory/on-hand?itemNumber=ITEM-1&locationId=RECV'), 'on hand');
    expect(recv.items.reduce((s: number, i: any) => s + i.physicalQuantity, 0)).toBe(34);
    const registered = await ok(t().admin.get(`/api/v1/inventory/transactions?referenceType=InboundRegistration&limit=100`), 'ledger');
    expect(registered.items.filter((x: any) => x.status === 'Registered' && x.sourceSystemId === 'ERP1').length).toBeGreaterThanOrEqual(3);

    // 4. Put-away: each registration created work; the workers move the stock to storage.
    for (const [who, r, tag] of [[anna, r1, 'a'], [ben, r2, 'b2'], [ben, r3, 'b3']] as const) {
      const done = await executeWork(who, r.workId, `pa-${tag}`);
      expect(done.status).toBe('Closed');
    }
    const stored = await ok(t().admin.get('/api/v1/inventory/on-hand?itemNumber=ITEM-1&warehouseId=WH1'), 'stored');
    expect(stored.items.filter((i: any) => i.locationId === 'RECV' && i.physicalQuantity > 0)).toEqual([]);
    expect(stored.items.filter((i: any) => i.locationId === 'B-01').reduce((s: number, i: any) => s + i.physicalQuantity, 0)).toBe(34);
    await expectLedgerConsistent(t());

    // 5. Receiving completed: load Received, a receipt Ready for posting and its event.
    const completed = await ok(anna.post(`/api/v1/inbound-loads/${loadId}/receiving-completed`, { packingSlipId: 'PS-9001' }), 'receiving completed');
    expect(completed).toMatchObject({ loadStatus: 'Received', packingSlipId: 'PS-9001' });
    expect(completed.receivingCompletedAt).not.toBeNull();
    const [versionNumber] = completed.shipmentReceiptVersionNumbers;
    expect(versionNumber).toMatch(/^SR-\d{8}\.1$/);
    const created = (await eventsOfType(t(), 'shipmentReceipt.modified')).filter((e) => e.payload.shipmentReceiptVersionNumber === versionNumber);
    expect(created.map((e) => e.payload.change)).toEqual(['Created']);
    expect(created[0].payload).toMatchObject({ sourceSystemOrderNumber: 'PO-500', postingStatus: 'ReadyForPosting', loadId });

    // 6. The ERP reads the receipt in its own item numbers and owner ids, by number and incrementally.
    const receipt = await ok(erp.erp.get(`/api/v1/shipment-receipts/${String(versionNumber)}`), 'read receipt');
    expect(receipt).toMatchObject({ postingStatus: 'ReadyForPosting', isActive: true, sourceSystemOrderNumber: 'PO-500', receivingCompletedPackingSlipId: 'PS-9001', receivingWarehouseId: 'WH1' });
    expect(receipt.lines.map((l: any) => [l.orderLineNumber, l.sourceSystemItemNumber, l.orderedQuantity, l.orderedUnitSymbol, l.receivedQuantity, l.receivedHandlingQuantity, l.remainingQuantity])).toEqual([
      [1, 'ERP-ITEM-1', 10, 'ea', 10, 10, 0],
      [2, 'ERP-ITEM-1', 2, 'box', 2, 24, 0],
    ]);
    expect(receipt.transactionDimensions.map((d: any) => [d.licensePlateNumber, d.handlingQuantity, d.inventoryOwnerId, d.sourceSystemInventoryOwnerId, d.orderedInventoryStatusId, d.receivingSiteId]).sort()).toEqual([
      ['LP-500-1', 10, 'OWN-A', 'ERP-OWNER-A', 'AV', 'S1'],
      ['LP-500-2', 12, 'OWN-A', 'ERP-OWNER-A', 'AV', 'S1'],
      ['LP-500-3', 12, 'OWN-A', 'ERP-OWNER-A', 'AV', 'S1'],
    ]);
    const feed = await ok(erp.erp.get('/api/v1/shipment-receipts?after=0'), 'feed');
    expect(feed.items.map((r: any) => r.shipmentReceiptVersionNumber)).toContain(versionNumber);
    expect((await ok(erp.erp.get(`/api/v1/shipment-receipts?after=${String(feed.nextCursor)}`), 'feed after')).items).toEqual([]);
    const other = await createErp(t(), 'ERP2');
    expect((await other.erp.get(`/api/v1/shipment-receipts/${String(versionNumber)}`)).status).toBe(404);
    expect((await other.erp.get('/api/v1/shipment-receipts?after=0')).body.items).toEqual([]);

    // 7. Posting waits for the delay, then finalizes: Registered -> Received, order Received, event.
    const early = await runProcess(t(), 'postShipmentReceipts', 'ERP1');
    expect(early.run.itemsProcessed).toBe(0);
    expect((await ok(erp.erp.get(`/api/v1/shipment-receipts/${String(versionNumber)}`), 'still ready')).postingStatus).toBe('ReadyForPosting');
    t().clock.advance(61 * 60_000);
    expect((await runProcess(t(), 'postShipmentReceipts', 'ERP1')).run).toMatchObject({ outcome: 'succeeded', itemsProcessed: 1 });
    const posted = await ok(erp.erp.get(`/api/v1/shipment-receipts/${String(versionNumber)}`), 'posted');
    expect(posted.postingStatus).toBe('Posted');
    expect(Number(posted.cursor)).toBeGreaterThan(Number(feed.nextCursor));
    const order = await ok(erp.erp.get('/api/v1/inbound-shipment-orders/PO-500'), 'order');
    expect(order.receivingStatus).toBe('Received');
    expect(order.lines.map((l: any) => l.receivingStatus)).toEqual(['Received', 'Received']);
    const ledger = await ok(t().admin.get('/api/v1/inventory/transactions?referenceType=InboundRegistration&limit=100'), 'ledger');
    const mine = ledger.items.filter((x: any) => r1.registrations.concat(r2.registrations, r3.registrations).some((r: any) => String(r.registrationId) === x.referenceId));
    expect(mine.map((x: any) => x.status)).toEqual(['Received', 'Received', 'Received']);
    const postedEvents = (await eventsOfType(t(), 'shipmentReceipt.modified')).filter((e) => e.payload.shipmentReceiptVersionNumber === versionNumber);
    expect(postedEvents.map((e) => e.payload.change)).toEqual(['Created', 'Posted']);
    await expectLedgerConsistent(t());
  });

  it('keeps the synchronized load in step when the ERP updates the order', async () => {
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-501'));
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-501', {}, [
      { orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 15, expectedUnitSymbol: 'ea' },
      { orderLineNumber: 3, itemNumber: 'ERP-ITEM-2', expectedQuantity: 4, expectedUnitSymbol: 'ea' },
    ]));
    const loads = await ok(t().admin.get('/api/v1/inbound-loads?orderNumber=PO-501'), 'loads');
    expect(loads.items).toHaveLength(1);
    const load = await ok(t().admin.get(`/api/v1/inbound-loads/${String(loads.items[0].loadId)}`), 'load');
    expect(load.lines.map((l: any) => [l.orderLineNumber, l.quantity])).toEqual([[1, 15], [3, 4]]);
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-501', {}, []));
    expect((await ok(t().admin.get('/api/v1/inbound-loads?orderNumber=PO-501'), 'loads')).items).toEqual([]);
  });
});
