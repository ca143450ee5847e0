import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, outboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { executeWork, ok } from './support/inbound.js';
import { feedEvents } from './support/on-hand-sync.js';
import { expectLedgerConsistent, putStock } from './support/outbound.js';

/**
 * The source system's side: its own on-hand per item, changed only by the documents it reads, each once:
 * packing slips (shipped) and shipment receipts (received, returns included).
 */
class ErpReplica {
  readonly onHand = new Map<string, number>();
  private readonly seen = new Set<string>();
  constructor(private readonly erp: ErpFixture, private readonly t: () => any) {}

  async catchUp(): Promise<void> {
    for (const e of await feedEvents(this.t(), this.erp.erp, 'shipmentPackingSlip.modified')) {
      // A packing slip's first version is the shipment (later versions are its reversals).
      if (this.seen.has(e.eventId) || e.payload.version !== 1) continue;
      this.seen.add(e.eventId);
      const slip = await ok(this.erp.erp.get(`/api/v1/shipment-packing-slips/${String(e.payload.shipmentPackingSlipVersionNumber)}`), 'slip');
      for (const l of slip.lines) this.add(l.sourceSystemItemNumber, -l.shippedQuantity);
    }
    for (const e of await feedEvents(this.t(), this.erp.erp, 'shipmentReceipt.modified')) {
      if (this.seen.has(e.eventId) || e.payload.change !== 'Created') continue;
      this.seen.add(e.eventId);
      const receipt = await ok(this.erp.erp.get(`/api/v1/shipment-receipts/${String(e.payload.shipmentReceiptVersionNumber)}`), 'receipt');
      for (const d of receipt.transactionDimensions) this.add(d.sourceSystemItemNumber, d.handlingQuantity);
    }
  }

  private add(item: string, qty: number): void {
    this.onHand.set(item, (this.onHand.get(item) ?? 0) + qty);
  }
}

