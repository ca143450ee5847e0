import type { AppContext } from '../../../platform/context.js';
import { CommonErrors, DomainError } from '../../../platform/errors.js';
import { qtyToNumber, type Qty } from '../../../platform/quantity.js';
import { referenceReader } from '../../master-data/index.js';
import { quantitiesWithRemainder } from '../../orders/index.js';
import { pickedByLine } from '../db/picked-by-line.js';
import { lockOutboundOrder } from '../db/row-locks.js';
import { refreshOrderShipmentStatus } from '../db/shipped-quantities.js';
import { lineShipmentStatus } from '../domain/statuses.js';
import { OutboundErrors } from '../errors.js';
import { releaseReservations, reservedByLine } from './reserve-stock.js';
import { returnToOrderLine } from './return-to-order-line.js';
import { runCommand } from '../../../platform/command.js';

export interface OutboundRemainder {
  orderNumber: string;
  lineNumber: number;
  /** Micro-units of the line's unit: what the line still orders beyond what was shipped. */
  remaining: Qty;
  confinedTo: string | undefined;
}

/**
 * Delivery remainder of an outbound order line: its ordered quantity becomes what was shipped plus the
 * remainder (0: the customer gets no more; a line with nothing shipped is canceled). What is released to
 * the warehouse stays (its work is changed by short picks and cancellations, not here), so the remainder
 * cannot go below it. Reservations the line no longer needs are given back; release and shipment
 * statuses follow at once.
 */
export async function setOutboundDeliveryRemainder(ctx: AppContext, input: OutboundRemainder) {
  return runCommand(ctx, async ({ trx, now }) => {
    await lockOutboundOrder(trx, input.orderNumber);
    const order = await trx.selectFrom('outbound_orders').select(['order_number', 'source_system_id', 'source_order_number']).where('order_number', '=', input.orderNumber).executeTakeFirst();
    const line = order && (input.confinedTo === undefined || order.source_system_id === input.confinedTo)
      ? await trx.selectFrom('outbound_order_lines').selectAll().where('order_number', '=', input.orderNumber).where('line_number', '=', input.lineNumber).where('status', '=', 'Active').executeTakeFirst()
      : undefined;
    if (!order || !line) {
      throw new DomainError(OutboundErrors.orderNotFound, `Outbound shipment order '${input.orderNumber}' has no active line ${String(input.lineNumber)}`, [
        { field: 'orderLineNumber', reason: 'no such active line', value: input.lineNumber },
      ]);
    }
    const quantities = await quantitiesWithRemainder(referenceReader(trx), { itemNumber: line.item_number, unit: line.unit, inventoryUnit: line.inventory_unit }, line.shipped_inventory_qty, input.remaining);
    if (!quantities) {
      throw new DomainError(CommonErrors.validation, `Item '${line.item_number}' has no conversion between '${line.unit}' and '${line.inventory_unit}'`, [{ field: 'remainingQuantity', reason: 'no unit conversion', value: line.unit }]);
    }
    if (quantities.inventoryQty < line.released_inventory_qty) {
      const inWork = line.released_inventory_qty - line.shipped_inventory_qty;
      throw new DomainError(
        OutboundErrors.lineInProgress,
        `Line ${String(input.lineNumber)} of order '${input.orderNumber}' has ${String(qtyToNumber(inWork))} ${line.inventory_unit} released to the warehouse and not shipped; the remainder cannot be less than that (short-pick or cancel its work first)`,
        [{ field: 'remainingQuantity', reason: `at least ${String(qtyToNumber(inWork))} ${line.inventory_unit} is released to the warehouse`, value: qtyToNumber(input.remaining) }],
      );
    }
    const status = quantities.inventoryQty === 0 ? 'Canceled' : 'Active';
    await trx
      .updateTable('outbound_order_lines')
      .set({ ordered_qty: quantities.lineUnitQty, ordered_inventory_qty: quantities.inventoryQty, shipment_status: lineShipmentStatus(quantities.inventoryQty, line.shipped_inventory_qty), status })
      .where('id', '=', line.id)
      .execute();
    // Release status against the new ordered quantity (nothing is returned: qty 0).
    await returnToOrderLine(trx, now, input.orderNumber, input.lineNumber, 0);
    await refreshOrderShipmentStatus(trx, now, [input.orderNumber]);
    const reserved = (await reservedByLine(trx, order.source_system_id, order.source_order_number)).get(input.lineNumber) ?? 0;
    const picked = (await pickedByLine(trx, order.source_system_id, order.source_order_number)).get(input.lineNumber) ?? 0;
    const excess = reserved - Math.max(0, quantities.inventoryQty - picked);
    if (excess > 0) await releaseReservations(trx, now, { orderNumber: input.orderNumber, lineNumber: input.lineNumber }, excess);
    const after = await trx.selectFrom('outbound_order_lines').select(['release_status', 'shipment_status', 'status']).where('id', '=', line.id).executeTakeFirstOrThrow();
    return {
      orderNumber: input.orderNumber,
      orderLineNumber: input.lineNumber,
      orderedQuantity: qtyToNumber(quantities.lineUnitQty),
      orderedInventoryQuantity: qtyToNumber(quantities.inventoryQty),
      shippedQuantity: qtyToNumber(line.shipped_inventory_qty),
      remainingQuantity: qtyToNumber(Math.max(0, quantities.inventoryQty - line.shipped_inventory_qty)),
      releaseStatus: after.release_status,
      shipmentStatus: after.shipment_status,
      status: after.status,
    };
  });
}
