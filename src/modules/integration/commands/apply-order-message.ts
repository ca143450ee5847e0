import { yielder } from '../../../platform/event-loop.js';
import type { Tx } from '../../../platform/db/database.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { synchronizeInboundLoads, upsertInboundOrder, type InboundLineInput } from '../../inbound/index.js';
import { importOutboundOrder, type OutboundLineInput } from '../../outbound/index.js';
import { internalOrderNumber, type SourceSystem } from '../../source-systems/index.js';
import type { MessageType } from '../domain/message-states.js';
import type { InboundShipmentOrderMessage, OutboundShipmentOrderMessage } from '../http/message-schemas.js';
import { fieldsWithPrefix, parseDate, pick, resolveLineCore, type MessageProblem, type ResolutionContext } from './resolution-context.js';

/**
 * Lets the order modules read a batch's orders in one query and insert new ones together when the
 * processor flushes the batch; the order modules declare the same shape.
 */
export interface PlannedOrder {
  direction: 'inbound' | 'outbound';
  sourceSystemId: string;
  sourceOrderNumber: string;
  orderNumber: string | undefined;
}

export interface WriteBatch {
  readonly planned: readonly PlannedOrder[];
  pending<T>(key: string, create: () => T, flush: (buffer: T) => Promise<void>): T;
}

export type ApplyResult =
  | { ok: true; orderNumber: string; action: 'created' | 'updated' | 'canceled' }
  | { ok: false; problems: MessageProblem[] };

const PRODUCT_DIMS = ['productColorId', 'productSizeId', 'productStyleId', 'productConfigurationId', 'productVersionId'] as const;
const COUNTRY = /^[A-Z]{2,3}$/;

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
    : applyOutbound(trx, rc, now, system, message.id, content as OutboundShipmentOrderMessage, problems);
}

async function checkWarehouse(rc: ResolutionContext, field: string, id: string, problems: MessageProblem[]): Promise<void> {
  if (!(await rc.refs.warehouse(id))) problems.push({ text: `Warehouse '${id}' does not exist`, field, value: id });
}

/**
 * The internal number a new order would get: known up front with the source system's own number, drawn
 * from the sequence only when an order is actually created otherwise.
 */
function numberFor(trx: Tx, direction: 'inbound' | 'outbound', system: SourceSystem, external: string): string | (() => Promise<string>) {
  const known = knownOrderNumber(direction, system, external);
  if (known !== undefined) return known;
  const inbound = direction === 'inbound';
  const prefix = inbound ? system.inboundOrderNumberPrefix : system.outboundOrderNumberPrefix;
  const suffix = inbound ? system.inboundOrderNumberSuffix : system.outboundOrderNumberSuffix;
  return async () => {
    const sequenceValue = await nextNumber(trx, `${direction}ShipmentOrder`, { prefix: inbound ? 'ISO-' : 'OSO-', width: 8 });
    return internalOrderNumber('NumberSequence', prefix, suffix, external, () => sequenceValue);
  };
}

function knownOrderNumber(direction: 'inbound' | 'outbound', system: SourceSystem, external: string): string | undefined {
  const inbound = direction === 'inbound';
  const policy = inbound ? system.inboundOrderNumberPolicy : system.outboundOrderNumberPolicy;
  if (policy === 'NumberSequence') return undefined;
  const prefix = inbound ? system.inboundOrderNumberPrefix : system.outboundOrderNumberPrefix;
  const suffix = inbound ? system.inboundOrderNumberSuffix : system.outboundOrderNumberSuffix;
  return internalOrderNumber(policy, prefix, suffix, external, () => '');
}

/** The orders a batch of messages is going to create or change, so that they can be read in one query. */
export async function plannedOrders(rc: ResolutionContext, messages: readonly { message_type: string; source_system_id: string; order_number: string }[]): Promise<PlannedOrder[]> {
  const planned: PlannedOrder[] = [];
  for (const m of messages) {
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
  const pause = yielder();
  for (const [i, line] of m.lines.entries()) {
    await pause();
    const core = await resolveLineCore(
      rc,
      system,
      { ...line, quantity: line.expectedQuantity, unitSymbol: line.expectedUnitSymbol, inventoryStatusId: line.expectedInventoryStatus },
      `lines[${i}]`,
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
    numberFor(trx, 'inbound', system, m.orderNumber),
    batch,
  );
  // Load synchronization policy Full synchronization: the order's load follows every message.
  if (system.inboundLoadSynchronizationPolicy === 'FullSynchronization') await synchronizeInboundLoads(trx, now, outcome.orderNumber, batch);
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
): Promise<ApplyResult> {
  await checkWarehouse(rc, 'shipFromWarehouseId', m.shipFromWarehouseId, problems);
  if (m.lines.length > 0) {
    // Address blocks are generated from a field list, so TypeScript sees them as an index signature.
    const parties = m as Record<string, unknown> as Record<string, string | undefined>;
    if (!parties.consigneeName && !parties.receiverName) problems.push({ text: 'An outbound order needs consigneeName or receiverName', field: 'receiverName', value: null });
    const country = parties.receiverCountryRegionId ?? parties.consigneeCountryRegionId;
    if (!country) problems.push({ text: 'An outbound order needs receiverCountryRegionId or consigneeCountryRegionId', field: 'receiverCountryRegionId', value: null });
    else if (!COUNTRY.test(country)) problems.push({ text: `Country/region '${country}' is not an ISO 3166 code`, field: parties.receiverCountryRegionId ? 'receiverCountryRegionId' : 'consigneeCountryRegionId', value: country });
  }
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
  const pause = yielder();
  for (const [i, line] of m.lines.entries()) {
    await pause();
    const core = await resolveLineCore(
      rc,
      system,
      { ...line, quantity: line.orderedQuantity, unitSymbol: line.orderedUnitSymbol, inventoryStatusId: line.orderedInventoryStatusId },
      `lines[${i}]`,
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
        refs: pick(line, ['consigneeLineNumber', 'consigneeItemNumber', 'consigneeReference', ...PRODUCT_DIMS]),
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
    numberFor(trx, 'outbound', system, m.orderNumber),
  );
  return { ok: true, ...outcome };
}
