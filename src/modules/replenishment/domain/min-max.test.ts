import { describe, expect, it } from 'vitest';
import { chooseSources, replenishQuantity, type SourceStock } from './min-max.js';

const stock = (locationId: string, available: number, more: Partial<SourceStock> = {}): SourceStock => ({
  locationId,
  zoneId: null,
  locationType: 'storage',
  sortCode: null,
  licensePlateId: '',
  ownerId: 'O',
  inventoryStatusId: 'AV',
  batchNumber: '',
  serialNumber: '',
  available,
  ...more,
});

describe('min/max replenishment quantity', () => {
  it('fills up to max less what is there and on its way once on hand is at or below min', () => {
    expect(replenishQuantity({ minQty: 5, maxQty: 20, onHand: 5, incoming: 0, openWork: false })).toBe(15);
    expect(replenishQuantity({ minQty: 5, maxQty: 20, onHand: 2, incoming: 3, openWork: false })).toBe(15);
  });
  it('creates nothing above min, or while replenishment work for the face is open', () => {
    expect(replenishQuantity({ minQty: 5, maxQty: 20, onHand: 6, incoming: 0, openWork: false })).toBe(0);
    expect(replenishQuantity({ minQty: 5, maxQty: 20, onHand: 0, incoming: 0, openWork: true })).toBe(0);
  });
});

describe('replenishment sources', () => {
  it('takes storage stock in sort order until the need is met', () => {
    const chosen = chooseSources('I', [], [stock('B-2', 10, { sortCode: 2 }), stock('B-1', 4, { sortCode: 1 }), stock('P-1', 50, { locationType: 'pick' })], 12);
    expect(chosen.map((c) => [c.stock.locationId, c.qty])).toEqual([
      ['B-1', 4],
      ['B-2', 8],
    ]);
  });
  it('follows the directives: zone first, then any storage', () => {
    const directives = [
      { sequence: 1, itemNumber: null, ownerId: null, inventoryStatusId: null, zoneId: 'HIGH', locationType: 'storage' },
      { sequence: 2, itemNumber: null, ownerId: null, inventoryStatusId: null, zoneId: null, locationType: 'storage' },
    ];
    const chosen = chooseSources('I', directives, [stock('A', 5), stock('Z', 5, { zoneId: 'HIGH' })], 8);
    expect(chosen.map((c) => [c.stock.locationId, c.qty])).toEqual([
      ['Z', 5],
      ['A', 3],
    ]);
  });
});
