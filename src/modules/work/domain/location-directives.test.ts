import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { choosePutLocation, locationsToWeigh, type CandidateLocation, type Directive } from './location-directives.js';

const directive = (over: Partial<Directive> = {}): Directive => ({
  directiveId: 'D1',
  sequence: 10,
  itemNumber: null,
  ownerId: null,
  inventoryStatusId: null,
  zoneId: null,
  locationType: null,
  respectCapacity: true,
  oneItemPerLocation: false,
  fallbackLocationId: null,
  ...over,
});
const loc = (locationId: string, over: Partial<CandidateLocation> = {}): CandidateLocation => ({
  locationId,
  zoneId: null,
  locationType: 'storage',
  maxQuantity: null,
  maxDistinctItems: null,
  sortCode: null,
  ...over,
});
const request = { itemNumber: 'A', ownerId: 'O', inventoryStatusId: 'AV', qty: 10 };

describe('choosing a put location', () => {
  it('takes the first storage location in sort order', () => {
    const d = choosePutLocation([directive()], [loc('B-2', { sortCode: 2 }), loc('B-1', { sortCode: 1 }), loc('RECV', { locationType: 'receipt' })], new Map(), request);
    expect(d).toEqual({ locationId: 'B-1', directiveId: 'D1', fallback: false });
  });

  it('skips a full location when the directive respects capacity', () => {
    const occupancy = new Map([['B-1', new Map([['A', 95]])]]);
    const d = choosePutLocation([directive()], [loc('B-1', { maxQuantity: 100 }), loc('B-2', { maxQuantity: 100 })], occupancy, request);
    expect(d.locationId).toBe('B-2');
  });

  it('keeps one item per location when the directive says so, and uses the fallback when every location is taken', () => {
    const occupancy = new Map([['B-1', new Map([['X', 1]])], ['B-2', new Map([['Y', 1]])]]);
    const d = choosePutLocation([directive({ oneItemPerLocation: true, fallbackLocationId: 'OVERFLOW' })], [loc('B-1'), loc('B-2')], occupancy, request);
    expect(d).toEqual({ locationId: 'OVERFLOW', directiveId: 'D1', fallback: true });
  });

  it('tries directives in sequence and honours their item, status and zone filters', () => {
    const qc = directive({ directiveId: 'QC', sequence: 1, inventoryStatusId: 'QC', zoneId: 'QZ' });
    const general = directive({ directiveId: 'GEN', sequence: 2, zoneId: 'BULK' });
    const candidates = [loc('Q-1', { zoneId: 'QZ' }), loc('B-1', { zoneId: 'BULK' })];
    expect(choosePutLocation([general, qc], candidates, new Map(), request).locationId).toBe('B-1');
    expect(choosePutLocation([general, qc], candidates, new Map(), { ...request, inventoryStatusId: 'QC' }).locationId).toBe('Q-1');
  });

  it('says why when nothing applies', () => {
    expect(choosePutLocation([directive({ itemNumber: 'Z' })], [loc('B-1')], new Map(), request)).toEqual({ locationId: null, reason: 'no location directive applies' });
  });
});

describe('reading only the occupancy that can decide', () => {
  const arbLocation = fc.record({
    locationId: fc.constantFrom('L-1', 'L-2', 'L-3', 'L-4', 'L-5'),
    zoneId: fc.constantFrom(null, 'Z1', 'Z2'),
    locationType: fc.constantFrom('storage', 'receipt'),
    maxQuantity: fc.constantFrom(null, 5, 20),
    maxDistinctItems: fc.constantFrom(null, 1, 2),
    sortCode: fc.constantFrom(null, 1, 2, 3),
  });
  const arbDirective = fc.record({
    directiveId: fc.constantFrom('D1', 'D2', 'D3'),
    sequence: fc.integer({ min: 1, max: 5 }),
    itemNumber: fc.constantFrom(null, 'A', 'B'),
    ownerId: fc.constant(null),
    inventoryStatusId: fc.constant(null),
    zoneId: fc.constantFrom(null, 'Z1', 'Z2'),
    locationType: fc.constantFrom(null, 'storage', 'receipt'),
    respectCapacity: fc.boolean(),
    oneItemPerLocation: fc.boolean(),
    fallbackLocationId: fc.constantFrom(null, 'FALLBACK'),
  });
  const arbOccupancy = fc.array(fc.tuple(fc.constantFrom('L-1', 'L-2', 'L-3', 'L-4', 'L-5'), fc.constantFrom('A', 'B', 'C'), fc.integer({ min: 0, max: 30 })), { maxLength: 12 });

  it('chooses the same location as with the whole warehouse\'s occupancy', () => {
    fc.assert(
      fc.property(fc.array(arbDirective, { maxLength: 3 }), fc.uniqueArray(arbLocation, { selector: (l) => l.locationId }), arbOccupancy, fc.constantFrom('A', 'B'), fc.integer({ min: 1, max: 25 }), (directives, candidates, entries, itemNumber, qty) => {
        const whole = new Map<string, Map<string, number>>();
        for (const [location, item, q] of entries) whole.set(location, new Map([...(whole.get(location) ?? []), [item, q]]));
        const weighed = new Set(locationsToWeigh(directives, candidates));
        const part = new Map([...whole].filter(([location]) => weighed.has(location)));
        const r = { itemNumber, ownerId: 'O', inventoryStatusId: 'AV', qty };
        expect(choosePutLocation(directives, candidates, part, r)).toEqual(choosePutLocation(directives, candidates, whole, r));
      }),
      { numRuns: 2000 },
    );
  });
});
