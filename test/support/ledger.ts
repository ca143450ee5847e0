import { expect } from 'vitest';
import type { TestApp } from './harness.js';

/** The ledger and the balances agree: recomputing every balance from the ledger finds no difference. */
export async function expectLedgerConsistent(t: TestApp): Promise<void> {
  const res = await t.admin.get('/api/v1/inventory/consistency');
  expect(res.status).toBe(200);
  expect(res.body.differences).toEqual([]);
  expect(res.body.consistent).toBe(true);
}
