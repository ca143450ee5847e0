import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, inboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { eventsOfType, ok, runProcess, sendInboundOrder } from './support/inbound.js';
import { expectLedgerConsistent } from './support/ledger.js';
import { createReceivingLayout } from './support/warehouse-layout.js';

describe('receiving rules: license plates, tolerances, ASNs, reversal', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let anna: Client;
  let ben: Client;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createReceivingLayout(t().admin);
    erp = await createErp(t(), 'ERP1', { shipmentReceiptPostingDelayMinutes: 0 });
    anna = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'anna'));
    ben = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'ben'));
  });

  const line = (n: number, item: string, qty: number, extra: Record<string, unknown> = {}) => ({ orderLineNumber: n, itemNumber: item, expectedQuantity: qty, expectedUnitSymbol: 'ea', ...extra });
  const onHandAt = async (locationId: string, item = 'ITEM-1') =>
    (await ok(t().admin.get(`/api/v1/inventory/on-hand?itemNumber=${item}&locationId=${locationId}`), 'on hand')).items.reduce((s: number, i: any) => s + i.physicalQuantity, 0);

  it('receives an ASN license plate with its nested case once, even when two workers scan it at the same moment', async () => {
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-600', {}, [line(1, 'ERP-ITEM-1', 20), line(2, 'ERP-ITEM-2', 6)]));
    const asn = await erp.erp.post('/api/v1/inbound-loads/asn', {
      receivingWarehouseId: 'WH1',
      transport: { trailerNumber: 'TR-77' },
      shipments: [
        {
          vendorShipmentId: 'VS-1',
          licensePlates: [
            { licensePlateNumber: 'PAL-600', lines: [{ orderNumber: 'PO-600', orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', quantity: 20, unitSymbol: 'ea' }] },
            { licensePlateNumber: 'CASE-600', parentLicensePlateNumber: 'PAL-600', lines: [{ orderNumber: 'PO-600', orderLineNumber: 2, itemNumber: 'ERP-ITEM-2', quantity: 6, unitSymbol: 'ea', itemBatchNumber: 'B-1' }] },
          ],
        },
      ],
    });
    expect(asn.status).toBe(201);
    expect(asn.body).toMatchObject({ origin: 'Asn', loadStatus: 'Shipped', sourceSystemId: 'ERP1' });
    expect(asn.body.licensePlates.map((p: any) => [p.licensePlateNumber, p.parentLicensePlateNumber])).toEqual([['PAL-600', null], ['CASE-600', 'PAL-600']]);

    const before = await onHandAt('RECV');
    const [a, b] = await Promise.all([
      anna.post('/api/v1/inbound-receiving/license-plate', { operationId: 'scan-anna-600', licensePlateNumber: 'PAL-600' }),
      ben.post('/api/v1/inbound-receiving/license-plate', { operationId: 'scan-ben-600', licensePlateNumber: 'PAL-600' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const loser = a.status === 200 ? b : a;
    expect(loser.body.code).toBe('INBOUND.LICENSE_PLATE_ALREADY_RECEIVED');
    expect(winner.body.registrations.map((r: any) => [r.licensePlateId, r.itemNumber, r.quantity, r.batchNumber])).toEqual([
      ['PAL-600', 'ITEM-1', 20, null],
      ['CASE-600', 'ITEM-2', 6, 'B-1'],
    ]);
    expect(await onHandAt('RECV')).toBe(before + 20);
    // A retry of the winning scan (same operation id) answers the same and receives nothing more.
    const retry = await (a.status === 200 ? anna : ben).post('/api/v1/inbound-receiving/license-plate', { operationId: a.status === 200 ? 'scan-anna-600' : 'scan-ben-600', licensePlateNumber: 'PAL-600' });
    expect(retry.body).toMatchObject({ replayed: true, workId: winner.body.workId });
    expect(await onHandAt('RECV')).toBe(before + 20);
    const order = await ok(t().admin.get('/api/v1/inbound-shipment-orders/PO-600'), 'order');
    expect(order.lines.map((l: any) => l.receivedQuantity)).toEqual([20, 6]);
    await expectLedgerConsistent(t());
  });

  it('rejects an ASN that does not match its order, naming every mismatch, and creates nothing', async () => {
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-601', {}, [line(1, 'ERP-ITEM-1', 5)]));
    const loadsBefore = (await ok(t().admin.get('/api/v1/inbound-loads'), 'loads')).total;
    const res = await erp.erp.post('/api/v1/inbound-loads/asn', {
      receivingWarehouseId: 'WH1',
      shipments: [
        {
          licensePlates: [
            { licensePlateNumber: 'PAL-601', lines: [{ orderNumber: 'PO-601', orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', quantity: 9, unitSymbol: 'ea' }] },
            { licensePlateNumber: 'PAL-602', lines: [{ orderNumber: 'PO-601', orderLineNumber: 1, itemNumber: 'ERP-FLOUR', quantity: 1, unitSymbol: 'ea' }] },
            { licensePlateNumber: 'PAL-603', lines: [{ orderNumber: 'PO-601', orderLineNumber: 7, itemNumber: 'ERP-ITEM-1', quantity: 1, unitSymbol: 'ea' }] },
            { licensePlateNumber: 'PAL-604', lines: [{ orderNumber: 'PO-NOPE', orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', quantity: 1, unitSymbol: 'ea' }] },
          ],
        },
      ],
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('INBOUND.ASN_MISMATCH');
    const fields = res.body.errors.map((e: any) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['shipments/0/licensePlates/1/lines/0/itemNumber', 'shipments/0/licensePlates/2/lines/0/orderLineNumber', 'shipments/0/licensePlates/3/lines/0/orderNumber', 'shipments']),
    );
    expect(res.body.errors.find((e: any) => e.field === 'shipments').reason).toContain('only 5 is open');
    expect((await ok(t().admin.get('/api/v1/inbound-loads'), 'loads')).total).toBe(loadsBefore);
  });

  it('applies the over-delivery percentage and the load over receipt policy: Allow, Block, Block for closed loads', async () => {
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-602', {}, [line(1, 'ERP-ITEM-1', 10, { overdeliveryPercentage: 10 }), line(2, 'ERP-ITEM-1', 10, { overdeliveryPercentage: 10 })]));
    // Allow (the default): up to the order line quantity plus 10%.
    const allowed = await anna.post('/api/v1/inbound-receiving/order-line', { operationId: 'ov-1', orderNumber: 'PO-602', orderLineNumber: 1, quantity: 11 });
    expect(allowed.status).toBe(200);
    expect(allowed.body.registrations[0].loadId).toMatch(/^IL-/);
    const auto = await ok(t().admin.get(`/api/v1/inbound-loads/${String(allowed.body.registrations[0].loadId)}`), 'auto load');
    expect(auto).toMatchObject({ origin: 'Receiving', loadStatus: 'InProcess' });
    const tooMuch = await anna.post('/api/v1/inbound-receiving/order-line', { operationId: 'ov-2', orderNumber: 'PO-602', orderLineNumber: 1, quantity: 0.5 });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.body.code).toBe('INBOUND.OVER_RECEIPT');
    expect(tooMuch.body.errors[0].reason).toContain('order line quantity plus its over-delivery');

    // Block: a planned load of 5 takes at most 5.5.
    const blocked = await ok(t().admin.post('/api/v1/inbound-loads', { warehouseId: 'WH1', loadOverReceiptPolicy: 'Block', lines: [{ orderNumber: 'PO-602', orderLineNumber: 2, quantity: 5 }] }), 'load');
    const first = await anna.post('/api/v1/inbound-receiving/order-line', { operationId: 'ov-3', orderNumber: 'PO-602', orderLineNumber: 2, quantity: 5.5, loadId: blocked.loadId });
    expect(first.status).toBe(200);
    const over = await anna.post('/api/v1/inbound-receiving/order-line', { operationId: 'ov-4', orderNumber: 'PO-602', orderLineNumber: 2, quantity: 1, loadId: blocked.loadId });
    expect(over.status).toBe(422);
    expect(over.body.errors[0].reason).toContain('policy is Block');

    // Block for closed loads only: more on an open load is fine, on a Received load it is not.
    await ok(t().admin.put('/api/v1/inbound-parameters/WH1', { packingSlipPolicy: 'Optional', loadOverReceiptPolicy: 'BlockForClosedLoads' }), 'parameters');
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-603', {}, [line(1, 'ERP-ITEM-1', 10, { overdeliveryPercentage: 50 })]));
    const r = await ok(anna.post('/api/v1/inbound-receiving/order-line', { operationId: 'ov-5', orderNumber: 'PO-603', orderLineNumber: 1, quantity: 12 }), 'open load over-receipt');
    await ok(anna.post(`/api/v1/inbound-loads/${String(r.registrations[0].loadId)}/receiving-completed`, {}), 'complete');
    const closed = await anna.post('/api/v1/inbound-receiving/order-line', { operationId: 'ov-6', orderNumber: 'PO-603', orderLineNumber: 1, quantity: 1, loadId: r.registrations[0].loadId });
    expect(closed.status).toBe(422);
    expect(closed.body.errors[0].reason).toContain('closed loads');
    await ok(t().admin.put('/api/v1/inbound-parameters/WH1', { packingSlipPolicy: 'Optional', loadOverReceiptPolicy: 'Allow' }), 'parameters back');
    await expectLedgerConsistent(t());
  });

  it('reverses receiving completed before posting as a new, Canceled receipt version; completing again makes the next version; a posted receipt cannot be reversed', async () => {
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-604', {}, [line(1, 'ERP-FLOUR', 8, { expectedUnitSymbol: 'kg' })]));
    const r = await ok(anna.post('/api/v1/inbound-receiving/order-line', { operationId: 'rv-1', orderNumber: 'PO-604', orderLineNumber: 1, quantity: 8 }), 'register');
    const loadId: string = r.registrations[0].loadId;
    // What the drift explanation says about FLOUR: the difference WMS - told, and the open registrations.
    const flourDrift = async () => {
      const lines = (await ok(erp.erp.get('/api/v1/source-systems/ERP1/on-hand-drift?itemNumber=FLOUR&all=true'), 'drift')).lines as any[];
      return {
        difference: lines.reduce((sum, l) => sum + l.wmsOnHandQuantity - l.toldOnHandQuantity, 0),
        registered: lines.flatMap((l) => l.openDocuments).filter((d: any) => d.reason === 'RegisteredNotReceivingCompleted').map((d: any) => d.quantity),
      };
    };
    const beforeCompleting = await flourDrift();
    const c1 = await ok(anna.post(`/api/v1/inbound-loads/${loadId}/receiving-completed`, {}), 'complete 1');
    const v1: string = c1.shipmentReceiptVersionNumbers[0];
    const number = v1.split('.')[0];
    const told = await flourDrift();
    expect(told.difference).toBe(beforeCompleting.difference - 8);
    // Receiving status follows receiving completed at once (reference 2.3), not the posting; a reversal takes it back.
    const receivingStatus = async () => {
      const o = await ok(erp.erp.get('/api/v1/inbound-shipment-orders/PO-604'), 'order');
      return [o.receivingStatus, o.lines[0].receivingStatus];
    };
    expect(await receivingStatus()).toEqual(['Received', 'Received']);

    const reversed = await ok(t().admin.post(`/api/v1/inbound-loads/${loadId}/reverse-receiving-completed`, {}), 'reverse');
    expect(reversed).toMatchObject({ loadStatus: 'InProcess', receivingCompletedAt: null, shipmentReceiptVersionNumbers: [`${number}.2`] });
    const versions = await ok(erp.erp.get(`/api/v1/shipment-receipts?shipmentReceiptNumber=${number}`), 'versions');
    expect(versions.items.map((x: any) => [x.shipmentReceiptVersionNumber, x.isActive, x.postingStatus])).toEqual([
      [`${number}.1`, false, 'ReadyForPosting'],
      [`${number}.2`, true, 'Canceled'],
    ]);
    expect(await receivingStatus()).toEqual(['Open', 'Open']);
    // The reversal took the report back: the 8 kg are registered and not told again.
    expect(await flourDrift()).toEqual({ difference: told.difference + 8, registered: [...told.registered, 8] });
    const rev = (await eventsOfType(t(), 'shipmentReceipt.reversed')).find((e) => e.payload.reversedVersionNumber === v1);
    expect(rev?.payload).toMatchObject({ shipmentReceiptVersionNumber: `${number}.2`, sourceSystemOrderNumber: 'PO-604' });
    // Posting skips what was reversed: the stock stays Registered.
    await runProcess(t(), 'postShipmentReceipts', 'ERP1');
    expect((await ok(erp.erp.get(`/api/v1/shipment-receipts/${v1}`), 'v1')).postingStatus).toBe('ReadyForPosting');

    const c2 = await ok(anna.post(`/api/v1/inbound-loads/${loadId}/receiving-completed`, {}), 'complete 2');
    expect(c2.shipmentReceiptVersionNumbers).toEqual([`${number}.3`]);
    expect(await receivingStatus()).toEqual(['Received', 'Received']);
    expect(await flourDrift()).toEqual(told);
    const v3 = await ok(erp.erp.get(`/api/v1/shipment-receipts/${number}.3`), 'v3');
    expect(v3.lines[0]).toMatchObject({ receivedHandlingQuantity: 8, sourceSystemItemNumber: 'ERP-FLOUR' });
    await runProcess(t(), 'postShipmentReceipts', 'ERP1');
    expect((await ok(erp.erp.get(`/api/v1/shipment-receipts/${number}.3`), 'v3 posted')).postingStatus).toBe('Posted');
    const late = await t().admin.post(`/api/v1/inbound-loads/${loadId}/reverse-receiving-completed`, {});
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('INBOUND.RECEIPT_ALREADY_POSTED');
    const order = await ok(erp.erp.get('/api/v1/inbound-shipment-orders/PO-604'), 'order');
    expect(order.receivingStatus).toBe('Received');
    await expectLedgerConsistent(t());
  });
});
