import { beforeAll, describe, expect, it } from 'vitest';
import { referenceReader } from '../src/modules/master-data/index.js';
import { useTestApp, type Client } from './support/harness.js';

/** A source system row, written directly: the integration module owns the table and its API. */
async function insertSourceSystem(t: ReturnType<ReturnType<typeof useTestApp>>, sourceSystemId: string): Promise<void> {
  const now = t.clock.now();
  await t.q.ctx.db.kysely
    .insertInto('source_systems')
    .values({
      source_system_id: sourceSystemId,
      name: `ERP ${sourceSystemId}`,
      inbound_number_policy: 'sourceSystem',
      inbound_number_prefix: '',
      inbound_number_suffix: '',
      outbound_number_policy: 'sourceSystem',
      outbound_number_prefix: '',
      outbound_number_suffix: '',
      manual_inbound_orders: 0,
      manual_outbound_orders: 0,
      reservation_at_import_policy: 'none',
      reservation_policy_mandatory: 0,
      consolidation_policy: 'none',
      inbound_load_sync_policy: 'none',
      inbound_delivery_policy: 'none',
      update_log_inbound: 0,
      update_log_outbound: 0,
      default_owner_id: null,
      receipt_posting_delay_minutes: 0,
      packing_slip_posting_delay_minutes: 0,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

describe('inventory statuses, owners and who may do what', () => {
  const t = useTestApp();
  const api = () => t().admin;

  describe('the default inventory status', () => {
    const status = async (id: string) => (await api().get(`/api/v1/inventory-statuses/${id}`)).body;

    it('makes the first available status the default', async () => {
      const blocked = await api().post('/api/v1/inventory-statuses', { statusId: 'BLOCKED', name: 'Blocked', available: false });
      expect(blocked.body).toEqual({ statusId: 'BLOCKED', name: 'Blocked', available: false, isDefault: false });
      const ok = await api().post('/api/v1/inventory-statuses', { statusId: 'OK', name: 'Available' });
      expect(ok.body).toEqual({ statusId: 'OK', name: 'Available', available: true, isDefault: true });
    });

    it('moves the default when another status is made the default', async () => {
      const fresh = await api().post('/api/v1/inventory-statuses', { statusId: 'FRESH', name: 'Fresh', isDefault: true });
      expect(fresh.body.isDefault).toBe(true);
      expect((await status('OK')).isDefault).toBe(false);
      const back = await api().patch('/api/v1/inventory-statuses/OK', { isDefault: true });
      expect(back.body.isDefault).toBe(true);
      expect((await status('FRESH')).isDefault).toBe(false);
      const defaults = await api().get('/api/v1/inventory-statuses?isDefault=true');
      expect(defaults.body.items.map((s: { statusId: string }) => s.statusId)).toEqual(['OK']);
    });

    it('does not let the default be given up without naming another', async () => {
      const unset = await api().patch('/api/v1/inventory-statuses/OK', { isDefault: false });
      expect(unset.status).toBe(409);
      expect(unset.body.code).toBe('MASTER_DATA.DEFAULT_STATUS_REQUIRED');
      expect(unset.body.errors[0].field).toBe('isDefault');
      const unavailable = await api().patch('/api/v1/inventory-statuses/OK', { available: false });
      expect(unavailable.status).toBe(409);
      expect(unavailable.body.errors[0].field).toBe('available');
      expect(await status('OK')).toMatchObject({ available: true, isDefault: true });
    });

    it('refuses an unavailable default', async () => {
      const res = await api().post('/api/v1/inventory-statuses', { statusId: 'DAMAGED', name: 'Damaged', available: false, isDefault: true });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'isDefault', reason: 'an unavailable status cannot be the default', value: true }]);
    });

    it('refuses to delete the default status while others exist', async () => {
      const res = await api().delete('/api/v1/inventory-statuses/OK');
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('MASTER_DATA.DEFAULT_STATUS_REQUIRED');
      expect((await api().delete('/api/v1/inventory-statuses/BLOCKED')).status).toBe(204);
    });

    it('switches the default by import, and refuses two defaults in one import', async () => {
      const two = await api().post('/api/v1/inventory-statuses/import', [
        { statusId: 'Q1', name: 'Quality 1', isDefault: true },
        { statusId: 'Q2', name: 'Quality 2', isDefault: true },
      ]);
      expect(two.status).toBe(400);
      expect(two.body.errors.map((e: { field: string }) => e.field)).toEqual(['rows[1].isDefault']);
      const one = await api().post('/api/v1/inventory-statuses/import', 'statusId,name,available,isDefault\nOK,Available,true,\nQ1,Quality 1,true,true\n', {
        'content-type': 'text/csv',
      });
      expect(one.body).toEqual({ created: 1, updated: 1, unchanged: 0 });
      expect((await status('Q1')).isDefault).toBe(true);
      expect((await status('OK')).isDefault).toBe(false);
      const reader = referenceReader(t().q.ctx.db.kysely);
      expect(await reader.defaultInventoryStatus()).toEqual({ statusId: 'Q1', available: true });
    });
  });

  describe('inventory owners and their external ids', () => {
    beforeAll(async () => {
      await api().post('/api/v1/inventory-owners', { ownerId: 'ACME', name: 'Acme Corp' });
      await api().post('/api/v1/inventory-owners', { ownerId: 'GLOBEX', name: 'Globex' });
    });

    it('sets, replaces and lists how a source system names an owner', async () => {
      const created = await api().put('/api/v1/inventory-owners/ACME/source-system-ids/ERP1', { externalOwnerId: 'C-100' });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({ ownerId: 'ACME', sourceSystemId: 'ERP1', externalOwnerId: 'C-100' });
      const replaced = await api().put('/api/v1/inventory-owners/ACME/source-system-ids/ERP1', { externalOwnerId: 'C-101' });
      expect(replaced.status).toBe(200);
      await api().put('/api/v1/inventory-owners/ACME/source-system-ids/ERP2', { externalOwnerId: 'C-100' });
      const list = await api().get('/api/v1/inventory-owners/ACME/source-system-ids');
      expect(list.body.items).toEqual([
        { ownerId: 'ACME', sourceSystemId: 'ERP1', externalOwnerId: 'C-101' },
        { ownerId: 'ACME', sourceSystemId: 'ERP2', externalOwnerId: 'C-100' },
      ]);
    });

    it('keeps an external id unique within its source system', async () => {
      const res = await api().put('/api/v1/inventory-owners/GLOBEX/source-system-ids/ERP1', { externalOwnerId: 'C-101' });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('REQUEST.CONFLICT');
      expect(res.body.errors[0].field).toBe('externalOwnerId');
      expect((await api().put('/api/v1/inventory-owners/GLOBEX/source-system-ids/ERP3', { externalOwnerId: 'C-101' })).status).toBe(201);
    });

    it('finds an owner by its external id', async () => {
      const res = await api().get('/api/v1/inventory-owners?sourceSystemId=ERP1&externalOwnerId=C-101');
      expect(res.body.items).toEqual([{ ownerId: 'ACME', name: 'Acme Corp' }]);
      const none = await api().get('/api/v1/inventory-owners?sourceSystemId=ERP2&externalOwnerId=C-101');
      expect(none.body.total).toBe(0);
      const reader = referenceReader(t().q.ctx.db.kysely);
      expect(await reader.ownerByExternalId('ERP1', 'C-101')).toEqual({ ownerId: 'ACME', name: 'Acme Corp' });
      expect(await reader.externalOwnerId('ERP2', 'ACME')).toBe('C-100');
      expect(await reader.externalOwnerId('ERP2', 'GLOBEX')).toBeUndefined();
    });

    it('answers 404 for an unknown owner and forgets a removed external id', async () => {
      expect((await api().put('/api/v1/inventory-owners/NOBODY/source-system-ids/ERP1', { externalOwnerId: 'X' })).status).toBe(404);
      expect((await api().delete('/api/v1/inventory-owners/GLOBEX/source-system-ids/ERP3')).status).toBe(204);
      expect((await api().delete('/api/v1/inventory-owners/GLOBEX/source-system-ids/ERP3')).status).toBe(404);
    });

    it('deletes an owner together with its external ids', async () => {
      await api().post('/api/v1/inventory-owners', { ownerId: 'TEMP', name: 'Temporary' });
      await api().put('/api/v1/inventory-owners/TEMP/source-system-ids/ERP1', { externalOwnerId: 'T-1' });
      expect((await api().delete('/api/v1/inventory-owners/TEMP')).status).toBe(204);
      expect(await referenceReader(t().q.ctx.db.kysely).ownerByExternalId('ERP1', 'T-1')).toBeUndefined();
    });
  });

  describe('access', () => {
    let worker: Client;
    let planner: Client;
    let client: Client;

    beforeAll(async () => {
      await insertSourceSystem(t(), 'ERP1');
      worker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }));
      planner = t().as(await t().newKey({ kind: 'user', role: 'planner' }));
      client = t().as(await t().newKey({ kind: 'source_system', sourceSystemId: 'ERP1' }));
      await api().post('/api/v1/units', { symbol: 'ea', name: 'Each' });
      await api().post('/api/v1/sites', { siteId: 'S1', name: 'Site' });
    });

    it('lets every user role read but only managers write', async () => {
      expect((await worker.get('/api/v1/units/ea')).status).toBe(200);
      expect((await planner.get('/api/v1/sites')).status).toBe(200);
      const created = await worker.post('/api/v1/units', { symbol: 'box', name: 'Box' });
      expect(created.status).toBe(403);
      expect(created.body.code).toBe('AUTH.FORBIDDEN');
      expect((await planner.patch('/api/v1/units/ea', { name: 'Piece' })).status).toBe(403);
      expect((await worker.delete('/api/v1/units/ea')).status).toBe(403);
      expect((await api().get('/api/v1/units/box')).status).toBe(404);
    });

    it('lets an integration client read items, units, warehouses, owners and statuses, and nothing else', async () => {
      for (const path of ['/api/v1/items', '/api/v1/units', '/api/v1/warehouses', '/api/v1/inventory-owners', '/api/v1/inventory-statuses']) {
        expect((await client.get(path)).status, path).toBe(200);
      }
      expect((await client.get('/api/v1/sites')).status).toBe(403);
      expect((await client.get('/api/v1/locations')).status).toBe(403);
    });

    it('does not let an integration client create anything', async () => {
      const res = await client.post('/api/v1/items', { itemNumber: 'X', name: 'X', inventoryUnit: 'ea' });
      expect(res.status).toBe(403);
      expect((await client.post('/api/v1/units/import', [{ symbol: 'x', name: 'X' }])).status).toBe(403);
      expect((await client.put('/api/v1/inventory-owners/ACME/source-system-ids/ERP1', { externalOwnerId: 'Z' })).status).toBe(403);
      expect((await api().get('/api/v1/items/X')).status).toBe(404);
    });

    it("confines an integration client to its own source system's owner ids", async () => {
      const ids = await client.get('/api/v1/inventory-owners/ACME/source-system-ids');
      expect(ids.body.items).toEqual([{ ownerId: 'ACME', sourceSystemId: 'ERP1', externalOwnerId: 'C-101' }]);
      const own = await client.get('/api/v1/inventory-owners?externalOwnerId=C-101');
      expect(own.body.items.map((o: { ownerId: string }) => o.ownerId)).toEqual(['ACME']);
      const notOwn = await client.get('/api/v1/inventory-owners?externalOwnerId=C-100');
      expect(notOwn.body.total).toBe(0);
      expect((await client.get('/api/v1/inventory-owners?sourceSystemId=ERP2')).status).toBe(403);
    });
  });
});
