import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, inboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { ok, sendInboundOrder } from './support/inbound.js';
import { createReceivingLayout } from './support/warehouse-layout.js';

/** Reference section 4: a source system's inbound shipment order policies per order type and consigner account. */
describe('inbound shipment order policies per order type and account', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let worker: Client;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createReceivingLayout(t().admin);
    erp = await createErp(t(), 'ERP1');
    worker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'otto'));
  });

  const line = [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 10, expectedUnitSymbol: 'ea', underdeliveryPercentage: 0 }];
  const loadsOf = async (orderNumber: string) => (await ok(t().admin.get(`/api/v1/inbound-loads?orderNumber=${orderNumber}`), 'loads')).items as any[];

  it('synchronizes loads and checks deliveries by the most specific row for the order, else by the source system', async () => {
    const grid = {
      items: [
        { orderType: 'Transfer', accountNumber: '', loadSynchronizationPolicy: 'FullSynchronization', deliveryPolicy: 'RequireMatchWithinTolerance' },
        { orderType: '', accountNumber: 'V-200', loadSynchronizationPolicy: 'FullSynchronization', deliveryPolicy: 'AdjustLoadToReceived' },
      ],
    };
    expect((await t().as(await t().newKey({ kind: 'user', role: 'planner' }, 'pia')).put('/api/v1/source-systems/ERP1/inbound-order-policies', grid)).status).toBe(403);
    expect((await ok(t().admin.put('/api/v1/source-systems/ERP1/inbound-order-policies', grid), 'grid')).items).toEqual([grid.items[1], grid.items[0]]);
    // The ERP reads its own grid.
    expect((await ok(erp.erp.get('/api/v1/source-systems/ERP1/inbound-order-policies'), 'read')).items).toHaveLength(2);

    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-POL-1', { orderType: 'Purchase order' }, line));
    await sendInboundOrder(t(), erp.erp, inboundMessage('TR-POL-1', { orderType: 'Transfer' }, line));
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-POL-2', { orderType: 'Purchase order', consignerAccountNumber: 'V-200' }, line));
    expect(await loadsOf('PO-POL-1')).toEqual([]); // no row: the source system's None
    const [transferLoad] = await loadsOf('TR-POL-1');
    const [v200Load] = await loadsOf('PO-POL-2');
    expect([transferLoad?.origin, v200Load?.origin]).toEqual(['MessageSynchronization', 'MessageSynchronization']);

    // 6 of 10 arrive on each. The transfer's row requires a match: refused. The V-200 row adjusts the load.
    for (const [order, load] of [['TR-POL-1', transferLoad], ['PO-POL-2', v200Load]] as const) {
      await ok(worker.post('/api/v1/inbound-receiving/order-line', { operationId: `pol-${order}`, orderNumber: order, orderLineNumber: 1, quantity: 6, loadId: load.loadId }), `register ${order}`);
    }
    const refused = await t().admin.post(`/api/v1/inbound-loads/${String(transferLoad.loadId)}/receiving-completed`, {});
    expect([refused.status, refused.body.code]).toEqual([409, 'INBOUND.DELIVERY_MISMATCH']);
    const adjusted = await ok(t().admin.post(`/api/v1/inbound-loads/${String(v200Load.loadId)}/receiving-completed`, {}), 'adjusted');
    expect(adjusted.lines.map((l: any) => l.quantity)).toEqual([6]);
  });

  it('refuses two rows for the same type and account, naming the row', async () => {
    const twice = { items: [0, 1].map(() => ({ orderType: 'Return', accountNumber: '', loadSynchronizationPolicy: 'None', deliveryPolicy: 'AdjustLoadToReceived' })) };
    const res = await t().admin.put('/api/v1/source-systems/ERP1/inbound-order-policies', twice);
    expect([res.status, res.body.code, res.body.errors[0].field]).toEqual([409, 'INTEGRATION.DUPLICATE_POLICY', 'items/1']);
    const bad = await t().admin.put('/api/v1/source-systems/ERP1/inbound-order-policies', { items: [{ orderType: '', accountNumber: '', loadSynchronizationPolicy: 'Sometimes', deliveryPolicy: 'AdjustLoadToReceived' }] });
    expect(bad.status).toBe(400);
    expect((await t().admin.get('/api/v1/source-systems/NOPE/inbound-order-policies')).status).toBe(404);
  });
});
