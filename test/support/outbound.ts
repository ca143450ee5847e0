import { pino } from 'pino';
import { expect } from 'vitest';
import { buildQuayside, type Quayside } from '../../src/main.js';
import { recordTransactions } from '../../src/modules/inventory/index.js';
import { defaultConfig } from '../../src/platform/config.js';
import type { Database } from '../../src/platform/db/database.js';
import { qty } from '../../src/platform/quantity.js';
import { TEST_DB_KIND } from './database.js';
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

/** A client on any app instance, as harness.ts makes for the test's own app. */
export function clientOn(q: Quayside, key: string): Client {
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown) => {
    const res = await q.app.inject({ method, url, headers: { authorization: `Bearer ${key}` }, ...(body === undefined ? {} : { payload: body as object }) });
    const type = String(res.headers['content-type'] ?? '');
    return { status: res.statusCode, body: type.includes('json') && res.body ? res.json() : res.body, headers: res.headers };
  };
  return {
    get: (url) => call('GET', url),
    post: (url, body) => call('POST', url, body ?? {}),
    put: (url, body) => call('PUT', url, body ?? {}),
    patch: (url, body) => call('PATCH', url, body ?? {}),
    delete: (url) => call('DELETE', url),
  };
}

/**
 * The app instances a concurrency test spreads its callers over: on PostgreSQL the test's own app plus
 * `extra` more on their own connection pools (as separate server processes would be); on SQLite only
 * the test's app, whose single writer queues the transactions anyway.
 */
export async function appInstances(t: TestApp, extra: number): Promise<{ apps: Quayside[]; close(): Promise<void> }> {
  if (TEST_DB_KIND !== 'postgres') return { apps: [t.q], close: () => Promise.resolve() };
  const more = await Promise.all(
    Array.from({ length: extra }, () =>
      buildQuayside({ config: { ...defaultConfig, logLevel: 'silent' }, db: t.testDb.connectAgain(), clock: t.clock, logger: pino({ level: 'silent' }), logRequests: false }),
    ),
  );
  return { apps: [t.q, ...more], close: async () => void (await Promise.all(more.map((q) => q.close()))) };
}

/** Takes stock away as a counting adjustment would (someone found less on the shelf), on the given database. */
export async function takeStock(t: TestApp, db: Database, line: StockLine): Promise<void> {
  await db.kysely.transaction().execute((trx) =>
    recordTransactions(trx, t.clock.now(), `adjust-${t.q.ctx.ids.uuid()}`, [
      {
        dimensions: {
          itemNumber: line.itemNumber ?? 'ITEM-1',
          warehouseId: line.warehouseId ?? 'WH1',
          locationId: line.locationId,
          licensePlateId: line.licensePlateId ?? null,
          ownerId: line.ownerId ?? 'OWN-A',
          inventoryStatusId: line.inventoryStatusId ?? 'AV',
          batchNumber: line.batchNumber ?? null,
        },
        qty: qty(-line.quantity),
        kind: 'Adjustment',
        status: 'Posted',
        sourceSystemId: null,
        referenceType: 'TestAdjustment',
        referenceId: 'fixture',
        finalized: true,
      },
    ]),
  );
}
