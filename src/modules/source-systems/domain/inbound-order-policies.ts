import type { InboundDeliveryPolicy, InboundLoadSyncPolicy, SourceSystem } from './source-system-settings.js';

export interface InboundOrderPolicy {
  /** '' stands for any order type. */
  orderType: string;
  /** The consigner's account number; '' stands for any. */
  accountNumber: string;
  loadSynchronizationPolicy: InboundLoadSyncPolicy;
  deliveryPolicy: InboundDeliveryPolicy;
}

/**
 * The policy for one inbound order: the most specific row of the source system's grid (type and account,
 * then type, then account, then the catch-all), else the source system's own settings.
 */
export function inboundPolicyFor(
  system: Pick<SourceSystem, 'inboundLoadSynchronizationPolicy' | 'inboundDeliveryPolicy'>,
  grid: readonly InboundOrderPolicy[],
  order: { orderType: string | null; accountNumber: string | null },
): { loadSynchronizationPolicy: InboundLoadSyncPolicy; deliveryPolicy: InboundDeliveryPolicy } {
  const type = order.orderType ?? '';
  const account = order.accountNumber ?? '';
  const candidates: Array<[string, string]> = [
    [type, account],
    [type, ''],
    ['', account],
    ['', ''],
  ];
  for (const [t, a] of candidates) {
    const row = grid.find((r) => r.orderType === t && r.accountNumber === a);
    if (row) return { loadSynchronizationPolicy: row.loadSynchronizationPolicy, deliveryPolicy: row.deliveryPolicy };
  }
  return { loadSynchronizationPolicy: system.inboundLoadSynchronizationPolicy, deliveryPolicy: system.inboundDeliveryPolicy };
}
