import { sql } from 'kysely';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { DomainError, type FieldProblem } from '../../../platform/errors.js';
import { convertQty, qtyToNumber, type Qty } from '../../../platform/quantity.js';
import { completeReceivingIn, createReturnOrder, registerItems } from '../../inbound/index.js';
import { referenceReader } from '../../master-data/index.js';
import { shippedGoods, type ShippedGoods } from '../../outbound/index.js';
import { findSourceSystem } from '../../source-systems/index.js';
import { ReturnsErrors } from '../errors.js';
import { runOperation } from '../../../platform/command.js';

export interface ReturnLineInput {
  /** Quayside's item number (what the worker scanned). */
  itemNumber: string;
  /** Micro-units of unitSymbol. */
  qty: number;
  /** Default: the item's inventory unit. */
  unitSymbol?: string | undefined;
  dispositionCode: string;
  batchNumber?: string | null | undefined;
  serialNumber?: string | null | undefined;
  licensePlateId?: string | null | undefined;
}

export interface ReturnInput {
  operationId: string;
  worker: string;
  /** What the goods were shipped on; with neither, the return is blind and names its source system. */
  packingSlipNumber?: string | undefined;
  outboundOrderNumber?: string | undefined;
  sourceSystemId?: string | undefined;
  /** Default: the warehouse the goods were shipped from. */
  warehouseId?: string | undefined;
  /** The receipt location; the warehouse's first receipt location when absent. */
  locationId?: string | undefined;
  lines: ReturnLineInput[];
}

export interface ReturnResult {
  returnNumber: string;
  sourceSystemId: string;
  inboundShipmentOrderNumber: string;
  shipmentReceiptVersionNumbers: string[];
  workId: string | null;
  lines: Array<{ lineNumber: number; itemNumber: string; quantity: number; unitSymbol: string; dispositionCode: string; inventoryStatusId: string; putLocationId: string | null }>;
  replayed: boolean;
}

type Disposition = { inventory_status_id: string; location_id: string | null };

const invalid = (problems: FieldProblem[]) => new DomainError(ReturnsErrors.returnInvalid, problems.map((p) => `${p.field}: ${p.reason}`).join('; '), problems);

async function origin(trx: Executor, input: ReturnInput): Promise<ShippedGoods | undefined> {
  if (input.packingSlipNumber !== undefined) {
    const shipped = await shippedGoods(trx, { packingSlipNumber: input.packingSlipNumber });
    if (!shipped) throw new DomainError(ReturnsErrors.originNotFound, `Nothing was shipped on packing slip '${input.packingSlipNumber}'`, [{ field: 'packingSlipNumber', reason: 'no active packing slip with this number', value: input.packingSlipNumber }]);
    return shipped;
  }
  if (input.outboundOrderNumber !== undefined) {
    const shipped = await shippedGoods(trx, { orderNumber: input.outboundOrderNumber });
    if (!shipped) throw new DomainError(ReturnsErrors.originNotFound, `Nothing was shipped on order '${input.outboundOrderNumber}'`, [{ field: 'outboundOrderNumber', reason: 'no shipped goods on this order', value: input.outboundOrderNumber }]);
    return shipped;
  }
  return undefined;
}

/**
 * What earlier returns took back of the same goods, by item: returns by any of the packing slips or by
 * any of the orders the goods were shipped on (counting a little more than needed rather than less:
 * never more comes back than went out).
 */
async function returnedBefore(trx: Executor, shipped: ShippedGoods): Promise<Map<string, number>> {
  const rows = await trx
    .selectFrom('return_lines as l')
    .innerJoin('returns as r', 'r.return_number', 'l.return_number')
    .select(['l.item_number', sql<number | string>`sum(l.qty)`.as('qty')])
    .where((eb) => eb.or([eb('r.packing_slip_number', 'in', shipped.packingSlipNumbers), eb('r.outbound_order_number', 'in', shipped.orderNumbers)]))
    .groupBy('l.item_number')
    .execute();
  return new Map(rows.map((r) => [r.item_number, Number(r.qty)]));
}

/**
 * An unannounced return at the dock (reference 3.8): checked against what was shipped on the packing slip
 * or order it names (never more than was shipped and not returned yet), received on a new inbound
 * shipment order of type Return with each line's disposition (its inventory status, and its quarantine or
 * scrap location), put away, and receiving completed at once: the source system gets a shipment receipt
 * (its shipmentReceipt.modified event) in its own item and owner ids, with the disposition codes. A retry
 * with the same operation id gets the first answer and registers nothing twice.
 */
export async function registerReturn(ctx: AppContext, input: ReturnInput): Promise<ReturnResult> {
  const { result, replayed } = await runOperation(ctx, { operationId: input.operationId, scope: 'returns.register' }, ({ trx }) => registerIn(trx, ctx, input));
  return { ...result, replayed };
}

