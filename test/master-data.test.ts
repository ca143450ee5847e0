import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from './support/harness.js';

/** Master data over HTTP: create, read, change, delete, filters, paging, references and delete protection. */
describe('master data', () => {
  const t = useTestApp();
  const api = () => t().admin;

  beforeAll(async () => {
    const a = api();
    for (const [path, body] of [
      ['/api/v1/sites', { siteId: 'S1', name: 'North' }],
      ['/api/v1/warehouses', { warehouseId: 'W1', name: 'Main', siteId: 'S1' }],
      ['/api/v1/warehouses', { warehouseId: 'W2', name: 'Overflow' }],
      ['/api/v1/location-profiles', { profileId: 'BULK', name: 'Bulk storage', locationType: 'storage', licensePlateControlled: true }],
      ['/api/v1/location-profiles', { profileId: 'DOOR', name: 'Bay door', locationType: 'bayDoor' }],
      ['/api/v1/zones', { warehouseId: 'W1', zoneId: 'COLD', name: 'Cold store' }],
      ['/api/v1/units', { symbol: 'ea', name: 'Each' }],
      ['/api/v1/units', { symbol: 'box', name: 'Box' }],
      ['/api/v1/units', { symbol: 'kg', name: 'Kilogram', decimals: 3 }],
    ] as const) {
      const res = await a.post(path, body);
      expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBe(201);
    }
  });

  describe('sites and warehouses', () => {
    it('creates a warehouse and reads it back', async () => {
      const res = await api().get('/api/v1/warehouses/W1');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ warehouseId: 'W1', name: 'Main', siteId: 'S1' });
    });

    it('answers 409 REQUEST.CONFLICT when the warehouse exists', async () => {
      const res = await api().post('/api/v1/warehouses', { warehouseId: 'W1', name: 'Again' });
      expect(res.status).toBe(409);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('REQUEST.CONFLICT');
      expect(res.body.errors).toEqual([{ field: 'warehouseId', reason: 'already exists', value: 'W1' }]);
    });

    it('answers 422 naming siteId when the site does not exist, and creates nothing', async () => {
      const res = await api().post('/api/v1/warehouses', { warehouseId: 'W9', name: 'Nowhere', siteId: 'NOPE' });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('REQUEST.REFERENCE_NOT_FOUND');
      expect(res.body.errors).toEqual([{ field: 'siteId', reason: 'site does not exist', value: 'NOPE' }]);
      expect((await api().get('/api/v1/warehouses/W9')).status).toBe(404);
    });

    it('changes only the fields given, and null clears an optional reference', async () => {
      await api().post('/api/v1/warehouses', { warehouseId: 'W3', name: 'Third', siteId: 'S1' });
      const renamed = await api().patch('/api/v1/warehouses/W3', { name: 'Third hall' });
      expect(renamed.body).toEqual({ warehouseId: 'W3', name: 'Third hall', siteId: 'S1' });
      const detached = await api().patch('/api/v1/warehouses/W3', { siteId: null });
      expect(detached.body).toEqual({ warehouseId: 'W3', name: 'Third hall', siteId: null });
    });

    it('does not let the key be changed or unknown fields through', async () => {
      const res = await api().patch('/api/v1/warehouses/W3', { warehouseId: 'W4', colour: 'red' });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['colour', 'warehouseId']);
    });

    it('filters warehouses by site and by text', async () => {
      const bySite = await api().get('/api/v1/warehouses?siteId=S1');
      expect(bySite.body.items.map((w: { warehouseId: string }) => w.warehouseId)).toEqual(['W1']);
      const byText = await api().get('/api/v1/warehouses?q=overf');
      expect(byText.body.items.map((w: { warehouseId: string }) => w.warehouseId)).toEqual(['W2']);
    });

    it('refuses to delete a site that a warehouse belongs to, and deletes it once free', async () => {
      await api().post('/api/v1/sites', { siteId: 'S2', name: 'South' });
      await api().post('/api/v1/warehouses', { warehouseId: 'W5', name: 'South hall', siteId: 'S2' });
      const refused = await api().delete('/api/v1/sites/S2');
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('MASTER_DATA.IN_USE');
      expect(refused.body.errors[0]).toMatchObject({ field: 'siteId', reason: 'is used by 1 warehouses' });
      expect((await api().delete('/api/v1/warehouses/W5')).status).toBe(204);
      expect((await api().delete('/api/v1/sites/S2')).status).toBe(204);
      expect((await api().get('/api/v1/sites/S2')).status).toBe(404);
    });
  });

  describe('paging', () => {
    it('pages a list in key order and tells the total', async () => {
      for (const symbol of ['p1', 'p2', 'p3', 'p4', 'p5']) await api().post('/api/v1/units', { symbol, name: `Pack ${symbol}` });
      const page = await api().get('/api/v1/units?q=pack&limit=2&offset=2');
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ total: 5, limit: 2, offset: 2 });
      expect(page.body.items.map((u: { symbol: string }) => u.symbol)).toEqual(['p3', 'p4']);
      const defaults = await api().get('/api/v1/units?q=pack');
      expect(defaults.body).toMatchObject({ total: 5, limit: 50, offset: 0 });
    });

    it('rejects an unknown filter', async () => {
      const res = await api().get('/api/v1/units?colour=red');
      expect(res.status).toBe(400);
    });
  });

  describe('zones and locations', () => {
    it('shows the location type of the location profile, and follows the profile when it changes', async () => {
      const created = await api().post('/api/v1/locations', { warehouseId: 'W1', locationId: 'A-01-01', profileId: 'BULK', zoneId: 'COLD', maxQuantity: 12.5, aisle: 'A', sortCode: 10 });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        warehouseId: 'W1',
        locationId: 'A-01-01',
        profileId: 'BULK',
        zoneId: 'COLD',
        maxQuantity: 12.5,
        maxDistinctItems: null,
        sortCode: 10,
        aisle: 'A',
        locationType: 'storage',
      });
      await api().patch('/api/v1/location-profiles/BULK', { locationType: 'pick' });
      expect((await api().get('/api/v1/locations/W1/A-01-01')).body.locationType).toBe('pick');
      await api().patch('/api/v1/location-profiles/BULK', { locationType: 'storage' });
    });

    it('names every unknown reference of a location', async () => {
      const res = await api().post('/api/v1/locations', { warehouseId: 'W2', locationId: 'X-1', profileId: 'NOPE', zoneId: 'COLD' });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([
        { field: 'profileId', reason: 'location profile does not exist', value: 'NOPE' },
        { field: 'zoneId', reason: 'zone in this warehouse does not exist', value: 'COLD' },
      ]);
    });

    it('keeps capacity exact to six decimals and refuses more', async () => {
      const res = await api().post('/api/v1/locations', { warehouseId: 'W1', locationId: 'A-01-02', profileId: 'BULK', maxQuantity: 0.1234567 });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'maxQuantity', reason: 'has more than 6 decimals', value: 0.1234567 }]);
    });

    it('filters locations by type, zone and warehouse', async () => {
      await api().post('/api/v1/locations', { warehouseId: 'W1', locationId: 'DOOR-1', profileId: 'DOOR' });
      await api().post('/api/v1/locations', { warehouseId: 'W2', locationId: 'DOOR-1', profileId: 'DOOR' });
      const doors = await api().get('/api/v1/locations?locationType=bayDoor');
      expect(doors.body.items.map((l: { warehouseId: string; locationId: string }) => `${l.warehouseId}/${l.locationId}`)).toEqual(['W1/DOOR-1', 'W2/DOOR-1']);
      const doorsW2 = await api().get('/api/v1/locations?locationType=bayDoor&warehouseId=W2');
      expect(doorsW2.body.total).toBe(1);
      const cold = await api().get('/api/v1/locations?zoneId=COLD');
      expect(cold.body.items.map((l: { locationId: string }) => l.locationId)).toEqual(['A-01-01']);
    });

    it('refuses to delete a zone, a profile or a warehouse that locations use', async () => {
      const zone = await api().delete('/api/v1/zones/W1/COLD');
      expect(zone.status).toBe(409);
      expect(zone.body.errors[0].reason).toBe('is used by 1 locations');
      const profile = await api().delete('/api/v1/location-profiles/DOOR');
      expect(profile.status).toBe(409);
      expect(profile.body.errors[0].reason).toBe('is used by 2 locations');
      const warehouse = await api().delete('/api/v1/warehouses/W1');
      expect(warehouse.status).toBe(409);
      expect(warehouse.body.errors.map((e: { reason: string }) => e.reason)).toEqual(['is used by 1 zones', 'is used by 2 locations']);
    });
  });

  describe('items', () => {
    it('creates a non-valuated item by default', async () => {
      const res = await api().post('/api/v1/items', { itemNumber: 'A-100', name: 'Widget', inventoryUnit: 'ea', barcode: '4006381333931' });
      expect(res.status).toBe(201);
      expect(res.body).toEqual({
        itemNumber: 'A-100',
        name: 'Widget',
        inventoryUnit: 'ea',
        batchTracked: false,
        serialTracked: false,
        valuated: false,
        shelfLifeDays: null,
        barcode: '4006381333931',
        unitWeightGrams: null,
        unitVolumeCm3: null,
        description: null,
        productSubtype: 'Product',
        productMasterNumber: null,
        productColorId: null,
        productSizeId: null,
        productStyleId: null,
        productConfigurationId: null,
      });
    });

    it('answers 422 naming inventoryUnit when the unit does not exist', async () => {
      const res = await api().post('/api/v1/items', { itemNumber: 'A-101', name: 'Gadget', inventoryUnit: 'pcs' });
      expect(res.status).toBe(422);
      expect(res.body.errors).toEqual([{ field: 'inventoryUnit', reason: 'unit does not exist', value: 'pcs' }]);
    });

    it('needs batch tracking for a shelf life', async () => {
      const res = await api().post('/api/v1/items', { itemNumber: 'M-1', name: 'Milk', inventoryUnit: 'ea', shelfLifeDays: 10 });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('shelfLifeDays');
      const ok = await api().post('/api/v1/items', { itemNumber: 'M-1', name: 'Milk', inventoryUnit: 'ea', shelfLifeDays: 10, batchTracked: true });
      expect(ok.status).toBe(201);
    });

    it('keeps bar codes unique', async () => {
      const res = await api().post('/api/v1/items', { itemNumber: 'A-102', name: 'Copy', inventoryUnit: 'ea', barcode: '4006381333931' });
      expect(res.status).toBe(409);
      expect(res.body.errors).toEqual([{ field: 'barcode', reason: "is already used by item 'A-100'", value: '4006381333931' }]);
    });

    it('filters items by tracking and text', async () => {
      const batch = await api().get('/api/v1/items?batchTracked=true');
      expect(batch.body.items.map((i: { itemNumber: string }) => i.itemNumber)).toEqual(['M-1']);
      const text = await api().get('/api/v1/items?q=widg');
      expect(text.body.items.map((i: { itemNumber: string }) => i.itemNumber)).toEqual(['A-100']);
      const code = await api().get('/api/v1/items?barcode=4006381333931');
      expect(code.body.total).toBe(1);
    });

    it('refuses to delete a unit an item keeps its stock in', async () => {
      const res = await api().delete('/api/v1/units/ea');
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('MASTER_DATA.IN_USE');
      expect(res.body.errors[0]).toEqual({ field: 'symbol', reason: 'is used by 2 items as their inventory unit', value: 'ea' });
      expect((await api().get('/api/v1/units/ea')).status).toBe(200);
    });
  });

  describe('unit conversions', () => {
    let generalId: number;

    it('stores a decimal factor as an exact fraction', async () => {
      const res = await api().post('/api/v1/unit-conversions', { fromUnit: 'box', toUnit: 'ea', factor: 12 });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ itemNumber: null, fromUnit: 'box', toUnit: 'ea', numerator: 12, denominator: 1, factor: 12 });
      generalId = res.body.id;
      const kg = await api().post('/api/v1/unit-conversions', { fromUnit: 'ea', toUnit: 'kg', itemNumber: 'A-100', factor: 0.25 });
      expect(kg.body).toMatchObject({ itemNumber: 'A-100', numerator: 1, denominator: 4 });
      const fraction = await api().post('/api/v1/unit-conversions', { fromUnit: 'box', toUnit: 'ea', itemNumber: 'A-100', numerator: 20, denominator: 2 });
      expect(fraction.body).toMatchObject({ numerator: 10, denominator: 1 });
    });

    it('refuses a second rule for the same units, and a rule for the reverse direction', async () => {
      const same = await api().post('/api/v1/unit-conversions', { fromUnit: 'box', toUnit: 'ea', factor: 10 });
      expect(same.status).toBe(409);
      expect(same.body.code).toBe('REQUEST.CONFLICT');
      const reverse = await api().post('/api/v1/unit-conversions', { fromUnit: 'ea', toUnit: 'box', numerator: 1, denominator: 12 });
      expect(reverse.status).toBe(409);
      expect(reverse.body.errors[0].reason).toContain('is used inverted');
    });

    it('names the problems of a bad conversion', async () => {
      const res = await api().post('/api/v1/unit-conversions', { fromUnit: 'kg', toUnit: 'kg', factor: 2, numerator: 2 });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['toUnit', 'factor']);
      const unknown = await api().post('/api/v1/unit-conversions', { fromUnit: 'kg', toUnit: 'ea', itemNumber: 'NOPE', factor: 2 });
      expect(unknown.status).toBe(422);
      expect(unknown.body.errors).toEqual([{ field: 'itemNumber', reason: 'item does not exist', value: 'NOPE' }]);
    });

    it('changes the factor and lists conversions by unit', async () => {
      const res = await api().patch(`/api/v1/unit-conversions/${generalId}`, { factor: 24 });
      expect(res.body).toMatchObject({ numerator: 24, denominator: 1 });
      const list = await api().get('/api/v1/unit-conversions?fromUnit=box');
      expect(list.body.total).toBe(2);
    });

    it('refuses to delete an item that has its own conversions', async () => {
      const res = await api().delete('/api/v1/items/A-100');
      expect(res.status).toBe(409);
      expect(res.body.errors[0].reason).toBe('is used by 2 item-specific unit conversions');
      expect((await api().delete(`/api/v1/unit-conversions/${generalId}`)).status).toBe(204);
      expect((await api().get(`/api/v1/unit-conversions/${generalId}`)).status).toBe(404);
    });
  });

  describe('license plates', () => {
    it('records when a plate was created and nests plates', async () => {
      const pallet = await api().post('/api/v1/license-plates', { licensePlateId: 'LP-1', warehouseId: 'W1' });
      expect(pallet.status).toBe(201);
      expect(pallet.body).toEqual({ licensePlateId: 'LP-1', warehouseId: 'W1', parentLicensePlateId: null, createdAt: new Date(t().clock.now()).toISOString() });
      t().clock.advance(60_000);
      const carton = await api().post('/api/v1/license-plates', { licensePlateId: 'LP-2', warehouseId: 'W1', parentLicensePlateId: 'LP-1' });
      expect(carton.body.createdAt).toBe(new Date(t().clock.now()).toISOString());
      const nested = await api().get('/api/v1/license-plates?parentLicensePlateId=LP-1');
      expect(nested.body.items.map((p: { licensePlateId: string }) => p.licensePlateId)).toEqual(['LP-2']);
    });

    it('keeps a plate from ending up inside itself', async () => {
      const res = await api().patch('/api/v1/license-plates/LP-1', { parentLicensePlateId: 'LP-2' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'parentLicensePlateId', reason: 'the license plate would end up inside itself', value: 'LP-2' }]);
    });

    it('keeps nested plates in the warehouse of their parent', async () => {
      const res = await api().post('/api/v1/license-plates', { licensePlateId: 'LP-3', warehouseId: 'W2', parentLicensePlateId: 'LP-1' });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].reason).toBe("the parent license plate is in warehouse 'W1'");
      const move = await api().patch('/api/v1/license-plates/LP-1', { warehouseId: 'W2' });
      expect(move.status).toBe(400);
      expect(move.body.errors[0]).toMatchObject({ field: 'warehouseId', reason: "nested license plate 'LP-2' is in warehouse 'W1'" });
    });

    it('refuses to delete a plate with nested plates', async () => {
      const res = await api().delete('/api/v1/license-plates/LP-1');
      expect(res.status).toBe(409);
      expect(res.body.errors[0].reason).toBe('is used by 1 nested license plates');
    });
  });
});
