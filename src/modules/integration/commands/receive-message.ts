import { sql } from 'kysely';
import type { AppContext } from '../../../platform/context.js';
import { CommonErrors, DomainError, type FieldProblem } from '../../../platform/errors.js';
import { parseQty } from '../../../platform/quantity.js';
import { appendEvents } from '../../events/index.js';
import { findLatestVersion, type MessageRow } from '../db/message-rows.js';
import { findSourceSystem, SourceSystemErrors } from '../../source-systems/index.js';
import { orderKey, productKey, STATE_FOR_STATUS, type MessageType, type OrderMessageType, type ProductMessageType } from '../domain/message-states.js';
import type { AnyProductMessage } from '../http/product-message-schemas.js';
import type { AnyOrderMessage } from '../http/message-schemas.js';
import { IntegrationErrors } from '../errors.js';
import { statusChanged } from './message-events.js';
import { runCommand } from '../../../platform/command.js';

export type MessageOrigin = 'Integration' | 'ManualEntry';

export interface ReceivedMessage {
  message: MessageRow;
  /** False when the message id was known: nothing was stored, the stored message is returned. */
  created: boolean;
}

/**
 * Checks what the JSON schema cannot: exact quantities (at most 6 decimals) and unique line numbers.
 * Throws a 400 naming every bad field, before anything is stored.
 */
export function checkMessageShape(type: OrderMessageType, content: AnyOrderMessage): void {
  const problems: FieldProblem[] = [];
  const seen = new Set<number>();
  content.lines.forEach((line, i) => {
    const quantity = 'expectedQuantity' in line ? line.expectedQuantity : line.orderedQuantity;
    const field = type === 'InboundShipmentOrder' ? 'expectedQuantity' : 'orderedQuantity';
    if (parseQty(quantity) === undefined) problems.push({ field: `lines.${i}.${field}`, reason: 'must have at most 6 decimals', value: quantity });
    for (const pct of ['overdeliveryPercentage', 'underdeliveryPercentage'] as const) {
      const v = line[pct];
      if (v !== undefined && parseQty(v) === undefined) problems.push({ field: `lines.${i}.${pct}`, reason: 'must have at most 6 decimals', value: v });
    }
    if (seen.has(line.orderLineNumber)) problems.push({ field: `lines.${i}.orderLineNumber`, reason: 'is used by another line of this message', value: line.orderLineNumber });
    seen.add(line.orderLineNumber);
  });
  if (problems.length > 0) {
    throw new DomainError(CommonErrors.validation, problems.map((p) => `${p.field}: ${p.reason}`).join('; '), problems);
  }
}

/**
 * Stores a shipment order message, keyed by (source system, message id). A known message id stores
 * nothing and returns the stored message, so an ERP can resend after a lost response safely; the id of a
 * message that retention removed is refused (409), so that a very late resend is never applied twice.
 * Integration messages are queued (Received); manual entries start as Draft.
 */
export async function receiveMessage(
  ctx: AppContext,
  type: OrderMessageType,
  sourceSystemId: string,
  content: AnyOrderMessage,
  origin: MessageOrigin,
): Promise<ReceivedMessage> {
  checkMessageShape(type, content);
  if (origin === 'ManualEntry') await refuseManualEntry(ctx, type, sourceSystemId);
  return storeMessage(ctx, { type, sourceSystemId, content, origin, orderNumber: content.orderNumber, queueKey: orderKey(type, sourceSystemId, content.orderNumber) });
}

export interface MessageToStore {
  type: MessageType;
  sourceSystemId: string;
  content: { messageId: string };
  origin: MessageOrigin;
  /** The order number, or for a product message the item number it is about. */
  orderNumber: string;
  /** The queue the message is processed in, in arrival order (see orderKey and productKey). */
  queueKey: string;
}

