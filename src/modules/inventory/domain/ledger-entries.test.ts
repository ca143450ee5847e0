import { describe, expect, it } from 'vitest';
import type { Dimensions } from './dimensions.js';
import { adjust, changeStatus, issuePicked, movePicked, register, transfer } from './ledger-entries.js';

const at = (locationId: string): Dimensions => ({ itemNumber: 'I', warehouseId: 'W', locationId, ownerId: 'O', inventoryStatusId: 'AV' });
const cause = { referenceType: 'Test', referenceId: '1', sourceSystemId: 'ERP1' };
const sum = (rows: ReadonlyArray<{ qty: number }>) => rows.reduce((total, r) => total + r.qty, 0);

describe('the ledger rows of each stock change', () => {
  it('reports registered and picked stock to the ERP later, and moves, counts and status changes at once', () => {
    expect(register(at('RECV'), 5, cause)).toEqual([expect.objectContaining({ kind: 'Receipt', status: 'Registered', finalized: false, qty: 5, sourceSystemId: 'ERP1' })]);
    expect(issuePicked(at('PICK'), 5, cause)).toEqual([expect.objectContaining({ kind: 'Issue', status: 'Picked', finalized: false, qty: -5 })]);
    expect(adjust(at('A'), -2, { referenceType: 'CountingJournal', referenceId: 'J1' })).toEqual([expect.objectContaining({ kind: 'Adjustment', finalized: true, qty: -2, sourceSystemId: null })]);
    for (const r of [...transfer(at('A'), at('B'), 3, cause), ...changeStatus(at('A'), 'QC', 3, cause)]) expect(r).toMatchObject({ status: 'Posted', finalized: true });
  });

  it('takes from one place and puts to the other, so a move or a status change leaves the warehouse total alone', () => {
    const move = transfer(at('A'), at('B'), 3, cause);
    expect(move.map((r) => [r.dimensions.locationId, r.qty])).toEqual([['A', -3], ['B', 3]]);
    const status = changeStatus(at('A'), 'QC', 3, cause);
    expect(status.map((r) => [r.dimensions.inventoryStatusId, r.qty])).toEqual([['AV', -3], ['QC', 3]]);
  });

  it('carries a Picked issue with picked stock that moves on, keeping it against the order line', () => {
    const rows = movePicked(at('PICKER'), at('STAGE'), 4, cause, { referenceType: 'Work', referenceId: 'W1' });
    const issues = rows.filter((r) => r.kind === 'Issue');
    expect(sum(issues)).toBe(0);
    expect(issues.map((r) => [r.dimensions.locationId, r.qty])).toEqual([['PICKER', 4], ['STAGE', -4]]);
    expect(sum(rows.filter((r) => r.dimensions.locationId === 'STAGE'))).toBe(0);
    expect(rows.filter((r) => r.kind === 'Transfer').every((r) => r.sourceSystemId === null && r.referenceId === 'W1')).toBe(true);
  });
});
