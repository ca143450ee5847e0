import { describe, expect, it } from 'vitest';
import { nestingProblems, parentsFirst, type PlateNode } from './license-plate-nesting.js';

const plate = (licensePlateId: string, parentLicensePlateId: string | null = null, warehouseId: string | null = 'W1'): PlateNode => ({
  licensePlateId,
  parentLicensePlateId,
  warehouseId,
});

const known = (...plates: PlateNode[]) => new Map(plates.map((p) => [p.licensePlateId, p]));

describe('nesting license plates', () => {
  it('accepts a carton on a pallet', () => {
    const carton = plate('C', 'P');
    expect(nestingProblems([carton], known(plate('P'), carton))).toEqual([]);
  });

  it('refuses a plate inside itself, directly or through others', () => {
    expect(nestingProblems([plate('P', 'P')], known(plate('P', 'P')))[0]?.reason).toBe('a license plate cannot contain itself');
    const pallet = plate('P', 'C');
    expect(nestingProblems([pallet], known(pallet, plate('C', 'P')))[0]?.reason).toBe('the license plate would end up inside itself');
  });

  it('refuses a parent in another warehouse, but not a plate whose warehouse is unknown', () => {
    expect(nestingProblems([plate('C', 'P', 'W2')], known(plate('P'), plate('C', 'P', 'W2')))[0]?.reason).toBe("the parent license plate is in warehouse 'W1'");
    expect(nestingProblems([plate('C', 'P', null)], known(plate('P'), plate('C', 'P', null)))).toEqual([]);
  });

  it('orders writes so that parents come before their children', () => {
    const order = parentsFirst([plate('C2', 'C1'), plate('C1', 'P'), plate('P'), plate('X')]).map((p) => p.licensePlateId);
    expect(order).toEqual(['P', 'C1', 'C2', 'X']);
  });
});
