import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, outboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { createOutboundLocations, expectLedgerConsistent, putStock } from './support/outbound.js';

/** The packing slip speaks the order's language: its unit (box, not ea) and the consignee's references. */
describe('packing slips in the order unit', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let worker: Client;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    erp = await createErp(t(), 'ERP1', { reservationAtImportPolicy: 'Reserve' });
    await t().admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick to staging', workType: 'Pick', warehouseId: 'WH1', sequence: 1 });
    await t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'AUTO', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 });
    worker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'alice'));
  });

  it('lists ordered, shipped and remaining in the order unit with the consignee references, and the connector reads the same', async () => {
    await putStock(t(), [{ locationId: 'PICK-1', quantity: 30 }]);
    await erp.erp.post(
      '/api/v1/outbound-shipment-order-messages',
      outboundMessage('SO-BOX', { consigneePurchaseOrderNumber: 'PO-77' }, [
        { orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 2, orderedUnitSymbol: 'box', consigneeLineNumber: 10, consigneeReference: 'Shelf A' },
      ]),
    );
    await drain(t());
    const automation = (await t().admin.put('/api/v1/warehouses/WH1/outbound-automation', { quantityToRelease: 'All', allowPartiallyReleased: false })).body;
    await t().admin.post(`/api/v1/background-processes/${String(automation.processIds[0])}/run`);
    await drain(t());
    const work = (await t().admin.get('/api/v1/work?workType=Pick&status=Open')).body.items;
    expect(work).toHaveLength(1);
    const workId = String(work[0].workId);
    const taken = await worker.post(`/api/v1/work/${workId}/take`, { operationId: 'take-1' });
    expect(taken.status).toBe(200);
    for (const line of taken.body.lines) {
      const res = await worker.post(`/api/v1/work/${workId}/lines/${String(line.lineNumber)}/confirm`, { operationId: `confirm-${String(line.lineNumber)}` });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    await t().admin.post(`/api/v1/background-processes/${String(automation.processIds[1])}/run`);
    await drain(t());
    const versionNumber = (await erp.erp.get('/api/v1/events?types=shipmentPackingSlip.modified')).body.items[0].payload.shipmentPackingSlipVersionNumber;

    const slip = (await erp.erp.get(`/api/v1/shipment-packing-slips/${String(versionNumber)}`)).body;
    expect(slip.consigneePurchaseOrderNumber).toBe('PO-77');
    expect(slip.lines).toEqual([
      expect.objectContaining({
        orderedQuantity: 24,
        shippedQuantity: 24,
        remainingQuantity: 0,
        unitSymbol: 'ea',
        orderedUnit: { unitSymbol: 'box', orderedQuantity: 2, shippedQuantity: 2, remainingQuantity: 0 },
        consigneeLineNumber: 10,
        consigneeReference: 'Shelf A',
      }),
    ]);
    const pdf = await erp.erp.get(`/api/v1/shipment-packing-slips/${String(versionNumber)}/pdf`);
    expect(pdf.status).toBe(200);

    const odata = await erp.erp.get(
      `/data/ShipmentPackingSlipJournalLines?$filter=ShipmentPackingSlipVersionNumber eq '${String(versionNumber)}'&$select=OrderedQuantity,OrderedUnitSymbol,ShippedQuantity,RemainingQuantity,ShippedHandlingQuantity,HandlingUnitSymbol`,
    );
    expect(odata.status, JSON.stringify(odata.body)).toBe(200);
    expect(odata.body.value).toEqual([
      expect.objectContaining({ OrderedQuantity: 2, OrderedUnitSymbol: 'box', ShippedQuantity: 2, RemainingQuantity: 0, ShippedHandlingQuantity: 24, HandlingUnitSymbol: 'ea' }),
    ]);
    await expectLedgerConsistent(t());
  });
});
