import type { AppContext } from '../../platform/context.js';
import { fromJson } from '../../platform/db/json.js';
import type { ProcessDefinition } from '../../platform/jobs/processes.js';
import { releaseOrders, type ReleaseOptions } from './commands/release-orders.js';

/** Orders released per transaction group by the automatic release process. */
const RELEASE_CHUNK = 1000;

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
        // Everything waiting is released in this run, a chunk at a time (memory and transactions stay the
        // size of a chunk), instead of one chunk per run: 10,000 orders would otherwise wait ten intervals.
        // The cursor moves past orders that could not be released, so the run ends.
        let after: { createdAt: number; orderNumber: string } | undefined;
        let released = 0;
        for (;;) {
          const orders = await ctx.db.kysely
            .selectFrom('outbound_orders')
            .select(['order_number', 'created_at'])
            .where('warehouse_id', '=', process.scope_key)
            .where('status', '=', 'Active')
            .where('release_status', 'in', statuses)
            .$if(after !== undefined, (q) =>
              q.where((eb) => eb.or([eb('created_at', '>', after!.createdAt), eb.and([eb('created_at', '=', after!.createdAt), eb('order_number', '>', after!.orderNumber)])])),
            )
            .orderBy('created_at')
            .orderBy('order_number')
            .limit(RELEASE_CHUNK)
            .execute();
          if (orders.length === 0) break;
          const results = await releaseOrders(ctx, orders.map((o) => o.order_number), options);
          released += results.filter((r) => r.released).length;
          const last = orders[orders.length - 1]!;
          after = { createdAt: Number(last.created_at), orderNumber: last.order_number };
          if (orders.length < RELEASE_CHUNK) break;
        }
        return released;
      },
    },
    { ...PROCESS_OUTBOUND_SHIPMENTS, run: (process) => shipLoaded(process.scope_key) },
  ];
}
