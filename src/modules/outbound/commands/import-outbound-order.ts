import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { rejectedLines, reservesAtImport } from '../domain/reservation-policy.js';
import { OutboundErrors } from '../errors.js';
import { applyReservation, planReservation, releaseReservations, reservedByLine, type LineDemand } from './reserve-stock.js';
import { upsertOutboundOrder, writeWaitingOutboundOrder } from './upsert-outbound-order.js';
import { applyReleasedChanges, findOrderNumber, planReleasedChanges } from './change-released-order.js';
import { pickedByLine } from '../db/picked-by-line.js';
import { returnToOrderLine } from './return-to-order-line.js';

/**
 * What the message processor calls for an outbound shipment order message: the order is created or
 * updated and, under its reservation at import policy, stock is reserved. A rejection is decided before
 * anything is written, so a failed message leaves no trace; reservations of lines that were reduced or
 * canceled are given back.
 */
export async function importOutboundOrder(...args: Parameters<typeof upsertOutboundOrder>): ReturnType<typeof upsertOutboundOrder> {
  const [db, now, input, , batch] = args;
  // What this reads next must see the order if an earlier message of the batch created it.
  await writeWaitingOutboundOrder(db, batch, input);
  // A new order has nothing released, reserved or picked yet: three reads fewer for most messages.
  const existing = await findOrderNumber(db, input.sourceSystemId, input.sourceOrderNumber);
  // Released quantities the message takes away: decided before anything is written.
  const takebacks = existing ? await planReleasedChanges(db, input, existing.order_number) : [];
  const reserved = existing ? await reservedByLine(db, input.sourceSystemId, input.sourceOrderNumber) : new Map<number, number>();
  const picked = existing ? await pickedByLine(db, input.sourceSystemId, input.sourceOrderNumber) : new Map<number, number>();
  const wantsStock = reservesAtImport(input.reservationAtImportPolicy) && input.lines.length > 0;

  let plan;
  if (wantsStock) {
    const items = await batchTracking(db, input.lines.map((l) => l.itemNumber));
    const demands: LineDemand[] = input.lines.map((l) => {
      const already = reserved.get(l.lineNumber) ?? 0;
      return {
        lineNumber: l.lineNumber,
        itemNumber: l.itemNumber,
        warehouseId: input.warehouseId,
        ownerId: l.ownerId,
        inventoryStatusId: l.inventoryStatusId,
        batchNumber: l.batchNumber,
        serialNumber: l.serialNumber,
        sellableDays: l.sellableDays,
        batchTracked: items.get(l.itemNumber) ?? false,
        qty: Math.max(0, l.orderedInventoryQty - (picked.get(l.lineNumber) ?? 0) - already),
        alreadyReserved: already,
      };
    });
    plan = await planReservation(db, now, demands);
    const rejected = rejectedLines(input.reservationAtImportPolicy, plan.lines);
    if (rejected.length > 0) {
      const units = new Map(input.lines.map((l) => [l.lineNumber, l.inventoryUnit]));
      const describe = (l: (typeof rejected)[number]) =>
        `line ${String(l.lineNumber)} (item ${l.itemNumber}) is short ${String(qtyToNumber(l.short))} ${units.get(l.lineNumber) ?? ''}: ${l.reason ?? ''}`;
      throw new DomainError(
        OutboundErrors.reservationRejected,
        `Order '${input.sourceOrderNumber}' cannot be ${input.reservationAtImportPolicy === 'RejectUnlessFullyReserved' ? 'fully' : 'partly'} reserved (${input.reservationAtImportPolicy}): ${rejected.map(describe).join('; ')}`,
        rejected.map((l) => ({ field: `lines[${String(l.lineNumber)}]`, reason: `short ${String(qtyToNumber(l.short))}: ${l.reason ?? ''}`, value: qtyToNumber(l.short) })),
      );
    }
  }

  if (takebacks.length > 0) await applyReleasedChanges(db, { clock: { now: () => now } }, takebacks);
  const outcome = await upsertOutboundOrder(...args);
  // Release statuses against the new ordered quantities.
  for (const t of takebacks) await returnToOrderLine(db, now, t.orderNumber, t.lineNumber, 0);

  // Reservations beyond what a line still needs (reduced, removed or canceled) are given back.
  const needed = new Map(input.lines.map((l) => [l.lineNumber, Math.max(0, l.orderedInventoryQty - (picked.get(l.lineNumber) ?? 0))]));
  for (const [lineNumber, qty] of reserved) {
    const excess = qty - (outcome.action === 'canceled' ? 0 : (needed.get(lineNumber) ?? 0));
    if (excess > 0) await releaseReservations(db, now, { orderNumber: outcome.orderNumber, lineNumber }, excess);
  }

  if (plan && plan.takes.length > 0) {
    const lost = await applyReservation(db, now, { ...input, orderNumber: outcome.orderNumber }, plan.takes);
    // Another writer reserved the same stock between the read and the guarded write: a plain error
    // rolls the batch back and the processor tries the message again with fresh numbers.
    if (lost.length > 0) throw new Error(`stock for order '${input.sourceOrderNumber}' was reserved concurrently; retrying`);
  }
  return outcome;
}

async function batchTracking(db: Executor, itemNumbers: string[]): Promise<Map<string, boolean>> {
  const rows = await db.selectFrom('items').select(['item_number', 'batch_tracked']).where('item_number', 'in', [...new Set(itemNumbers)]).execute();
  return new Map(rows.map((r) => [r.item_number, r.batch_tracked === 1]));
}
