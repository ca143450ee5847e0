import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, inboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { ok, sendInboundOrder } from './support/inbound.js';
import { createReceivingLayout } from './support/warehouse-layout.js';

/** Reference 1.5: receiving completed makes a shipment receipt per load shipment, with the shipment's header fields. */
describe('shipment receipts per shipment of the load', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let worker: Client;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createReceivingLayout(t().admin);
    erp = await createErp(t(), 'ERP1');
    worker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'sam'));
  });

  it('gives a load with two shipments of one order two receipts, each naming its shipment, document date, delivery terms and carrier', async () => {
    const line = (n: number, qty: number) => ({ orderLineNumber: n, itemNumber: 'ERP-ITEM-1', expectedQuantity: qty, expectedUnitSymbol: 'ea' });
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-900', {}, [line(1, 10), line(2, 4)]));
    const plate = (lp: string, lineNumber: number, quantity: number) => ({ licensePlateNumber: lp, lines: [{ orderNumber: 'PO-900', orderLineNumber: lineNumber, itemNumber: 'ERP-ITEM-1', quantity, unitSymbol: 'ea' }] });
    const asn = await ok(
      erp.erp.post('/api/v1/inbound-loads/asn', {
        receivingWarehouseId: 'WH1',
        transport: { shippingCarrierId: 'DHL' },
        shipments: [
          { vendorShipmentId: 'VS-A', details: { deliveryTermsCode: 'FOB', vendorPackingSlipDocumentDate: '2026-01-04T00:00:00.000Z' }, licensePlates: [plate('PAL-901', 1, 6)] },
          { vendorShipmentId: 'VS-B', details: { deliveryTermsCode: 'CIF', shippingCarrierId: 'UPS' }, licensePlates: [plate('PAL-902', 1, 4), plate('PAL-903', 2, 4)] },
        ],
      }),
      'ASN',
    );
    for (const lp of ['PAL-901', 'PAL-902', 'PAL-903']) await ok(worker.post('/api/v1/inbound-receiving/license-plate', { operationId: `r-${lp}`, licensePlateNumber: lp }), lp);
    const done = await ok(t().admin.post(`/api/v1/inbound-loads/${String(asn.loadId)}/receiving-completed`, {}), 'receiving completed');
    expect(done.shipmentReceiptVersionNumbers).toHaveLength(2);

    const receipts = await Promise.all(done.shipmentReceiptVersionNumbers.map((v: string) => ok(erp.erp.get(`/api/v1/shipment-receipts/${v}`), v)));
    const shipmentIds = new Set(receipts.map((r: any) => r.shipmentId));
    expect(shipmentIds.size).toBe(2);
    expect([...shipmentIds].every((id) => typeof id === 'string' && id !== '')).toBe(true);
    const summary = receipts
      .map((r: any) => [r.deliveryTermsCode, r.shippingCarrierId, r.documentDate, r.lines.map((l: any) => [l.orderLineNumber, l.receivedHandlingQuantity])])
      .sort((a: any, b: any) => String(a[0]).localeCompare(String(b[0])));
    expect(summary).toEqual([
      ['CIF', 'UPS', null, [[1, 4], [2, 4]]],
      ['FOB', 'DHL', '2026-01-04T00:00:00.000Z', [[1, 6]]],
    ]);
    expect(receipts.every((r: any) => r.loadId === asn.loadId && r.inboundShipmentOrderNumber === 'PO-900')).toBe(true);
    // Each registration is reported once, on its shipment's receipt.
    expect(receipts.flatMap((r: any) => r.transactionDimensions.map((d: any) => d.licensePlateNumber)).sort()).toEqual(['PAL-901', 'PAL-902', 'PAL-903']);
  });
});
