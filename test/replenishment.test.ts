import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, messageById, outboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { expectLedgerConsistent } from './support/ledger.js';
import { createOutboundLocations, onHand, putStock, takeStock } from './support/outbound.js';

describe('replenishment: wave demand and min/max', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let anna: Client;
  let ben: Client;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    await t().admin.post('/api/v1/items', { itemNumber: 'BOLT', name: 'Bolt', inventoryUnit: 'ea' });
    erp = await createErp(t(), 'ERP1', { reservationAtImportPolicy: 'Reserve' });
    for (const [templateId, workType] of [
      ['PICK', 'Pick'],
      ['REPL', 'Replenishment'],
    ] as const) {
      expect((await t().admin.post('/api/v1/work-templates', { templateId, name: templateId, workType, warehouseId: 'WH1', sequence: 1 })).status).toBe(201);
    }
    expect((await t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'AUTO', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 })).status).toBe(201);
    anna = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'anna'));
    ben = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'ben'));
  });

  const work = async (workId: string) => (await t().admin.get(`/api/v1/work/${workId}`)).body;
  const confirmAll = async (who: Client, workId: string, prefix: string) => {
    expect((await who.post(`/api/v1/work/${workId}/take`, { operationId: `${prefix}-take` })).status).toBe(200);
    for (const line of (await work(workId)).lines) {
      const res = await who.post(`/api/v1/work/${workId}/lines/${String(line.lineNumber)}/confirm`, { operationId: `${prefix}-${String(line.lineNumber)}` });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
  };

  it('a wave whose demand exceeds the pick face creates replenishment work; picking waits until it is put, then completes', async () => {
    const face = await t().admin.put('/api/v1/fixed-locations/WH1/ITEM-1', { locationId: 'PICK-1', minQuantity: 2, maxQuantity: 10 });
    expect(face.status).toBe(201);
    await putStock(t(), [
      { locationId: 'PICK-1', quantity: 2 },
      { locationId: 'BULK-1', quantity: 10, licensePlateId: 'LP-BULK' },
    ]);
    const sent = await erp.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage('SO-R1', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 6, orderedUnitSymbol: 'ea' }]));
    await drain(t());
    expect((await messageById(t(), sent.body.id)).processingStatus).toBe('Accepted');
    const released = await t().admin.post('/api/v1/outbound-shipment-orders/SO-R1/release', {});
    expect(released.body.released).toBe(true);
    const waveId = (await t().admin.get(`/api/v1/outbound-loads/${String(released.body.loadId)}`)).body.shipments[0].waveId;

    // The 4 reserved in bulk are brought to the face by replenishment work that the wave created.
    const repl = (await t().admin.get(`/api/v1/work?workType=Replenishment&referenceId=${String(waveId)}`)).body.items;
    expect(repl).toHaveLength(1);
    const replId = repl[0].workId as string;
    expect((await work(replId)).lines.map((l: any) => [l.lineType, l.locationId, l.licensePlateId, l.quantity])).toEqual([
      ['Pick', 'BULK-1', 'LP-BULK', 4],
      ['Put', 'PICK-1', null, 4],
    ]);
    // Every pick is from the face, and the pick work waits for the replenishment.
    const [pickId] = (await t().admin.get(`/api/v1/waves/${String(waveId)}`)).body.workIds as string[];
    const pick = await work(String(pickId));
    expect(pick.waitingForWorkId).toBe(replId);
    expect(pick.lines.filter((l: any) => l.lineType === 'Pick').map((l: any) => [l.locationId, l.quantity])).toEqual([
      ['PICK-1', 2],
      ['PICK-1', 4],
    ]);

    const refused = await ben.post(`/api/v1/work/${String(pickId)}/take`, { operationId: 'ben-take-early' });
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.code).toBe('WORK.WAITING_FOR_REPLENISHMENT');
    expect(refused.body.detail).toContain(replId);
    expect(refused.body.errors[0]).toMatchObject({ field: 'waitingForWorkId', value: replId });
    // The replenishment cannot be canceled while picking waits for it.
    expect((await t().admin.post(`/api/v1/work/${replId}/cancel`, {})).body.code).toBe('WORK.OTHER_WORK_WAITS');

    // Anna replenishes: the reservation travels with the stock, from bulk to her and on to the face.
    expect((await anna.post(`/api/v1/work/${replId}/take`, { operationId: 'anna-take' })).status).toBe(200);
    expect((await anna.post(`/api/v1/work/${replId}/lines/1/confirm`, { operationId: 'anna-1' })).status).toBe(200);
    expect(await onHand(t(), 'itemNumber=ITEM-1&locationId=BULK-1')).toEqual({ physical: 6, reserved: 0 });
    expect(await onHand(t(), 'itemNumber=ITEM-1&locationId=user:anna')).toEqual({ physical: 4, reserved: 4 });
    await expectLedgerConsistent(t());
    expect((await ben.post(`/api/v1/work/${String(pickId)}/take`, { operationId: 'ben-take-still-early' })).status).toBe(409);
    expect((await anna.post(`/api/v1/work/${replId}/lines/2/confirm`, { operationId: 'anna-2' })).status).toBe(200);
    expect((await work(replId)).status).toBe('Closed');
    expect(await onHand(t(), 'itemNumber=ITEM-1&locationId=PICK-1')).toEqual({ physical: 6, reserved: 6 });
    expect((await work(String(pickId))).waitingForWorkId).toBeNull();

    // Ben picks everything from the face and puts it to staging: the load is loaded.
    await confirmAll(ben, String(pickId), 'ben');
    expect((await work(String(pickId))).status).toBe('Closed');
    expect((await t().admin.get(`/api/v1/outbound-loads/${String(released.body.loadId)}`)).body.status).toBe('Loaded');
    expect(await onHand(t(), 'itemNumber=ITEM-1&locationId=PICK-1')).toEqual({ physical: 0, reserved: 0 });
    await expectLedgerConsistent(t());
  });

  it('min/max: work when the face is at or below min, none above it, none twice; its stock is held until picked', async () => {
    expect((await t().admin.put('/api/v1/fixed-locations/WH1/BOLT', { locationId: 'PICK-2', minQuantity: 5, maxQuantity: 20 })).status).toBe(201);
    const bad = await t().admin.put('/api/v1/fixed-locations/WH1/BOLT', { locationId: 'PICK-2', minQuantity: 25, maxQuantity: 20 });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].field).toBe('minQuantity');
    await putStock(t(), [
      { itemNumber: 'BOLT', locationId: 'PICK-2', quantity: 8 },
      { itemNumber: 'BOLT', locationId: 'BULK-1', quantity: 30 },
    ]);
    const run = async () => (await t().admin.post('/api/v1/replenishment/run', { warehouseId: 'WH1' })).body;
    const boltWork = (outcome: any) => outcome.work.filter((w: any) => w.itemNumber === 'BOLT');
    expect(boltWork(await run())).toEqual([]);

    await takeStock(t(), t().q.ctx.db, { itemNumber: 'BOLT', locationId: 'PICK-2', quantity: 4 });
    const first = boltWork(await run());
    expect(first).toEqual([{ workId: expect.any(String), locationId: 'PICK-2', itemNumber: 'BOLT', quantity: 16 }]);
    expect((await work(first[0].workId)).workType).toBe('Replenishment');
    expect(await onHand(t(), 'itemNumber=BOLT&locationId=BULK-1')).toEqual({ physical: 30, reserved: 16 });
    expect((await t().admin.get('/api/v1/fixed-locations/WH1/BOLT')).body).toMatchObject({ onHandQuantity: 4, incomingQuantity: 16 });
    expect(boltWork(await run())).toEqual([]);
    await expectLedgerConsistent(t());

    // The background process of the warehouse does the same; it finds the open work and creates none.
    const processes = (await t().admin.get('/api/v1/background-processes')).body.items as any[];
    const minMax = processes.find((p) => p.processType === 'minMaxReplenishment' && p.scope === 'replenishment:WH1');
    expect(minMax).toBeDefined();
    const ran = await t().admin.post(`/api/v1/background-processes/${String(minMax.id)}/run`);
    expect(ran.body.run).toMatchObject({ outcome: 'succeeded', itemsProcessed: 0 });

    await confirmAll(anna, first[0].workId, 'anna-bolt');
    expect(await onHand(t(), 'itemNumber=BOLT&locationId=PICK-2')).toEqual({ physical: 20, reserved: 0 });
    expect(await onHand(t(), 'itemNumber=BOLT&locationId=BULK-1')).toEqual({ physical: 14, reserved: 0 });
    expect(boltWork(await run())).toEqual([]);
    await expectLedgerConsistent(t());
  });

  it('canceling unstarted min/max work gives back the stock it held', async () => {
    await takeStock(t(), t().q.ctx.db, { itemNumber: 'BOLT', locationId: 'PICK-2', quantity: 18 });
    const [created] = (await t().admin.post('/api/v1/replenishment/run', { warehouseId: 'WH1' })).body.work.filter((w: any) => w.itemNumber === 'BOLT');
    expect(created.quantity).toBe(14);
    expect(await onHand(t(), 'itemNumber=BOLT&locationId=BULK-1')).toEqual({ physical: 14, reserved: 14 });
    expect((await t().admin.post(`/api/v1/work/${String(created.workId)}/cancel`, { reason: 'not today' })).status).toBe(200);
    expect(await onHand(t(), 'itemNumber=BOLT&locationId=BULK-1')).toEqual({ physical: 14, reserved: 0 });
    await expectLedgerConsistent(t());
  });
});
