import { yielder } from '../../../platform/event-loop.js';
import type { Tx } from '../../../platform/db/database.js';
import { synchronizeInboundLoads, upsertInboundOrder, type InboundLineInput } from '../../inbound/index.js';
import { importOutboundOrder, receiverProblems, type OutboundLineInput } from '../../outbound/index.js';
import { knownOrderNumber, mappedItems, messageOrderNumber, resolveOrderLine, type PlannedOrder, type WriteBatch } from '../../orders/index.js';
import { inboundPolicyFor, type SourceSystem } from '../../source-systems/index.js';
import { isProductMessageType, type MessageType } from '../domain/message-states.js';
import type { InboundShipmentOrderMessage, OutboundShipmentOrderMessage } from '../http/message-schemas.js';
import { fieldsWithPrefix, parseDate, pick, type MessageProblem, type ResolutionContext } from './resolution-context.js';

export type ApplyResult =
  | { ok: true; orderNumber: string; action: 'created' | 'updated' | 'canceled' }
  | { ok: false; problems: MessageProblem[] };

const PRODUCT_DIMS = ['productColorId', 'productSizeId', 'productStyleId', 'productConfigurationId', 'productVersionId'] as const;

/**
 * Validates every reference of a shipment order message and, when all resolve, creates, updates or
 * cancels the order inside the caller's transaction. Validation writes nothing.
 */
export async function applyOrderMessage(
  trx: Tx,
  rc: ResolutionContext,
  now: number,
  message: { id: number; message_type: string; source_system_id: string },
  content: unknown,
  batch?: WriteBatch,
): Promise<ApplyResult> {
  const problems: MessageProblem[] = [];
  const system = await rc.sourceSystem(message.source_system_id);
  if (!system) return { ok: false, problems: [{ text: `Source system '${message.source_system_id}' does not exist`, field: 'sourceSystemId', value: message.source_system_id }] };
  const type = message.message_type as MessageType;
  return type === 'InboundShipmentOrder'
    ? applyInbound(trx, rc, now, system, message.id, content as InboundShipmentOrderMessage, problems, batch)
    : applyOutbound(trx, rc, now, system, message.id, content as OutboundShipmentOrderMessage, problems, batch);
}

async function checkWarehouse(rc: ResolutionContext, field: string, id: string, problems: MessageProblem[]): Promise<void> {
  if (!(await rc.refs.warehouse(id))) problems.push({ text: `Warehouse '${id}' does not exist`, field, value: id });
}

/** The orders a batch of messages is going to create or change, so that they can be read in one query. */
export async function plannedOrders(rc: ResolutionContext, messages: readonly { message_type: string; source_system_id: string; order_number: string }[]): Promise<PlannedOrder[]> {
  const planned: PlannedOrder[] = [];
  for (const m of messages) {
    if (isProductMessageType(m.message_type)) continue;
    const system = await rc.sourceSystem(m.source_system_id);
    if (!system) continue;
    const direction = m.message_type === 'InboundShipmentOrder' ? 'inbound' : 'outbound';
    planned.push({ direction, sourceSystemId: system.sourceSystemId, sourceOrderNumber: m.order_number, orderNumber: knownOrderNumber(direction, system, m.order_number) });
  }
  return planned;
}

