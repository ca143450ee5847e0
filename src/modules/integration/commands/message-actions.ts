import { Compile, type Validator } from 'typebox/compile';
import type { AppContext } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/database.js';
import { runCommand, runOperation } from '../../../platform/command.js';
import { DomainError, notFound, type FieldProblem } from '../../../platform/errors.js';
import { appendEvents, type NewBusinessEvent } from '../../events/index.js';
import { findMessage, type MessageRow } from '../db/message-rows.js';
import { actionAllowed, BLOCKING_STATES, isProductMessageType, STATE_FOR_STATUS, type MessageAction, type OrderMessageType, type ProcessingStatus, type ProductMessageType } from '../domain/message-states.js';
import { PRODUCT_MESSAGE_SCHEMAS, type AnyProductMessage } from '../http/product-message-schemas.js';
import type { AnyOrderMessage } from '../http/message-schemas.js';
import { IntegrationErrors } from '../errors.js';
import { statusChanged } from './message-events.js';
import { processOne } from './process-messages.js';
import { checkMessageShape } from './receive-message.js';

/** Loads a message for an action, confined to a source system when the caller is an integration client. */
async function loadFor(trx: Tx, id: number, action: MessageAction, scope: string | undefined): Promise<MessageRow> {
  const row = await findMessage(trx, id);
  if (!row || (scope !== undefined && row.source_system_id !== scope)) throw notFound('Message', id);
  const status = row.processing_status as ProcessingStatus;
  if (!actionAllowed(status, action)) {
    throw new DomainError(IntegrationErrors.messageActionNotAllowed, `A ${status} message cannot be given the action '${action}'`, [
      { field: 'processingStatus', reason: `does not allow '${action}'`, value: status },
    ]);
  }
  return row;
}

async function setStatus(trx: Tx, now: number, row: MessageRow, status: ProcessingStatus, extra: Partial<MessageRow> = {}, note?: string): Promise<NewBusinessEvent> {
  await trx
    .updateTable('shipment_order_messages')
    .set({ ...extra, processing_status: status, processor_state: STATE_FOR_STATUS[status], updated_at: now })
    .where('id', '=', row.id)
    .execute();
  await trx
    .insertInto('message_log')
    .values({ message_pk: row.id, attempt: row.attempts, at: now, level: 'info', text: `${row.processing_status} -> ${status} by a user${note ? ` ${note}` : ''}`, field: null, value: null })
    .execute();
  return statusChanged(row, row.processing_status, status, STATE_FOR_STATUS[status], row.result_order_number);
}

/** Queue, inside a transaction: a Failed, Canceled or Draft message goes back to Received/Queued with fresh attempts. */
async function queueIn(trx: Tx, now: number, id: number, scope: string | undefined, note?: string): Promise<NewBusinessEvent[]> {
  const row = await loadFor(trx, id, 'queue', scope);
  const events = [await setStatus(trx, now, row, 'Received', { attempts: 0, next_attempt_at: now, last_error: null }, note)];
  // Queuing an edited copy retires the version it replaces, which stops holding the order.
  if (row.previous_version_id !== null) {
    const previous = await findMessage(trx, row.previous_version_id);
    if (previous && previous.processing_status === 'Failed') events.push(await setStatus(trx, now, previous, 'Canceled', {}, note));
  }
  return events;
}

/** Cancel, inside a transaction: the message will not be processed; later messages of the order are no longer held by it. */
async function cancelIn(trx: Tx, now: number, id: number, scope: string | undefined, note?: string): Promise<NewBusinessEvent[]> {
  const row = await loadFor(trx, id, 'cancel', scope);
  return [await setStatus(trx, now, row, 'Canceled', {}, note)];
}

/** Queue: a Failed, Canceled or Draft message goes back to Received/Queued with fresh attempts. */
export async function queueMessage(ctx: AppContext, id: number, scope?: string): Promise<MessageRow> {
  await runCommand(
    ctx,
    async ({ trx, now }) => {
      await appendEvents(trx, ctx.ids, now, await queueIn(trx, now, id, scope));
    },
    { wakes: ['messages', 'events'] },
  );
  return reload(ctx, id);
}