/** Reference 3.8: unannounced returns at the dock, with a disposition per line. */
describe('returns', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let worker: Client;
  let slipNumber: string;
  let replica: ErpReplica;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    for (const [profileId, locationType] of [
      ['P-PICK', 'pick'],
      ['P-STAGE', 'staging'],
      ['P-RECV', 'receipt'],
      ['P-HOLD', 'storage'],
    ] as const) {
      await ok(t().admin.post('/api/v1/location-profiles', { profileId, name: profileId, locationType }), profileId);
    }
    await ok(t().admin.post('/api/v1/zones', { warehouseId: 'WH1', zoneId: 'FRONT', name: 'Pick faces' }), 'zone');
    await ok(t().admin.post('/api/v1/locations', { warehouseId: 'WH1', locationId: 'PICK-1', profileId: 'P-PICK', zoneId: 'FRONT' }), 'PICK-1');
    for (const [locationId, profileId] of [
      ['STAGE', 'P-STAGE'],
      ['RECV', 'P-RECV'],
      ['QUARANTINE', 'P-HOLD'],
    ] as const) {
      await ok(t().admin.post('/api/v1/locations', { warehouseId: 'WH1', locationId, profileId }), locationId);
    }
    await ok(t().admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick', workType: 'Pick', warehouseId: 'WH1', sequence: 1 }), 'pick template');
    await ok(t().admin.post('/api/v1/work-templates', { templateId: 'PUT', name: 'Put-away', workType: 'PutAway', warehouseId: 'WH1', sequence: 1 }), 'put template');
    await ok(t().admin.post('/api/v1/location-directives', { directiveId: 'PUT-PICK', name: 'Back to the pick face', workType: 'PutAway', warehouseId: 'WH1', sequence: 1, zoneId: 'FRONT', fallbackLocationId: 'PICK-1' }), 'directive');
    await ok(t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'AUTO', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 }), 'wave template');
    erp = await createErp(t(), 'ERP1', { reservationAtImportPolicy: 'Reserve' });
    await ok(t().admin.put('/api/v1/source-systems/ERP1/disposition-codes/RESTOCK', { description: 'Back to stock', inventoryStatusId: 'AV' }), 'RESTOCK');
    await ok(t().admin.put('/api/v1/source-systems/ERP1/disposition-codes/DAMAGED', { description: 'Damaged: quarantine', inventoryStatusId: 'QC', locationId: 'QUARANTINE' }), 'DAMAGED');
    worker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'rita'));
    replica = new ErpReplica(erp, t);

    // 5 shipped to a customer.
    await putStock(t(), [{ locationId: 'PICK-1', quantity: 5 }]);
    await erp.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage('SO-R', { consigneeName: 'Corner Shop' }, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 5, orderedUnitSymbol: 'ea' }]));
    await drain(t());
    await ok(t().admin.post('/api/v1/outbound-shipment-orders/SO-R/release', {}), 'release');
    await drain(t());
    const work = (await ok(t().admin.get('/api/v1/work?workType=Pick&status=Open'), 'work')).items;
    await executeWork(worker, String(work[0].workId), 'pick');
    const loads = (await ok(t().admin.get('/api/v1/outbound-loads?orderNumber=SO-R'), 'loads')).items;
    await ok(t().admin.post(`/api/v1/outbound-loads/${String(loads[0].loadId)}/ship-confirm`, {}), 'ship confirm');
    await drain(t());
    const slips = (await ok(erp.erp.get('/api/v1/shipment-packing-slips'), 'slips')).items;
    slipNumber = slips[0].shipmentPackingSlipNumber;
    await replica.catchUp();
  });

  it('returns 2 of 5 shipped units with two dispositions; the ERP receives one return receipt and its on-hand follows once', async () => {
    expect(replica.onHand.get('ERP-ITEM-1')).toBe(-5);
    const body = {
      operationId: 'return-1',
      packingSlipNumber: slipNumber,
      lines: [
        { itemNumber: 'ITEM-1', quantity: 1, dispositionCode: 'RESTOCK' },
        { itemNumber: 'ITEM-1', quantity: 1, dispositionCode: 'DAMAGED' },
      ],
    };
    const res = await worker.post('/api/v1/returns', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.lines.map((l: any) => [l.dispositionCode, l.inventoryStatusId, l.putLocationId])).toEqual([
      ['RESTOCK', 'AV', null],
      ['DAMAGED', 'QC', 'QUARANTINE'],
    ]);
    // A retry of the same scan registers nothing more.
    const again = await worker.post('/api/v1/returns', body);
    expect(again.status).toBe(200);
    expect(again.body.returnNumber).toBe(res.body.returnNumber);

    const receipt = await ok(erp.erp.get(`/api/v1/shipment-receipts/${String(res.body.shipmentReceiptVersionNumbers[0])}`), 'receipt');
    expect(receipt.sourceSystemOrderType).toBe('Return');
    expect(receipt.parties).toMatchObject({ consignerName: 'Corner Shop', returnedPackingSlipNumber: slipNumber });
    expect(receipt.transactionDimensions.map((d: any) => [d.sourceSystemItemNumber, d.sourceSystemInventoryOwnerId ?? d.inventoryOwnerId, d.orderedInventoryStatusId, d.sourceSystemDispositionCode, d.handlingQuantity])).toEqual([
      ['ERP-ITEM-1', 'OWN-A', 'AV', 'RESTOCK', 1],
      ['ERP-ITEM-1', 'OWN-A', 'QC', 'DAMAGED', 1],
    ]);
    await executeWork(worker, String(res.body.workId), 'put-return');
    const onHand = await ok(t().admin.get('/api/v1/inventory/on-hand?itemNumber=ITEM-1'), 'on hand');
    expect(onHand.items.map((r: any) => [r.locationId, r.inventoryStatusId, r.physicalQuantity]).sort()).toEqual([
      ['PICK-1', 'AV', 1],
      ['QUARANTINE', 'QC', 1],
    ]);

    await replica.catchUp();
    await replica.catchUp();
    expect(replica.onHand.get('ERP-ITEM-1')).toBe(-3);
    const drift = await ok(erp.erp.get('/api/v1/source-systems/ERP1/on-hand-drift?itemNumber=ITEM-1'), 'drift');
    expect(drift.lines).toEqual([]);
    await expectLedgerConsistent(t());
  });

  it('refuses more than was shipped and not yet returned, and an unknown disposition, changing nothing', async () => {
    const before = (await ok(t().admin.get('/api/v1/returns'), 'returns')).items.length;
    const tooMany = await worker.post('/api/v1/returns', { operationId: 'return-2', packingSlipNumber: slipNumber, lines: [{ itemNumber: 'ITEM-1', quantity: 4, dispositionCode: 'RESTOCK' }] });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body).toMatchObject({ code: 'RETURNS.MORE_THAN_SHIPPED', errors: [{ field: 'lines/0/qty', reason: 'at most 3 can still be returned' }] });
    const unknown = await worker.post('/api/v1/returns', { operationId: 'return-3', packingSlipNumber: slipNumber, lines: [{ itemNumber: 'ITEM-1', quantity: 1, dispositionCode: 'NOPE' }] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe('lines/0/dispositionCode');
    const blind = await worker.post('/api/v1/returns', { operationId: 'return-4', lines: [{ itemNumber: 'ITEM-1', quantity: 1, dispositionCode: 'RESTOCK' }] });
    expect(blind.status).toBe(422);
    expect(blind.body.errors[0].field).toBe('sourceSystemId');
    expect((await ok(t().admin.get('/api/v1/returns'), 'returns')).items).toHaveLength(before);
  });

  it('takes a blind return for a source system, without a packing slip', async () => {
    const res = await worker.post('/api/v1/returns', { operationId: 'return-5', sourceSystemId: 'ERP1', warehouseId: 'WH1', lines: [{ itemNumber: 'ITEM-1', quantity: 2, dispositionCode: 'DAMAGED' }] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const returns = (await ok(erp.erp.get('/api/v1/returns'), 'returns')).items;
    expect(returns[0]).toMatchObject({ returnNumber: res.body.returnNumber, packingSlipNumber: null, lines: [{ itemNumber: 'ITEM-1', quantity: 2, dispositionCode: 'DAMAGED' }] });
  });
});
