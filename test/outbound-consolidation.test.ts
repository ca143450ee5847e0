import { describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, messageById, outboundMessage } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';
import { createOutboundLocations, putStock } from './support/outbound.js';

/**
 * Release puts an order into the open shipment (and load) of its source system for the same receiver and
 * delivery, and opens a new one once that shipment is in a wave. The lookup reads open shipments only
 * (migration 0075): a receiver supplied every day has a long history of shipped ones.
 */
describe('shipment consolidation at release', () => {
  const t = useTestApp();
  const release = async (orderNumber: string) => {
    const res = await t().admin.post(`/api/v1/outbound-shipment-orders/${orderNumber}/release`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.released).toBe(true);
    return { shipmentId: res.body.shipmentId as string, loadId: res.body.loadId as string };
  };
  const importOrder = async (erp: Awaited<ReturnType<typeof createErp>>['erp'], orderNumber: string, overrides: Record<string, unknown> = {}) => {
    const sent = await erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage(orderNumber, overrides));
    expect(sent.status).toBe(202);
    await drain(t());
    return (await messageById(t(), sent.body.id)).internalOrderNumber as string;
  };

  it('gives every order its own shipment for a source system that releases orders separately, and never joins two source systems', async () => {
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    await putStock(t(), [{ itemNumber: 'ITEM-1', locationId: 'PICK-1', quantity: 100 }]);
    // No wave template yet: released shipments stay open, and could take the next order to the receiver.
    const { erp: separate } = await createErp(t(), 'ERP2', { consolidationPolicy: 'AlwaysReleaseShipmentOrdersSeparately' });
    const { erp: other } = await createErp(t(), 'ERP3');
    const a = await release(await importOrder(separate, 'SO-S1'));
    const b = await release(await importOrder(separate, 'SO-S2'));
    expect(b.shipmentId).not.toBe(a.shipmentId);
    // Same receiver, another source system: a shipment of its own, then consolidation within that system.
    const c = await release(await importOrder(other, 'SO-O1'));
    expect([a.shipmentId, b.shipmentId]).not.toContain(c.shipmentId);
    expect(await release(await importOrder(other, 'SO-O2'))).toEqual(c);
  });

  it('groups orders to one receiver into one open shipment, starts a new one after it is waved, and keeps receivers apart', async () => {
    const { erp } = await createErp(t(), 'ERP1');
    const first = await release(await importOrder(erp, 'SO-C1'));
    const second = await release(await importOrder(erp, 'SO-C2'));
    expect(second).toEqual(first);
    const elsewhere = await release(await importOrder(erp, 'SO-C3', { receiverName: 'Fabrikam Outlet', receiverCity: 'Hamburg' }));
    expect(elsewhere.shipmentId).not.toBe(first.shipmentId);
    expect(elsewhere.loadId).not.toBe(first.loadId);
    const load = (await t().admin.get(`/api/v1/outbound-loads/${first.loadId}`)).body;
    expect(load.shipments.map((s: { shipmentId: string; status: string }) => [s.shipmentId, s.status])).toEqual([[first.shipmentId, 'Open']]);
    expect(new Set(load.lines.map((l: { orderNumber: string }) => l.orderNumber)).size).toBe(2);

    // With a wave template, the next release to the receiver waves the open shipment with it.
    expect((await t().admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick', workType: 'Pick', warehouseId: 'WH1', sequence: 1 })).status).toBe(201);
    expect((await t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'AT-RELEASE', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 })).status).toBe(201);
    expect(await release(await importOrder(erp, 'SO-C4'))).toEqual(first);
    const waved = (await t().admin.get(`/api/v1/outbound-loads/${first.loadId}`)).body;
    expect(waved.shipments[0].waveId).not.toBeNull();
    expect(waved.shipments[0].status).not.toBe('Open');
    // That shipment is in a wave now: the next order to the receiver gets a shipment and load of its own.
    const after = await release(await importOrder(erp, 'SO-C5'));
    expect(after.shipmentId).not.toBe(first.shipmentId);
    expect(after.loadId).not.toBe(first.loadId);
  });
});
