import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, messageById, outboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';
import { ok, runProcess } from './support/inbound.js';
import { createOutboundLocations, putStock } from './support/outbound.js';

/** Shipment packing slip numbers carry the warehouse that shipped and count per warehouse. */
describe('document numbers per warehouse', () => {
  const t = useTestApp();
  let erp: ErpFixture;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createWarehouseMasterData(t().admin, '-NORTH');
    erp = await createErp(t(), 'ERP1');
    for (const warehouseId of ['WH1', 'WH1-NORTH']) {
      await createOutboundLocations(t().admin, warehouseId);
      await ok(t().admin.post('/api/v1/work-templates', { templateId: `PICK-${warehouseId}`, name: 'Pick', workType: 'Pick', warehouseId, sequence: 1 }), 'work template');
      await ok(t().admin.post('/api/v1/wave-templates', { waveTemplateId: `AUTO-${warehouseId}`, warehouseId, processAt: 'Release', putLocationId: 'STAGE', sequence: 1 }), 'wave template');
      await putStock(t(), [{ locationId: 'BULK-1', quantity: 10, warehouseId }]);
    }
  });

  async function shipOne(orderNumber: string, warehouseId: string): Promise<string> {
    const sent = await erp.erp.post(
      '/api/v1/outbound-shipment-order-messages',
      outboundMessage(orderNumber, { shipFromWarehouseId: warehouseId, reservationAtImportPolicy: 'None' }, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 1, orderedUnitSymbol: 'ea' }]),
    );
    await drain(t());
    const internal = String((await messageById(t(), sent.body.id)).internalOrderNumber);
    const release = await ok(t().admin.post(`/api/v1/outbound-shipment-orders/${internal}/release`, { quantityToRelease: 'All' }), 'release');
    const load = await ok(t().admin.get(`/api/v1/outbound-loads/${String(release.loadId)}`), 'load');
    const [workId] = (await ok(t().admin.get(`/api/v1/waves/${String(load.shipments[0].waveId)}`), 'wave')).workIds;
    await ok(t().admin.post(`/api/v1/work/${String(workId)}/take`, { operationId: `take-${orderNumber}` }), 'take');
    for (const line of [1, 2]) await ok(t().admin.post(`/api/v1/work/${String(workId)}/lines/${String(line)}/confirm`, { operationId: `${orderNumber}-${String(line)}` }), 'confirm');
    const confirmed = await ok(t().admin.post(`/api/v1/outbound-loads/${String(release.loadId)}/ship-confirm`, {}), 'ship confirm');
    return confirmed.shipmentPackingSlipVersionNumbers[0] as string;
  }

  it('numbers shipment packing slips per warehouse, each with its own prefix', async () => {
    expect(await shipOne('SO-1', 'WH1')).toBe('WH1-00000001.1');
    expect(await shipOne('SO-2', 'WH1-NORTH')).toBe('WH1-NORTH-00000001.1');
    expect(await shipOne('SO-3', 'WH1')).toBe('WH1-00000002.1');
    expect(await shipOne('SO-4', 'WH1-NORTH')).toBe('WH1-NORTH-00000002.1');
  });

  it('posts a packing slip with the posting delay in force when the process runs, as shipment receipts are (one rule)', async () => {
    await ok(t().admin.patch('/api/v1/source-systems/ERP1', { shipmentPackingSlipPostingDelayMinutes: 600 }), 'delay 600');
    const slip = await shipOne('SO-DELAY', 'WH1');
    t().clock.advance(60 * 60_000);
    await runProcess(t(), 'postShipmentPackingSlips', 'ERP1');
    expect((await ok(t().admin.get(`/api/v1/shipment-packing-slips/${slip}`), 'slip')).postingStatus).toBe('ReadyForPosting');
    // An hour later the delay is shortened to 30 minutes: the slip waiting since ship confirm is due now.
    await ok(t().admin.patch('/api/v1/source-systems/ERP1', { shipmentPackingSlipPostingDelayMinutes: 30 }), 'delay 30');
    await runProcess(t(), 'postShipmentPackingSlips', 'ERP1');
    expect((await ok(t().admin.get(`/api/v1/shipment-packing-slips/${slip}`), 'slip')).postingStatus).toBe('Posted');
  });

  it('refuses a work template with at most 0 pick lines; null means no limit', async () => {
    const zero = await t().admin.post('/api/v1/work-templates', { templateId: 'PICK-ZERO', name: 'Pick', workType: 'Pick', warehouseId: 'WH1', sequence: 5, maxPickLines: 0 });
    expect([zero.status, zero.body.errors?.[0]?.field]).toEqual([400, expect.stringContaining('maxPickLines')]);
    const unlimited = await t().admin.post('/api/v1/work-templates', { templateId: 'PICK-ALL', name: 'Pick', workType: 'Pick', warehouseId: 'WH1', sequence: 5, maxPickLines: null });
    expect([unlimited.status, unlimited.body.maxPickLines]).toEqual([201, null]);
  });
});
