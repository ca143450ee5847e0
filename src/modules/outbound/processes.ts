import type { AppContext } from '../../platform/context.js';
import { fromJson } from '../../platform/db/json.js';
import type { ProcessDefinition } from '../../platform/jobs/processes.js';
import { releaseOrders, type ReleaseOptions } from './commands/release-orders.js';

export const AUTOMATIC_RELEASE = { type: 'automaticReleaseOfOutboundShipmentOrders', label: 'Automatic release of outbound shipment orders', defaultIntervalSeconds: 600 };
export const PROCESS_OUTBOUND_SHIPMENTS = { type: 'processOutboundShipments', label: 'Process outbound shipments', defaultIntervalSeconds: 600 };

/** Warehouse-wide background processes of the outbound module (scope key: the warehouse id). */
export function outboundProcesses(ctx: AppContext, shipLoaded: (warehouseId: string) => Promise<number>): ProcessDefinition[] {
  return [
    {
      ...AUTOMATIC_RELEASE,
      run: async (process) => {
        const params = fromJson<Partial<ReleaseOptions>>(process.parameters, {});
        const options: ReleaseOptions = { quantityToRelease: params.quantityToRelease ?? 'All', allowPartiallyReleased: params.allowPartiallyReleased ?? false };
        const statuses = options.allowPartiallyReleased ? ['Open', 'PartiallyReleased'] : ['Open'];
        const orders = await ctx.db.kysely
          .selectFrom('outbound_orders')
          .select('order_number')
          .where('warehouse_id', '=', process.scope_key)
          .where('status', '=', 'Active')
          .where('release_status', 'in', statuses)
          .orderBy('created_at')
          .orderBy('order_number')
          .limit(1000)
          .execute();
        const results = await releaseOrders(ctx, orders.map((o) => o.order_number), options);
        return results.filter((r) => r.released).length;
      },
    },
    { ...PROCESS_OUTBOUND_SHIPMENTS, run: (process) => shipLoaded(process.scope_key) },
  ];
}
