import type { AppContext } from '../../../platform/context.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { CommonErrors, DomainError, type FieldProblem } from '../../../platform/errors.js';
import { convertQty, type Qty } from '../../../platform/quantity.js';
import { findSourceSystem } from '../../source-systems/index.js';
import { notEntitledText, referenceReader } from '../../master-data/index.js';
import { InboundErrors } from '../errors.js';
import { upsertInboundOrder, type InboundLineInput } from './upsert-inbound-order.js';

export interface ManualOrderInput {
  sourceSystemId: string;
  receivingWarehouseId: string;
  orderType?: string | null;
  parties?: Record<string, unknown>;
  lines: Array<{
    lineNumber: number;
    itemNumber: string;
    /** Micro-units of unitSymbol. */
    qty: number;
    unitSymbol: string;
    inventoryStatusId?: string;
    inventoryOwnerId?: string;
    batchNumber?: string | null;
    overdeliveryPct?: number;
    underdeliveryPct?: number;
  }>;
}

/**
 * A manual inbound shipment order (shipment type Manual), allowed only when the source system enables
 * manual inbound shipment order creation. Its number comes from the manual order sequence and is
 * also its source order number.
 */
export async function createManualInboundOrder(ctx: AppContext, input: ManualOrderInput): Promise<string> {
  const now = ctx.clock.now();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const system = await findSourceSystem(trx, input.sourceSystemId);
    if (!system?.manualInboundOrderCreation) {
      throw new DomainError(InboundErrors.manualOrdersDisabled, `Source system '${input.sourceSystemId}' does not allow manual inbound shipment orders`, [
        { field: 'sourceSystemId', reason: system ? 'manual inbound shipment order creation is disabled' : 'source system does not exist', value: input.sourceSystemId },
      ]);
    }
    const refs = referenceReader(trx);
    const problems: FieldProblem[] = [];
    if (!(await refs.warehouse(input.receivingWarehouseId))) problems.push({ field: 'receivingWarehouseId', reason: 'warehouse does not exist', value: input.receivingWarehouseId });
    const defaultStatus = (await refs.defaultInventoryStatus())?.statusId;
    const lines: InboundLineInput[] = [];
    for (const [i, l] of input.lines.entries()) {
      const f = (name: string) => `lines/${String(i)}/${name}`;
      const item = await refs.item(l.itemNumber);
      if (!item) {
        problems.push({ field: f('itemNumber'), reason: 'item does not exist', value: l.itemNumber });
        continue;
      }
      const factor = await refs.conversion(l.itemNumber, l.unitSymbol, item.inventoryUnit);
      if (!factor) {
        problems.push({ field: f('unitSymbol'), reason: `no conversion to '${item.inventoryUnit}'`, value: l.unitSymbol });
        continue;
      }
      const ownerId = l.inventoryOwnerId ?? system.defaultOwnerId;
      if (!ownerId || !(await refs.owner(ownerId))) problems.push({ field: f('inventoryOwnerId'), reason: 'owner does not exist (and the source system has no default owner)', value: ownerId });
      else if (!(await refs.ownerEntitled(input.sourceSystemId, ownerId))) problems.push({ field: f('inventoryOwnerId'), reason: notEntitledText(input.sourceSystemId, ownerId), value: ownerId });
      const statusId = l.inventoryStatusId ?? defaultStatus;
      if (!statusId || !(await refs.inventoryStatus(statusId))) problems.push({ field: f('inventoryStatusId'), reason: 'inventory status does not exist', value: statusId });
      if (l.batchNumber && !item.batchTracked) problems.push({ field: f('batchNumber'), reason: 'item is not batch tracked', value: l.batchNumber });
      if (input.lines.findIndex((x) => x.lineNumber === l.lineNumber) !== i) problems.push({ field: f('lineNumber'), reason: 'line number used twice', value: l.lineNumber });
      lines.push({
        lineNumber: l.lineNumber,
        itemNumber: l.itemNumber,
        sourceItemNumber: l.itemNumber,
        batchNumber: l.batchNumber ?? null,
        serialNumber: null,
        ownerId: ownerId ?? '',
        inventoryStatusId: statusId ?? '',
        expectedQty: l.qty,
        unit: l.unitSymbol,
        expectedInventoryQty: convertQty(l.qty as Qty, factor.numerator, factor.denominator),
        inventoryUnit: item.inventoryUnit,
        overdeliveryPct: l.overdeliveryPct ?? 0,
        underdeliveryPct: l.underdeliveryPct ?? 0,
        refs: {},
      });
    }
    if (problems.length > 0) throw new DomainError(CommonErrors.validation, `The manual order is not valid: ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`, problems);
    const orderNumber = await nextNumber(trx, 'manualInboundShipmentOrder', { prefix: 'MIO-', width: 8 });
    await upsertInboundOrder(
      trx,
      now,
      {
        sourceSystemId: input.sourceSystemId,
        sourceOrderNumber: orderNumber,
        shipmentType: 'Manual',
        orderType: input.orderType ?? 'Manual order',
        warehouseId: input.receivingWarehouseId,
        plannedReceiptStart: null,
        plannedReceiptEnd: null,
        orderOrigin: null,
        orderChannel: null,
        parties: input.parties ?? {},
        messagePk: null,
        lines,
      },
      () => Promise.resolve(orderNumber),
    );
    return orderNumber;
  });
}
