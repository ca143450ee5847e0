import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, inboundMessage } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';
import { sendInboundOrder } from './support/inbound.js';
import { createOutboundLocations, putStock } from './support/outbound.js';

describe('deleting master data that is still in use', () => {
  const t = useTestApp();

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    const erp = await createErp(t(), 'ERP1');
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-1'));
    for (const itemNumber of ['STOCKED', 'UNUSED']) expect((await t().admin.post('/api/v1/items', { itemNumber, name: itemNumber, inventoryUnit: 'ea' })).status).toBe(201);
    await putStock(t(), [{ itemNumber: 'STOCKED', locationId: 'PICK-1', quantity: 3 }]);
  });

  const refused = async (path: string) => {
    const res = await t().admin.delete(path);
    expect(res.status, JSON.stringify(res.body)).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('MASTER_DATA.IN_USE');
    expect((await t().admin.get(path)).status).toBe(200);
    return res.body as { detail: string; errors: Array<{ field: string; reason: string; value: unknown }> };
  };

  it('refuses to delete an item on orders, naming the orders and the source systems that map it', async () => {
    const problem = await refused('/api/v1/items/ITEM-1');
    expect(problem.detail).toContain("inbound shipment order lines ('PO-1')");
    expect(problem.detail).toContain("source system item mappings ('ERP1')");
    expect(problem.errors[0]).toMatchObject({ field: 'itemNumber', value: 'ITEM-1' });
  });

  it('refuses to delete an item with stock, naming where it is', async () => {
    const problem = await refused('/api/v1/items/STOCKED');
    expect(problem.detail).toContain("inventory balances (stock, or stock it had) ('PICK-1')");
  });

  it("refuses to delete a source system's default owner or an owner on orders, naming them", async () => {
    const problem = await refused('/api/v1/inventory-owners/OWN-A');
    expect(problem.detail).toContain("source systems as their default owner ('ERP1')");
    expect(problem.detail).toContain("inbound shipment order lines ('PO-1')");
  });

  it('refuses to delete a unit that order lines are in, even once its conversion is gone', async () => {
    const conversions = (await t().admin.get('/api/v1/unit-conversions?limit=100')).body.items;
    const boxToEa = conversions.find((c: any) => c.fromUnit === 'box' && c.toUnit === 'ea');
    expect((await t().admin.delete(`/api/v1/unit-conversions/${String(boxToEa.id)}`)).status).toBe(204);
    const problem = await refused('/api/v1/units/box');
    expect(problem.detail).toContain("inbound shipment order lines ('PO-1')");
  });

  it('deletes an item that nothing uses', async () => {
    expect((await t().admin.delete('/api/v1/items/UNUSED')).status).toBe(204);
    expect((await t().admin.get('/api/v1/items/UNUSED')).status).toBe(404);
  });
});
