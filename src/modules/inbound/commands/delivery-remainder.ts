import { sql } from 'kysely';
import type { AppContext } from '../../../platform/context.js';
import { CommonErrors, DomainError } from '../../../platform/errors.js';
import { qtyToNumber, type Qty } from '../../../platform/quantity.js';
import { referenceReader } from '../../master-data/index.js';
import { quantitiesWithRemainder } from '../../orders/index.js';
import { refreshReceivingStatuses } from '../db/receiving-statuses.js';
import { InboundErrors } from '../errors.js';
import { runCommand } from '../../../platform/command.js';

export interface InboundRemainder {
  orderNumber: string;
  lineNumber: number;
  /** Micro-units of the line's unit: what the line still expects beyond what was received. */
  remaining: Qty;
  /** The source system the caller is confined to, if any: another's order answers as unknown. */
  confinedTo: string | undefined;
}

/**
 * Delivery remainder of an inbound order line: its expected quantity becomes what was received plus the
 * remainder (0: the vendor sends no more, and a line with nothing received is canceled). The receiving
 * status follows at once. The ERP's next message for the order sets the line as it says again.
 */
export async function setInboundDeliveryRemainder(ctx: AppContext, input: InboundRemainder) {
  return runCommand(ctx, async ({ trx, now }) => {
    await trx.updateTable('inbound_orders').set({ version: sql`version` }).where('order_number', '=', input.orderNumber).execute();
    const order = await trx.selectFrom('inbound_orders').select(['order_number', 'source_system_id']).where('order_number', '=', input.orderNumber).executeTakeFirst();
    const line = order && (input.confinedTo === undefined || order.source_system_id === input.confinedTo)
      ? await trx.selectFrom('inbound_order_lines').selectAll().where('order_number', '=', input.orderNumber).where('line_number', '=', input.lineNumber).where('status', '=', 'Active').executeTakeFirst()
      : undefined;
    if (!line) {
      throw new DomainError(InboundErrors.orderNotFound, `Inbound shipment order '${input.orderNumber}' has no active line ${String(input.lineNumber)}`, [
        { field: 'orderLineNumber', reason: 'no such active line', value: input.lineNumber },
      ]);
    }
    const quantities = await quantitiesWithRemainder(referenceReader(trx), { itemNumber: line.item_number, unit: line.unit, inventoryUnit: line.inventory_unit }, line.received_inventory_qty, input.remaining);
    if (!quantities) {
      throw new DomainError(CommonErrors.validation, `Item '${line.item_number}' has no conversion between '${line.unit}' and '${line.inventory_unit}'`, [{ field: 'remainingQuantity', reason: 'no unit conversion', value: line.unit }]);
    }
    const status = quantities.inventoryQty === 0 ? 'Canceled' : 'Active';
    await trx.updateTable('inbound_order_lines').set({ expected_qty: quantities.lineUnitQty, expected_inventory_qty: quantities.inventoryQty, status }).where('id', '=', line.id).execute();
    await trx.updateTable('inbound_orders').set((eb) => ({ version: eb('version', '+', 1), updated_at: now })).where('order_number', '=', input.orderNumber).execute();
    await refreshReceivingStatuses(trx, now, [line.id]);
    const after = await trx.selectFrom('inbound_order_lines').select(['receiving_status', 'status']).where('id', '=', line.id).executeTakeFirstOrThrow();
    return {
      orderNumber: input.orderNumber,
      orderLineNumber: input.lineNumber,
      expectedQuantity: qtyToNumber(quantities.lineUnitQty),
      expectedInventoryQuantity: qtyToNumber(quantities.inventoryQty),
      receivedQuantity: qtyToNumber(line.received_inventory_qty),
      remainingQuantity: qtyToNumber(Math.max(0, quantities.inventoryQty - line.received_inventory_qty)),
      receivingStatus: after.receiving_status,
      status: after.status,
    };
  });
}
