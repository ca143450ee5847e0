import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, inboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { eventsOfType, ok, runProcess, sendInboundOrder } from './support/inbound.js';
import { expectLedgerConsistent } from './support/ledger.js';
import { createReceivingLayout } from './support/warehouse-layout.js';

describe('load planning, the other receiving calls, and receiving completed policies', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let strict: ErpFixture;
  let worker: Client;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createReceivingLayout(t().admin);
    erp = await createErp(t(), 'ERP1', { shipmentReceiptPostingDelayMinutes: 0, manualInboundOrderCreation: true });
    strict = await createErp(t(), 'ERP2', { inboundDeliveryPolicy: 'RequireMatchWithinTolerance', shipmentReceiptPostingDelayMinutes: 0 });
    worker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'carl'));
  });

  const line = (n: number, item: string, qty: number, extra: Record<string, unknown> = {}) => ({ orderLineNumber: n, itemNumber: item, expectedQuantity: qty, expectedUnitSymbol: 'ea', ...extra });

  it('plans loads by hand and moves unregistered quantity between them', async () => {
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-700', {}, [line(1, 'ERP-ITEM-1', 30), line(2, 'ERP-ITEM-2', 4)]));
    const a = await ok(t().admin.post('/api/v1/inbound-loads', { warehouseId: 'WH1', transport: { trailerNumber: 'T-1' }, lines: [{ orderNumber: 'PO-700', orderLineNumber: 1, quantity: 20 }] }), 'load a');
    expect(a).toMatchObject({ origin: 'Manual', loadStatus: 'Open', sourceSystemId: 'ERP1', transport: { trailerNumber: 'T-1' } });
    const b = await ok(t().admin.post('/api/v1/inbound-loads', { warehouseId: 'WH1' }), 'load b');
    const withRest = await ok(t().admin.post(`/api/v1/inbound-loads/${String(b.loadId)}/lines`, { lines: [{ orderNumber: 'PO-700', orderLineNumber: 1 }, { orderNumber: 'PO-700', orderLineNumber: 2 }] }), 'add');
    expect(withRest.lines.map((l: any) => [l.orderLineNumber, l.quantity])).toEqual([[1, 10], [2, 4]]);
    const tooMuch = await t().admin.post(`/api/v1/inbound-loads/${String(b.loadId)}/lines`, { lines: [{ orderNumber: 'PO-700', orderLineNumber: 1, quantity: 1 }] });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.code).toBe('INBOUND.LOAD_LINE_INVALID');
    const moved = await ok(t().admin.post(`/api/v1/inbound-loads/${String(a.loadId)}/lines/move`, { targetLoadId: b.loadId, orderNumber: 'PO-700', orderLineNumber: 1, quantity: 5 }), 'move');
    expect(moved.source.lines[0].quantity).toBe(15);
    expect(moved.target.lines.find((l: any) => l.orderLineNumber === 1).quantity).toBe(15);
  });

  it('receives a load item and a mixed license plate, each with its put-away work', async () => {
    const loads = await ok(t().admin.get('/api/v1/inbound-loads?orderNumber=PO-700'), 'loads');
    const target = loads.items.find((l: any) => l.loadStatus === 'Open' && l.transport.trailerNumber === undefined);
    const item = await ok(worker.post('/api/v1/inbound-receiving/load-item', { operationId: 'li-1', loadId: target.loadId, itemNumber: 'ITEM-1', quantity: 15, licensePlateId: 'LP-700-1' }), 'load item');
    expect(item.registrations[0]).toMatchObject({ loadId: target.loadId, orderNumber: 'PO-700', orderLineNumber: 1, quantity: 15 });
    const mixed = await ok(
      worker.post('/api/v1/inbound-receiving/mixed-license-plate', {
        operationId: 'mx-1',
        licensePlateId: 'LP-700-MIX',
        lines: [
          { orderNumber: 'PO-700', orderLineNumber: 1, quantity: 3 },
          { orderNumber: 'PO-700', orderLineNumber: 2, quantity: 4, itemBatchNumber: 'B-7' },
        ],
      }),
      'mixed',
    );
    expect(mixed.registrations.map((r: any) => [r.orderLineNumber, r.licensePlateId, r.quantity])).toEqual([[1, 'LP-700-MIX', 3], [2, 'LP-700-MIX', 4]]);
    const work = await ok(t().admin.get(`/api/v1/work/${String(mixed.workId)}`), 'work');
    expect(work.lines.filter((l: any) => l.lineType === 'Pick').map((l: any) => [l.itemNumber, l.licensePlateId, l.locationId])).toEqual([['ITEM-1', 'LP-700-MIX', 'RECV'], ['ITEM-2', 'LP-700-MIX', 'RECV']]);
    const noBatch = await worker.post('/api/v1/inbound-receiving/order-line', { operationId: 'nb-1', orderNumber: 'PO-700', orderLineNumber: 2, quantity: 1 });
    expect(noBatch.status).toBe(422);
    expect(noBatch.body.errors[0].field).toBe('batchNumber');
    await expectLedgerConsistent(t());
  });

  it('applies the packing slip policy and the batch receiving completed process', async () => {
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-701', {}, [line(1, 'ERP-ITEM-1', 2)]));
    const r = await ok(worker.post('/api/v1/inbound-receiving/order-line', { operationId: 'ps-1', orderNumber: 'PO-701', orderLineNumber: 1, quantity: 2 }), 'register');
    const loadId = r.registrations[0].loadId;
    await ok(t().admin.put('/api/v1/inbound-parameters/WH1', { packingSlipPolicy: 'Always', loadOverReceiptPolicy: 'Allow' }), 'always');
    const missing = await worker.post(`/api/v1/inbound-loads/${String(loadId)}/receiving-completed`, {});
    expect(missing.body.code).toBe('INBOUND.PACKING_SLIP_REQUIRED');
    expect((await t().admin.post('/api/v1/inbound-loads/receiving-completed-batch', {})).body.completedLoads).toBe(0);
    await ok(t().admin.put('/api/v1/inbound-parameters/WH1', { packingSlipPolicy: 'Never', loadOverReceiptPolicy: 'Allow' }), 'never');
    const given = await worker.post(`/api/v1/inbound-loads/${String(loadId)}/receiving-completed`, { packingSlipId: 'PS-1' });
    expect(given.body.code).toBe('INBOUND.PACKING_SLIP_NOT_CAPTURED');
    const processes = await ok(t().admin.get('/api/v1/background-processes'), 'processes');
    const batch = processes.items.find((p: any) => p.processType === 'inboundReceivingCompleted');
    const run = await ok(t().admin.post(`/api/v1/background-processes/${String(batch.id)}/run`, {}), 'run batch');
    expect(run.run).toMatchObject({ outcome: 'succeeded' });
    expect(run.run.itemsProcessed).toBeGreaterThanOrEqual(1);
    expect((await ok(t().admin.get(`/api/v1/inbound-loads/${String(loadId)}`), 'load')).loadStatus).toBe('Received');
    await ok(t().admin.put('/api/v1/inbound-parameters/WH1', { packingSlipPolicy: 'Optional', loadOverReceiptPolicy: 'Allow' }), 'optional');
  });

  it('requires a match within tolerance when the source system says so, and adjusts the load otherwise', async () => {
    await sendInboundOrder(t(), strict.erp, inboundMessage('PO-702', {}, [line(1, 'ERP-ITEM-1', 10, { underdeliveryPercentage: 10 })]));
    const r = await ok(worker.post('/api/v1/inbound-receiving/order-line', { operationId: 'dm-1', orderNumber: 'PO-702', orderLineNumber: 1, quantity: 8 }), 'register 8');
    const loadId = r.registrations[0].loadId;
    const mismatch = await worker.post(`/api/v1/inbound-loads/${String(loadId)}/receiving-completed`, {});
    expect(mismatch.status).toBe(409);
    expect(mismatch.body.code).toBe('INBOUND.DELIVERY_MISMATCH');
    await ok(worker.post('/api/v1/inbound-receiving/order-line', { operationId: 'dm-2', orderNumber: 'PO-702', orderLineNumber: 1, quantity: 1 }), 'register 1');
    await ok(worker.post(`/api/v1/inbound-loads/${String(loadId)}/receiving-completed`, {}), 'within tolerance');

    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-703', {}, [line(1, 'ERP-ITEM-1', 10)]));
    const s = await ok(worker.post('/api/v1/inbound-receiving/order-line', { operationId: 'dm-3', orderNumber: 'PO-703', orderLineNumber: 1, quantity: 6 }), 'register 6');
    const adjusted = await ok(worker.post(`/api/v1/inbound-loads/${String(s.registrations[0].loadId)}/receiving-completed`, {}), 'adjust');
    expect(adjusted.lines[0]).toMatchObject({ quantity: 6, registeredQuantity: 6 });
    const receipt = await ok(erp.erp.get(`/api/v1/shipment-receipts/${String(adjusted.shipmentReceiptVersionNumbers[0])}`), 'receipt');
    expect(receipt.lines[0]).toMatchObject({ receivedQuantity: 6, remainingQuantity: 4 });
    await runProcess(t(), 'postShipmentReceipts', 'ERP1');
    const order = await ok(erp.erp.get('/api/v1/inbound-shipment-orders/PO-703'), 'order');
    expect([order.receivingStatus, order.lines[0].receivingStatus]).toEqual(['PartiallyReceived', 'PartiallyReceived']);
  });

  it('raises the failed event when posting fails and posts on the next run', async () => {
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-704', {}, [line(1, 'ERP-ITEM-1', 1)]));
    const r = await ok(worker.post('/api/v1/inbound-receiving/order-line', { operationId: 'pf-1', orderNumber: 'PO-704', orderLineNumber: 1, quantity: 1 }), 'register');
    const done = await ok(worker.post(`/api/v1/inbound-loads/${String(r.registrations[0].loadId)}/receiving-completed`, {}), 'complete');
    const vn: string = done.shipmentReceiptVersionNumbers[0];
    // A fault outside the flow: the receipt's inventory transaction is no longer Registered.
    const db = t().q.ctx.db.kysely;
    const ref = String(r.registrations[0].registrationId);
    await db.updateTable('inventory_transactions').set({ status: 'Blocked' }).where('reference_type', '=', 'InboundRegistration').where('reference_id', '=', ref).execute();
    await runProcess(t(), 'postShipmentReceipts', 'ERP1');
    const failed = await ok(erp.erp.get(`/api/v1/shipment-receipts/${vn}`), 'failed');
    expect(failed).toMatchObject({ postingStatus: 'ReadyForPosting', postingAttempts: 1 });
    expect(failed.lastPostingError).toContain('Registered inventory transactions to finalize');
    expect((await eventsOfType(t(), 'shipmentReceipt.failed')).map((e) => e.payload.shipmentReceiptVersionNumber)).toContain(vn);
    await db.updateTable('inventory_transactions').set({ status: 'Registered' }).where('reference_type', '=', 'InboundRegistration').where('reference_id', '=', ref).execute();
    await runProcess(t(), 'postShipmentReceipts', 'ERP1');
    expect((await ok(erp.erp.get(`/api/v1/shipment-receipts/${vn}`), 'posted')).postingStatus).toBe('Posted');
    await expectLedgerConsistent(t());
  });

  it('creates manual inbound orders only when the source system allows it', async () => {
    const created = await t().admin.post('/api/v1/inbound-shipment-orders', { sourceSystemId: 'ERP1', receivingWarehouseId: 'WH1', lines: [{ orderLineNumber: 1, itemNumber: 'ITEM-1', expectedQuantity: 1, expectedUnitSymbol: 'box' }] });
    expect(created.status).toBe(201);
    const order = await ok(t().admin.get(`/api/v1/inbound-shipment-orders/${String(created.body.orderNumber)}`), 'order');
    expect(order).toMatchObject({ shipmentType: 'Manual', orderType: 'Manual order', sourceSystemId: 'ERP1' });
    expect(order.lines[0]).toMatchObject({ expectedInventoryQuantity: 12, inventoryOwnerId: 'OWN-A', inventoryStatusId: 'AV' });
    const refused = await t().admin.post('/api/v1/inbound-shipment-orders', { sourceSystemId: 'ERP2', receivingWarehouseId: 'WH1', lines: [{ orderLineNumber: 1, itemNumber: 'ITEM-1', expectedQuantity: 1, expectedUnitSymbol: 'ea' }] });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('INBOUND.MANUAL_ORDERS_DISABLED');
  });
});
