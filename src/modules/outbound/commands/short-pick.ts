import { sql } from 'kysely';
import type { AppContext } from '../../../platform/context.js';
import { DomainError } from '../../../platform/errors.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { unreserve } from '../../inventory/index.js';
import { lockWork, shortenPickLine } from '../../work/index.js';
import { OutboundErrors } from '../errors.js';
import { lockOutboundOrder, lockShipment } from '../db/row-locks.js';
import { markLoadedWhenPicked } from './pick-hook.js';
import { returnToOrderLine } from './return-to-order-line.js';
import { OUTBOUND_WORK_REFERENCE } from './waves.js';
import { runOperation } from '../../../platform/command.js';

export interface ShortPickResult {
  workId: string;
  lineNumber: number;
  shortQuantity: number;
  reason: string;
}

/**
 * A worker found less than the pick line asks for: the open rest is dropped from the work, its
 * reservation given back, the load line reduced and the quantity returned to the order line (open to be
 * released again), with the reason recorded as a shortage of the wave. Applied once per operation id.
 */
export async function shortPick(ctx: AppContext, input: { workId: string; lineNumber: number; reason: string; workerId: string; operationId: string }): Promise<ShortPickResult> {
  const { result } = await runOperation(ctx, { operationId: input.operationId, scope: `outbound.shortPick:${input.workId}:${String(input.lineNumber)}` }, async ({ trx, now }) => {
    // Waits for a confirmation of the same work in flight, so the rest it drops is what is really open.
    const header = await lockWork(trx, ctx.db.caps, input.workId);
    const allocation = await trx.selectFrom('outbound_reservations').selectAll().where('work_id', '=', input.workId).where('work_line_number', '=', input.lineNumber).executeTakeFirst();
    if (header?.reference_type !== OUTBOUND_WORK_REFERENCE || !allocation || allocation.load_line_id === null) {
      throw new DomainError(OutboundErrors.notShortPickable, `Line ${String(input.lineNumber)} of work '${input.workId}' is not an outbound pick line`, [
        { field: 'lineNumber', reason: 'not an outbound pick line', value: input.lineNumber },
      ]);
    }
    const dropped = await shortenPickLine(trx, now, input.workId, input.lineNumber);
    if (dropped === null || dropped <= 0) {
      throw new DomainError(OutboundErrors.notShortPickable, `Line ${String(input.lineNumber)} of work '${input.workId}' has nothing open`, [
        { field: 'lineNumber', reason: 'the pick line is not open', value: input.lineNumber },
      ]);
    }
    // The allocation still holds exactly the unpicked rest (picks took their part off it).
    await trx.updateTable('outbound_reservations').set({ qty: allocation.qty - dropped, updated_at: now }).where('id', '=', allocation.id).where('qty', '=', allocation.qty).execute();
    await unreserve(trx, now, {
      itemNumber: allocation.item_number,
      warehouseId: allocation.warehouse_id,
      locationId: allocation.location_id,
      licensePlateId: allocation.license_plate_id,
      ownerId: allocation.owner_id,
      inventoryStatusId: allocation.inventory_status_id,
      batchNumber: allocation.batch_number,
      serialNumber: allocation.serial_number,
    }, dropped);
    const placed = await trx.selectFrom('outbound_load_lines').select(['shipment_id', 'order_number']).where('id', '=', allocation.load_line_id).executeTakeFirstOrThrow();
    // The same locks, in the same order (orders before shipments), as a wave allocation of the shipment takes.
    await lockOutboundOrder(trx, placed.order_number);
    await lockShipment(trx, placed.shipment_id);
    const loadLine = await trx.selectFrom('outbound_load_lines').selectAll().where('id', '=', allocation.load_line_id).executeTakeFirstOrThrow();
    const qty = loadLine.qty - dropped;
    await trx
      .updateTable('outbound_load_lines')
      .set({ qty: sql`qty - ${dropped}`, work_created_qty: sql`work_created_qty - ${dropped}`, status: qty > 0 ? 'Open' : 'Canceled' })
      .where('id', '=', loadLine.id)
      .execute();
    await returnToOrderLine(trx, now, loadLine.order_number, loadLine.line_number, dropped);
    const shipment = await trx.selectFrom('outbound_shipments').select('wave_id').where('shipment_id', '=', loadLine.shipment_id).executeTakeFirstOrThrow();
    const reason = `short pick by ${input.workerId} at ${allocation.location_id}: ${input.reason}`;
    await trx
      .insertInto('outbound_wave_shortages')
      .values({ wave_id: shipment.wave_id ?? '', load_line_id: loadLine.id, order_number: loadLine.order_number, line_number: loadLine.line_number, item_number: loadLine.item_number, short_qty: dropped, reason })
      .execute();
    await markLoadedWhenPicked(trx, now, loadLine.load_id);
    return { workId: input.workId, lineNumber: input.lineNumber, shortQuantity: qtyToNumber(dropped), reason };
  });
  return result;
}
