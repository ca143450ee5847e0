import type { AppContext } from '../../../platform/context.js';
import { CommonErrors, DomainError, type FieldProblem } from '../../../platform/errors.js';
import { parseQty } from '../../../platform/quantity.js';
import { appendEvents } from '../../events/index.js';
import { findLatestVersion, type MessageRow } from '../db/message-rows.js';
import { findSourceSystem } from '../db/source-system-rows.js';
import { orderKey, STATE_FOR_STATUS, type MessageType } from '../domain/message-states.js';
import type { AnyOrderMessage } from '../http/message-schemas.js';
import { IntegrationErrors } from '../errors.js';
import { statusChanged } from './message-events.js';

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
export function checkMessageShape(type: MessageType, content: AnyOrderMessage): void {
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
 * nothing and returns the stored message, so an ERP can resend after a lost response safely.
 * Integration messages are queued (Received); manual entries start as Draft.
 */
export async function receiveMessage(
  ctx: AppContext,
  type: MessageType,
  sourceSystemId: string,
  content: AnyOrderMessage,
  origin: MessageOrigin,
): Promise<ReceivedMessage> {
  checkMessageShape(type, content);
  const now = ctx.clock.now();
  const status = origin === 'Integration' ? 'Received' : 'Draft';
  const stored = { ...content, sourceSystemId };
  const result = await ctx.db.kysely.transaction().execute(async (trx) => {
    if (!(await findSourceSystem(trx, sourceSystemId))) {
      throw new DomainError(IntegrationErrors.sourceSystemNotFound, `Source system '${sourceSystemId}' does not exist`, [
        { field: 'sourceSystemId', reason: 'source system does not exist', value: sourceSystemId },
      ]);
    }
    const inserted = await trx
      .insertInto('shipment_order_messages')
      .values({
        source_system_id: sourceSystemId,
        message_id: content.messageId,
        version: 1,
        message_type: type,
        order_number: content.orderNumber,
        order_key: orderKey(type, sourceSystemId, content.orderNumber),
        seq: 0,
        processing_status: status,
        processor_state: STATE_FOR_STATUS[status],
        origin,
        content: JSON.stringify(stored),
        attempts: 0,
        next_attempt_at: now,
        received_at: now,
        updated_at: now,
      })
      .onConflict((oc) => oc.columns(['source_system_id', 'message_id', 'version']).doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!inserted) {
      const known = await findLatestVersion(trx, sourceSystemId, content.messageId);
      if (!known) throw new Error('message id conflicted but no stored message was found');
      return { message: known, created: false };
    }
    // The queue position is the first id; an edited copy later inherits it to keep the order's sequence.
    await trx.updateTable('shipment_order_messages').set({ seq: inserted.id }).where('id', '=', inserted.id).execute();
    await appendEvents(trx, ctx.ids, now, [statusChanged(inserted, null, status, STATE_FOR_STATUS[status], null)]);
    return { message: { ...inserted, seq: inserted.id }, created: true };
  });
  if (result.created && status === 'Received') ctx.wake('messages');
  return result;
}
