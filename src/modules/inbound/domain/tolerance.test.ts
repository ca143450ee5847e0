import { describe, expect, it } from 'vitest';
import { qty } from '../../../platform/quantity.js';
import { headerReceivingStatus, lineReceivingStatus, overDeliveryLimit, overReceiptRefusal, underDeliveryLimit } from './tolerance.js';

const pct = (n: number) => qty(n);

describe('delivery tolerances', () => {
  it('computes exact limits', () => {
    expect(overDeliveryLimit(qty(10), pct(10))).toBe(qty(11));
    expect(overDeliveryLimit(qty(3), pct(0))).toBe(qty(3));
    expect(underDeliveryLimit(qty(10), pct(10))).toBe(qty(9));
  });

  const base = { policy: 'Allow' as const, loadStatus: 'InProcess', lineExpected: qty(10), lineRegistered: 0, lineOverPct: pct(10), loadQty: qty(5), loadRegistered: 0, qty: qty(8) };

  it('allows up to the order line plus over-delivery under Allow, and caps at the load line under Block', () => {
    expect(overReceiptRefusal(base)).toBeNull();
    expect(overReceiptRefusal({ ...base, qty: qty(12) })).toMatch(/order line/);
    expect(overReceiptRefusal({ ...base, policy: 'Block' })).toMatch(/load line/);
    expect(overReceiptRefusal({ ...base, policy: 'Block', qty: qty(5.5) })).toBeNull();
  });

  it('blocks any receipt on a Received load only under BlockForClosedLoads', () => {
    expect(overReceiptRefusal({ ...base, loadStatus: 'Received' })).toBeNull();
    expect(overReceiptRefusal({ ...base, loadStatus: 'Received', policy: 'BlockForClosedLoads' })).toMatch(/closed loads/);
  });

  it('derives receiving status within the under-delivery tolerance', () => {
    expect(lineReceivingStatus(qty(10), 0, 0)).toBe('Open');
    expect(lineReceivingStatus(qty(10), qty(9), pct(10))).toBe('Received');
    expect(lineReceivingStatus(qty(10), qty(9), 0)).toBe('PartiallyReceived');
    expect(headerReceivingStatus(['Received', 'Open'])).toBe('PartiallyReceived');
    expect(headerReceivingStatus(['Received', 'Received'])).toBe('Received');
  });
});
