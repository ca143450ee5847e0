import { expect } from 'vitest';
import type { Client, TestApp } from './harness.js';

async function ok(promise: Promise<{ status: number; body: unknown }>, what: string): Promise<any> {
  const res = await promise;
  if (res.status >= 300) throw new Error(`${what} failed with ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A warehouse set up through the API as a warehouse manager would: units, items, statuses, an owner. */
export async function createWarehouseMasterData(admin: Client, suffix = ''): Promise<{ warehouseId: string }> {
  const warehouseId = `WH1${suffix}`;
  await ok(admin.post('/api/v1/sites', { siteId: `S1${suffix}`, name: 'Main site' }), 'site');
  await ok(admin.post('/api/v1/warehouses', { warehouseId, name: 'Main warehouse', siteId: `S1${suffix}` }), 'warehouse');
  if (suffix === '') {
    await ok(admin.post('/api/v1/units', { symbol: 'ea', name: 'Each', decimals: 0 }), 'unit ea');
    await ok(admin.post('/api/v1/units', { symbol: 'box', name: 'Box', decimals: 0 }), 'unit box');
    await ok(admin.post('/api/v1/units', { symbol: 'kg', name: 'Kilogram', decimals: 3 }), 'unit kg');
    await ok(admin.post('/api/v1/unit-conversions', { fromUnit: 'box', toUnit: 'ea', numerator: 12, denominator: 1 }), 'box->ea');
    await ok(admin.post('/api/v1/items', { itemNumber: 'ITEM-1', name: 'Widget', inventoryUnit: 'ea' }), 'item 1');
    await ok(admin.post('/api/v1/items', { itemNumber: 'ITEM-2', name: 'Gadget', inventoryUnit: 'ea', batchTracked: true }), 'item 2');
    await ok(admin.post('/api/v1/items', { itemNumber: 'FLOUR', name: 'Flour', inventoryUnit: 'kg' }), 'item flour');
    await ok(admin.post('/api/v1/inventory-statuses', { statusId: 'AV', name: 'Available', available: true, isDefault: true }), 'status AV');
    await ok(admin.post('/api/v1/inventory-statuses', { statusId: 'QC', name: 'Quality check', available: false }), 'status QC');
    await ok(admin.post('/api/v1/inventory-owners', { ownerId: 'OWN-A', name: 'Owner A' }), 'owner');
  }
  return { warehouseId };
}

export interface ErpFixture {
  sourceSystemId: string;
  key: string;
  erp: Client;
}

/** A source system with its own integration key and item mappings (external number = ERP-<item>). */
export async function createErp(t: TestApp, sourceSystemId: string, settings: Record<string, unknown> = {}): Promise<ErpFixture> {
  await ok(t.admin.post('/api/v1/source-systems', { sourceSystemId, name: `ERP ${sourceSystemId}`, defaultOwnerId: 'OWN-A', ...settings }), 'source system');
  await ok(
    t.admin.post(`/api/v1/source-systems/${sourceSystemId}/items/import`, [
      { externalItemNumber: 'ERP-ITEM-1', itemNumber: 'ITEM-1' },
      { externalItemNumber: 'ERP-ITEM-2', itemNumber: 'ITEM-2' },
      { externalItemNumber: 'ERP-FLOUR', itemNumber: 'FLOUR' },
    ]),
    'item mappings',
  );
  const key = await t.newKey({ kind: 'source_system', sourceSystemId }, `${sourceSystemId} integration`);
  return { sourceSystemId, key, erp: t.as(key) };
}

let counter = 0;
export function uniqueId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

export function inboundMessage(orderNumber: string, overrides: Record<string, unknown> = {}, lines?: unknown[]): Record<string, unknown> {
  return {
    messageId: uniqueId('msg'),
    orderNumber,
    receivingWarehouseId: 'WH1',
    orderType: 'Purchase order',
    consignerAccountNumber: 'V-100',
    consignerName: 'Acme Supplies',
    lines: lines ?? [
      { orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: 10, expectedUnitSymbol: 'ea' },
      { orderLineNumber: 2, itemNumber: 'ERP-ITEM-1', expectedQuantity: 2, expectedUnitSymbol: 'box' },
    ],
    ...overrides,
  };
}

export function outboundMessage(orderNumber: string, overrides: Record<string, unknown> = {}, lines?: unknown[]): Record<string, unknown> {
  return {
    messageId: uniqueId('msg'),
    orderNumber,
    shipFromWarehouseId: 'WH1',
    orderType: 'Sales',
    receiverName: 'Contoso Retail',
    receiverCountryRegionId: 'DE',
    receiverCity: 'Berlin',
    lines: lines ?? [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 5, orderedUnitSymbol: 'ea' }],
    ...overrides,
  };
}

/** Runs the background worker until it finds nothing more to do, as the scheduler would. */
export async function drain(t: TestApp): Promise<void> {
  await t.q.worker.drainOnce();
}

export async function messageById(t: TestApp, id: number): Promise<any> {
  const res = await t.admin.get(`/api/v1/messages/${id}`);
  expect(res.status).toBe(200);
  return res.body;
}
