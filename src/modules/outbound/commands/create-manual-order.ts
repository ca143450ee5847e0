import type { AppContext } from '../../../platform/context.js';
import { DomainError, type FieldProblem } from '../../../platform/errors.js';
import { findSourceSystem } from '../../source-systems/index.js';
import { referenceReader } from '../../master-data/index.js';
import { manualOrderNumber, refuseInvalidManualOrder, resolveManualLines } from '../../orders/index.js';
import { receiverProblems } from '../domain/receiver.js';
import { OutboundErrors } from '../errors.js';
import { upsertOutboundOrder, type OutboundLineInput } from './upsert-outbound-order.js';
import { runCommand } from '../../../platform/command.js';

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
  return runCommand(ctx, async ({ trx, now }) => {
    const system = await findSourceSystem(trx, input.sourceSystemId);
    if (!system?.manualOutboundOrderCreation) {
      throw new DomainError(OutboundErrors.manualOrdersDisabled, `Source system '${input.sourceSystemId}' does not allow manual outbound shipment orders`, [
        { field: 'sourceSystemId', reason: system ? 'manual outbound shipment order creation is disabled' : 'source system does not exist', value: input.sourceSystemId },
      ]);
    }
    const refs = referenceReader(trx);
    const problems: FieldProblem[] = [];
    if (!(await refs.warehouse(input.shipFromWarehouseId))) problems.push({ field: 'shipFromWarehouseId', reason: 'warehouse does not exist', value: input.shipFromWarehouseId });
    problems.push(...receiverProblems(input.parties, (name) => `parties/${name}`).map((p) => ({ field: p.field, reason: p.text, value: p.value })));
    const resolved = await resolveManualLines(refs, system, input.lines, { quantity: 'orderedQuantity', unit: 'orderedUnitSymbol', status: 'inventoryStatusId' });
    refuseInvalidManualOrder([...problems, ...resolved.problems]);
    const sellableDays = new Map(input.lines.map((l) => [l.lineNumber, l.sellableDays ?? null]));
    const lines: OutboundLineInput[] = resolved.lines.map((l) => ({
      ...l,
      description: null,
      orderedQty: l.qty,
      orderedInventoryQty: l.inventoryQty,
      sellableDays: sellableDays.get(l.lineNumber) ?? null,
      refs: {},
    }));
    const orderNumber = await manualOrderNumber(trx, 'outbound');
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
