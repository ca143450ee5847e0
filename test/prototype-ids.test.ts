import { describe, expect, it } from 'vitest';
import { createWarehouseMasterData } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';
import { createOutboundLocations, putStock } from './support/outbound.js';

/** Names of Object.prototype's members are valid ids: an id looked up in a plain object would find them. */
const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

describe('ids named like Object.prototype members', () => {
  const t = useTestApp();

  it('are unknown counting journal names, not a 500', async () => {
    await createWarehouseMasterData(t().admin);
    for (const id of PROTOTYPE_NAMES) {
      const patched = await t().admin.patch(`/api/v1/counting-journal-names/${encodeURIComponent(id)}`, { excludeFromWarehouseInventoryUpdateLogs: true });
      expect(patched.status, id).toBe(404);
      expect(patched.body.code).toBe('REQUEST.NOT_FOUND');
      const journal = await t().admin.post('/api/v1/counting-journals', { journalNameId: id, warehouseId: 'WH1', countingBy: 'Item', values: ['ITEM-1'] });
      expect(journal.status, id).toBe(422);
      expect(journal.body.errors[0]).toMatchObject({ field: 'journalNameId', value: id });
    }
    const names = await t().admin.get('/api/v1/counting-journal-names');
    expect(names.body.map((n: { journalNameId: string }) => n.journalNameId).filter((n: string) => PROTOTYPE_NAMES.includes(n))).toEqual([]);
  });

  it('can be created as journal names and used like any other', async () => {
    const created = await t().admin.post('/api/v1/counting-journal-names', { journalNameId: 'constructor', description: 'Odd but valid', excludeFromWarehouseInventoryUpdateLogs: false });
    expect(created.status).toBe(201);
    await createOutboundLocations(t().admin);
    await putStock(t(), [{ itemNumber: 'ITEM-1', locationId: 'PICK-1', quantity: 3 }]);
    const journal = await t().admin.post('/api/v1/counting-journals', { journalNameId: 'constructor', warehouseId: 'WH1', countingBy: 'Item', values: ['ITEM-1'] });
    expect(journal.status, JSON.stringify(journal.body)).toBe(201);
    expect(journal.body.journalNameId).toBe('constructor');
  });

  it('are unknown CSV import columns, named in the answer', async () => {
    for (const column of PROTOTYPE_NAMES) {
      const res = await t().admin.post('/api/v1/sites/import', `siteId,name,${column}\nS-CSV,Site,x`, { 'content-type': 'text/csv' });
      expect(res.status, column).toBe(400);
      expect(res.body.errors).toEqual([{ field: `header.${column}`, reason: 'is not a known column', value: column }]);
    }
    expect((await t().admin.get('/api/v1/sites/S-CSV')).status).toBe(404);
  });

  it('are unknown records and sort fields everywhere else', async () => {
    for (const id of PROTOTYPE_NAMES) {
      for (const url of [`/api/v1/items/${id}`, `/api/v1/source-systems/${id}`, `/api/v1/inbound-shipment-orders/${id}`, `/api/v1/counting-journals/${id}`]) {
        const res = await t().admin.get(url.replace(id, encodeURIComponent(id)));
        expect(res.status, url).toBe(404);
      }
      const sorted = await t().admin.get(`/api/v1/items?sort=${encodeURIComponent(id)}`);
      expect(sorted.status, id).toBe(400);
      expect(sorted.body.errors[0].field).toBe('querystring.sort');
    }
  });
});
