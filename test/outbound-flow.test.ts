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
    expect((await t().admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick to staging', workType: 'Pick', warehouseId: 'WH1', sequence: 1 })).status).toBe(201);
    expect(
      (await t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'AUTO', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 })).status,
    ).toBe(201);
    alice = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'alice'));
    bob = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'bob'));
  });

  it('reserves at import, releases automatically, waves at release and picks with two workers until the load is Loaded', async () => {
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
    const [workId] = executed.payload.workIds;
    const notification = events.find((e: any) => e.type === 'outboundNotification.created');
    expect(notification.payload.lines.map((l: any) => [l.orderNumber, l.lineNumber, l.itemNumber, l.workCreatedCumulativeQuantity])).toEqual([
      ['SO-100', 1, 'ERP-ITEM-1', 6],
      ['SO-100', 2, 'ERP-FLOUR', 2],
    ]);

    const work = (await t().admin.get(`/api/v1/work/${String(workId)}`)).body;
    const picks = work.lines.filter((l: any) => l.lineType === 'Pick');
    expect(picks.map((l: any) => [l.locationId, l.quantity])).toEqual([
      ['PICK-1', 4],
      ['BULK-1', 2],
      ['PICK-2', 2],
    ]);
    const loadId = (await t().admin.get(`/api/v1/waves/${String(executed.payload.waveId)}`)).body.loadIds[0];
    expect((await t().admin.get(`/api/v1/outbound-loads/${String(loadId)}`)).body.status).toBe('InProcess');

    // Alice takes the work and picks the first two lines; a retried scan is applied once.
    expect((await alice.post(`/api/v1/work/${String(workId)}/take`, { operationId: 'op-take-1' })).status).toBe(200);
    for (const [line, op] of [[1, 'op-a1'], [2, 'op-a2'], [1, 'op-a1'], [3, 'op-a3'], [4, 'op-a4']] as const) {
      const res = await alice.post(`/api/v1/work/${String(workId)}/lines/${String(line)}/confirm`, { operationId: op });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    // Bob helps with the flour, for Alice (a manager assigns; here Alice finishes her own work).
    for (const [line, op] of [[5, 'op-b5'], [6, 'op-b6']] as const) {
      const res = await alice.post(`/api/v1/work/${String(workId)}/lines/${String(line)}/confirm`, { operationId: op });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    expect(bob).toBeDefined();

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
    await expectLedgerConsistent(t());
  });
});
