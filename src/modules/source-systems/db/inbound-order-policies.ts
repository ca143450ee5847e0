import type { Executor } from '../../../platform/db/database.js';
import type { InboundOrderPolicy } from '../domain/inbound-order-policies.js';
import type { InboundDeliveryPolicy, InboundLoadSyncPolicy } from '../domain/source-system-settings.js';

export async function inboundOrderPolicies(db: Executor, sourceSystemId: string): Promise<InboundOrderPolicy[]> {
  const rows = await db.selectFrom('source_system_inbound_order_policies').selectAll().where('source_system_id', '=', sourceSystemId).orderBy('order_type').orderBy('account_number').execute();
  return rows.map((r) => ({
    orderType: r.order_type,
    accountNumber: r.account_number,
    loadSynchronizationPolicy: r.load_sync_policy as InboundLoadSyncPolicy,
    deliveryPolicy: r.delivery_policy as InboundDeliveryPolicy,
  }));
}

/** Replaces the source system's whole grid (what the settings screen saves). */
export async function replaceInboundOrderPolicies(db: Executor, sourceSystemId: string, grid: readonly InboundOrderPolicy[]): Promise<void> {
  await db.deleteFrom('source_system_inbound_order_policies').where('source_system_id', '=', sourceSystemId).execute();
  if (grid.length === 0) return;
  await db
    .insertInto('source_system_inbound_order_policies')
    .values(grid.map((g) => ({ source_system_id: sourceSystemId, order_type: g.orderType, account_number: g.accountNumber, load_sync_policy: g.loadSynchronizationPolicy, delivery_policy: g.deliveryPolicy })))
    .execute();
}
