import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, inboundMessage, messageById, outboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { eventsOfType, executeWork, ok } from './support/inbound.js';
import { expectLedgerConsistent } from './support/outbound.js';
import { createReceivingLayout } from './support/warehouse-layout.js';

const TEE = (messageId: string, extra: Record<string, unknown> = {}) => ({
  messageId,
  itemNumber: 'TEE',
  productSubtype: 'ProductMaster',
  productName: 'T-shirt',
  inventoryUnitSymbol: 'ea',
  netProductWeight: 0.2,
  ...extra,
});
const variant = (messageId: string, itemNumber: string, productColorId: string, productSizeId: string) => ({ messageId, itemMasterNumber: 'TEE', itemNumber, productColorId, productSizeId });

/** Reference 5.3: products, product masters with variants, conversions and bar codes arrive as messages. */
describe('product master messages with variants', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let worker: Client;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createReceivingLayout(t().admin);
    for (const [locationId, profileId] of [
      ['STAGE', 'STAGING'],
      ['DOOR', 'DOOR'],
    ] as const) {
      await ok(t().admin.post('/api/v1/location-profiles', { profileId, name: profileId, locationType: profileId === 'DOOR' ? 'bayDoor' : 'staging' }), profileId);
      await ok(t().admin.post('/api/v1/locations', { warehouseId: 'WH1', locationId, profileId }), locationId);
    }
    await ok(t().admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick', workType: 'Pick', warehouseId: 'WH1', sequence: 1 }), 'pick template');
    await ok(t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'AUTO', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 }), 'wave template');
    erp = await createErp(t(), 'ERP1', { reservationAtImportPolicy: 'Reserve', inboundLoadSynchronizationPolicy: 'FullSynchronization' });
    worker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'sam'));
  });

  async function send(path: string, body: Record<string, unknown>): Promise<any> {
    const res = await erp.erp.post(path, body);
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    return res.body;
  }

  it('creates a product master and three variants from messages, with a box conversion and bar codes, in order per product', async () => {
    const sent = [
      await send('/api/v1/product-messages', TEE('p-1')),
      await send('/api/v1/product-variant-messages', variant('v-1', 'TEE-RED-M', 'RED', 'M')),
      await send('/api/v1/product-variant-messages', variant('v-2', 'TEE-RED-L', 'RED', 'L')),
      await send('/api/v1/product-variant-messages', variant('v-3', 'TEE-BLUE-M', 'BLUE', 'M')),
      await send('/api/v1/product-unit-conversion-messages', { messageId: 'c-1', itemNumber: 'TEE', fromUnitSymbol: 'box', toUnitSymbol: 'ea', factor: 10 }),
      await send('/api/v1/product-barcode-messages', { messageId: 'b-1', itemNumber: 'TEE-RED-M', barcode: '04000000000017', barcodeSetupId: 'EAN-13', isDefaultScannedBarcode: true }),
      await send('/api/v1/product-barcode-messages', { messageId: 'b-2', itemNumber: 'TEE-RED-M', barcode: '14000000000014', productQuantity: 1, productQuantityUnitSymbol: 'box' }),
    ];
    // The variants, and the variant's bar codes, wait in their master's queue.
    const keys = sent.map((m) => m.messageType);
    expect(keys).toEqual(['Product', 'ProductVariant', 'ProductVariant', 'ProductVariant', 'ProductUnitConversion', 'ProductBarcode', 'ProductBarcode']);
    await drain(t());
    for (const m of sent) expect((await messageById(t(), m.id)).processingStatus, m.messageId).toBe('Accepted');

    const master = await ok(t().admin.get('/api/v1/items/TEE'), 'master');
    expect(master).toMatchObject({ productSubtype: 'ProductMaster', inventoryUnit: 'ea', unitWeightGrams: 200 });
    const variants = await ok(t().admin.get('/api/v1/items?productMasterNumber=TEE&sort=itemNumber'), 'variants');
    expect(variants.items.map((v: any) => [v.itemNumber, v.productColorId, v.productSizeId, v.inventoryUnit, v.unitWeightGrams])).toEqual([
      ['TEE-BLUE-M', 'BLUE', 'M', 'ea', 200],
      ['TEE-RED-L', 'RED', 'L', 'ea', 200],
      ['TEE-RED-M', 'RED', 'M', 'ea', 200],
    ]);
    // Both bar codes find the variant; the source system sees its items (mapped by the messages).
    for (const barcode of ['04000000000017', '14000000000014']) {
      expect((await ok(t().admin.get(`/api/v1/items?barcode=${barcode}`), barcode)).items.map((i: any) => i.itemNumber)).toEqual(['TEE-RED-M']);
    }
    expect((await ok(erp.erp.get('/api/v1/items?productMasterNumber=TEE'), 'erp items')).items).toHaveLength(3);
    const events = await eventsOfType(t(), 'sourceSystemProductMessage.statusChanged');
    expect(events.filter((e) => e.payload.processingStatus === 'Accepted').map((e) => e.payload.internalItemNumber)).toContain('TEE-BLUE-M');
  });

  it('changes nothing when a product message is sent again, and refuses a variant that repeats another one', async () => {
    const before = await ok(t().admin.get('/api/v1/items/TEE'), 'master');
    const again = await erp.erp.post('/api/v1/product-messages', TEE('p-1', { productName: 'Renamed' }));
    expect(again.status).toBe(200);
    await drain(t());
    expect(await ok(t().admin.get('/api/v1/items/TEE'), 'master')).toEqual(before);

    const twin = await send('/api/v1/product-variant-messages', variant('v-twin', 'TEE-RED-M-2', 'RED', 'M'));
    await drain(t());
    const failed = await messageById(t(), twin.id);
    expect(failed.processingStatus).toBe('Failed');
    expect(failed.log.find((l: any) => l.level === 'error')).toMatchObject({ field: 'productColorId', text: expect.stringContaining("Variant 'TEE-RED-M'") });
    expect((await t().admin.get('/api/v1/items/TEE-RED-M-2')).status).toBe(404);
  });

  it('receives an inbound order for two variants and ships them; the receipt, the packing slip and the on-hand report name the variants', async () => {
    // One line names the master and its dimensions (as D365 sends them), the other the variant's own number.
    await send(
      '/api/v1/inbound-shipment-order-messages',
      inboundMessage('PO-TEE', {}, [
        { orderLineNumber: 1, itemNumber: 'TEE', productColorId: 'RED', productSizeId: 'M', expectedQuantity: 1, expectedUnitSymbol: 'box' },
        { orderLineNumber: 2, itemNumber: 'TEE-BLUE-M', expectedQuantity: 4, expectedUnitSymbol: 'ea' },
      ]),
    );
    const refused = await send('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-TEE-X', {}, [{ orderLineNumber: 1, itemNumber: 'TEE', expectedQuantity: 1, expectedUnitSymbol: 'ea' }]));
    await drain(t());
    const log = (await messageById(t(), refused.id)).log.find((l: any) => l.level === 'error');
    expect(log).toMatchObject({ field: 'lines[0].itemNumber', text: expect.stringContaining('is a product master') });

    const order = await ok(t().admin.get('/api/v1/inbound-shipment-orders/PO-TEE'), 'order');
    expect(order.lines.map((l: any) => [l.itemNumber, l.expectedInventoryQuantity ?? l.expectedQuantity])).toEqual([
      ['TEE-RED-M', expect.any(Number)],
      ['TEE-BLUE-M', 4],
    ]);
    const loadId = (await ok(t().admin.get('/api/v1/inbound-loads?orderNumber=PO-TEE'), 'loads')).items[0].loadId;
    for (const [lineNumber, quantity] of [
      [1, 10],
      [2, 4],
    ] as const) {
      const received = await ok(
        worker.post('/api/v1/inbound-receiving/order-line', { operationId: `r-${String(lineNumber)}`, orderNumber: 'PO-TEE', orderLineNumber: lineNumber, quantity, licensePlateId: `LP-TEE-${String(lineNumber)}` }),
        `receive ${String(lineNumber)}`,
      );
      await executeWork(worker, received.workId, `pa-${String(lineNumber)}`);
    }
    const completed = await ok(worker.post(`/api/v1/inbound-loads/${String(loadId)}/receiving-completed`, {}), 'receiving completed');
    const receipt = await ok(erp.erp.get(`/api/v1/shipment-receipts/${String(completed.shipmentReceiptVersionNumbers[0])}`), 'receipt');
    expect(receipt.lines.map((l: any) => [l.sourceSystemItemNumber, l.productColorId, l.productSizeId, l.receivedHandlingQuantity])).toEqual([
      ['TEE', 'RED', 'M', 10],
      ['TEE-BLUE-M', 'BLUE', 'M', 4],
    ]);

    await send(
      '/api/v1/outbound-shipment-order-messages',
      outboundMessage('SO-TEE', {}, [
        { orderLineNumber: 1, itemNumber: 'TEE', productColorId: 'RED', productSizeId: 'M', orderedQuantity: 3, orderedUnitSymbol: 'ea' },
        { orderLineNumber: 2, itemNumber: 'TEE-BLUE-M', orderedQuantity: 4, orderedUnitSymbol: 'ea' },
      ]),
    );
    await drain(t());
    await ok(t().admin.post('/api/v1/outbound-shipment-orders/SO-TEE/release', {}), 'release');
    await drain(t());
    const work = (await ok(t().admin.get('/api/v1/work?workType=Pick&status=Open'), 'work')).items;
    expect(work).toHaveLength(1);
    await executeWork(worker, String(work[0].workId), 'pick');
    const loads = (await ok(t().admin.get('/api/v1/outbound-loads?orderNumber=SO-TEE'), 'outbound loads')).items;
    await ok(t().admin.post(`/api/v1/outbound-loads/${String(loads[0].loadId)}/ship-confirm`, {}), 'ship confirm');
    const slipEvent = (await eventsOfType(t(), 'shipmentPackingSlip.modified'))[0];
    const slip = await ok(erp.erp.get(`/api/v1/shipment-packing-slips/${String(slipEvent.payload.shipmentPackingSlipVersionNumber)}`), 'slip');
    expect(slip.lines.map((l: any) => [l.sourceSystemItemNumber, l.productColorId, l.productSizeId, l.shippedQuantity])).toEqual([
      ['TEE', 'RED', 'M', 3],
      ['TEE-BLUE-M', 'BLUE', 'M', 4],
    ]);

    const report = await ok(erp.erp.post('/api/v1/source-systems/ERP1/on-hand-reports', { asOfDate: new Date().toISOString().slice(0, 10), dimensions: ['warehouse'], includeRegisteredAndPicked: true }), 'report');
    const lines = (await ok(erp.erp.get(`/api/v1/source-systems/ERP1/on-hand-reports/${String(report.reportId)}/lines`), 'lines')).items;
    const variantLines = lines.filter((l: any) => l.productColorId !== null).map((l: any) => [l.sourceSystemItemNumber, l.productColorId, l.productSizeId, l.onHandQuantity]);
    expect(variantLines).toEqual([['TEE-RED-M', 'RED', 'M', 7]]);
    await expectLedgerConsistent(t());
  });
});
