import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './support/harness.js';

const CSV = { 'content-type': 'text/csv' };

/** Bulk import: JSON arrays and CSV, every row checked first, all or nothing, then one transaction. */
describe('master data bulk import', () => {
  const t = useTestApp();
  const api = () => t().admin;

  beforeAll(async () => {
    const res = await api().post('/api/v1/units/import', [
      { symbol: 'ea', name: 'Each' },
      { symbol: 'kg', name: 'Kilogram', decimals: 3 },
    ]);
    expect(res.body).toEqual({ created: 2, updated: 0, unchanged: 0 });
  });

  it('creates, updates and leaves unchanged rows, and counts each', async () => {
    const first = await api().post('/api/v1/items/import', [
      { itemNumber: 'I-1', name: 'Bolt', inventoryUnit: 'ea' },
      { itemNumber: 'I-2', name: 'Nut', inventoryUnit: 'ea', barcode: '111' },
      { itemNumber: 'I-3', name: 'Flour', inventoryUnit: 'kg', batchTracked: true, shelfLifeDays: 180 },
    ]);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ created: 3, updated: 0, unchanged: 0 });

    const second = await api().post('/api/v1/items/import', [
      { itemNumber: 'I-1', name: 'Bolt' },
      { itemNumber: 'I-2', name: 'Hex nut', inventoryUnit: 'ea' },
      { itemNumber: 'I-4', name: 'Washer', inventoryUnit: 'ea' },
    ]);
    expect(second.body).toEqual({ created: 1, updated: 1, unchanged: 1 });
    const nut = await api().get('/api/v1/items/I-2');
    expect(nut.body).toMatchObject({ name: 'Hex nut', barcode: '111' });
  });

  it('writes nothing when one row is bad, and names the row and field', async () => {
    const res = await api().post('/api/v1/items/import', [
      { itemNumber: 'N-1', name: 'New one', inventoryUnit: 'ea' },
      { itemNumber: 'I-1', name: 'Bolt renamed', inventoryUnit: 'ea' },
      { itemNumber: 'N-2', name: 'New two', inventoryUnit: 'ea' },
      { itemNumber: '', name: 'No number', inventoryUnit: 'ea', batchTracked: 'maybe' },
    ]);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['rows[3].batchTracked', 'rows[3].itemNumber']);
    expect((await api().get('/api/v1/items/N-1')).status).toBe(404);
    expect((await api().get('/api/v1/items/I-1')).body.name).toBe('Bolt');
  });

  it('answers 422 for unknown references in any row and writes nothing', async () => {
    const res = await api().post('/api/v1/items/import', [
      { itemNumber: 'N-3', name: 'Fine', inventoryUnit: 'ea' },
      { itemNumber: 'N-4', name: 'Unknown unit', inventoryUnit: 'dozen' },
    ]);
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([{ field: 'rows[1].inventoryUnit', reason: 'unit does not exist', value: 'dozen' }]);
    expect((await api().get('/api/v1/items/N-3')).status).toBe(404);
  });

  it('needs for a new record what create needs, but only the key for an existing one', async () => {
    const res = await api().post('/api/v1/items/import', [
      { itemNumber: 'I-1', barcode: '999' },
      { itemNumber: 'N-5', name: 'No unit' },
    ]);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'rows[1].inventoryUnit', reason: 'is required' }]);
    expect((await api().get('/api/v1/items/I-1')).body.barcode).toBeNull();
  });

  it('refuses the same key twice in one import', async () => {
    const res = await api().post('/api/v1/units/import', [
      { symbol: 'box', name: 'Box' },
      { symbol: 'box', name: 'Carton' },
    ]);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ field: 'rows[1].symbol', reason: 'repeats rows[0]', value: 'box' }]);
  });

  it('refuses a body that is neither a JSON array nor CSV', async () => {
    const res = await api().post('/api/v1/units/import', { symbol: 'box', name: 'Box' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('rows');
  });

  describe('CSV', () => {
    it('imports CSV whose header names the fields, with yes/no flags', async () => {
      const csv = ['itemNumber,name,inventoryUnit,batchTracked,serialTracked,shelfLifeDays,barcode', 'C-1,Cable,ea,no,yes,,222', 'C-2,"Glue, strong",kg,yes,no,30,'].join('\n');
      const res = await api().post('/api/v1/items/import', csv, CSV);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ created: 2, updated: 0, unchanged: 0 });
      expect((await api().get('/api/v1/items/C-1')).body).toMatchObject({ serialTracked: true, batchTracked: false, shelfLifeDays: null, barcode: '222' });
      expect((await api().get('/api/v1/items/C-2')).body).toMatchObject({ name: 'Glue, strong', batchTracked: true, shelfLifeDays: 30, barcode: null });
    });

    it('leaves fields without a column alone and clears optional fields with an empty cell', async () => {
      const keep = await api().post('/api/v1/items/import', 'itemNumber,name\nC-1,Cable 2m\n', { 'content-type': 'text/csv; charset=utf-8' });
      expect(keep.body).toEqual({ created: 0, updated: 1, unchanged: 0 });
      expect((await api().get('/api/v1/items/C-1')).body).toMatchObject({ name: 'Cable 2m', barcode: '222', serialTracked: true });
      await api().post('/api/v1/items/import', 'itemNumber,name,barcode\nC-1,Cable 2m,\n', CSV);
      expect((await api().get('/api/v1/items/C-1')).body.barcode).toBeNull();
    });

    it('reads semicolon-separated files as spreadsheets save them', async () => {
      const res = await api().post('/api/v1/units/import', '\uFEFFsymbol;name;decimals\r\nl;Litre;3\r\n', CSV);
      expect(res.body).toEqual({ created: 1, updated: 0, unchanged: 0 });
      expect((await api().get('/api/v1/units/l')).body).toEqual({ symbol: 'l', name: 'Litre', decimals: 3 });
    });

    it('names the row and the CSV line of a bad value, and writes nothing', async () => {
      const csv = ['symbol,name,decimals', 'pal,Pallet,0', '', 'crt,Crate,seven'].join('\n');
      const res = await api().post('/api/v1/units/import', csv, CSV);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'rows[1].decimals', reason: 'must be integer (CSV line 4)' }]);
      expect((await api().get('/api/v1/units/pal')).status).toBe(404);
    });

    it('names unknown columns', async () => {
      const res = await api().post('/api/v1/units/import', 'symbol,name,colour\npal,Pallet,red\n', CSV);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'header.colour', reason: 'is not a known column', value: 'colour' }]);
    });

    it('refuses unreadable CSV', async () => {
      const res = await api().post('/api/v1/units/import', 'symbol,name\npal,Pallet,extra\n', CSV);
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('body');
    });
  });

  describe('records that refer to each other', () => {
    beforeAll(async () => {
      await api().post('/api/v1/warehouses', { warehouseId: 'W1', name: 'Main' });
      await api().post('/api/v1/zones', { warehouseId: 'W1', zoneId: 'Z1', name: 'Zone 1' });
      await api().post('/api/v1/location-profiles', { profileId: 'PICK', name: 'Pick face', locationType: 'pick' });
    });

    it('imports locations with their zone and profile, and names a zone of the wrong warehouse', async () => {
      const ok = await api().post('/api/v1/locations/import', 'warehouseId,locationId,profileId,zoneId,maxQuantity,maxDistinctItems\nW1,P-1,PICK,Z1,100.5,1\nW1,P-2,PICK,,,\n', CSV);
      expect(ok.body).toEqual({ created: 2, updated: 0, unchanged: 0 });
      expect((await api().get('/api/v1/locations/W1/P-1')).body).toMatchObject({ zoneId: 'Z1', maxQuantity: 100.5, maxDistinctItems: 1, locationType: 'pick' });
      await api().post('/api/v1/warehouses', { warehouseId: 'W2', name: 'Second' });
      const bad = await api().post('/api/v1/locations/import', [{ warehouseId: 'W2', locationId: 'P-1', profileId: 'PICK', zoneId: 'Z1' }]);
      expect(bad.status).toBe(422);
      expect(bad.body.errors).toEqual([{ field: 'rows[0].zoneId', reason: 'zone in this warehouse does not exist', value: 'Z1' }]);
    });

    it('imports nested license plates in any row order', async () => {
      const res = await api().post('/api/v1/license-plates/import', [
        { licensePlateId: 'CARTON-1', warehouseId: 'W1', parentLicensePlateId: 'PALLET-1' },
        { licensePlateId: 'PALLET-1', warehouseId: 'W1' },
      ]);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ created: 2, updated: 0, unchanged: 0 });
      expect((await api().get('/api/v1/license-plates/CARTON-1')).body.parentLicensePlateId).toBe('PALLET-1');
    });

    it('imports unit conversions given as factors', async () => {
      await api().post('/api/v1/units', { symbol: 'box', name: 'Box' });
      const res = await api().post('/api/v1/unit-conversions/import', 'itemNumber,fromUnit,toUnit,factor\n,box,ea,12\nI-1,box,ea,10\n', CSV);
      expect(res.body).toEqual({ created: 2, updated: 0, unchanged: 0 });
      const again = await api().post('/api/v1/unit-conversions/import', 'itemNumber,fromUnit,toUnit,numerator,denominator\n,box,ea,12,1\nI-1,box,ea,20,1\n', CSV);
      expect(again.body).toEqual({ created: 0, updated: 1, unchanged: 1 });
      const list = await api().get('/api/v1/unit-conversions?itemNumber=I-1');
      expect(list.body.items).toMatchObject([{ itemNumber: 'I-1', numerator: 20, denominator: 1 }]);
    });
  });

  it('is for warehouse managers: a warehouse worker may not import', async () => {
    const worker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }));
    const res = await worker.post('/api/v1/units/import', [{ symbol: 'x', name: 'X' }]);
    expect(res.status).toBe(403);
    const manager = t().as(await t().newKey({ kind: 'user', role: 'warehouse_manager' }));
    expect((await manager.post('/api/v1/units/import', [{ symbol: 'x', name: 'X' }])).body).toEqual({ created: 1, updated: 0, unchanged: 0 });
  });
});
