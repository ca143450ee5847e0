import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, inboundMessage, outboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { executeWork, ok, sendInboundOrder } from './support/inbound.js';
import { createOutboundLocations, putStock } from './support/outbound.js';
import { createReceivingLayout } from './support/warehouse-layout.js';

const at = (iso: string) => Date.parse(iso);

/** The hours of a series that have counts, as [hour start, counts]. */
const busyHours = (series: any) => series.hours.filter((h: any) => h.total > 0).map((h: any) => [h.hourStart, h.counts]);

describe('the outbound overview', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let planner: Client;
  let alice: Client;
  const overview = async (query = '') => ok(planner.get(`/api/v1/overviews/outbound${query}`), 'outbound overview');

  beforeAll(async () => {
    t().clock.set(at('2026-01-05T08:00:00Z'));
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    await ok(t().admin.post('/api/v1/zones', { warehouseId: 'WH1', zoneId: 'FAST', name: 'Fast movers' }), 'zone');
    await ok(t().admin.patch('/api/v1/locations/WH1/PICK-1', { zoneId: 'FAST' }), 'PICK-1 in FAST');
    erp = await createErp(t(), 'ERP1');
    await ok(t().admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick to staging', workType: 'Pick', warehouseId: 'WH1', sequence: 1 }), 'pick template');
    await ok(t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'BY-HAND', warehouseId: 'WH1', processAt: 'Manual', putLocationId: 'STAGE', sequence: 1 }), 'wave template');
    await putStock(t(), [
      { locationId: 'PICK-1', quantity: 4 },
      { locationId: 'PICK-2', quantity: 10 },
    ]);
    planner = t().as(await t().newKey({ kind: 'user', role: 'planner' }, 'planner'));
    alice = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'alice'));
    const orders: [string, string | undefined][] = [
      ['SO-LATE', '2026-01-05T06:00:00Z'],
      ['SO-TODAY', '2026-01-05T15:00:00Z'],
      ['SO-LATER', '2026-01-07T09:00:00Z'],
      ['SO-NODATE', undefined],
    ];
    for (const [orderNumber, shipStart] of orders) {
      const line = [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 6, orderedUnitSymbol: 'ea' }];
      await ok(erp.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage(orderNumber, shipStart ? { requestedShippingPeriodStart: shipStart } : {}, line)), orderNumber);
    }
    await drain(t());
  });

  it('counts the orders to release by their requested ship date, in the hours of the day so far', async () => {
    t().clock.set(at('2026-01-05T09:30:00Z'));
    const o = await overview();
    expect(o).toMatchObject({
      generatedAt: '2026-01-05T09:30:00.000Z',
      windowStart: '2026-01-05T00:00:00.000Z',
      windowEnd: '2026-01-06T00:00:00.000Z',
      ordersToRelease: { overdue: 1, today: 1, later: 1, noDate: 1, total: 4 },
      partiallyReleasedOrders: 0,
      waves: { toProcess: 0, picking: 0 },
      openWork: [],
      loads: { open: 0, inProcess: 0, loaded: 0, shippedToday: 0 },
    });
    // The figures are those of the lists the tiles link to.
    const listed = async (query: string) => (await ok(planner.get(`/api/v1/outbound-shipment-orders?status=Active&releaseStatus=Open&${query}`), query)).total;
    expect(await listed(`requestedShipBefore=${o.generatedAt}`)).toBe(1);
    expect(await listed(`requestedShipFrom=${o.generatedAt}&requestedShipBefore=${o.windowEnd}`)).toBe(1);
    expect(await listed(`requestedShipFrom=${o.windowEnd}`)).toBe(1);
    expect((await planner.get('/api/v1/outbound-shipment-orders?requestedShipBefore=yesterday')).status).toBe(400);
    expect(o.picksByWorker.hours).toHaveLength(24);
    expect(o.picksByWorker.keys).toEqual([]);
    // Received at 08:00, looked at 09:30: all four have waited between one and four hours.
    expect(o.ordersToReleaseAge.map((b: any) => [b.bucket, b.count])).toEqual([
      ['under1h', 0],
      ['1to4h', 4],
      ['4to24h', 0],
      ['1to3d', 0],
      ['3to7d', 0],
      ['over7d', 0],
    ]);
    // In Sydney (UTC+11) it is already the evening of the 5th: SO-TODAY's 15:00 UTC is tomorrow there.
    const sydney = await overview('?utcOffsetMinutes=660');
    expect(sydney.windowStart).toBe('2026-01-04T13:00:00.000Z');
    expect(sydney.ordersToRelease).toMatchObject({ overdue: 1, today: 0, later: 2 });
  });

  it('follows the late order through release, its wave, picking by hour, worker and zone, and ship confirm', async () => {
    const released = await ok(planner.post('/api/v1/outbound-shipment-orders/SO-LATE/release', {}), 'release');
    const loadId = String(released.loadId);
    let o = await overview('?warehouseId=WH1');
    expect(o.ordersToRelease).toMatchObject({ overdue: 0, total: 3 });
    expect(o.waves).toEqual({ toProcess: 1, picking: 0 });
    expect(o.loads).toMatchObject({ open: 1 });

    const waves = await ok(planner.get('/api/v1/waves?status=Open'), 'waves');
    const wave = await ok(planner.post(`/api/v1/waves/${String(waves.items[0].waveId)}/process`, {}), 'process wave');
    const workId = String(wave.workIds[0]);
    o = await overview();
    expect(o.waves).toEqual({ toProcess: 0, picking: 1 });
    expect((await ok(planner.get('/api/v1/waves?picking=true'), 'waves picking')).items.map((w: any) => w.waveId)).toEqual([wave.waveId]);
    expect((await ok(planner.get('/api/v1/waves?picking=false'), 'waves not picking')).total).toBe(0);
    expect(o.openWork).toEqual([{ workType: 'Pick', status: 'Open', count: 1 }]);
    expect(o.loads).toMatchObject({ open: 0, inProcess: 1 });
    expect(o.openPickWorkAge.find((b: any) => b.bucket === 'under1h').count).toBe(1);

    // Alice picks 4 from PICK-1 (zone FAST) at 09:40 and 2 from PICK-2 (no zone) at 10:05, each put at staging.
    const work = await ok(alice.post(`/api/v1/work/${workId}/take`, { operationId: 'ov-take' }), 'take');
    expect(work.lines.map((l: any) => [l.lineType, l.locationId])).toEqual([
      ['Pick', 'PICK-1'],
      ['Put', 'STAGE'],
      ['Pick', 'PICK-2'],
      ['Put', 'STAGE'],
    ]);
    t().clock.set(at('2026-01-05T09:40:00Z'));
    await ok(alice.post(`/api/v1/work/${workId}/lines/1/confirm`, { operationId: 'ov-1' }), 'pick 1');
    o = await overview();
    expect(o.openWork).toEqual([{ workType: 'Pick', status: 'InProcess', count: 1 }]);
    await ok(alice.post(`/api/v1/work/${workId}/lines/2/confirm`, { operationId: 'ov-2' }), 'put 1');
    t().clock.set(at('2026-01-05T10:05:00Z'));
    await ok(alice.post(`/api/v1/work/${workId}/lines/3/confirm`, { operationId: 'ov-3' }), 'pick 2');
    await ok(alice.post(`/api/v1/work/${workId}/lines/4/confirm`, { operationId: 'ov-4' }), 'put 2');

    o = await overview();
    expect(busyHours(o.picksByWorker)).toEqual([
      ['2026-01-05T09:00:00.000Z', { alice: 1 }],
      ['2026-01-05T10:00:00.000Z', { alice: 1 }],
    ]);
    expect(o.picksByZone.keys).toEqual(['', 'FAST']);
    expect(busyHours(o.picksByZone)).toEqual([
      ['2026-01-05T09:00:00.000Z', { FAST: 1 }],
      ['2026-01-05T10:00:00.000Z', { '': 1 }],
    ]);
    expect(o.waves).toEqual({ toProcess: 0, picking: 0 });
    expect((await ok(planner.get('/api/v1/waves?picking=true'), 'waves picking')).total).toBe(0);
    expect(o.openWork).toEqual([]);
    expect(o.loads).toMatchObject({ inProcess: 0, loaded: 1, shippedToday: 0 });

    await ok(planner.post(`/api/v1/outbound-loads/${loadId}/ship-confirm`, {}), 'ship confirm');
    o = await overview();
    expect(o.loads).toMatchObject({ loaded: 0, shippedToday: 1 });
    // Another warehouse has none of it.
    await createWarehouseMasterData(t().admin, '-B');
    const other = await overview('?warehouseId=WH1-B');
    expect(other).toMatchObject({ ordersToRelease: { total: 0 }, loads: { shippedToday: 0 }, picksByWorker: { keys: [] } });
    // Tomorrow the picks of today are history.
    t().clock.set(at('2026-01-06T07:00:00Z'));
    expect((await overview()).picksByWorker.keys).toEqual([]);
  });

  it('refuses bad parameters and the roles that do not plan outbound', async () => {
    for (const query of ['?utcOffsetMinutes=841', '?utcOffsetMinutes=-900', '?utcOffsetMinutes=1.5', '?utcOffsetMinutes=soon', '?warehouseId=%20WH1', `?warehouseId=${'W'.repeat(101)}`]) {
      const res = await planner.get(`/api/v1/overviews/outbound${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors[0].field, query).toMatch(/utcOffsetMinutes|warehouseId/);
    }
    expect((await alice.get('/api/v1/overviews/outbound')).status).toBe(403);
    expect((await erp.erp.get('/api/v1/overviews/outbound')).status).toBe(403);
    expect((await t().as(undefined).get('/api/v1/overviews/outbound')).status).toBe(401);
  });
});

describe('the inbound overview', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let planner: Client;
  const overview = async (query = '') => ok(planner.get(`/api/v1/overviews/inbound${query}`), 'inbound overview');

  beforeAll(async () => {
    t().clock.set(at('2026-01-05T08:00:00Z'));
    await createWarehouseMasterData(t().admin);
    await createReceivingLayout(t().admin);
    erp = await createErp(t(), 'ERP1', { inboundLoadSynchronizationPolicy: 'FullSynchronization' });
    planner = t().as(await t().newKey({ kind: 'user', role: 'planner' }, 'planner'));
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-TODAY', { plannedReceiptPeriodStart: '2026-01-05T13:00:00Z' }));
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-LATE', { plannedReceiptPeriodStart: '2026-01-02T13:00:00Z' }));
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-OPEN'));
  });

  it('counts orders to receive by planned date and the registrations of each hour by worker and zone', async () => {
    let o = await overview();
    expect(o).toMatchObject({
      ordersToReceive: { overdue: 1, today: 1, later: 0, noDate: 1, total: 3 },
      partiallyReceivedOrders: 0,
      loads: { open: 3, shipped: 0, inProcess: 0, receivedToday: 0 },
      shipmentReceipts: { readyForPosting: 0, postingFailed: 0 },
      openPutAwayWork: { open: 0, inProcess: 0 },
    });
    const listed = async (query: string) => (await ok(planner.get(`/api/v1/inbound-shipment-orders?status=Active&receivingStatus=Open&${query}`), query)).total;
    expect(await listed(`plannedReceiptBefore=${o.windowStart}`)).toBe(1);
    expect(await listed(`plannedReceiptFrom=${o.windowStart}&plannedReceiptBefore=${o.windowEnd}`)).toBe(1);

    const anna = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'anna'));
    const ben = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'ben'));
    t().clock.set(at('2026-01-05T08:10:00Z'));
    const first = await ok(anna.post('/api/v1/inbound-receiving/order-line', { operationId: 'ov-a', orderNumber: 'PO-TODAY', orderLineNumber: 1, quantity: 10, licensePlateId: 'LP-OV-1' }), 'anna');
    t().clock.set(at('2026-01-05T09:15:00Z'));
    await ok(ben.post('/api/v1/inbound-receiving/order-line', { operationId: 'ov-b', orderNumber: 'PO-TODAY', orderLineNumber: 2, quantity: 2, unitSymbol: 'box', licensePlateId: 'LP-OV-2' }), 'ben');
    await ok(anna.post('/api/v1/inbound-receiving/order-line', { operationId: 'ov-c', orderNumber: 'PO-LATE', orderLineNumber: 1, quantity: 10, licensePlateId: 'LP-OV-3' }), 'anna again');
    o = await overview();
    expect(busyHours(o.receiptsByWorker)).toEqual([
      ['2026-01-05T08:00:00.000Z', { anna: 1 }],
      ['2026-01-05T09:00:00.000Z', { anna: 1, ben: 1 }],
    ]);
    expect(o.receiptsByWorker.keys).toEqual(['anna', 'ben']);
    // Registered at the receipt location, which is in no zone.
    expect(o.receiptsByZone.keys).toEqual(['']);
    expect(o.loads).toMatchObject({ open: 1, inProcess: 2 });
    expect(o.openPutAwayWork).toEqual({ open: 3, inProcess: 0 });
    // Anna's first put-away has waited since 08:10, the others since 09:15.
    expect(o.openPutAwayWorkAge.slice(0, 3).map((b: any) => [b.bucket, b.count])).toEqual([
      ['under1h', 2],
      ['1to4h', 1],
      ['4to24h', 0],
    ]);

    await executeWork(anna, first.workId, 'ov-put');
    const loadId = (await ok(planner.get('/api/v1/inbound-loads?orderNumber=PO-TODAY'), 'loads')).items[0].loadId;
    await ok(planner.post(`/api/v1/inbound-loads/${String(loadId)}/receiving-completed`, {}), 'receiving completed');
    o = await overview('?warehouseId=WH1&utcOffsetMinutes=60');
    expect(o).toMatchObject({
      windowStart: '2026-01-04T23:00:00.000Z',
      loads: { open: 1, inProcess: 1, receivedToday: 1 },
      shipmentReceipts: { readyForPosting: 1, postingFailed: 0 },
      openPutAwayWork: { open: 2, inProcess: 0 },
    });
    expect(o.receiptsByWorker.hours[9].counts).toEqual({ anna: 1 });
  });

  it('refuses bad parameters and the roles that do not plan inbound', async () => {
    expect((await planner.get('/api/v1/overviews/inbound?utcOffsetMinutes=10000')).status).toBe(400);
    expect((await planner.get('/api/v1/overviews/inbound?unknown=1')).status).toBe(200);
    expect((await planner.get('/api/v1/inbound-shipment-orders?plannedReceiptFrom=2026-13-01')).status).toBe(400);
    expect((await erp.erp.get('/api/v1/overviews/inbound')).status).toBe(403);
    expect((await t().as(await t().newKey({ kind: 'user', role: 'integration_operator' })).get('/api/v1/overviews/inbound')).status).toBe(403);
  });
});
