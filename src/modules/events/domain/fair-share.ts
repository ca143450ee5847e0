/** A subscription with deliveries due now; `tenant` is its source system (or one key for admin subscriptions). */
export interface DueSubscription {
  subscriptionId: number;
  tenant: string;
  due: number;
}

export interface ShareLimits {
  /** Free sending slots in this sender. */
  free: number;
  perSubscription: number;
  perTenant: number;
}

/**
 * How many deliveries to claim for each subscription now. Slots go round-robin, one at a time, over the
 * subscriptions in the order given (oldest due first), never above a subscription's or a tenant's limit
 * counting what is already in flight. So a tenant whose receivers are slow holds at most `perTenant`
 * slots however many subscriptions it has, and everyone else keeps getting theirs.
 */
export function allocateSlots(
  candidates: readonly DueSubscription[],
  inFlight: { bySubscription: ReadonlyMap<number, number>; byTenant: ReadonlyMap<string, number> },
  limits: ShareLimits,
): Map<number, number> {
  const bySubscription = new Map(inFlight.bySubscription);
  const byTenant = new Map(inFlight.byTenant);
  const given = new Map<number, number>();
  let free = limits.free;
  let progress = true;
  while (free > 0 && progress) {
    progress = false;
    for (const c of candidates) {
      if (free === 0) break;
      const mine = given.get(c.subscriptionId) ?? 0;
      if (mine >= c.due) continue;
      if ((bySubscription.get(c.subscriptionId) ?? 0) >= limits.perSubscription) continue;
      if ((byTenant.get(c.tenant) ?? 0) >= limits.perTenant) continue;
      given.set(c.subscriptionId, mine + 1);
      bySubscription.set(c.subscriptionId, (bySubscription.get(c.subscriptionId) ?? 0) + 1);
      byTenant.set(c.tenant, (byTenant.get(c.tenant) ?? 0) + 1);
      free--;
      progress = true;
    }
  }
  return given;
}
