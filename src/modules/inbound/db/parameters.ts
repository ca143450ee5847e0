import type { Executor } from '../../../platform/db/database.js';
import type { LoadOverReceiptPolicy, PackingSlipPolicy } from '../domain/tolerance.js';

export interface InboundParameters {
  warehouseId: string;
  packingSlipPolicy: PackingSlipPolicy;
  loadOverReceiptPolicy: LoadOverReceiptPolicy;
  version: number;
}

export const DEFAULT_PARAMETERS = { packingSlipPolicy: 'Optional', loadOverReceiptPolicy: 'Allow' } as const;

export async function inboundParameters(db: Executor, warehouseId: string): Promise<InboundParameters> {
  const row = await db.selectFrom('inbound_parameters').selectAll().where('warehouse_id', '=', warehouseId).executeTakeFirst();
  if (!row) return { warehouseId, ...DEFAULT_PARAMETERS, version: 0 };
  return {
    warehouseId,
    packingSlipPolicy: row.packing_slip_policy as PackingSlipPolicy,
    loadOverReceiptPolicy: row.load_over_receipt_policy as LoadOverReceiptPolicy,
    version: row.version,
  };
}
