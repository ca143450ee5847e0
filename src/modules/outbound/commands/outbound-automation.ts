import type { AppContext } from '../../../platform/context.js';
import { notFound } from '../../../platform/errors.js';
import { changeProcess, findProcess } from '../../../platform/jobs/process-changes.js';
import { ensureProcess } from '../../../platform/jobs/processes.js';
import { AUTOMATIC_RELEASE, PROCESS_OUTBOUND_SHIPMENTS } from '../processes.js';
import { runCommand } from '../../../platform/command.js';

export type AutomaticReleaseParameters = {
  quantityToRelease: 'All' | 'PhysicallyReserved';
  allowPartiallyReleased: boolean;
};

/**
 * Schedules a warehouse's automatic release and its process outbound shipments job, with the release's
 * parameters; answers the two processes' ids, automatic release first.
 */
export async function scheduleOutboundAutomation(ctx: AppContext, warehouseId: string, parameters: AutomaticReleaseParameters): Promise<number[]> {
  const warehouse = await ctx.db.kysely.selectFrom('warehouses').select('warehouse_id').where('warehouse_id', '=', warehouseId).executeTakeFirst();
  if (!warehouse) throw notFound('Warehouse', warehouseId);
  const now = ctx.clock.now();
  const processes = [AUTOMATIC_RELEASE, PROCESS_OUTBOUND_SHIPMENTS];
  return runCommand(ctx, async ({ trx }) => {
    for (const def of processes) await ensureProcess(trx, def, { scopeKey: warehouseId, sourceSystemId: null }, now);
    await changeProcess(trx, { type: AUTOMATIC_RELEASE.type, scopeKey: warehouseId }, { parameters }, now);
    const ids: number[] = [];
    for (const def of processes) {
      const row = await findProcess(trx, { type: def.type, scopeKey: warehouseId });
      if (row) ids.push(Number(row.id));
    }
    return ids;
  });
}
