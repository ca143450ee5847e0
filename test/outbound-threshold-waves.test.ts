import { describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, messageById, outboundMessage } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';
import { createOutboundLocations, putStock } from './support/outbound.js';

/**
 * A wave template that waits for a number of shipments: the release that fills the wave processes it
 * (after its own commit, one shipment per transaction), and the next shipment starts a new wave.
 */
describe('waves processed at a threshold of shipments', () => {
  const t = useTestApp();
  const waveOf = async (orderNumber: string) => {
    const shipments = await t()
      .q.ctx.db.kysely.selectFrom('outbound_shipments')
      .select('outbound_shipments.wave_id')
      .innerJoin('outbound_load_lines as ll', 'll.shipment_id', 'outbound_shipments.shipment_id')
      .where('ll.order_number', '=', orderNumber)
      .execute();
    return { waveId: String(shipments[0]?.wave_id) };
  };

  it('stay open until the threshold, are processed by the release that reaches it, and the next shipment starts a new wave', async () => {
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    await t().admin.post('/api/v1/items', { itemNumber: 'T-1', name: 'T-1', inventoryUnit: 'ea' });
    const erp = await createErp(t(), 'ERP1');
    await t().admin.post('/api/v1/source-systems/ERP1/items/import', [{ externalItemNumber: 'ERP-T-1', itemNumber: 'T-1' }]);
    expect((await t().admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick', workType: 'Pick', warehouseId: 'WH1', sequence: 1 })).status).toBe(201);
    expect((await t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'BY-THREE', warehouseId: 'WH1', processAt: 'Threshold', thresholdShipments: 3, putLocationId: 'STAGE', sequence: 1 })).status).toBe(201);
    await putStock(t(), [{ itemNumber: 'T-1', locationId: 'PICK-1', quantity: 100 }]);
    const orders: string[] = [];
    for (const n of [1, 2, 3, 4]) {
      const sent = await erp.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage(`SO-T${String(n)}`, {}, [{ orderLineNumber: 1, itemNumber: 'ERP-T-1', orderedQuantity: n, orderedUnitSymbol: 'ea' }]));
      expect(sent.status).toBe(202);
      await drain(t());
      orders.push((await messageById(t(), sent.body.id)).internalOrderNumber as string);
    }
    // Two orders in one request: the wave holds two shipments, below the threshold.
    const firstTwo = await t().admin.post('/api/v1/outbound-shipment-orders/release', { orderNumbers: orders.slice(0, 2) });
    expect(firstTwo.status).toBe(200);
    const { waveId } = await waveOf(orders[0] as string);
    expect((await waveOf(orders[1] as string)).waveId).toBe(waveId);
    const open = (await t().admin.get(`/api/v1/waves/${waveId}`)).body;
    expect(open.status).toBe('Open');
    expect(open.workIds).toEqual([]);

    // The third fills it: processed before the release answers, with pick work for all three shipments.
    const third = await t().admin.post(`/api/v1/outbound-shipment-orders/${orders[2] as string}/release`, {});
    expect(third.status).toBe(200);
    expect(third.body.released).toBe(true);
    const executed = (await t().admin.get(`/api/v1/waves/${waveId}`)).body;
    expect(executed.status).toBe('Executed');
    expect(executed.shipmentIds).toHaveLength(3);
    expect(executed.workIds).toHaveLength(3);
    expect(executed.shortages).toEqual([]);
    const events = await t().q.ctx.db.kysely.selectFrom('business_events').select('event_type').where('event_type', '=', 'outboundWave.executed').execute();
    expect(events).toHaveLength(1);

    // The fourth starts a wave of its own, open again.
    expect((await t().admin.post(`/api/v1/outbound-shipment-orders/${orders[3] as string}/release`, {})).status).toBe(200);
    const next = await waveOf(orders[3] as string);
    expect(next.waveId).not.toBe(waveId);
    expect((await t().admin.get(`/api/v1/waves/${next.waveId}`)).body.status).toBe('Open');
  });

  it('keep the order released and the wave open when the wave cannot be processed, until a planner can', async () => {
    await putStock(t(), [{ itemNumber: 'T-1', locationId: 'PICK-2', quantity: 50 }]);
    // No pick work template: processing the wave that reaches its threshold fails after the release committed.
    expect((await t().admin.delete('/api/v1/work-templates/PICK')).status).toBe(204);
    expect((await t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'BY-ONE', warehouseId: 'WH1', processAt: 'Threshold', thresholdShipments: 1, putLocationId: 'STAGE', sequence: 0 })).status).toBe(201);
    const { erp } = await createErp(t(), 'ERP2');
    await t().admin.post('/api/v1/source-systems/ERP2/items/import', [{ externalItemNumber: 'ERP-T-1', itemNumber: 'T-1' }]);
    const sent = await erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage('SO-T9', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-T-1', orderedQuantity: 2, orderedUnitSymbol: 'ea' }]));
    expect(sent.status).toBe(202);
    await drain(t());
    const orderNumber = (await messageById(t(), sent.body.id)).internalOrderNumber as string;

    const released = await t().admin.post(`/api/v1/outbound-shipment-orders/${orderNumber}/release`, {});
    expect(released.status).toBe(200);
    expect(released.body.released).toBe(true);
    const { waveId } = await waveOf(orderNumber);
    const stuck = (await t().admin.get(`/api/v1/waves/${waveId}`)).body;
    expect(stuck).toMatchObject({ status: 'Open', workIds: [] });
    expect((await t().admin.get(`/api/v1/outbound-shipment-orders/${orderNumber}`)).body.releaseStatus).toBe('Released');

    // The planner puts the template back and processes the wave by hand.
    expect((await t().admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick', workType: 'Pick', warehouseId: 'WH1', sequence: 1 })).status).toBe(201);
    const processed = await t().admin.post(`/api/v1/waves/${waveId}/process`, {});
    expect(processed.status).toBe(200);
    expect(processed.body).toMatchObject({ status: 'Executed', shortages: [] });
    expect(processed.body.workIds).toHaveLength(1);
  });
});