/** Stores any message once per (source system, message id); see receiveMessage. */
export async function storeMessage(ctx: AppContext, input: MessageToStore): Promise<ReceivedMessage> {
  const { type, sourceSystemId, content, origin } = input;
  const now = ctx.clock.now();
  const status = origin === 'Integration' ? 'Received' : 'Draft';
  const stored = { ...content, sourceSystemId };
  const result = await runCommand(ctx, async ({ trx }) => {
    // One statement stores the message only if its source system exists and its id is new. Its queue
    // position (seq) is above every position given so far, so no later update is needed; an edited
    // copy later inherits it to keep the order's sequence.
    const inserted = await trx
      .insertInto('shipment_order_messages')
      .columns(['source_system_id', 'message_id', 'version', 'message_type', 'order_number', 'order_key', 'seq', 'processing_status', 'processor_state', 'origin', 'content', 'attempts', 'next_attempt_at', 'received_at', 'updated_at'])
      // A plain select of the values (the builder's per-value expressions cost more than the insert).
      .expression(
        sql`select ${sourceSystemId}, ${content.messageId}, ${1}, ${type}, ${input.orderNumber}, ${input.queueKey},
          (select coalesce(max(id), 0) + 1 from shipment_order_messages), ${status}, ${STATE_FOR_STATUS[status]}, ${origin}, ${JSON.stringify(stored)}, ${0}, ${now}, ${now}, ${now}
          from source_systems where source_system_id = ${sourceSystemId}
          and not exists (select 1 from removed_shipment_order_messages r where r.source_system_id = ${sourceSystemId} and r.message_id = ${content.messageId})`,
      )
      .onConflict((oc) => oc.columns(['source_system_id', 'message_id', 'version']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!inserted) {
      const known = await findLatestVersion(trx, sourceSystemId, content.messageId);
      if (known) return { message: known, created: false };
      const removed = await trx
        .selectFrom('removed_shipment_order_messages')
        .select('removed_at')
        .where('source_system_id', '=', sourceSystemId)
        .where('message_id', '=', content.messageId)
        .executeTakeFirst();
      if (removed) {
        throw new DomainError(
          IntegrationErrors.messageRemoved,
          `Message '${content.messageId}' was received before and removed on ${new Date(removed.removed_at).toISOString().slice(0, 10)} after its retention period; a message id is applied only once, so send changes with a new message id`,
          [{ field: 'messageId', reason: 'was used by a message that has been removed after its retention period', value: content.messageId }],
        );
      }
      if (!(await findSourceSystem(trx, sourceSystemId))) {
        throw new DomainError(SourceSystemErrors.sourceSystemNotFound, `Source system '${sourceSystemId}' does not exist`, [
          { field: 'sourceSystemId', reason: 'source system does not exist', value: sourceSystemId },
        ]);
      }
      throw new Error('message was neither stored nor found');
    }
    await appendEvents(trx, ctx.ids, now, [statusChanged(inserted, null, status, STATE_FOR_STATUS[status], null)]);
    return { message: inserted, created: true };
  });
  if (result.created && status === 'Received') ctx.wake('messages');
  return result;
}

/** A message typed by a person is taken only where the source system switches it on (reference section 4). */
async function refuseManualEntry(ctx: AppContext, type: OrderMessageType, sourceSystemId: string): Promise<void> {
  const system = await findSourceSystem(ctx.db.kysely, sourceSystemId);
  // An unknown source system is refused by the insert below, with its own answer.
  if (!system) return;
  const allowed = type === 'InboundShipmentOrder' ? system.manualInboundMessageCreation : system.manualOutboundMessageCreation;
  if (allowed) return;
  const setting = type === 'InboundShipmentOrder' ? 'manualInboundMessageCreation' : 'manualOutboundMessageCreation';
  throw new DomainError(IntegrationErrors.manualMessagesDisabled, `Source system '${sourceSystemId}' does not allow creating ${type === 'InboundShipmentOrder' ? 'inbound' : 'outbound'} shipment order messages by hand (${setting})`, [
    { field: 'sourceSystemId', reason: `${setting} is off for this source system`, value: sourceSystemId },
  ]);
}

/**
 * Stores a product master message. Its queue is its product: the item number of a product, the master's
 * for a variant, and for a conversion or bar code of a variant the master of that variant (from the
 * variant message that named it), so that each arrives after what it refers to.
 */
export async function receiveProductMessage(ctx: AppContext, type: ProductMessageType, sourceSystemId: string, content: AnyProductMessage, origin: MessageOrigin): Promise<ReceivedMessage> {
  const itemNumber = content.itemNumber;
  let queueKey = productKey(sourceSystemId, 'itemMasterNumber' in content ? content.itemMasterNumber : itemNumber);
  if (type === 'ProductUnitConversion' || type === 'ProductBarcode') {
    const variant = await ctx.db.kysely
      .selectFrom('shipment_order_messages')
      .select('order_key')
      .where('source_system_id', '=', sourceSystemId)
      .where('message_type', '=', 'ProductVariant')
      .where('order_number', '=', itemNumber)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (variant) queueKey = variant.order_key;
  }
  return storeMessage(ctx, { type, sourceSystemId, content, origin, orderNumber: itemNumber, queueKey });
}
