import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, inboundMessage, messageById, outboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';
import { createOutboundLocations, putStock } from './support/outbound.js';

/**
 * Two ERPs in one warehouse, each with its own owner (OWN-A for ERP-A, OWN-B for ERP-B), sharing item
 * numbers and locations; OWN-C is a client that ERP-A also serves (it has an id for ERP-A only).
 */
describe('a source system names only the owners it is entitled to', () => {
  const t = useTestApp();
  let a: ErpFixture;
  let b: ErpFixture;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    for (const ownerId of ['OWN-B', 'OWN-C']) expect((await t().admin.post('/api/v1/inventory-owners', { ownerId, name: ownerId })).status).toBe(201);
    expect((await t().admin.put('/api/v1/inventory-owners/OWN-C/source-system-ids/ERP-A', { externalOwnerId: 'C-AT-A' })).status).toBeLessThan(300);
    a = await createErp(t(), 'ERP-A', { manualInboundOrderCreation: true, manualOutboundOrderCreation: true });
    b = await createErp(t(), 'ERP-B', { defaultOwnerId: 'OWN-B' });
    expect((await t().admin.post('/api/v1/items', { itemNumber: 'ITEM-B', name: 'Only B', inventoryUnit: 'ea' })).status).toBe(201);
    expect((await t().admin.put('/api/v1/source-systems/ERP-B/items/ERP-ITEM-B', { itemNumber: 'ITEM-B' })).status).toBeLessThan(300);
    await putStock(t(), [
      { locationId: 'PICK-1', quantity: 10, ownerId: 'OWN-A' },
      { locationId: 'PICK-1', quantity: 10, ownerId: 'OWN-B' },
    ]);
  });

  async function sendAndProcess(erp: ErpFixture, path: string, body: Record<string, unknown>): Promise<any> {
    const sent = await erp.erp.post(path, body);
    expect(sent.status).toBe(202);
    await drain(t());
    return messageById(t(), sent.body.id);
  }

  it("fails an outbound message whose line names another source system's owner, with a log line naming the owner", async () => {
    const message = await sendAndProcess(
      a,
      '/api/v1/outbound-shipment-order-messages',
      outboundMessage('SO-STEAL', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 1, orderedUnitSymbol: 'ea', inventoryOwnerId: 'OWN-B' }]),
    );
    expect(message.processingStatus).toBe('Failed');
    expect(message.log).toContainEqual(expect.objectContaining({ level: 'error', field: 'lines[0].inventoryOwnerId', value: 'OWN-B', text: expect.stringContaining("owner 'OWN-B'") }));
    expect((await t().admin.get('/api/v1/outbound-shipment-orders?sourceSystemId=ERP-A')).body.items).toEqual([]);
  });

  it("fails an inbound message whose line names another source system's owner", async () => {
    const message = await sendAndProcess(
      a,
      '/api/v1/inbound-shipment-order-messages',
      inboundMessage('PO-STEAL', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 1, expectedUnitSymbol: 'ea', inventoryOwnerId: 'OWN-B' }]),
    );
    expect(message.processingStatus).toBe('Failed');
    expect(message.log).toContainEqual(expect.objectContaining({ field: 'lines[0].inventoryOwnerId', value: 'OWN-B', text: expect.stringContaining("'ERP-A' may not name warehouse inventory owner 'OWN-B'") }));
  });

  it('accepts its default owner and an owner that has an id for it, named either way', async () => {
    const message = await sendAndProcess(
      a,
      '/api/v1/outbound-shipment-order-messages',
      outboundMessage('SO-OWN', {}, [
        { orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 1, orderedUnitSymbol: 'ea', inventoryOwnerId: 'OWN-A' },
        { orderLineNumber: 2, itemNumber: 'ERP-ITEM-1', orderedQuantity: 1, orderedUnitSymbol: 'ea', inventoryOwnerId: 'OWN-C' },
        { orderLineNumber: 3, itemNumber: 'ERP-ITEM-1', orderedQuantity: 1, orderedUnitSymbol: 'ea', sourceSystemInventoryOwnerId: 'C-AT-A' },
      ]),
    );
    expect(message.processingStatus, JSON.stringify(message.log)).toBe('Accepted');
  });

  it("refuses a manual inbound or outbound order that names an owner the source system is not entitled to, naming the owner", async () => {
    const outbound = await t().admin.post('/api/v1/outbound-shipment-orders', {
      sourceSystemId: 'ERP-A',
      shipFromWarehouseId: 'WH1',
      parties: { receiverName: 'Walk-in', receiverCountryRegionId: 'NL' },
      lines: [{ orderLineNumber: 1, itemNumber: 'ITEM-1', orderedQuantity: 1, orderedUnitSymbol: 'ea', inventoryOwnerId: 'OWN-B' }],
    });
    expect(outbound.status).toBe(400);
    expect(outbound.body.errors).toContainEqual(expect.objectContaining({ field: 'lines/0/inventoryOwnerId', value: 'OWN-B', reason: expect.stringContaining("owner 'OWN-B'") }));
    const inbound = await t().admin.post('/api/v1/inbound-shipment-orders', {
      sourceSystemId: 'ERP-A',
      receivingWarehouseId: 'WH1',
      lines: [{ orderLineNumber: 1, itemNumber: 'ITEM-1', expectedQuantity: 1, expectedUnitSymbol: 'ea', inventoryOwnerId: 'OWN-B' }],
    });
    expect(inbound.status).toBe(400);
    expect(inbound.body.errors).toContainEqual(expect.objectContaining({ field: 'lines/0/inventoryOwnerId', value: 'OWN-B' }));
    const allowed = await t().admin.post('/api/v1/inbound-shipment-orders', {
      sourceSystemId: 'ERP-A',
      receivingWarehouseId: 'WH1',
      lines: [{ orderLineNumber: 1, itemNumber: 'ITEM-1', expectedQuantity: 1, expectedUnitSymbol: 'ea', inventoryOwnerId: 'OWN-C' }],
    });
    expect(allowed.status).toBe(201);
  });

  it("lists for an integration key only the owners it is entitled to and the items it has mapped; staff see all", async () => {
    const owners = await a.erp.get('/api/v1/inventory-owners');
    expect(owners.body.items.map((o: any) => o.ownerId)).toEqual(['OWN-A', 'OWN-C']);
    expect(owners.body.total).toBe(2);
    expect((await b.erp.get('/api/v1/inventory-owners')).body.items.map((o: any) => o.ownerId)).toEqual(['OWN-B']);
    expect((await a.erp.get('/api/v1/inventory-owners/OWN-B')).status).toBe(404);
    expect((await a.erp.get('/api/v1/inventory-owners/OWN-C')).status).toBe(200);

    const items = await a.erp.get('/api/v1/items?limit=100');
    expect(items.body.items.map((i: any) => i.itemNumber).sort()).toEqual(['FLOUR', 'ITEM-1', 'ITEM-2']);
    expect((await a.erp.get('/api/v1/items/ITEM-B')).status).toBe(404);
    expect((await b.erp.get('/api/v1/items/ITEM-B')).status).toBe(200);

    expect((await t().admin.get('/api/v1/inventory-owners')).body.items.map((o: any) => o.ownerId)).toEqual(['OWN-A', 'OWN-B', 'OWN-C']);
    expect((await t().admin.get('/api/v1/items?limit=100')).body.total).toBe(4);
  });

  it('does not let an integration key map item numbers (which would widen the stock it sees); it still reads its own mappings', async () => {
    const mapped = await a.erp.put('/api/v1/source-systems/ERP-A/items/MINE-B', { itemNumber: 'ITEM-B' });
    expect([mapped.status, mapped.body.code]).toEqual([403, 'AUTH.FORBIDDEN']);
    expect((await a.erp.post('/api/v1/source-systems/ERP-A/items/import', [{ externalItemNumber: 'MINE-B', itemNumber: 'ITEM-B' }])).status).toBe(403);
    expect((await a.erp.delete('/api/v1/source-systems/ERP-A/items/ERP-ITEM-1')).status).toBe(403);
    expect((await a.erp.get('/api/v1/source-systems/ERP-A/items')).body.total).toBe(3);
    expect((await a.erp.get('/api/v1/items/ITEM-B')).status).toBe(404);
  });

  it("does not tell a source system another's order-number holder or on which load another's license plate is expected (security review L5)", async () => {
    const theirs = await sendAndProcess(b, '/api/v1/outbound-shipment-order-messages', outboundMessage('SO-SHARED-NUMBER'));
    expect(theirs.processingStatus, JSON.stringify(theirs.log)).toBe('Accepted');
    const mine = await sendAndProcess(a, '/api/v1/outbound-shipment-order-messages', outboundMessage('SO-SHARED-NUMBER'));
    expect(mine.processingStatus).toBe('Failed');
    expect(mine.lastError).toContain('already used by another source system');
    expect(JSON.stringify(mine)).not.toContain('ERP-B');

    const asn = (erp: ErpFixture, orderNumber: string) =>
      erp.erp.post('/api/v1/inbound-loads/asn', {
        receivingWarehouseId: 'WH1',
        shipments: [{ licensePlates: [{ licensePlateNumber: 'PAL-SHARED', lines: [{ orderNumber, orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', quantity: 1, unitSymbol: 'ea' }] }] }],
      });
    const line = [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 1, expectedUnitSymbol: 'ea' }];
    expect((await sendAndProcess(b, '/api/v1/inbound-shipment-order-messages', inboundMessage('PO-ASN-B', {}, line))).processingStatus).toBe('Accepted');
    expect((await sendAndProcess(a, '/api/v1/inbound-shipment-order-messages', inboundMessage('PO-ASN-A', {}, line))).processingStatus).toBe('Accepted');
    const first = await asn(b, 'PO-ASN-B');
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const clash = await asn(a, 'PO-ASN-A');
    expect(clash.status).toBe(422);
    const reason = clash.body.errors.find((e: any) => e.field === 'shipments/0/licensePlates/0/licensePlateNumber')?.reason;
    expect(reason).toBe('license plate is already expected on an open load');
    expect(JSON.stringify(clash.body)).not.toContain(String(first.body.loadId));
    // The owner of the load is still told which of its own loads expects the plate.
    const again = await asn(b, 'PO-ASN-B');
    expect(again.body.errors.find((e: any) => e.field === 'shipments/0/licensePlates/0/licensePlateNumber')?.reason).toBe(`license plate is already expected on load ${String(first.body.loadId)}`);
  });
});
