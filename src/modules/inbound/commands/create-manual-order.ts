import type { Executor } from '../../../platform/db/database.js';
import type { AppContext } from '../../../platform/context.js';
import { DomainError, type FieldProblem } from '../../../platform/errors.js';
import { findSourceSystem } from '../../source-systems/index.js';
import { referenceReader } from '../../master-data/index.js';
import { manualOrderNumber, refuseInvalidManualOrder, resolveManualLines, type ManualOrderLine } from '../../orders/index.js';
import { InboundErrors } from '../errors.js';
import { upsertInboundOrder, type InboundLineInput } from './upsert-inbound-order.js';
import { runCommand } from '../../../platform/command.js';

export interface ManualOrderInput {
  sourceSystemId: string;
  receivingWarehouseId: string;
  orderType?: string | null;
  parties?: Record<string, unknown>;
  lines: ManualOrderLine[];
}

/**
 * A manual inbound shipment order (shipment type Manual), allowed only when the source system enables
 * manual inbound shipment order creation. Its number comes from the manual order sequence and is
 * also its source order number.
 */
export async function createManualInboundOrder(ctx: AppContext, input: ManualOrderInput): Promise<string> {
  return runCommand(ctx, async ({ trx, now }) => {
    const system = await findSourceSystem(trx, input.sourceSystemId);
    if (!system?.manualInboundOrderCreation) {
      throw new DomainError(InboundErrors.manualOrdersDisabled, `Source system '${input.sourceSystemId}' does not allow manual inbound shipment orders`, [
        { field: 'sourceSystemId', reason: system ? 'manual inbound shipment order creation is disabled' : 'source system does not exist', value: input.sourceSystemId },
      ]);
    }
    const refs = referenceReader(trx);
    const problems: FieldProblem[] = [];
    if (!(await refs.warehouse(input.receivingWarehouseId))) problems.push({ field: 'receivingWarehouseId', reason: 'warehouse does not exist', value: input.receivingWarehouseId });
    const resolved = await resolveManualLines(refs, system, input.lines, { quantity: 'expectedQuantity', unit: 'expectedUnitSymbol', status: 'inventoryStatusId' });
    refuseInvalidManualOrder([...problems, ...resolved.problems]);
    const lines: InboundLineInput[] = resolved.lines.map((l) => ({ ...l, expectedQty: l.qty, expectedInventoryQty: l.inventoryQty, refs: {} }));
    const orderNumber = await manualOrderNumber(trx, 'inbound');
    await upsertOwnInboundOrder(trx, now, {
      sourceSystemId: input.sourceSystemId,
      orderNumber,
      orderType: input.orderType ?? 'Manual order',
      warehouseId: input.receivingWarehouseId,
      parties: input.parties ?? {},
      lines,
    });
    return orderNumber;
  });
}

/**
 * An inbound order Quayside makes itself (shipment type Manual: typed at the desk, or a return), numbered by
 * the caller; its number is also its source order number.
 */
export async function upsertOwnInboundOrder(
  trx: Executor,
  now: number,
  input: { sourceSystemId: string; orderNumber: string; orderType: string; warehouseId: string; parties: Record<string, unknown>; lines: InboundLineInput[]; plannedReceipt?: number; orderOrigin?: string },
): Promise<void> {
  await upsertInboundOrder(
    trx,
    now,
    {
      sourceSystemId: input.sourceSystemId,
      sourceOrderNumber: input.orderNumber,
      shipmentType: 'Manual',
      orderType: input.orderType,
      warehouseId: input.warehouseId,
      plannedReceiptStart: input.plannedReceipt ?? null,
      plannedReceiptEnd: input.plannedReceipt ?? null,
      orderOrigin: input.orderOrigin ?? null,
      orderChannel: null,
      parties: input.parties,
      messagePk: null,
      lines: input.lines,
    },
    () => Promise.resolve(input.orderNumber),
  );
}
