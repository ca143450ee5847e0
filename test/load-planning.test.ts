import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, messageById, outboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { ok } from './support/inbound.js';
import { createOutboundLocations, putStock } from './support/outbound.js';

/** Issue 14 point 5: the load planning workbench (load templates, fill of loads, moving shipments). */
describe('outbound load planning', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let planner: Client;
  const loadOf: Record<string, string> = {};
  const shipmentOf: Record<string, string> = {};

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    erp = await createErp(t(), 'ERP1');
    planner = t().as(await t().newKey({ kind: 'user', role: 'planner' }, 'pat'));
    await putStock(t(), [{ locationId: 'PICK-1', quantity: 40 }]);
    await ok(t().admin.patch('/api/v1/items/ITEM-1', { unitWeightGrams: 500, unitVolumeCm3: 1000 }), 'item weight');
    for (const [order, quantity] of [['SO-LP1', 10], ['SO-LP2', 4], ['SO-LP3', 2]] as const) {
      // Each to its own receiver: its own shipment, and so its own load.
      const sent = await erp.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage(order, { receiverName: `Receiver of ${order}` }, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: quantity, orderedUnitSymbol: 'ea' }]));
      await drain(t());
      const orderNumber = String((await messageById(t(), sent.body.id)).internalOrderNumber);
      const released = await ok(t().admin.post(`/api/v1/outbound-shipment-orders/${orderNumber}/release`, {}), `release ${order}`);
      loadOf[order] = String(released.loadId);
      const load = await ok(t().admin.get(`/api/v1/outbound-loads/${String(released.loadId)}`), 'load');
      shipmentOf[order] = String(load.shipments[0].shipmentId);
    }
  });

  const planning = async () => ok(planner.get('/api/v1/load-planning?warehouseId=WH1'), 'planning');
  const loadView = async (loadId: string) => (await planning()).loads.find((l: any) => l.loadId === loadId);

  it("shows each load's weight, volume and shipments, and refuses a move that would overload the target's template", async () => {
    expect(await loadView(loadOf['SO-LP1'] ?? '')).toMatchObject({ weightGrams: 5000, volumeCm3: 10000, capacity: null, shipments: [{ shipmentId: shipmentOf['SO-LP1'], status: 'Open', weightGrams: 5000, receiverName: 'Receiver of SO-LP1' }] });
    await ok(planner.put('/api/v1/load-templates/VAN', { warehouseId: 'WH1', name: 'Van', maxWeightGrams: 6000, maxShipments: 3 }), 'van');
    await ok(planner.put(`/api/v1/outbound-loads/${loadOf['SO-LP1'] ?? ''}/load-template`, { loadTemplateId: 'VAN' }), 'van on load 1');
    expect((await loadView(loadOf['SO-LP1'] ?? '')).capacity).toEqual({ maxWeightGrams: 6000, maxVolumeCm3: null, maxShipments: 3 });

    // 5 kg + 2 kg is more than the van's 6 kg.
    const refused = await planner.post(`/api/v1/outbound-shipments/${shipmentOf['SO-LP2'] ?? ''}/move`, { targetLoadId: loadOf['SO-LP1'] });
    expect([refused.status, refused.body.code, refused.body.errors[0].field]).toEqual([409, 'OUTBOUND.LOAD_CAPACITY_EXCEEDED', 'targetLoadId']);
    expect(refused.body.errors[0].reason).toBe('weight 7000 g is more than 6000 g');
    expect((await loadView(loadOf['SO-LP2'] ?? '')).shipments).toHaveLength(1);

    // 1 kg fits: the shipment moves, its order lines with it, and its empty load goes.
    const moved = await ok(planner.post(`/api/v1/outbound-shipments/${shipmentOf['SO-LP3'] ?? ''}/move`, { targetLoadId: loadOf['SO-LP1'] }), 'move');
    expect(moved).toEqual({ sourceLoadId: loadOf['SO-LP3'], targetLoadId: loadOf['SO-LP1'] });
    const van = await loadView(loadOf['SO-LP1'] ?? '');
    expect([van.weightGrams, van.shipments.map((s: any) => s.shipmentId).sort()]).toEqual([6000, [shipmentOf['SO-LP1'], shipmentOf['SO-LP3']].sort()]);
    expect((await t().admin.get(`/api/v1/outbound-loads/${loadOf['SO-LP3'] ?? ''}`)).status).toBe(404);
    const detail = await ok(t().admin.get(`/api/v1/outbound-loads/${loadOf['SO-LP1'] ?? ''}`), 'van load');
    expect(detail.lines.map((l: any) => l.quantity).sort((a: number, b: number) => a - b)).toEqual([2, 10]);

    // A template the load no longer fits is refused too.
    await ok(planner.put('/api/v1/load-templates/BIKE', { warehouseId: 'WH1', name: 'Cargo bike', maxWeightGrams: 3000 }), 'bike');
    const small = await planner.put(`/api/v1/outbound-loads/${loadOf['SO-LP1'] ?? ''}/load-template`, { loadTemplateId: 'BIKE' });
    expect([small.status, small.body.errors[0].field]).toEqual([409, 'loadTemplateId']);
  });

  it('moves a shipment to a new load, but not one that is in a wave, and keeps the workbench to planners', async () => {
    const split = await ok(planner.post(`/api/v1/outbound-shipments/${shipmentOf['SO-LP3'] ?? ''}/move`, {}), 'to a new load');
    expect(split.targetLoadId).not.toBe(split.sourceLoadId);
    expect((await loadView(split.targetLoadId)).shipments.map((s: any) => s.shipmentId)).toEqual([shipmentOf['SO-LP3']]);

    // Released with a wave at release: the shipment is in a wave at once, and its pick work is made for its load.
    await ok(t().admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick', workType: 'Pick', warehouseId: 'WH1', sequence: 1 }), 'work template');
    await ok(t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'AT-RELEASE', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 }), 'wave template');
    const sent = await erp.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage('SO-LP4', { receiverName: 'Receiver of SO-LP4' }, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 1, orderedUnitSymbol: 'ea' }]));
    await drain(t());
    const released = await ok(t().admin.post(`/api/v1/outbound-shipment-orders/${String((await messageById(t(), sent.body.id)).internalOrderNumber)}/release`, {}), 'release SO-LP4');
    const wavedShipment = (await ok(t().admin.get(`/api/v1/outbound-loads/${String(released.loadId)}`), 'load')).shipments[0].shipmentId;
    const waved = await planner.post(`/api/v1/outbound-shipments/${String(wavedShipment)}/move`, { targetLoadId: loadOf['SO-LP2'] });
    expect([waved.status, waved.body.code, waved.body.errors[0].field]).toEqual([409, 'OUTBOUND.SHIPMENT_NOT_MOVABLE', 'shipmentId']);

    expect((await erp.erp.get('/api/v1/load-planning?warehouseId=WH1')).status).toBe(403);
    expect((await t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'wendy')).post(`/api/v1/outbound-shipments/${shipmentOf['SO-LP1'] ?? ''}/move`, {})).status).toBe(403);
    const bad = await planner.put('/api/v1/load-templates/X', { warehouseId: 'WH1', name: 'x', maxWeightGrams: -1 });
    expect(bad.status).toBe(400);
  });
});
