import { expect } from 'vitest';
import { recordTransactions, type NewInventoryTransaction } from '../../src/modules/inventory/index.js';
import { qty } from '../../src/platform/quantity.js';
import type { Client, TestApp } from './harness.js';

/** Asserts that every balance agrees with the ledger; call it at the end of every flow test. */
export async function expectLedgerConsistent(t: TestApp): Promise<void> {
  const res = await t.admin.get('/api/v1/inventory/consistency');
  expect(res.status).toBe(200);
  expect(res.body.differences).toEqual([]);
  expect(res.body.consistent).toBe(true);
}

export async function ok<T = any>(promise: Promise<{ status: number; body: T }>, what = 'request'): Promise<T> {
  const res = await promise;
  if (res.status >= 300) throw new Error(`${what} failed with ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Storage locations for counting tests: a profile and some locations in WH1. */
export async function createLocations(admin: Client, ids: readonly string[]): Promise<void> {
  const profile = await admin.get('/api/v1/location-profiles/STORE');
  if (profile.status === 404) await ok(admin.post('/api/v1/location-profiles', { profileId: 'STORE', name: 'Storage', locationType: 'storage' }), 'profile');
  for (const locationId of ids) await ok(admin.post('/api/v1/locations', { warehouseId: 'WH1', locationId, profileId: 'STORE' }), `location ${locationId}`);
}

export interface StockAt {
  itemNumber?: string;
  locationId?: string | null;
  licensePlateId?: string | null;
  ownerId?: string;
  inventoryStatusId?: string;
}

export const dims = (s: StockAt = {}) => ({
  itemNumber: s.itemNumber ?? 'ITEM-1',
  warehouseId: 'WH1',
  locationId: s.locationId === undefined ? 'A-01' : s.locationId,
  licensePlateId: s.licensePlateId ?? null,
  ownerId: s.ownerId ?? 'OWN-A',
  inventoryStatusId: s.inventoryStatusId ?? 'AV',
});

/**
 * Records ledger rows the way the receiving and picking flows do (Registered receipts, Picked
 * issues), for tests that must not depend on those flows.
 */
export async function recordStock(t: TestApp, operationId: string, entries: ReadonlyArray<{ at?: StockAt; quantity: number; kind?: 'Receipt' | 'Issue'; sourceSystemId?: string | null; referenceId?: string }>): Promise<void> {
  const rows: NewInventoryTransaction[] = entries.map((e) => {
    const kind = e.kind ?? (e.quantity >= 0 ? 'Receipt' : 'Issue');
    return {
      dimensions: dims(e.at),
      qty: qty(e.quantity),
      kind,
      status: kind === 'Receipt' ? 'Registered' : 'Picked',
      sourceSystemId: e.sourceSystemId === undefined ? 'ERP1' : e.sourceSystemId,
      referenceType: kind === 'Receipt' ? 'InboundOrderLine' : 'OutboundOrderLine',
      referenceId: e.referenceId ?? operationId,
      finalized: false,
    };
  });
  await t.q.ctx.db.kysely.transaction().execute((trx) => recordTransactions(trx, t.clock.now(), operationId, rows));
}

export async function onHand(t: TestApp, filter: string): Promise<number> {
  const res = await ok(t.admin.get(`/api/v1/inventory/on-hand?${filter}&limit=1000`));
  return (res).items.reduce((s: number, r: any) => s + r.physicalQuantity, 0);
}

/** The events of one type in the pull feed, as a client with this key sees them. */
export async function feedEvents(t: TestApp, client: Client, type: string): Promise<any[]> {
  await t.q.worker.drainOnce();
  const res = await ok(client.get(`/api/v1/events?after=0&limit=1000&types=${type}`));
  return (res).items;
}
