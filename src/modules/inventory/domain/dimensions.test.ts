import { describe, expect, it } from 'vitest';
import { netDeltas, toDimensionRow } from './dimensions.js';

const at = (locationId: string) => toDimensionRow({ itemNumber: 'I', warehouseId: 'W', locationId, ownerId: 'O', inventoryStatusId: 'AV' });

describe('netting stock deltas', () => {
  it('adds deltas of the same dimensions and keeps different locations apart', () => {
    const net = netDeltas([
      { ...at('A'), qty: 5 },
      { ...at('A'), qty: -2 },
      { ...at('B'), qty: 7 },
    ]);
    expect(net.map((n) => [n.location_id, n.qty])).toEqual([
      ['A', 3],
      ['B', 7],
    ]);
  });

  it('drops a move that nets to nothing', () => {
    expect(netDeltas([{ ...at('A'), qty: 4 }, { ...at('A'), qty: -4 }])).toEqual([]);
  });
});
