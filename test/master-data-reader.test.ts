import { beforeAll, describe, expect, it } from 'vitest';
import { referenceReader } from '../src/modules/master-data/index.js';
import { useTestApp } from './support/harness.js';

/** The read API other modules call for every message: answers from the database, memoized per reader. */
describe('master data reference reader', () => {
  const t = useTestApp();
  const reader = () => referenceReader(t().q.ctx.db.kysely);

  beforeAll(async () => {
    const a = t().admin;
    for (const [path, body] of [
      ['/api/v1/sites', { siteId: 'S1', name: 'North' }],
      ['/api/v1/warehouses', { warehouseId: 'W1', name: 'Main', siteId: 'S1' }],
      ['/api/v1/units', { symbol: 'ea', name: 'Each' }],
      ['/api/v1/units', { symbol: 'box', name: 'Box' }],
      ['/api/v1/units', { symbol: 'kg', name: 'Kilogram', decimals: 3 }],
      ['/api/v1/items', { itemNumber: 'A-1', name: 'Apples', inventoryUnit: 'kg', batchTracked: true, shelfLifeDays: 20 }],
      ['/api/v1/items', { itemNumber: 'B-1', name: 'Bolts', inventoryUnit: 'ea' }],
      ['/api/v1/unit-conversions', { fromUnit: 'box', toUnit: 'ea', factor: 12 }],
      ['/api/v1/unit-conversions', { itemNumber: 'A-1', fromUnit: 'box', toUnit: 'kg', factor: 2.5 }],
      ['/api/v1/unit-conversions', { itemNumber: 'B-1', fromUnit: 'ea', toUnit: 'box', numerator: 1, denominator: 50 }],
      ['/api/v1/inventory-owners', { ownerId: 'ACME', name: 'Acme' }],
      ['/api/v1/inventory-statuses', { statusId: 'OK', name: 'Available' }],
      ['/api/v1/inventory-statuses', { statusId: 'HOLD', name: 'On hold', available: false }],
    ] as const) {
      expect((await a.post(path, body)).status, path).toBe(201);
    }
  });

  it('reads warehouses, items, units, owners and statuses', async () => {
    const r = reader();
    expect(await r.warehouse('W1')).toEqual({ warehouseId: 'W1', name: 'Main', siteId: 'S1' });
    expect(await r.item('A-1')).toEqual({
      itemNumber: 'A-1',
      name: 'Apples',
      inventoryUnit: 'kg',
      batchTracked: true,
      serialTracked: false,
      shelfLifeDays: 20,
      productSubtype: 'Product',
      productMasterNumber: null,
      productDimensions: { productColorId: null, productSizeId: null, productStyleId: null, productConfigurationId: null },
    });
    expect(await r.unit('kg')).toEqual({ symbol: 'kg', decimals: 3 });
    expect(await r.owner('ACME')).toEqual({ ownerId: 'ACME', name: 'Acme' });
    expect(await r.inventoryStatus('HOLD')).toEqual({ statusId: 'HOLD', available: false });
    expect(await r.defaultInventoryStatus()).toEqual({ statusId: 'OK', available: true });
    expect(await r.item('NOPE')).toBeUndefined();
  });

  it('resolves conversions: identity, item-specific first, reverse rules inverted', async () => {
    const r = reader();
    expect(await r.conversion('A-1', 'kg', 'kg')).toEqual({ numerator: 1, denominator: 1 });
    expect(await r.conversion('A-1', 'box', 'kg')).toEqual({ numerator: 5, denominator: 2 });
    expect(await r.conversion('A-1', 'kg', 'box')).toEqual({ numerator: 2, denominator: 5 });
    expect(await r.conversion('A-1', 'box', 'ea')).toEqual({ numerator: 12, denominator: 1 });
    expect(await r.conversion('B-1', 'box', 'ea')).toEqual({ numerator: 50, denominator: 1 });
    expect(await r.conversion('B-1', 'box', 'kg')).toBeUndefined();
  });

  it('remembers every answer, misses included, for its lifetime', async () => {
    const r = reader();
    expect(await r.unit('l')).toBeUndefined();
    expect(await r.unit('ea')).toEqual({ symbol: 'ea', decimals: 0 });
    await t().admin.post('/api/v1/units', { symbol: 'l', name: 'Litre', decimals: 3 });
    await t().admin.patch('/api/v1/units/ea', { decimals: 2 });
    expect(await r.unit('l')).toBeUndefined();
    expect(await r.unit('ea')).toEqual({ symbol: 'ea', decimals: 0 });
    const fresh = reader();
    expect(await fresh.unit('l')).toEqual({ symbol: 'l', decimals: 3 });
    expect(await fresh.unit('ea')).toEqual({ symbol: 'ea', decimals: 2 });
  });

  it('reads inside a caller transaction', async () => {
    await t().q.ctx.db.kysely.transaction().execute(async (trx) => {
      await trx.insertInto('units').values({ symbol: 'pal', name: 'Pallet', decimals: 0 }).execute();
      expect(await referenceReader(trx).unit('pal')).toEqual({ symbol: 'pal', decimals: 0 });
    });
  });
});
