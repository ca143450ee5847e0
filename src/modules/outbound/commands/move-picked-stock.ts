import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { ledgerEntries, recordTransactions, type NewInventoryTransaction } from '../../inventory/index.js';
import { OutboundErrors } from '../errors.js';
import { ISSUE_REFERENCE } from './pick-hook.js';

/** Which picked stock of a shipment to move: everything on a license plate, or a quantity of an item. */
export type PickedStockSelector = { licensePlateId: string } | { itemNumber: string; qty: number; batchNumber?: string | null; serialNumber?: string | null };

export interface PickedStockMove {
  warehouseId: string;
  shipmentId: string;
  selector: PickedStockSelector;
  /** Plates whose picked stock must not be taken (the shipment's containers). */
  excludeLicensePlateIds: readonly string[];
  toLocationId: string;
  toLicensePlateId: string;
  operationId: string;
  now: number;
  /** What the move is for, on its Transfer ledger rows (e.g. PackingContainer + container id). */
  reference: { type: string; id: string };
}

export interface MovedPick {
  loadLineId: number;
  orderNumber: string;
  lineNumber: number;
  itemNumber: string;
  fromLocationId: string;
  fromLicensePlateId: string;
  ownerId: string;
  inventoryStatusId: string;
  batchNumber: string;
  serialNumber: string;
  /** Micro-units. */
  qty: number;
}

function nothingToMove(input: PickedStockMove, why: string): DomainError {
  const field = 'licensePlateId' in input.selector ? 'licensePlateId' : 'itemNumber';
  const value = 'licensePlateId' in input.selector ? input.selector.licensePlateId : input.selector.itemNumber;
  return new DomainError(OutboundErrors.pickedStockNotAvailable, `Shipment '${input.shipmentId}': ${why}`, [{ field, reason: why, value }]);
}

/**
 * Moves picked (issued, not yet shipped) stock of a shipment to another place, e.g. into a shipping
 * container at a packing station. The picked quantities follow the stock: each pick row taken from is
 * decremented by a guarded update (`qty >= taken`), so two packers can never move the same picked unit
 * (the second finds the guard false and gets OUTBOUND.PICKED_STOCK_NOT_AVAILABLE), and a row at the new
 * place is added. The ledger gets, per piece, the Picked issue given back where it was, a Transfer out
 * and in, and the Picked issue again at the new place: balances do not change (picked stock is no longer
 * on hand), and the issue the packing slip finalizes is where the stock now is.
 */
export async function movePickedStock(trx: Executor, input: PickedStockMove): Promise<MovedPick[]> {
  const rows = await trx
    .selectFrom('outbound_picks as p')
    .innerJoin('outbound_load_lines as ll', 'll.id', 'p.load_line_id')
    .innerJoin('outbound_loads as l', 'l.load_id', 'p.load_id')
    .select(['p.id', 'p.load_line_id', 'p.load_id', 'p.work_id', 'p.item_number', 'p.warehouse_id', 'p.location_id', 'p.license_plate_id', 'p.owner_id', 'p.inventory_status_id', 'p.batch_number', 'p.serial_number', 'p.qty', 'p.picked_at', 'll.order_number', 'll.line_number', 'l.source_system_id', 'l.status as load_status'])
    .where('ll.shipment_id', '=', input.shipmentId)
    .where('p.warehouse_id', '=', input.warehouseId)
    .where('p.qty', '>', 0)
    .where('l.status', '!=', 'Shipped')
    .$call((q) => (input.excludeLicensePlateIds.length > 0 ? q.where('p.license_plate_id', 'not in', [...input.excludeLicensePlateIds]) : q))
    .$call((q) => {
      const s = input.selector;
      if ('licensePlateId' in s) return q.where('p.license_plate_id', '=', s.licensePlateId);
      let r = q.where('p.item_number', '=', s.itemNumber);
      if (s.batchNumber) r = r.where('p.batch_number', '=', s.batchNumber);
      if (s.serialNumber) r = r.where('p.serial_number', '=', s.serialNumber);
      return r;
    })
    .orderBy('p.id')
    .execute();
  if (rows.length === 0) throw nothingToMove(input, 'no picked stock of this shipment matches (not picked yet, or packed already)');

  const s = input.selector;
  let wanted = 'licensePlateId' in s ? Infinity : s.qty;
  const available = rows.reduce((sum, r) => sum + Number(r.qty), 0);
  if (wanted !== Infinity && wanted > available) {
    throw new DomainError(OutboundErrors.pickedStockNotAvailable, `Shipment '${input.shipmentId}' has ${String(qtyToNumber(available))} picked and not packed of this item, less than ${String(qtyToNumber(wanted))}`, [
      { field: 'quantity', reason: 'more than the picked stock not yet packed', value: qtyToNumber(wanted) },
    ]);
  }

  const moved: MovedPick[] = [];
  const ledger: NewInventoryTransaction[] = [];
  for (const r of rows) {
    if (wanted <= 0) break;
    const take = Math.min(Number(r.qty), wanted);
    wanted -= take;
    const taken = await trx.updateTable('outbound_picks').set({ qty: sql`qty - ${take}` }).where('id', '=', r.id).where('qty', '>=', take).executeTakeFirst();
    if (Number(taken.numUpdatedRows) !== 1) throw nothingToMove(input, 'someone else moved or packed this picked stock first');
    await trx.deleteFrom('outbound_picks').where('id', '=', r.id).where('qty', '=', 0).execute();
    await trx
      .insertInto('outbound_picks')
      .values({
        load_line_id: r.load_line_id,
        load_id: r.load_id,
        work_id: r.work_id,
        item_number: r.item_number,
        warehouse_id: r.warehouse_id,
        location_id: input.toLocationId,
        license_plate_id: input.toLicensePlateId,
        owner_id: r.owner_id,
        inventory_status_id: r.inventory_status_id,
        batch_number: r.batch_number,
        serial_number: r.serial_number,
        qty: take,
        operation_id: input.operationId,
        picked_at: r.picked_at,
      })
      .execute();
    const from = {
      itemNumber: r.item_number,
      warehouseId: r.warehouse_id,
      locationId: r.location_id,
      licensePlateId: r.license_plate_id || null,
      ownerId: r.owner_id,
      inventoryStatusId: r.inventory_status_id,
      batchNumber: r.batch_number || null,
      serialNumber: r.serial_number || null,
    };
    const to = { ...from, locationId: input.toLocationId, licensePlateId: input.toLicensePlateId };
    const issue = { sourceSystemId: r.source_system_id, referenceType: ISSUE_REFERENCE, referenceId: String(r.load_line_id) };
    ledger.push(...ledgerEntries.movePicked(from, to, take, issue, { referenceType: input.reference.type, referenceId: input.reference.id }));
    moved.push({
      loadLineId: r.load_line_id,
      orderNumber: r.order_number,
      lineNumber: r.line_number,
      itemNumber: r.item_number,
      fromLocationId: r.location_id,
      fromLicensePlateId: r.license_plate_id,
      ownerId: r.owner_id,
      inventoryStatusId: r.inventory_status_id,
      batchNumber: r.batch_number,
      serialNumber: r.serial_number,
      qty: take,
    });
  }
  await recordTransactions(trx, input.now, input.operationId, ledger);
  return moved;
}
