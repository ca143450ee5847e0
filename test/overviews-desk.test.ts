import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { ok } from './support/inbound.js';
import { createLocations, dims, recordStock } from './support/on-hand-sync.js';
import { readyUser } from './support/users.js';

const at = (iso: string) => Date.parse(iso);
const busyHours = (series: any) => series.hours.filter((h: any) => h.total > 0).map((h: any) => [h.hourStart, h.counts]);

describe('the on-hand and counting overviews', () => {
  const t = useTestApp();
  let planner: Client;

  beforeAll(async () => {
    t().clock.set(at('2026-01-05T08:20:00Z'));
    await createWarehouseMasterData(t().admin);
    await createLocations(t().admin, ['A-01', 'A-02']);
    await ok(t().admin.post('/api/v1/zones', { warehouseId: 'WH1', zoneId: 'Z1', name: 'Zone one' }), 'zone');
    await ok(t().admin.patch('/api/v1/locations/WH1/A-01', { zoneId: 'Z1' }), 'A-01 in Z1');
    await ok(t().admin.post('/api/v1/license-plates', { licensePlateId: 'LP-1', warehouseId: 'WH1' }), 'license plate');
    await recordStock(t(), 'seed', [{ quantity: 10 }, { at: { locationId: 'A-02', licensePlateId: 'LP-1' }, quantity: 4 }, { at: { itemNumber: 'FLOUR' }, quantity: 2.5 }]);
    planner = t().as(await t().newKey({ kind: 'user', role: 'planner' }, 'pia'));
  });

  it('shows what is in stock, in which status, and the movements of each hour today', async () => {
    t().clock.set(at('2026-01-05T09:05:00Z'));
    await ok(t().admin.post('/api/v1/inventory-status-changes', { operationId: 'ov-sc', dimensions: dims(), toInventoryStatusId: 'QC', quantity: 3 }), 'status change');
    const o = await ok(planner.get('/api/v1/overviews/on-hand'), 'on-hand overview');
    expect(o).toMatchObject({ itemsInStock: 2, locationsWithStock: 2, licensePlatesWithStock: 1, carriedByWorkers: 0, reservedStockRows: 0, lastConsistencyCheck: null });
    expect(o.stockRowsByStatus).toEqual([
      { inventoryStatusId: 'AV', available: true, count: 3 },
      { inventoryStatusId: 'QC', available: false, count: 1 },
    ]);
    expect(busyHours(o.movementsByKind)).toEqual([
      ['2026-01-05T08:00:00.000Z', { Receipt: 3 }],
      ['2026-01-05T09:00:00.000Z', { StatusChange: 2 }],
    ]);
    const other = await ok(planner.get('/api/v1/overviews/on-hand?warehouseId=NOWHERE'), 'empty');
    expect(other).toMatchObject({ itemsInStock: 0, stockRowsByStatus: [], movementsByKind: { keys: [] } });
    expect((await planner.get('/api/v1/overviews/on-hand?utcOffsetMinutes=841')).status).toBe(400);
    expect((await t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' })).get('/api/v1/overviews/on-hand')).status).toBe(403);
  });

  it('counts open journals and the lines counted in each hour by worker and zone', async () => {
    t().clock.set(at('2026-01-05T10:00:00Z'));
    const mia = t().as(await t().newKey({ kind: 'user', role: 'warehouse_manager' }, 'mia'));
    const journal = await ok(mia.post('/api/v1/counting-journals', { warehouseId: 'WH1', countingBy: 'Location', values: ['A-01', 'A-02'] }), 'journal');
    let o = await ok(planner.get('/api/v1/overviews/counting'), 'counting overview');
    expect(o).toMatchObject({ journals: { open: 1, postedToday: 0 }, cycleCountWork: { open: 0, pendingReview: 0, closedToday: 0 }, countsByWorker: { keys: [] } });
    const lineAt = (locationId: string) => journal.lines.find((l: any) => l.locationId === locationId && l.itemNumber === 'ITEM-1').lineNumber;
    t().clock.set(at('2026-01-05T10:30:00Z'));
    await ok(mia.post(`/api/v1/counting-journals/${String(journal.journalId)}/counts`, { operationId: 'ov-c1', counts: [{ lineNumber: lineAt('A-01'), countedQuantity: 7 }, { lineNumber: lineAt('A-02'), countedQuantity: 4 }] }), 'count');
    await ok(mia.post(`/api/v1/counting-journals/${String(journal.journalId)}/post`, { operationId: 'ov-post' }), 'post');
    o = await ok(planner.get('/api/v1/overviews/counting?warehouseId=WH1'), 'counting overview');
    expect(o.journals).toEqual({ open: 0, postedToday: 1 });
    expect(busyHours(o.countsByWorker)).toEqual([['2026-01-05T10:00:00.000Z', { mia: 2 }]]);
    expect(busyHours(o.countsByZone)).toEqual([['2026-01-05T10:00:00.000Z', { Z1: 1, '': 1 }]]);
    expect((await planner.get('/api/v1/overviews/counting?warehouseId=')).status).toBe(400);
    expect((await t().as(await t().newKey({ kind: 'user', role: 'integration_operator' })).get('/api/v1/overviews/counting')).status).toBe(403);
  });
});

describe('the setup and users overviews', () => {
  const t = useTestApp();

  beforeAll(async () => {
    t().clock.set(at('2026-01-05T08:00:00Z'));
    await createWarehouseMasterData(t().admin);
    await createErp(t(), 'ERP1');
  });

  it('counts the master data and the items no source system can name', async () => {
    const manager = t().as(await t().newKey({ kind: 'user', role: 'warehouse_manager' }));
    const o = await ok(manager.get('/api/v1/overviews/setup'), 'setup overview');
    expect(o.records).toMatchObject({ warehouses: 1, items: 3, units: 3, inventoryStatuses: 2, inventoryOwners: 1, sourceSystems: 1, itemMappings: 3, locations: 0 });
    expect(o).toMatchObject({ itemsWithoutMapping: 0, activeWebhookSubscriptions: 0, activeApiKeys: null });
    await ok(t().admin.post('/api/v1/items', { itemNumber: 'NEW', name: 'New item', inventoryUnit: 'ea' }), 'item');
    const byAdmin = await ok(t().admin.get('/api/v1/overviews/setup'), 'setup overview');
    expect(byAdmin.itemsWithoutMapping).toBe(1);
    expect(byAdmin.activeApiKeys).toBeGreaterThanOrEqual(3);
    expect((await t().as(await t().newKey({ kind: 'user', role: 'planner' })).get('/api/v1/overviews/setup')).status).toBe(403);
  });

  it('counts users by role and state, and the sign-ins of each day, for admins only', async () => {
    const ada = await readyUser(t(), { username: 'ada', role: 'planner' });
    await readyUser(t(), { username: 'bo', role: 'warehouse_worker' });
    await ok(t().admin.patch('/api/v1/users/bo', { disabled: true }), 'disable bo');
    t().clock.set(at('2026-01-06T09:00:00Z'));
    await ok(t().as(undefined).post('/api/v1/sessions', { username: ada.username, password: ada.password }), 'sign in');
    const o = await ok(t().admin.get('/api/v1/overviews/users'), 'users overview');
    expect(o.byRole.find((r: any) => r.role === 'planner')).toEqual({ role: 'planner', enabled: 1, disabled: 0 });
    expect(o.byRole.find((r: any) => r.role === 'warehouse_worker')).toEqual({ role: 'warehouse_worker', enabled: 0, disabled: 1 });
    expect(o).toMatchObject({ locked: 0, mustChangePassword: 0, activeSessions: 1 });
    expect(o.signInsPerDay).toHaveLength(14);
    // Each user signed in once on the 5th (to choose a password), Ada again on the 6th.
    expect(o.signInsPerDay.slice(-2)).toEqual([
      { dayStart: '2026-01-05T00:00:00.000Z', count: 2 },
      { dayStart: '2026-01-06T00:00:00.000Z', count: 1 },
    ]);
    expect((await t().as(await t().newKey({ kind: 'user', role: 'warehouse_manager' })).get('/api/v1/overviews/users')).status).toBe(403);
    expect((await t().admin.get('/api/v1/overviews/users?utcOffsetMinutes=x')).status).toBe(400);
  });
});
