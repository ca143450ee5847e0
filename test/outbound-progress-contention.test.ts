import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Quayside } from '../src/main.js';
import { createErp, createWarehouseMasterData, drain, messageById, outboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type ApiResponse, type Client } from './support/harness.js';
import { expectLedgerConsistent } from './support/ledger.js';
import { appInstances, clientOn, createOutboundLocations, onHand, putStock } from './support/outbound.js';

/**
 * Order-line progress (released quantity, work created, the quantity a short pick gives back) changed by
 * several callers at once. On PostgreSQL the callers are spread over app instances with their own
 * connection pools, as separate server processes would be; on SQLite the single writer queues them.
 */
describe('order-line progress under contention', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let apps: Quayside[];
  let instances: Awaited<ReturnType<typeof appInstances>> | undefined;
  let managerKey = '';
  const workers = new Map<string, string>();

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    for (const item of ['R-1', 'R-2', 'R-3']) await t().admin.post('/api/v1/items', { itemNumber: item, name: item, inventoryUnit: 'ea' });
    erp = await createErp(t(), 'ERP1');
    await t().admin.post('/api/v1/source-systems/ERP1/items/import', ['R-1', 'R-2', 'R-3'].map((i) => ({ externalItemNumber: `ERP-${i}`, itemNumber: i })));
    expect((await t().admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick', workType: 'Pick', warehouseId: 'WH1', sequence: 1, maxPickLines: 1 })).status).toBe(201);
    expect((await t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'BY-HAND', warehouseId: 'WH1', processAt: 'Manual', putLocationId: 'STAGE', sequence: 1 })).status).toBe(201);
    managerKey = await t().newKey({ kind: 'user', role: 'warehouse_manager' }, 'manager');
    for (const name of ['w1', 'w2']) workers.set(name, await t().newKey({ kind: 'user', role: 'warehouse_worker' }, name));
    instances = await appInstances(t(), 3);
    apps = instances.apps;
  });

  afterAll(async () => {
    await instances?.close();
  });

  const on = (n: number, key: string): Client => clientOn(apps[n % apps.length] as Quayside, key);
  const codes = (responses: ApiResponse[]) => responses.map((r) => (r.status === 200 ? 200 : `${String(r.status)} ${String(r.body.code)}`));

  async function importOrder(orderNumber: string, itemNumber: string, quantity: number): Promise<string> {
    const sent = await erp.erp.post(
      '/api/v1/outbound-shipment-order-messages',
      outboundMessage(orderNumber, { reservationAtImportPolicy: 'None' }, [{ orderLineNumber: 1, itemNumber: `ERP-${itemNumber}`, orderedQuantity: quantity, orderedUnitSymbol: 'ea' }]),
    );
    expect(sent.status).toBe(202);
    await drain(t());
    return (await messageById(t(), sent.body.id)).internalOrderNumber as string;
  }

  async function loadLinesOf(orderNumber: string) {
    return t().q.ctx.db.kysely.selectFrom('outbound_load_lines').select(['qty', 'work_created_qty', 'status']).where('order_number', '=', orderNumber).execute();
  }

  const orderLine = async (orderNumber: string) => (await t().admin.get(`/api/v1/outbound-shipment-orders/${orderNumber}`)).body.lines[0];

  it('releases an order once when four planners release it at the same time', async () => {
    await putStock(t(), [{ itemNumber: 'R-1', locationId: 'BULK-1', quantity: 100 }]);
    const orderNumber = await importOrder('SO-RACE-REL', 'R-1', 10);
    const releases = await Promise.all([0, 1, 2, 3].map((n) => on(n, managerKey).post(`/api/v1/outbound-shipment-orders/${orderNumber}/release`, { quantityToRelease: 'All' })));
    expect(codes(releases)).toEqual([200, 200, 200, 200]);
    expect(releases.filter((r) => r.body.released === true)).toHaveLength(1);
    const lines = await loadLinesOf(orderNumber);
    expect(lines.map((l) => Number(l.qty))).toEqual([10_000_000]);
    expect(await orderLine(orderNumber)).toMatchObject({ releasedQuantity: 10, releaseStatus: 'Released' });
    expect(await onHand(t(), 'itemNumber=R-1')).toEqual({ physical: 100, reserved: 10 });
    await expectLedgerConsistent(t());
    // Its wave is processed, so the next test's shipment starts a wave of its own.
    const loadId = String(releases.find((r) => r.body.released === true)?.body.loadId);
    const load = (await t().admin.get(`/api/v1/outbound-loads/${loadId}`)).body;
    expect((await t().admin.post(`/api/v1/waves/${String(load.shipments[0].waveId)}/process`, {})).status).toBe(200);
  });

  it('allocates a wave once when it is processed three times at the same time', async () => {
    await putStock(t(), [{ itemNumber: 'R-2', locationId: 'PICK-1', quantity: 20 }]);
    const orderNumber = await importOrder('SO-RACE-WAVE', 'R-2', 6);
    const released = await t().admin.post(`/api/v1/outbound-shipment-orders/${orderNumber}/release`, { quantityToRelease: 'All' });
    expect(released.status).toBe(200);
    const load = (await t().admin.get(`/api/v1/outbound-loads/${String(released.body.loadId)}`)).body;
    const waveId = String(load.shipments[0].waveId);
    const processed = await Promise.all([0, 1, 2].map((n) => on(n, managerKey).post(`/api/v1/waves/${waveId}/process`, {})));
    expect(codes(processed).sort()).toEqual([200, '409 OUTBOUND.WAVE_NOT_OPEN', '409 OUTBOUND.WAVE_NOT_OPEN']);
    const wave = (await t().admin.get(`/api/v1/waves/${waveId}`)).body;
    expect(wave.workIds).toHaveLength(1);
    expect((await loadLinesOf(orderNumber)).map((l) => [Number(l.qty), Number(l.work_created_qty)])).toEqual([[6_000_000, 6_000_000]]);
    const work = (await t().admin.get(`/api/v1/work/${String(wave.workIds[0])}`)).body;
    expect(work.lines[0].quantity).toBe(6);
    expect(await onHand(t(), 'itemNumber=R-2')).toEqual({ physical: 20, reserved: 6 });
    await expectLedgerConsistent(t());
  });

  it('gives back both short picks of one order line when two workers report them at the same time', async () => {
    // Ten units on two shelves: the line's pick is split into two pieces of work, one per worker.
    await putStock(t(), [
      { itemNumber: 'R-3', locationId: 'PICK-1', quantity: 5 },
      { itemNumber: 'R-3', locationId: 'PICK-2', quantity: 5 },
    ]);
    const orderNumber = await importOrder('SO-RACE-SHORT', 'R-3', 10);
    const released = await t().admin.post(`/api/v1/outbound-shipment-orders/${orderNumber}/release`, { quantityToRelease: 'All' });
    const load = (await t().admin.get(`/api/v1/outbound-loads/${String(released.body.loadId)}`)).body;
    const wave = (await t().admin.post(`/api/v1/waves/${String(load.shipments[0].waveId)}/process`, {})).body;
    expect(wave.workIds).toHaveLength(2);
    const crew = (wave.workIds as string[]).map((workId, i) => ({ workId, key: workers.get(`w${String(i + 1)}`) ?? '', n: i }));
    for (const c of crew) expect((await on(c.n, c.key).post(`/api/v1/work/${c.workId}/take`, { operationId: `take-${c.workId}` })).status).toBe(200);

    const shorts = await Promise.all(crew.map((c) => on(c.n + 1, c.key).post(`/api/v1/work/${c.workId}/lines/1/short-pick`, { operationId: `short-${c.workId}`, reason: 'shelf empty' })));
    expect(codes(shorts)).toEqual([200, 200]);
    expect(await orderLine(orderNumber)).toMatchObject({ releasedQuantity: 0, releaseStatus: 'Open' });
    expect((await loadLinesOf(orderNumber)).map((l) => [Number(l.qty), Number(l.work_created_qty), l.status])).toEqual([[0, 0, 'Canceled']]);
    expect(await onHand(t(), 'itemNumber=R-3')).toEqual({ physical: 10, reserved: 0 });
    await expectLedgerConsistent(t());
  });
});