async function applyInbound(
  trx: Tx,
  rc: ResolutionContext,
  now: number,
  system: SourceSystem,
  messagePk: number,
  m: InboundShipmentOrderMessage,
  problems: MessageProblem[],
  batch: WriteBatch | undefined,
): Promise<ApplyResult> {
  await checkWarehouse(rc, 'receivingWarehouseId', m.receivingWarehouseId, problems);
  const lines: InboundLineInput[] = [];
  const items = mappedItems(rc.refs, system, (external) => rc.mappedItem(system.sourceSystemId, external));
  const pause = yielder();
  for (const [i, line] of m.lines.entries()) {
    await pause();
    const core = await resolveOrderLine(
      rc.refs,
      system,
      items,
      { ...line, quantity: line.expectedQuantity, unitSymbol: line.expectedUnitSymbol, inventoryStatusId: line.expectedInventoryStatus },
      (field) => `lines[${i}].${field}`,
      { quantity: 'expectedQuantity', unit: 'expectedUnitSymbol', status: 'expectedInventoryStatus' },
      problems,
    );
    if (core) {
      lines.push({
        ...core,
        lineNumber: line.orderLineNumber,
        expectedQty: core.qty,
        expectedInventoryQty: core.inventoryQty,
        refs: pick(line, ['consignerLineNumber', 'consignerItemNumber', 'consignerReference', 'crossDockSourceId', ...PRODUCT_DIMS]),
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const outcome = await upsertInboundOrder(
    trx,
    now,
    {
      sourceSystemId: system.sourceSystemId,
      sourceOrderNumber: m.orderNumber,
      shipmentType: 'ShipmentOrder',
      orderType: m.orderType ?? null,
      warehouseId: m.receivingWarehouseId,
      plannedReceiptStart: parseDate(m.plannedReceiptPeriodStart),
      plannedReceiptEnd: parseDate(m.plannedReceiptPeriodEnd),
      orderOrigin: m.orderOrigin ?? null,
      orderChannel: m.orderChannel ?? null,
      parties: fieldsWithPrefix(m, ['consigner', 'sender']),
      messagePk,
      lines,
    },
    messageOrderNumber(trx, 'inbound', system, m.orderNumber),
    batch,
  );
  // Load synchronization policy Full synchronization (the source system's, or its grid's row for this
  // order type and consigner account): the order's load follows every message.
  const policy = inboundPolicyFor(system, await rc.inboundPolicies(system.sourceSystemId), { orderType: m.orderType ?? null, accountNumber: accountOf(m) });
  if (policy.loadSynchronizationPolicy === 'FullSynchronization') await synchronizeInboundLoads(trx, now, outcome.orderNumber, batch);
  return { ok: true, ...outcome };
}

async function applyOutbound(
  trx: Tx,
  rc: ResolutionContext,
  now: number,
  system: SourceSystem,
  messagePk: number,
  m: OutboundShipmentOrderMessage,
  problems: MessageProblem[],
  batch: WriteBatch | undefined,
): Promise<ApplyResult> {
  await checkWarehouse(rc, 'shipFromWarehouseId', m.shipFromWarehouseId, problems);
  if (m.lines.length > 0) problems.push(...receiverProblems(m, (name) => name));
  let policy: string = system.reservationAtImportPolicy;
  if (m.reservationAtImportPolicy && m.reservationAtImportPolicy !== system.reservationAtImportPolicy) {
    if (system.reservationAtImportPolicyMandatory) {
      problems.push({
        text: `Source system '${system.sourceSystemId}' makes reservation at import policy '${system.reservationAtImportPolicy}' mandatory; the message may not ask for '${m.reservationAtImportPolicy}'`,
        field: 'reservationAtImportPolicy',
        value: m.reservationAtImportPolicy,
      });
    } else {
      policy = m.reservationAtImportPolicy;
    }
  }
  const lines: OutboundLineInput[] = [];
  const items = mappedItems(rc.refs, system, (external) => rc.mappedItem(system.sourceSystemId, external));
  const pause = yielder();
  for (const [i, line] of m.lines.entries()) {
    await pause();
    const core = await resolveOrderLine(
      rc.refs,
      system,
      items,
      { ...line, quantity: line.orderedQuantity, unitSymbol: line.orderedUnitSymbol, inventoryStatusId: line.orderedInventoryStatusId },
      (field) => `lines[${i}].${field}`,
      { quantity: 'orderedQuantity', unit: 'orderedUnitSymbol', status: 'orderedInventoryStatusId' },
      problems,
    );
    if (core) {
      lines.push({
        ...core,
        lineNumber: line.orderLineNumber,
        description: line.itemDescription ?? null,
        orderedQty: core.qty,
        orderedInventoryQty: core.inventoryQty,
        sellableDays: line.sellableDays ?? null,
        refs: { ...pick(line, ['consigneeLineNumber', 'consigneeItemNumber', 'consigneeReference', ...PRODUCT_DIMS]), ...crossDockOf(line) },
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const outcome = await importOutboundOrder(
    trx,
    now,
    {
      sourceSystemId: system.sourceSystemId,
      sourceOrderNumber: m.orderNumber,
      shipmentType: 'ShipmentOrder',
      orderType: m.orderType ?? null,
      warehouseId: m.shipFromWarehouseId,
      requestedShipStart: parseDate(m.requestedShippingPeriodStart),
      requestedShipEnd: parseDate(m.requestedShippingPeriodEnd),
      requestedDeliveryStart: parseDate(m.requestedDeliveryPeriodStart),
      requestedDeliveryEnd: parseDate(m.requestedDeliveryPeriodEnd),
      deliveryTermsCode: m.deliveryTermsCode ?? null,
      deliveryModeCode: m.deliveryModeCode ?? null,
      carrierId: m.shippingCarrierId ?? null,
      carrierServiceId: m.shippingCarrierServiceId ?? null,
      carrierServiceGroupId: m.shippingCarrierServiceGroupId ?? null,
      transport: pick(m, ['transportationModeId', 'transportationBrokerId', 'transportationRoutePlanId', 'plannedTransportationId']),
      languageId: m.languageId ?? null,
      reservationAtImportPolicy: policy,
      orderOrigin: m.orderOrigin ?? null,
      orderChannel: m.orderChannel ?? null,
      parties: fieldsWithPrefix(m, ['consignee', 'receiver']),
      messagePk,
      lines,
    },
    messageOrderNumber(trx, 'outbound', system, m.orderNumber),
    batch,
  );
  return { ok: true, ...outcome };
}

/** The cross-dock source an outbound line waits for, kept with the line's references (outbound's crossDockReceipt reads it). */
function crossDockOf(line: OutboundShipmentOrderMessage['lines'][number]): Record<string, unknown> {
  const first = line.crossDockLines?.[0];
  return first ? { crossDockSourceId: first.crossDockSourceId } : {};
}

/** The consigner's account number of a message (address blocks are generated from a field list, so TypeScript sees an index signature). */
function accountOf(m: Record<string, unknown>): string | null {
  return typeof m.consignerAccountNumber === 'string' ? m.consignerAccountNumber : null;
}
