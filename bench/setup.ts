import { pino } from 'pino';
import { buildQuayside, type Quayside } from '../src/main.js';
import { createApiKey } from '../src/platform/auth/api-keys.js';
import { defaultConfig } from '../src/platform/config.js';
import type { Database } from '../src/platform/db/database.js';
import { ITEM_COUNT, OWNER_ID, STATUS_ID, WAREHOUSE_ID, externalItemNumber, itemNumber } from './messages.js';

export type Inject = (method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, key?: string) => Promise<unknown>;

/**
 * A Quayside as `serve` builds it, minus request logging and with silent logs; the worker is not started.
 * The per-key rate limit stays on (its cost is part of every request) with a limit the bench never reaches:
 * a picker's 11 requests per order would hit the default of 3,000 a minute within seconds.
 */
export async function benchQuayside(databaseUrl: string, db?: Database): Promise<Quayside> {
  return buildQuayside({
    config: { ...defaultConfig, databaseUrl, logLevel: 'silent', rateLimit: { ...defaultConfig.rateLimit, apiPerCredential: { max: 1_000_000_000, windowSeconds: 60 } } },
    ...(db ? { db } : {}),
    logger: pino({ level: 'silent' }),
    logRequests: false,
  });
}

export function injector(q: Quayside, defaultKey: string): Inject {
  return async (method, url, body, key = defaultKey) => {
    const res = await q.app.inject({ method, url, headers: { authorization: `Bearer ${key}` }, ...(body === undefined ? {} : { payload: body as object }) });
    if (res.statusCode >= 300) throw new Error(`${method} ${url} answered ${res.statusCode}: ${res.body}`);
    return res.json();
  };
}

export async function adminKey(q: Quayside): Promise<string> {
  return (await createApiKey(q.ctx.db.kysely, q.ctx.ids, q.ctx.clock.now(), 'bench admin', { kind: 'user', role: 'admin' })).key;
}

/** Master data as a warehouse manager sets it up through the API: site, warehouse, unit, items, status, owner. */
export async function setUpMasterData(inject: Inject): Promise<void> {
  await inject('POST', '/api/v1/sites', { siteId: 'S1', name: 'Main site' });
  await inject('POST', '/api/v1/warehouses', { warehouseId: WAREHOUSE_ID, name: 'Main warehouse', siteId: 'S1' });
  await inject('POST', '/api/v1/units', { symbol: 'ea', name: 'Each', decimals: 0 });
  const items = Array.from({ length: ITEM_COUNT }, (_, i) => ({ itemNumber: itemNumber(i), name: `Item ${i}`, inventoryUnit: 'ea' }));
  await inject('POST', '/api/v1/items/import', items);
  await inject('POST', '/api/v1/inventory-statuses', { statusId: STATUS_ID, name: 'Available', available: true, isDefault: true });
  await inject('POST', '/api/v1/inventory-owners', { ownerId: OWNER_ID, name: 'Owner A' });
}

/** A source system with the default owner and a mapping for every item; returns its integration key. */
export async function setUpSourceSystem(q: Quayside, inject: Inject, sourceSystemId: string): Promise<string> {
  await inject('POST', '/api/v1/source-systems', { sourceSystemId, name: `Bench ${sourceSystemId}`, defaultOwnerId: OWNER_ID });
  const mappings = Array.from({ length: ITEM_COUNT }, (_, i) => ({ externalItemNumber: externalItemNumber(i), itemNumber: itemNumber(i) }));
  await inject('POST', `/api/v1/source-systems/${sourceSystemId}/items/import`, mappings);
  return (await createApiKey(q.ctx.db.kysely, q.ctx.ids, q.ctx.clock.now(), `${sourceSystemId} integration`, { kind: 'source_system', sourceSystemId })).key;
}
