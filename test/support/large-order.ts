import { expect } from 'vitest';
import { createErp, createWarehouseMasterData, drain, messageById, outboundMessage, type ErpFixture } from './fixtures.js';
import type { TestApp } from './harness.js';
import { createOutboundLocations, putStock } from './outbound.js';

export interface ReleasedLargeOrder {
  erp: ErpFixture;
  orderNumber: string;
  loadId: string;
  waveId: string;
}

/**
 * A warehouse with one item in stock for `lines` order lines of 1 each, a pick work template (at most
 * `maxPickLines` per work when given), a wave template processed by hand, and one outbound order of that
 * many lines sent by ERP1, processed and released: its wave waits to be processed.
 */
export async function releaseLargeOrder(t: TestApp, lines: number, options: { maxPickLines?: number } = {}): Promise<ReleasedLargeOrder> {
  await createWarehouseMasterData(t.admin);
  await createOutboundLocations(t.admin);
  await t.admin.post('/api/v1/items', { itemNumber: 'W-1', name: 'W-1', inventoryUnit: 'ea' });
  const erp = await createErp(t, 'ERP1');
  await t.admin.post('/api/v1/source-systems/ERP1/items/import', [{ externalItemNumber: 'ERP-W-1', itemNumber: 'W-1' }]);
  const template = { templateId: 'PICK', name: 'Pick', workType: 'Pick', warehouseId: 'WH1', sequence: 1, ...(options.maxPickLines === undefined ? {} : { maxPickLines: options.maxPickLines }) };
  expect((await t.admin.post('/api/v1/work-templates', template)).status).toBe(201);
  expect((await t.admin.post('/api/v1/wave-templates', { waveTemplateId: 'BY-HAND', warehouseId: 'WH1', processAt: 'Manual', putLocationId: 'STAGE', sequence: 1 })).status).toBe(201);
  await putStock(t, [{ itemNumber: 'W-1', locationId: 'PICK-1', quantity: lines }]);
  const orderLines = Array.from({ length: lines }, (_, i) => ({ orderLineNumber: i + 1, itemNumber: 'ERP-W-1', orderedQuantity: 1, orderedUnitSymbol: 'ea' }));
  const sent = await erp.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage('SO-BIG', { reservationAtImportPolicy: 'None' }, orderLines));
  expect(sent.status).toBe(202);
  await drain(t);
  const orderNumber = (await messageById(t, sent.body.id)).internalOrderNumber as string;
  const released = await t.admin.post(`/api/v1/outbound-shipment-orders/${orderNumber}/release`, { quantityToRelease: 'All' });
  expect(released.status).toBe(200);
  const loadId = String(released.body.loadId);
  const load = (await t.admin.get(`/api/v1/outbound-loads/${loadId}`)).body;
  return { erp, orderNumber, loadId, waveId: String(load.shipments[0].waveId) };
}
