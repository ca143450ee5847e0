import type { AppContext } from '../../../platform/context.js';
import { runCommand } from '../../../platform/command.js';
import { missingReference } from '../../../platform/errors.js';
import { inboundParameters, type InboundParameters } from '../db/parameters.js';
import type { LoadOverReceiptPolicy, PackingSlipPolicy } from '../domain/tolerance.js';

/** Sets a warehouse's receiving parameters (each change raises the version). */
export async function saveInboundParameters(
  ctx: AppContext,
  warehouseId: string,
  input: { packingSlipPolicy: PackingSlipPolicy; loadOverReceiptPolicy: LoadOverReceiptPolicy },
): Promise<InboundParameters> {
  return runCommand(
    ctx,
    async ({ trx }) => {
      if (!(await trx.selectFrom('warehouses').select('warehouse_id').where('warehouse_id', '=', warehouseId).executeTakeFirst())) throw missingReference('warehouseId', 'Warehouse', warehouseId);
      const values = { packing_slip_policy: input.packingSlipPolicy, load_over_receipt_policy: input.loadOverReceiptPolicy };
      await trx
        .insertInto('inbound_parameters')
        .values({ warehouse_id: warehouseId, ...values, version: 1 })
        .onConflict((oc) => oc.column('warehouse_id').doUpdateSet((eb) => ({ ...values, version: eb('inbound_parameters.version', '+', 1) })))
        .execute();
      return inboundParameters(trx, warehouseId);
    },
    { wakes: [] },
  );
}