async function registerIn(trx: Executor, ctx: AppContext, input: ReturnInput): Promise<Omit<ReturnResult, 'replayed'>> {
  const now = ctx.clock.now();
  if (input.lines.length === 0) throw invalid([{ field: 'lines', reason: 'a return has at least one line' }]);
  const shipped = await origin(trx, input);
  const sourceSystemId = shipped?.sourceSystemId ?? input.sourceSystemId;
  if (sourceSystemId === undefined) throw invalid([{ field: 'sourceSystemId', reason: 'is required for a return that names no packing slip or order' }]);
  if (shipped && input.sourceSystemId !== undefined && input.sourceSystemId !== shipped.sourceSystemId) {
    throw invalid([{ field: 'sourceSystemId', reason: `the goods were shipped for source system '${shipped.sourceSystemId}'`, value: input.sourceSystemId }]);
  }
  const system = await findSourceSystem(trx, sourceSystemId);
  if (!system) throw invalid([{ field: 'sourceSystemId', reason: 'source system does not exist', value: sourceSystemId }]);
  const warehouseId = input.warehouseId ?? shipped?.warehouseId;
  if (warehouseId === undefined) throw invalid([{ field: 'warehouseId', reason: 'is required for a return that names no packing slip or order' }]);

  const refs = referenceReader(trx);
  const codes = new Map(
    (await trx.selectFrom('return_disposition_codes').select(['disposition_code', 'inventory_status_id', 'location_id']).where('source_system_id', '=', sourceSystemId).execute()).map((c) => [c.disposition_code, c as Disposition]),
  );
  const problems: FieldProblem[] = [];
  const returning = new Map<string, number>();
  const lines: Array<ReturnLineInput & { unit: string; inventoryQty: number; disposition: Disposition; ownerId: string | null }> = [];
  for (const [i, line] of input.lines.entries()) {
    const f = (name: string) => `lines/${String(i)}/${name}`;
    const item = await refs.item(line.itemNumber);
    if (!item) {
      problems.push({ field: f('itemNumber'), reason: 'item does not exist', value: line.itemNumber });
      continue;
    }
    const disposition = codes.get(line.dispositionCode);
    if (!disposition) {
      problems.push({ field: f('dispositionCode'), reason: `source system '${sourceSystemId}' has no such disposition code`, value: line.dispositionCode });
      continue;
    }
    if (disposition.location_id !== null) {
      const there = await trx.selectFrom('locations').select('location_id').where('warehouse_id', '=', warehouseId).where('location_id', '=', disposition.location_id).executeTakeFirst();
      if (!there) problems.push({ field: f('dispositionCode'), reason: `its location '${disposition.location_id}' is not in warehouse '${warehouseId}'`, value: line.dispositionCode });
    }
    const unit = line.unitSymbol ?? item.inventoryUnit;
    const factor = await refs.conversion(item.itemNumber, unit, item.inventoryUnit);
    if (!factor) {
      problems.push({ field: f('unitSymbol'), reason: `no conversion from '${unit}' to '${item.inventoryUnit}'`, value: unit });
      continue;
    }
    const inventoryQty = convertQty(line.qty as Qty, factor.numerator, factor.denominator);
    const ownerId = shipped?.items.get(item.itemNumber)?.ownerId ?? system.defaultOwnerId;
    if (shipped && !shipped.items.has(item.itemNumber)) problems.push({ field: f('itemNumber'), reason: 'was not shipped on the packing slip or order the return names', value: line.itemNumber });
    returning.set(item.itemNumber, (returning.get(item.itemNumber) ?? 0) + inventoryQty);
    lines.push({ ...line, unit, inventoryQty, disposition, ownerId });
  }
  if (problems.length > 0) throw invalid(problems);
  if (shipped) {
    const before = await returnedBefore(trx, shipped);
    for (const [itemNumber, qty] of returning) {
      const left = (shipped.items.get(itemNumber)?.qty ?? 0) - (before.get(itemNumber) ?? 0);
      if (qty > left) {
        const i = input.lines.findIndex((l) => l.itemNumber === itemNumber);
        throw new DomainError(ReturnsErrors.moreThanShipped, `${String(qtyToNumber(qty))} of item '${itemNumber}' returned, but only ${String(qtyToNumber(Math.max(0, left)))} was shipped and not yet returned`, [
          { field: `lines/${String(i)}/qty`, reason: `at most ${String(qtyToNumber(Math.max(0, left)))} can still be returned`, value: qtyToNumber(qty) },
        ]);
      }
    }
  }

  const consigner = Object.fromEntries(Object.entries(shipped?.consignee ?? {}).map(([key, value]) => [key.replace(/^consignee/, 'consigner'), value]));
  const inboundOrderNumber = await createReturnOrder(trx, now, {
    sourceSystemId,
    warehouseId,
    parties: { ...consigner, ...(input.packingSlipNumber ? { returnedPackingSlipNumber: input.packingSlipNumber } : {}), ...(shipped ? { returnedOrderNumbers: shipped.orderNumbers } : {}) },
    lines: lines.map((l, i) => ({
      lineNumber: i + 1,
      itemNumber: l.itemNumber,
      qty: l.qty,
      unitSymbol: l.unit,
      inventoryStatusId: l.disposition.inventory_status_id,
      ...(l.ownerId ? { inventoryOwnerId: l.ownerId } : {}),
      batchNumber: l.batchNumber ?? null,
    })),
  });
  const registered = await registerItems(
    trx,
    ctx,
    { operationId: input.operationId, workerId: input.worker, ...(input.locationId ? { locationId: input.locationId } : {}) },
    lines.map((l, i) => ({
      orderNumber: inboundOrderNumber,
      lineNumber: i + 1,
      qty: l.qty,
      unit: l.unit,
      batchNumber: l.batchNumber ?? null,
      serialNumber: l.serialNumber ?? null,
      licensePlateId: l.licensePlateId ?? null,
      inventoryStatusId: l.disposition.inventory_status_id,
      dispositionCode: l.dispositionCode,
      putLocationId: l.disposition.location_id,
    })),
  );
  const loadId = registered.registrations[0]?.loadId;
  const completed = loadId ? await completeReceivingIn(trx, ctx, { loadId }) : { shipmentReceiptVersionNumbers: [] };
  const returnNumber = await nextNumber(trx, 'return', { prefix: 'RMA-', width: 8 });
  await trx
    .insertInto('returns')
    .values({
      return_number: returnNumber,
      source_system_id: sourceSystemId,
      warehouse_id: warehouseId,
      inbound_order_number: inboundOrderNumber,
      packing_slip_number: input.packingSlipNumber ?? null,
      outbound_order_number: shipped?.orderNumbers.length === 1 ? (shipped.orderNumbers[0] ?? null) : null,
      worker: input.worker,
      created_at: now,
    })
    .execute();
  await trx
    .insertInto('return_lines')
    .values(lines.map((l, i) => ({ return_number: returnNumber, line_number: i + 1, item_number: l.itemNumber, qty: l.inventoryQty, disposition_code: l.dispositionCode })))
    .execute();
  return {
    returnNumber,
    sourceSystemId,
    inboundShipmentOrderNumber: inboundOrderNumber,
    shipmentReceiptVersionNumbers: completed.shipmentReceiptVersionNumbers,
    workId: registered.workId,
    lines: lines.map((l, i) => ({
      lineNumber: i + 1,
      itemNumber: l.itemNumber,
      quantity: qtyToNumber(l.qty),
      unitSymbol: l.unit,
      dispositionCode: l.dispositionCode,
      inventoryStatusId: l.disposition.inventory_status_id,
      putLocationId: l.disposition.location_id,
    })),
  };
}

