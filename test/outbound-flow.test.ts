import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, messageById, outboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { createOutboundLocations, expectLedgerConsistent, onHand, putStock } from './support/outbound.js';

describe('outbound end to end: message, reservation, release, wave, picking', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let alice: Client;
  let bob: Client;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    erp = await createErp(t(), 'ERP1', { reservationAtImportPolicy: 'Reserve' });
    // Two pick lines per piece of work at most, so a bigger shipment is shared between pickers.
    const template = await t().admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick to staging', workType: 'Pick', warehouseId: 'WH1', sequence: 1, maxPickLines: 2 });
    expect(template.status).toBe(201);
    expect(template.body.maxPickLines).toBe(2);
    expect(
      (await t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'AUTO', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 })).status,
    ).toBe(201);
    alice = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'alice'));
    bob = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'bob'));
  });

  it('reserves at import, releases automatically, waves at release, picks with two workers, ships, and the ERP reads the packing slip that posting finalizes', async () => {
    await putStock(t(), [
      { locationId: 'PICK-1', quantity: 4 },
      { locationId: 'BULK-1', quantity: 10 },
      { itemNumber: 'FLOUR', locationId: 'PICK-2', quantity: 2.5 },
    ]);
    const sent = await erp.erp.post(
      '/api/v1/outbound-shipment-order-messages',
      outboundMessage('SO-100', {}, [
        { orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 6, orderedUnitSymbol: 'ea' },
        { orderLineNumber: 2, itemNumber: 'ERP-FLOUR', orderedQuantity: 2, orderedUnitSymbol: 'kg' },
      ]),
    );
    await drain(t());
    expect((await messageById(t(), sent.body.id)).processingStatus).toBe('Accepted');
    expect(await onHand(t(), 'itemNumber=ITEM-1')).toEqual({ physical: 14, reserved: 6 });

    const automation = await t().admin.put('/api/v1/warehouses/WH1/outbound-automation', { quantityToRelease: 'PhysicallyReserved', allowPartiallyReleased: false });
    expect(automation.status).toBe(200);
    const [releaseProcess] = automation.body.processIds;
    const run = await t().admin.post(`/api/v1/background-processes/${String(releaseProcess)}/run`);
    expect(run.body.run).toMatchObject({ outcome: 'succeeded', itemsProcessed: 1 });

    const order = (await t().admin.get('/api/v1/outbound-shipment-orders/SO-100')).body;
    expect(order.releaseStatus).toBe('Released');
    expect(order.lines.map((l: any) => [l.releaseStatus, l.releasedQuantity])).toEqual([
      ['Released', 6],
      ['Released', 2],
    ]);

    await drain(t());
    const events = (await t().admin.get('/api/v1/events?limit=1000')).body.items;
    const executed = events.find((e: any) => e.type === 'outboundWave.executed');
    expect(executed.payload.shortages).toEqual([]);
    // Three pick lines, at most two per piece of work: the shipment's picking is split in two.
    expect(executed.payload.workIds).toHaveLength(2);
    const [aliceWork, bobWork] = executed.payload.workIds as string[];
    const notification = events.find((e: any) => e.type === 'outboundNotification.created');
    expect(notification.payload.lines.map((l: any) => [l.orderNumber, l.lineNumber, l.itemNumber, l.workCreatedCumulativeQuantity])).toEqual([
      ['SO-100', 1, 'ERP-ITEM-1', 6],
      ['SO-100', 2, 'ERP-FLOUR', 2],
    ]);

    const pickLines = async (workId: string) => (await t().admin.get(`/api/v1/work/${workId}`)).body.lines.filter((l: any) => l.lineType === 'Pick');
    expect((await pickLines(String(aliceWork))).map((l: any) => [l.itemNumber, l.locationId, l.quantity])).toEqual([
      ['ITEM-1', 'PICK-1', 4],
      ['ITEM-1', 'BULK-1', 2],
    ]);
    expect((await pickLines(String(bobWork))).map((l: any) => [l.itemNumber, l.locationId, l.quantity])).toEqual([['FLOUR', 'PICK-2', 2]]);
    // A picker reads what each line is for: the item's name, the order and its customer; the put line shares its pick line's.
    const described = (await t().admin.get(`/api/v1/work/${String(bobWork)}`)).body.lines;
    expect(described.map((l: any) => [l.lineType, l.itemName, l.order?.sourceSystemOrderNumber, l.order?.partyName])).toEqual([
      ['Pick', 'Flour', 'SO-100', 'Contoso Retail'],
      ['Put', 'Flour', 'SO-100', 'Contoso Retail'],
    ]);
    const loadId = (await t().admin.get(`/api/v1/waves/${String(executed.payload.waveId)}`)).body.loadIds[0];
    expect((await t().admin.get(`/api/v1/outbound-loads/${String(loadId)}`)).body.status).toBe('InProcess');

    // Alice takes the first piece; Bob cannot take it from her and takes the second.
    expect((await alice.post(`/api/v1/work/${String(aliceWork)}/take`, { operationId: 'op-take-a' })).status).toBe(200);
    const grab = await bob.post(`/api/v1/work/${String(aliceWork)}/take`, { operationId: 'op-take-b0' });
    expect([grab.status, grab.body.code]).toEqual([409, 'WORK.ASSIGNED_TO_OTHER_WORKER']);
    expect((await bob.post(`/api/v1/work/${String(bobWork)}/take`, { operationId: 'op-take-b' })).status).toBe(200);

    // They pick side by side; Alice's retried scan of line 1 is applied once.
    const confirm = (who: Client, workId: string, line: number, op: string) => who.post(`/api/v1/work/${workId}/lines/${String(line)}/confirm`, { operationId: op });
    for (const [who, workId, line, op] of [
      [alice, aliceWork, 1, 'op-a1'],
      [bob, bobWork, 1, 'op-b1'],
      [alice, aliceWork, 2, 'op-a2'],
      [alice, aliceWork, 1, 'op-a1'],
      [bob, bobWork, 2, 'op-b2'],
      [alice, aliceWork, 3, 'op-a3'],
      [alice, aliceWork, 4, 'op-a4'],
    ] as const) {
      const res = await confirm(who, String(workId), line, op);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    const finished = await Promise.all([aliceWork, bobWork].map(async (id) => (await t().admin.get(`/api/v1/work/${String(id)}`)).body));
    expect(finished.map((w: any) => [w.status, w.assignedWorker, [...new Set(w.lines.map((l: any) => l.handledBy))]])).toEqual([
      ['Closed', 'alice', ['alice']],
      ['Closed', 'bob', ['bob']],
    ]);
    // Each picker carried what they picked: the ledger moved it through their own user location.
    const carried = async (who: string) => {
      const rows = (await t().admin.get(`/api/v1/inventory/transactions?referenceType=Work&locationId=user:${who}&limit=100`)).body.items;
      return rows.filter((r: any) => r.quantity > 0).map((r: any) => [r.itemNumber, r.quantity]).sort();
    };
    expect(await carried('alice')).toEqual([['ITEM-1', 2], ['ITEM-1', 4]]);
    expect(await carried('bob')).toEqual([['FLOUR', 2]]);

    expect(await onHand(t(), 'itemNumber=ITEM-1')).toEqual({ physical: 8, reserved: 0 });
    expect(await onHand(t(), 'itemNumber=ITEM-1&locationId=STAGE')).toEqual({ physical: 0, reserved: 0 });
    const ledger = (await t().admin.get('/api/v1/inventory/transactions?referenceType=OutboundLoadLine&limit=100')).body.items;
    expect(ledger.map((r: any) => [r.itemNumber, r.kind, r.status, r.quantity]).sort()).toEqual(
      [
        ['FLOUR', 'Issue', 'Picked', -2],
        ['ITEM-1', 'Issue', 'Picked', -2],
        ['ITEM-1', 'Issue', 'Picked', -4],
      ].sort(),
    );
    const load = (await t().admin.get(`/api/v1/outbound-loads/${String(loadId)}`)).body;
    expect(load.status).toBe('Loaded');
    expect(load.lines.map((l: any) => [l.orderLineNumber, l.quantity, l.pickedQuantity])).toEqual([
      [1, 6, 6],
      [2, 2, 2],
    ]);

    // Ship confirm by the process outbound shipments job: the ERP hears of the packing slip and reads it.
    await t().admin.put('/api/v1/inventory-owners/OWN-A/source-system-ids/ERP1', { externalOwnerId: 'ERP-OWNER-A' });
    const shipRun = await t().admin.post(`/api/v1/background-processes/${String(automation.body.processIds[1])}/run`);
    expect(shipRun.body.run).toMatchObject({ outcome: 'succeeded', itemsProcessed: 1 });
    expect((await t().admin.get(`/api/v1/outbound-loads/${String(loadId)}`)).body.status).toBe('Shipped');
    await drain(t());
    const slipEvents = (await erp.erp.get('/api/v1/events?types=shipmentPackingSlip.modified')).body.items;
    expect(slipEvents).toHaveLength(1);
    const versionNumber = slipEvents[0].payload.shipmentPackingSlipVersionNumber;
    expect(versionNumber).toMatch(/^WH1-\d{8}\.1$/);
    const slip = (await erp.erp.get(`/api/v1/shipment-packing-slips/${String(versionNumber)}`)).body;
    expect(slip).toMatchObject({ postingStatus: 'ReadyForPosting', isActive: true, loadId, shipFromWarehouseId: 'WH1' });
    expect(slip.parties).toMatchObject({ receiverName: 'Contoso Retail' });
    expect(slip.lines.map((l: any) => [l.sourceSystemOrderNumber, l.orderLineNumber, l.sourceSystemItemNumber, l.orderedQuantity, l.shippedQuantity, l.remainingQuantity])).toEqual([
      ['SO-100', 1, 'ERP-ITEM-1', 6, 6, 0],
      ['SO-100', 2, 'ERP-FLOUR', 2, 2, 0],
    ]);
    expect(slip.lines[0].transactionDimensions).toEqual([
      { shippingWarehouseLocationId: 'STAGE', licensePlateNumber: null, itemBatchNumber: null, itemSerialNumber: null, inventoryOwnerId: 'OWN-A', sourceSystemInventoryOwnerId: 'ERP-OWNER-A', inventoryStatusId: 'AV', quantity: 6 },
    ]);
    const pdf = await erp.erp.get(`/api/v1/shipment-packing-slips/${String(versionNumber)}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(String(pdf.body).startsWith('%PDF-')).toBe(true);
    const other = await createErp(t(), 'ERP2');
    expect((await other.erp.get(`/api/v1/shipment-packing-slips/${String(versionNumber)}`)).status).toBe(404);
    expect((await other.erp.get('/api/v1/shipment-packing-slips')).body.items).toEqual([]);

    // Posting waits for the delay, then finalizes: Picked -> Deducted, order Shipped.
    const posting = (await t().admin.get('/api/v1/background-processes?limit=100')).body.items.find(
      (p: any) => p.processType === 'postShipmentPackingSlips' && p.sourceSystemId === 'ERP1',
    );
    await t().admin.post(`/api/v1/background-processes/${String(posting.id)}/run`);
    expect((await erp.erp.get(`/api/v1/shipment-packing-slips/${String(versionNumber)}`)).body.postingStatus).toBe('ReadyForPosting');
    t().clock.advance(24 * 60 * 60 * 1000);
    const postRun = await t().admin.post(`/api/v1/background-processes/${String(posting.id)}/run`);
    expect(postRun.body.run).toMatchObject({ outcome: 'succeeded', itemsProcessed: 1 });
    expect((await erp.erp.get(`/api/v1/shipment-packing-slips/${String(versionNumber)}`)).body.postingStatus).toBe('Posted');
    const shipped = (await erp.erp.get('/api/v1/outbound-shipment-orders/SO-100')).body;
    expect(shipped.shipmentStatus).toBe('Shipped');
    expect(shipped.lines.map((l: any) => [l.shipmentStatus, l.shippedQuantity, l.remainingQuantity])).toEqual([
      ['Shipped', 6, 0],
      ['Shipped', 2, 0],
    ]);
    const finalLedger = (await t().admin.get('/api/v1/inventory/transactions?referenceType=OutboundLoadLine&limit=100')).body.items;
    expect(finalLedger.every((r: any) => r.status === 'Deducted')).toBe(true);
    // The scheduled runs would otherwise release the next test's orders behind its back.
    for (const id of automation.body.processIds) await t().admin.patch(`/api/v1/background-processes/${String(id)}`, { enabled: false });
    const changes = (await erp.erp.get('/api/v1/shipment-packing-slips')).body.items;
    expect(changes.map((c: any) => [c.shipmentPackingSlipVersionNumber, c.postingStatus])).toEqual([[versionNumber, 'Posted']]);
    await expectLedgerConsistent(t());
  });

  it('ships part of an order, reverses and repeats the ship confirm, then ships the rest', async () => {
    // BULK-1 holds 8 of ITEM-1 after the first test.
    const sent = await erp.erp.post(
      '/api/v1/outbound-shipment-order-messages',
      outboundMessage('SO-200', { reservationAtImportPolicy: 'None' }, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 10, orderedUnitSymbol: 'ea' }]),
    );
    await drain(t());
    const orderNumber = (await messageById(t(), sent.body.id)).internalOrderNumber;
    const release = await t().admin.post(`/api/v1/outbound-shipment-orders/${String(orderNumber)}/release`, { quantityToRelease: 'All' });
    expect(release.status).toBe(200);
    const loadId = release.body.loadId;
    let load = (await t().admin.get(`/api/v1/outbound-loads/${String(loadId)}`)).body;
    const wave = (await t().admin.get(`/api/v1/waves/${String(load.shipments[0].waveId)}`)).body;
    expect(wave.shortages).toEqual([{ orderNumber, lineNumber: 1, itemNumber: 'ITEM-1', shortQuantity: 2, reason: '8 of 10 allocated; only 0 more unreserved in pick and storage locations for owner OWN-A, status AV' }]);
    expect(load.lines.map((l: any) => [l.quantity, l.workCreatedQuantity])).toEqual([[8, 8]]);
    let order = (await t().admin.get(`/api/v1/outbound-shipment-orders/${String(orderNumber)}`)).body;
    expect([order.releaseStatus, order.lines[0].releasedQuantity]).toEqual(['PartiallyReleased', 8]);

    const [workId] = wave.workIds;
    expect((await bob.post(`/api/v1/work/${String(workId)}/take`, { operationId: 'op-bob-take' })).status).toBe(200);
    for (const line of [1, 2]) {
      const res = await bob.post(`/api/v1/work/${String(workId)}/lines/${String(line)}/confirm`, { operationId: `op-bob-${String(line)}` });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    expect((await t().admin.get(`/api/v1/outbound-loads/${String(loadId)}`)).body.status).toBe('Loaded');

    const confirm = await t().admin.post(`/api/v1/outbound-loads/${String(loadId)}/ship-confirm`);
    expect(confirm.status).toBe(200);
    const [first] = confirm.body.shipmentPackingSlipVersionNumbers;
    expect((await erp.erp.get(`/api/v1/shipment-packing-slips/${String(first)}`)).body.lines[0]).toMatchObject({ orderedQuantity: 10, shippedQuantity: 8, remainingQuantity: 2 });
    expect((await t().admin.post(`/api/v1/outbound-loads/${String(loadId)}/ship-confirm`)).status).toBe(409);
    // Shipment status follows the ship confirm at once (reference 2.4), not the posting a day later; a
    // reversal takes it back.
    const shipmentStatus = async () => {
      const o = (await erp.erp.get(`/api/v1/outbound-shipment-orders/${String(orderNumber)}`)).body;
      return [o.shipmentStatus, o.lines[0].shipmentStatus, o.lines[0].shippedQuantity, o.lines[0].remainingQuantity];
    };
    expect(await shipmentStatus()).toEqual(['PartiallyShipped', 'PartiallyShipped', 8, 2]);

    const reversed = await t().admin.post(`/api/v1/shipment-packing-slips/${String(first)}/reverse`);
    expect(reversed.status).toBe(200);
    expect(reversed.body).toMatchObject({ postingStatus: 'Reversed', isActive: false });
    expect(await shipmentStatus()).toEqual(['Open', 'Open', 0, 10]);
    expect((await t().admin.get(`/api/v1/outbound-loads/${String(loadId)}`)).body.status).toBe('Loaded');
    const again = await t().admin.post(`/api/v1/outbound-loads/${String(loadId)}/ship-confirm`);
    const [second] = again.body.shipmentPackingSlipVersionNumbers;
    expect(second).toBe(String(first).replace(/\.1$/, '.2'));
    expect((await erp.erp.get(`/api/v1/shipment-packing-slips/${String(second)}`)).body.lines[0]).toMatchObject({ shippedQuantity: 8, remainingQuantity: 2 });
    expect(await shipmentStatus()).toEqual(['PartiallyShipped', 'PartiallyShipped', 8, 2]);

    // The rest, once stock arrives: a second release, wave, pick and shipment.
    await putStock(t(), [{ locationId: 'PICK-2', quantity: 2 }]);
    const rest = await t().admin.post('/api/v1/outbound-shipment-orders/release', { orderNumbers: [orderNumber], allowPartiallyReleased: true });
    expect(rest.body.results[0]).toMatchObject({ released: true, lines: [{ lineNumber: 1, releasedQuantity: 2 }] });
    const restLoad = rest.body.results[0].loadId;
    expect(restLoad).not.toBe(loadId);
    load = (await t().admin.get(`/api/v1/outbound-loads/${String(restLoad)}`)).body;
    const restWave = (await t().admin.get(`/api/v1/waves/${String(load.shipments[0].waveId)}`)).body;
    const restWork = restWave.workIds[0];
    await bob.post(`/api/v1/work/${String(restWork)}/take`, { operationId: 'op-bob-take-2' });
    await bob.post(`/api/v1/work/${String(restWork)}/lines/1/confirm`, { operationId: 'op-bob-r1' });
    await bob.post(`/api/v1/work/${String(restWork)}/lines/2/confirm`, { operationId: 'op-bob-r2' });
    const third = (await t().admin.post(`/api/v1/outbound-loads/${String(restLoad)}/ship-confirm`)).body.shipmentPackingSlipVersionNumbers[0];
    expect((await erp.erp.get(`/api/v1/shipment-packing-slips/${String(third)}`)).body.lines[0]).toMatchObject({ shippedQuantity: 2, remainingQuantity: 0 });
    expect(await shipmentStatus()).toEqual(['Shipped', 'Shipped', 10, 0]);

    t().clock.advance(24 * 60 * 60 * 1000);
    const posting = (await t().admin.get('/api/v1/background-processes?limit=100')).body.items.find((p: any) => p.processType === 'postShipmentPackingSlips' && p.sourceSystemId === 'ERP1');
    expect((await t().admin.post(`/api/v1/background-processes/${String(posting.id)}/run`)).body.run.itemsProcessed).toBe(2);
    expect((await t().admin.post(`/api/v1/shipment-packing-slips/${String(second)}/reverse`)).status).toBe(409);
    order = (await erp.erp.get(`/api/v1/outbound-shipment-orders/${String(orderNumber)}`)).body;
    expect([order.shipmentStatus, order.releaseStatus, order.lines[0].shippedQuantity]).toEqual(['Shipped', 'Released', 10]);
    await drain(t());
    const reversedEvents = (await erp.erp.get('/api/v1/events?types=shipmentPackingSlip.reversed')).body.items;
    expect(reversedEvents.map((e: any) => e.subject)).toEqual([first]);
    await expectLedgerConsistent(t());
  });
});
