import { expect } from 'vitest';
import { recordTransactions } from '../../src/modules/inventory/index.js';
import { qty } from '../../src/platform/quantity.js';
import type { Client, TestApp } from './harness.js';

async function ok(promise: Promise<{ status: number; body: unknown }>, what: string): Promise<any> {
  const res = await promise;
  if (res.status >= 300) throw new Error(`${what} failed with ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Pick, storage, staging and bay door locations in a warehouse: PICK-1, PICK-2, BULK-1, STAGE, DOOR-1, RECV. */
export async function createOutboundLocations(admin: Client, warehouseId = 'WH1'): Promise<void> {
  for (const [profileId, locationType] of [
    ['P-PICK', 'pick'],
    ['P-BULK', 'storage'],
    ['P-STAGE', 'staging'],
    ['P-DOOR', 'bayDoor'],
    ['P-RECV', 'receipt'],
  ] as const) {
    const res = await admin.post('/api/v1/location-profiles', { profileId, name: profileId, locationType });
    if (res.status !== 201 && res.status !== 409) throw new Error(`profile ${profileId}: ${JSON.stringify(res.body)}`);
  }
  for (const [locationId, profileId, sortCode] of [
    ['PICK-1', 'P-PICK', 1],
    ['PICK-2', 'P-PICK', 2],
    ['BULK-1', 'P-BULK', 3],
    ['STAGE', 'P-STAGE', null],
    ['DOOR-1', 'P-DOOR', null],
    ['RECV', 'P-RECV', null],
  ] as const) {
    await ok(admin.post('/api/v1/locations', { warehouseId, locationId, profileId, sortCode }), `location ${locationId}`);
  }
}

export interface StockLine {
  itemNumber?: string;
  locationId: string;
  quantity: number;
  ownerId?: string;
  inventoryStatusId?: string;
  batchNumber?: string | null;
  licensePlateId?: string | null;
  warehouseId?: string;
}

/** Puts stock on hand as a counting adjustment would (the inbound flow is not what these tests are about). */
export async function putStock(t: TestApp, lines: StockLine[]): Promise<void> {
  await t.q.ctx.db.kysely.transaction().execute((trx) =>
    recordTransactions(
      trx,
      t.clock.now(),
      `stock-${t.q.ctx.ids.uuid()}`,
      lines.map((l) => ({
        dimensions: {
          itemNumber: l.itemNumber ?? 'ITEM-1',
          warehouseId: l.warehouseId ?? 'WH1',
          locationId: l.locationId,
          licensePlateId: l.licensePlateId ?? null,
          ownerId: l.ownerId ?? 'OWN-A',
          inventoryStatusId: l.inventoryStatusId ?? 'AV',
          batchNumber: l.batchNumber ?? null,
        },
        qty: qty(l.quantity),
        kind: 'Adjustment',
        status: 'Posted',
        sourceSystemId: null,
        referenceType: 'TestStock',
        referenceId: 'fixture',
        finalized: true,
      })),
    ),
  );
}

/** Ledger and balances agree (call at the end of every flow test). */
export async function expectLedgerConsistent(t: TestApp): Promise<void> {
  const res = await t.admin.get('/api/v1/inventory/consistency');
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ consistent: true });
}

export async function onHand(t: TestApp, query: string): Promise<{ physical: number; reserved: number }> {
  const res = await t.admin.get(`/api/v1/inventory/on-hand?${query}`);
  expect(res.status).toBe(200);
  let physical = 0;
  let reserved = 0;
  for (const r of res.body.items as { physicalQuantity: number; reservedQuantity: number }[]) {
    physical += r.physicalQuantity;
    reserved += r.reservedQuantity;
  }
  return { physical, reserved };
}