export interface ReturnOrigin {
  sourceSystemId: string;
  warehouseId: string;
  orderNumbers: string[];
  items: Array<{ itemNumber: string; unitSymbol: string; shippedQuantity: number; returnableQuantity: number }>;
}

/** What a return against this packing slip or order may bring back: shipped, less earlier returns, per item. */
export async function returnOrigin(db: Executor, by: { packingSlipNumber: string } | { outboundOrderNumber: string }): Promise<ReturnOrigin> {
  const input = 'packingSlipNumber' in by ? { packingSlipNumber: by.packingSlipNumber, operationId: '', worker: '', lines: [] } : { outboundOrderNumber: by.outboundOrderNumber, operationId: '', worker: '', lines: [] };
  const shipped = await origin(db, input);
  if (!shipped) throw new DomainError(ReturnsErrors.returnInvalid, 'Name a packing slip or an order', [{ field: 'packingSlipNumber', reason: 'a packing slip or an order number is required' }]);
  const before = await returnedBefore(db, shipped);
  return {
    sourceSystemId: shipped.sourceSystemId,
    warehouseId: shipped.warehouseId,
    orderNumbers: shipped.orderNumbers,
    items: [...shipped.items].map(([itemNumber, s]) => ({
      itemNumber,
      unitSymbol: s.unit,
      shippedQuantity: qtyToNumber(s.qty),
      returnableQuantity: qtyToNumber(Math.max(0, s.qty - (before.get(itemNumber) ?? 0))),
    })),
  };
}
