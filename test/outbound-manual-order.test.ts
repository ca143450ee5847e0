import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';
import { createOutboundLocations, expectLedgerConsistent, onHand, putStock } from './support/outbound.js';

describe('manual outbound shipment orders', () => {
  const t = useTestApp();

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    await createErp(t(), 'ERP1', { manualOutboundOrderCreation: true });
    await createErp(t(), 'ERP2');
    await putStock(t(), [{ locationId: 'PICK-1', quantity: 30 }]);
  });

  const order = (sourceSystemId: string, parties: Record<string, unknown> = { receiverName: 'Walk-in', receiverCountryRegionId: 'NL' }) => ({
    sourceSystemId,
    shipFromWarehouseId: 'WH1',
    parties,
    lines: [{ orderLineNumber: 1, itemNumber: 'ITEM-1', orderedQuantity: 2, orderedUnitSymbol: 'box' }],
  });

  it('creates a manual order when the source system allows it, in inventory units, and releases it like any other', async () => {
    const created = await t().admin.post('/api/v1/outbound-shipment-orders', order('ERP1'));
    expect(created.status).toBe(201);
    const { orderNumber } = created.body;
    expect(orderNumber).toMatch(/^MOO-/);
    const view = (await t().admin.get(`/api/v1/outbound-shipment-orders/${String(orderNumber)}`)).body;
    expect([view.shipmentType, view.lines[0].orderedInventoryQuantity]).toEqual(['Manual', 24]);
    const released = await t().admin.post(`/api/v1/outbound-shipment-orders/${String(orderNumber)}/release`, {});
    expect(released.body).toMatchObject({ released: true, lines: [{ lineNumber: 1, releasedQuantity: 24 }] });
    expect(await onHand(t(), 'itemNumber=ITEM-1')).toEqual({ physical: 30, reserved: 24 });
    await expectLedgerConsistent(t());
  });

  it('refuses when the source system does not allow it, or without a receiver, and creates nothing', async () => {
    const disabled = await t().admin.post('/api/v1/outbound-shipment-orders', order('ERP2'));
    expect([disabled.status, disabled.body.code]).toEqual([409, 'OUTBOUND.MANUAL_ORDERS_DISABLED']);
    const noAddress = await t().admin.post('/api/v1/outbound-shipment-orders', order('ERP1', { receiverName: 'X' }));
    expect(noAddress.status).toBe(400);
    expect(noAddress.body.errors.map((e: any) => e.field)).toEqual(['parties/receiverCountryRegionId']);
    expect((await t().admin.get('/api/v1/outbound-shipment-orders?sourceSystemId=ERP2')).body.total).toBe(0);
  });
});
