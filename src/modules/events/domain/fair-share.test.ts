import { describe, expect, it } from 'vitest';
import { allocateSlots } from './fair-share.js';

const none = { bySubscription: new Map<number, number>(), byTenant: new Map<string, number>() };

describe('fair share of webhook sending slots', () => {
  it('gives a tenant with many subscriptions no more than its limit, leaving slots for the others', () => {
    const slowTenant = Array.from({ length: 10 }, (_, i) => ({ subscriptionId: i + 1, tenant: 'ERP-SLOW', due: 50 }));
    const given = allocateSlots([...slowTenant, { subscriptionId: 99, tenant: 'ERP-FAST', due: 3 }], none, { free: 32, perSubscription: 2, perTenant: 8 });
    const slowTotal = [...given].filter(([id]) => id !== 99).reduce((sum, [, n]) => sum + n, 0);
    expect(slowTotal).toBe(8);
    expect(given.get(99)).toBe(2);
  });

  it('counts what is already in flight and never gives more than is due', () => {
    const given = allocateSlots(
      [
        { subscriptionId: 1, tenant: 'A', due: 5 },
        { subscriptionId: 2, tenant: 'A', due: 5 },
        { subscriptionId: 3, tenant: 'B', due: 1 },
      ],
      { bySubscription: new Map([[1, 2]]), byTenant: new Map([['A', 3]]) },
      { free: 10, perSubscription: 2, perTenant: 4 },
    );
    expect(Object.fromEntries(given)).toEqual({ 2: 1, 3: 1 });
  });

  it('goes round-robin when slots are scarce, oldest due first', () => {
    const given = allocateSlots(
      [
        { subscriptionId: 7, tenant: 'A', due: 9 },
        { subscriptionId: 8, tenant: 'B', due: 9 },
        { subscriptionId: 9, tenant: 'C', due: 9 },
      ],
      none,
      { free: 2, perSubscription: 5, perTenant: 5 },
    );
    expect(Object.fromEntries(given)).toEqual({ 7: 1, 8: 1 });
  });
});