/** Cancel: the message will not be processed; later messages of the order are no longer held by it. */
export async function cancelMessage(ctx: AppContext, id: number, scope?: string): Promise<MessageRow> {
  await runCommand(
    ctx,
    async ({ trx, now }) => {
      await appendEvents(trx, ctx.ids, now, await cancelIn(trx, now, id, scope));
    },
    { wakes: ['messages', 'events'] },
  );
  return reload(ctx, id);
}

export type BulkAction = 'queue' | 'cancel';
/** How many messages one bulk request may name. */
export const MAX_BULK_MESSAGES = 500;

export interface BulkOutcome {
  id: number;
  /** applied: the action was done; refused: the message's status does not allow it; notFound: no such message (for this caller). */
  outcome: 'applied' | 'refused' | 'notFound';
  processingStatus: string | null;
  code: string | null;
  detail: string | null;
}

/**
 * Queue or cancel many messages in one transaction, each message on its own: one the action does not fit
 * is reported (refused, not found) and the others go ahead. Each applied change is logged and announced
 * exactly as a single queue or cancel is. The operation id makes a retry answer the first outcome without
 * applying anything again.
 */
export async function bulkMessageAction(ctx: AppContext, action: BulkAction, ids: readonly number[], operationId: string, scope?: string): Promise<BulkOutcome[]> {
  const note = `(bulk operation ${operationId})`;
  const { result } = await runOperation(
    ctx,
    { operationId, scope: `integration.bulk-${action}` },
    async ({ trx, now }) => {
    const outcomes: BulkOutcome[] = [];
    const events: NewBusinessEvent[] = [];
    for (const id of ids) {
      try {
        events.push(...(await (action === 'queue' ? queueIn : cancelIn)(trx, now, id, scope, note)));
        outcomes.push({ id, outcome: 'applied', processingStatus: action === 'queue' ? 'Received' : 'Canceled', code: null, detail: null });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const row = error.status === 404 ? undefined : await findMessage(trx, id);
        outcomes.push({ id, outcome: error.status === 404 ? 'notFound' : 'refused', processingStatus: row?.processing_status ?? null, code: error.code, detail: error.message });
      }
    }
    await appendEvents(trx, ctx.ids, now, events);
    return outcomes;
    },
    { wakes: ['messages', 'events'] },
  );
  return result;
}

/** Process: run the processor on this message now, unless an earlier message of the order holds it. */
export async function processMessageNow(ctx: AppContext, id: number, scope?: string): Promise<MessageRow> {
  await runCommand(ctx, async ({ trx, now }) => {
    const row = await loadFor(trx, id, 'process', scope);
    const blocker = await trx
      .selectFrom('shipment_order_messages')
      .select(['id', 'message_id', 'processing_status'])
      .where('order_key', '=', row.order_key)
      // Same rule as the processor's claim: earlier position, or the same position and an earlier id.
      .where((eb) => eb.or([eb('seq', '<', row.seq), eb.and([eb('seq', '=', row.seq), eb('id', '<', row.id)])]))
      .where('processor_state', 'in', BLOCKING_STATES)
      .orderBy('seq')
      .executeTakeFirst();
    if (blocker) {
      throw new DomainError(IntegrationErrors.messageBlocked, `Message '${blocker.message_id}' (${blocker.processing_status}) of the same order must be processed or canceled first`, [
        { field: 'orderNumber', reason: 'an earlier message of this order is not processed', value: row.order_number },
      ]);
    }
    if (row.processing_status === 'Failed') {
      await appendEvents(trx, ctx.ids, now, [await setStatus(trx, now, row, 'Received', { attempts: 0, next_attempt_at: now })]);
    } else {
      await trx.updateTable('shipment_order_messages').set({ next_attempt_at: now }).where('id', '=', id).execute();
    }
  }, { wakes: [] });
  await processOne(ctx, id);
  return reload(ctx, id);
}

/**
 * Edit: a Failed message is never changed; the edit is saved as a new Draft version that takes the
 * old one's place in the order's sequence once queued. A Draft is edited in place. The order number
 * and the line numbers cannot change.
 */
