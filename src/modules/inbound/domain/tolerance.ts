/**
 * Over- and under-delivery tolerances. Percentages are stored like quantities (micro-units of a
 * percent), so the limits are exact integers: BigInt keeps the products exact.
 */
const HUNDRED_PERCENT = 100n * 1_000_000n;

/** The most that may be received against `qty` with an over-delivery percentage (rounded down). */
export function overDeliveryLimit(qty: number, overPct: number): number {
  return Number((BigInt(qty) * (HUNDRED_PERCENT + BigInt(overPct))) / HUNDRED_PERCENT);
}

/** The least that counts as complete for `qty` with an under-delivery percentage (rounded up). */
export function underDeliveryLimit(qty: number, underPct: number): number {
  const pct = BigInt(Math.min(underPct, 100 * 1_000_000));
  const n = BigInt(qty) * (HUNDRED_PERCENT - pct);
  return Number((n + HUNDRED_PERCENT - 1n) / HUNDRED_PERCENT);
}

export const LOAD_OVER_RECEIPT_POLICIES = ['Allow', 'Block', 'BlockForClosedLoads'] as const;
export type LoadOverReceiptPolicy = (typeof LOAD_OVER_RECEIPT_POLICIES)[number];

export const PACKING_SLIP_POLICIES = ['Never', 'Always', 'Optional'] as const;
export type PackingSlipPolicy = (typeof PACKING_SLIP_POLICIES)[number];

export interface OverReceiptCheck {
  policy: LoadOverReceiptPolicy;
  loadStatus: string;
  /** The order line: expected and already registered, inventory unit. */
  lineExpected: number;
  lineRegistered: number;
  lineOverPct: number;
  /** The load line: planned and already registered on this load. */
  loadQty: number;
  loadRegistered: number;
  qty: number;
}

/**
 * Whether a registration is allowed, and why not. The order line's tolerance always applies (Allow:
 * up to the order line quantity plus over-delivery); Block also caps at the load line quantity plus
 * over-delivery; BlockForClosedLoads refuses any more on a load whose receiving is completed.
 */
export function overReceiptRefusal(c: OverReceiptCheck): string | null {
  if (c.qty <= 0) return 'quantity must be positive';
  if (c.policy === 'BlockForClosedLoads' && c.loadStatus === 'Received') return 'the load is Received and the load over receipt policy blocks receipts on closed loads';
  if (c.lineRegistered + c.qty > overDeliveryLimit(c.lineExpected, c.lineOverPct)) return 'more than the order line quantity plus its over-delivery percentage';
  if (c.policy === 'Block' && c.loadRegistered + c.qty > overDeliveryLimit(c.loadQty, c.lineOverPct)) return 'more than the load line quantity plus over-delivery, and the load over receipt policy is Block';
  return null;
}

/** Order line receiving status from what the shipment receipts that stand report. */
export function lineReceivingStatus(expected: number, reported: number, underPct: number): 'Open' | 'PartiallyReceived' | 'Received' {
  if (reported <= 0) return 'Open';
  return reported >= underDeliveryLimit(expected, underPct) ? 'Received' : 'PartiallyReceived';
}

export function headerReceivingStatus(lines: readonly string[]): 'Open' | 'PartiallyReceived' | 'Received' {
  if (lines.length > 0 && lines.every((s) => s === 'Received')) return 'Received';
  return lines.some((s) => s !== 'Open') ? 'PartiallyReceived' : 'Open';
}
