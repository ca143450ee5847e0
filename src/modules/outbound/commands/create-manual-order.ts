import type { AppContext } from '../../../platform/context.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { CommonErrors, DomainError, type FieldProblem } from '../../../platform/errors.js';
import { convertQty, type Qty } from '../../../platform/quantity.js';
import { findSourceSystem } from '../../source-systems/index.js';
import { notEntitledText, referenceReader } from '../../master-data/index.js';
import { OutboundErrors } from '../errors.js';
import { upsertOutboundOrder, type OutboundLineInput } from './upsert-outbound-order.js';

export interface ManualOutboundOrderInput {
  sourceSystemId: string;
  shipFromWarehouseId: string;
  orderType?: string | null;
  deliveryModeCode?: string | null;
  carrierId?: string | null;
  parties: Record<string, unknown>;
  lines: Array<{ lineNumber: number; itemNumber: string; qty: number; unitSymbol: string; inventoryStatusId?: string; inventoryOwnerId?: string; batchNumber?: string | null; sellableDays?: number | null }>;
}

/**
 * A manual outbound shipment order (shipment type Manual), allowed only when the source system enables
 * manual outbound shipment order creation; it needs a receiver (or consignee) name and country/region
 * (reference 1.3). Its number comes from the manual order sequence and is also its source order number.
 */
export async function createManualOutboundOrder(ctx: AppContext, input: ManualOutboundOrderInput): Promise<string> {
  const now = ctx.clock.now();
  return ctx.db.kysely.transaction().execute(async (trx) => {
    const system = await findSourceSystem(trx, input.sourceSystemId);
    if (!system?.manualOutboundOrderCreation) {
      throw new DomainError(OutboundErrors.manualOrdersDisabled, `Source system '${input.sourceSystemId}' does not allow manual outbound shipment orders`, [
        { field: 'sourceSystemId', reason: system ? 'manual outbound shipment order creation is disabled' : 'source system does not exist', value: input.sourceSystemId },
      ]);
    }
    const refs = referenceReader(trx);
    const problems: FieldProblem[] = [];
    if (!(await refs.warehouse(input.shipFromWarehouseId))) problems.push({ field: 'shipFromWarehouseId', reason: 'warehouse does not exist', value: input.shipFromWarehouseId });
    const p = input.parties;
    if (!p.receiverName && !p.consigneeName) problems.push({ field: 'parties/receiverName', reason: 'a receiver or consignee name is required', value: null });
    if (!p.receiverCountryRegionId && !p.consigneeCountryRegionId) problems.push({ field: 'parties/receiverCountryRegionId', reason: 'a receiver or consignee country/region is required', value: null });
    const defaultStatus = (await refs.defaultInventoryStatus())?.statusId;
    const lines: OutboundLineInput[] = [];
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
        description: null,
        batchNumber: l.batchNumber ?? null,
        serialNumber: null,
        ownerId: ownerId ?? '',
        inventoryStatusId: statusId ?? '',
        orderedQty: l.qty,
        unit: l.unitSymbol,
        orderedInventoryQty: convertQty(l.qty as Qty, factor.numerator, factor.denominator),
        inventoryUnit: item.inventoryUnit,
        sellableDays: l.sellableDays ?? null,
        overdeliveryPct: 0,
        underdeliveryPct: 0,
        refs: {},
      });
    }
    if (problems.length > 0) throw new DomainError(CommonErrors.validation, `The manual order is not valid: ${problems.map((x) => `${x.field}: ${x.reason}`).join('; ')}`, problems);
    const orderNumber = await nextNumber(trx, 'manualOutboundShipmentOrder', { prefix: 'MOO-', width: 8 });
    await upsertOutboundOrder(
      trx,
      now,
      {
        sourceSystemId: input.sourceSystemId,
        sourceOrderNumber: orderNumber,
        shipmentType: 'Manual',
        orderType: input.orderType ?? 'Manual order',
        warehouseId: input.shipFromWarehouseId,
        requestedShipStart: null,
        requestedShipEnd: null,
        requestedDeliveryStart: null,
        requestedDeliveryEnd: null,
        deliveryTermsCode: null,
        deliveryModeCode: input.deliveryModeCode ?? null,
        carrierId: input.carrierId ?? null,
        carrierServiceId: null,
        carrierServiceGroupId: null,
        transport: {},
        languageId: null,
        reservationAtImportPolicy: 'None',
        orderOrigin: null,
        orderChannel: null,
        parties: input.parties,
        messagePk: null,
        lines,
      },
      () => Promise.resolve(orderNumber),
    );
    return orderNumber;
  });
}