export async function editMessage(ctx: AppContext, id: number, content: AnyOrderMessage | AnyProductMessage, scope?: string): Promise<MessageRow> {
  const newId = await runCommand(ctx, async ({ trx, now }) => {
    const row = await loadFor(trx, id, 'edit', scope);
    const problems = isProductMessageType(row.message_type) ? productEditProblems(row.message_type, row, content) : orderEditProblems(row, content as AnyOrderMessage);
    if (problems.length > 0) throw new DomainError(IntegrationErrors.messageEditInvalid, problems.map((p) => `${p.field}: ${p.reason}`).join('; '), problems);

    const stored = JSON.stringify({ ...content, sourceSystemId: row.source_system_id });
    if (row.processing_status === 'Draft') {
      await trx.updateTable('shipment_order_messages').set({ content: stored, updated_at: now }).where('id', '=', id).execute();
      return id;
    }
    const latest = await trx
      .selectFrom('shipment_order_messages')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('source_system_id', '=', row.source_system_id)
      .where('message_id', '=', row.message_id)
      .executeTakeFirstOrThrow();
    const { id: _old, ...copy } = row;
    const created = await trx
      .insertInto('shipment_order_messages')
      .values({
        ...copy,
        version: Number(latest.v) + 1,
        processing_status: 'Draft',
        processor_state: STATE_FOR_STATUS.Draft,
        origin: 'ManualEntry',
        previous_version_id: row.id,
        replaced_by_id: null,
        content: stored,
        attempts: 0,
        received_at: now,
        updated_at: now,
        processed_at: null,
        last_error: null,
        result_order_number: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.updateTable('shipment_order_messages').set({ replaced_by_id: created.id, updated_at: now }).where('id', '=', row.id).execute();
    await appendEvents(trx, ctx.ids, now, [statusChanged(created, null, 'Draft', STATE_FOR_STATUS.Draft, null)]);
    return created.id;
  });
  return reload(ctx, newId);
}

function orderEditProblems(row: MessageRow, content: AnyOrderMessage): FieldProblem[] {
  const expected = row.message_type === 'InboundShipmentOrder' ? 'receivingWarehouseId' : 'shipFromWarehouseId';
  if (!(expected in content)) return [{ field: expected, reason: `is required for a ${row.message_type} message` }];
  checkMessageShape(row.message_type as OrderMessageType, content);
  const original = JSON.parse(row.content) as AnyOrderMessage;
  const problems: FieldProblem[] = [];
  if (content.orderNumber !== original.orderNumber) problems.push({ field: 'orderNumber', reason: 'cannot be changed when editing a message', value: content.orderNumber });
  if (content.messageId !== original.messageId) problems.push({ field: 'messageId', reason: 'cannot be changed when editing a message', value: content.messageId });
  const before = original.lines.map((l) => l.orderLineNumber).sort((a, b) => a - b).join(',');
  const after = content.lines.map((l) => l.orderLineNumber).sort((a, b) => a - b).join(',');
  if (before !== after) problems.push({ field: 'lines', reason: `line numbers cannot be added, removed or changed (were ${before || 'none'})`, value: after });
  return problems;
}

const PRODUCT_VALIDATORS: Partial<Record<ProductMessageType, Validator>> = {};

/** A product message keeps its kind, its message id and the item it is about. */
function productEditProblems(type: ProductMessageType, row: MessageRow, content: AnyOrderMessage | AnyProductMessage): FieldProblem[] {
  const validator = (PRODUCT_VALIDATORS[type] ??= Compile(PRODUCT_MESSAGE_SCHEMAS[type]));
  if (!validator.Check(content)) {
    const first = validator.Errors(content)[0];
    return [{ field: first?.instancePath.replace(/^\//, '').replaceAll('/', '.') || 'body', reason: `is not a ${type} message: ${first?.message ?? 'wrong shape'}` }];
  }
  const original = JSON.parse(row.content) as Record<string, unknown>;
  const edited = content as unknown as Record<string, unknown>;
  return ['messageId', 'itemNumber', 'itemMasterNumber']
    .filter((field) => edited[field] !== original[field])
    .map((field) => ({ field, reason: 'cannot be changed when editing a message', value: edited[field] }));
}

async function reload(ctx: AppContext, id: number): Promise<MessageRow> {
  const row = await findMessage(ctx.db.kysely, id);
  if (!row) throw notFound('Message', id);
  return row;
}
