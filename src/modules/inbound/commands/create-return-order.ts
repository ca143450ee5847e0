import type { Executor } from '../../../platform/db/database.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { DomainError } from '../../../platform/errors.js';
import { referenceReader } from '../../master-data/index.js';
import { refuseInvalidManualOrder, resolveManualLines, type ManualOrderLine } from '../../orders/index.js';
import { findSourceSystem } from '../../source-systems/index.js';
import { InboundErrors } from '../errors.js';
import { synchronizeInboundLoads } from './synchronize-loads.js';
import { upsertOwnInboundOrder } from './create-manual-order.js';

export interface ReturnOrderInput {
  sourceSystemId: string;
  warehouseId: string;
  /** The customer and what was returned (the outbound order, the packing slip), as the receipt shows them. */
  parties: Record<string, unknown>;
  lines: ManualOrderLine[];
}

/** The source system's own number for an item (its first mapping), so that the return receipt names it as the ERP does. */
async function externalItemNumber(db: Executor, sourceSystemId: string, itemNumber: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('source_system_items')
    .select('external_item_number')
    .where('source_system_id', '=', sourceSystemId)
    .where('item_number', '=', itemNumber)
    .orderBy('external_item_number')
    .executeTakeFirst();
  return row?.external_item_number;
}

/**
 * The inbound shipment order a return is received on (reference 3.8: returns create inbound shipment
 * orders of type Return): numbered from its own sequence, its lines checked by the rules of every order.
 * Its receipt is the return receipt the source system reads.
 */
export async function createReturnOrder(trx: Executor, now: number, input: ReturnOrderInput): Promise<string> {
  const system = await findSourceSystem(trx, input.sourceSystemId);
  if (!system) {
    throw new DomainError(InboundErrors.registrationInvalid, `Source system '${input.sourceSystemId}' does not exist`, [{ field: 'sourceSystemId', reason: 'source system does not exist', value: input.sourceSystemId }]);
  }
  const resolved = await resolveManualLines(referenceReader(trx), system, input.lines, { quantity: 'quantity', unit: 'unitSymbol', status: 'dispositionCode' });
  refuseInvalidManualOrder(resolved.problems);
  const orderNumber = await nextNumber(trx, 'returnOrder', { prefix: 'RET-', width: 8 });
  await upsertOwnInboundOrder(trx, now, {
    sourceSystemId: input.sourceSystemId,
    orderNumber,
    orderType: 'Return',
    warehouseId: input.warehouseId,
    parties: input.parties,
    plannedReceipt: now,
    orderOrigin: 'Return',
    lines: await Promise.all(resolved.lines.map(async (l) => ({ ...l, sourceItemNumber: (await externalItemNumber(trx, input.sourceSystemId, l.itemNumber)) ?? l.itemNumber, expectedQty: l.qty, expectedInventoryQty: l.inventoryQty, refs: {} }))),
  });
  // One load for the whole return: its registrations complete together, on one return receipt.
  await synchronizeInboundLoads(trx, now, orderNumber);
  return orderNumber;
}
