import type { Insertable } from 'kysely';
import type { AppContext } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { appendEvents, type NewBusinessEvent } from '../../events/index.js';
import type { MessageRow } from '../db/message-rows.js';
import type { MessageLogTable } from '../db/tables.js';
import { BLOCKING_STATES, MAX_ATTEMPTS, retryDelayMs } from '../domain/message-states.js';
import { applyOrderMessage } from './apply-order-message.js';
import { messageFailed, statusChanged } from './message-events.js';
import { ResolutionContext, type MessageProblem } from './resolution-context.js';

export interface ProcessOptions {
  sourceSystemId?: string;
  /** Messages per transaction. */
  batchSize?: number;
  /** Stop after this many messages (one call of a background process). */
  maxMessages?: number;
}

/** What one batch will write once every message in it has been decided. */
class BatchWrites {
  readonly logs: Insertable<MessageLogTable>[] = [];
  readonly events: NewBusinessEvent[] = [];
}

/**
 * Processes queued shipment order messages: per order in arrival order, different orders together.
 * Messages are processed several per transaction for speed; a message that fails validation is
 * simply marked Failed inside the batch. An unexpected error rolls the batch back and its messages
 * are then processed one per transaction, so one bad message never holds back the others and a
 * transient error is retried (up to MAX_ATTEMPTS) without losing anything.
 */
export async function processQueuedMessages(ctx: AppContext, options: ProcessOptions = {}): Promise<number> {
  const batchSize = options.batchSize ?? ctx.config.worker.messageBatchSize;
  const max = options.maxMessages ?? Number.POSITIVE_INFINITY;
  let total = 0;
  while (total < max) {
    let claimed: number[] = [];
    try {
      const handled = await ctx.db.kysely.transaction().execute(async (trx) => {
        const rows = await claimQueued(ctx, trx, Math.min(batchSize, max - total), options.sourceSystemId);
        claimed = rows.map((r) => r.id);
        const writes = new BatchWrites();
        const rc = new ResolutionContext(trx);
        for (const row of rows) await decide(ctx, trx, rc, row, writes);
        await flush(ctx, trx, writes);
        return rows.length;
      });
      total += handled;
      if (handled === 0) break;
    } catch (error) {
      if (claimed.length === 0) throw error;
      ctx.log.warn({ err: error, messages: claimed.length }, 'message batch failed; processing its messages one by one');
      for (const id of claimed) await processOne(ctx, id);
      total += claimed.length;
    }
  }
  return total;
}

/** Processes one queued message in its own transaction; an unexpected error counts as a failed attempt. */
export async function processOne(ctx: AppContext, id: number): Promise<void> {
  try {
    await ctx.db.kysely.transaction().execute(async (trx) => {
      let query = trx.selectFrom('shipment_order_messages').selectAll().where('id', '=', id).where('processor_state', '=', 'Queued');
      if (ctx.db.caps.skipLocked) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      if (!row) return;
      const writes = new BatchWrites();
      await decide(ctx, trx, new ResolutionContext(trx), row, writes);
      await flush(ctx, trx, writes);
    });
  } catch (error) {
    await recordTransientFailure(ctx, id, error);
  }
}

async function claimQueued(ctx: AppContext, trx: Tx, limit: number, sourceSystemId: string | undefined): Promise<MessageRow[]> {
  const now = ctx.clock.now();
  let query = trx
    .selectFrom('shipment_order_messages as m')
    .selectAll('m')
    .where('m.processor_state', '=', 'Queued')
    .where('m.next_attempt_at', '<=', now)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('shipment_order_messages as p')
            .select('p.id')
            .whereRef('p.order_key', '=', 'm.order_key')
            .whereRef('p.seq', '<', 'm.seq')
            .where('p.processor_state', 'in', BLOCKING_STATES),
        ),
      ),
    )
    .orderBy('m.seq')
    .limit(limit);
  if (sourceSystemId !== undefined) query = query.where('m.source_system_id', '=', sourceSystemId);
  // Other workers skip what this one holds; the NOT EXISTS above keeps each order in sequence.
  if (ctx.db.caps.skipLocked) query = query.forUpdate().skipLocked();
  return query.execute();
}

async function decide(ctx: AppContext, trx: Tx, rc: ResolutionContext, row: MessageRow, writes: BatchWrites): Promise<void> {
  const now = ctx.clock.now();
  const attempt = row.attempts + 1;
  let problems: MessageProblem[];
  try {
    const result = await applyOrderMessage(trx, rc, now, row, JSON.parse(row.content));
    if (result.ok) {
      await trx
        .updateTable('shipment_order_messages')
        .set({ processing_status: 'Accepted', processor_state: 'Processed', attempts: attempt, processed_at: now, updated_at: now, last_error: null, result_order_number: result.orderNumber })
        .where('id', '=', row.id)
        .execute();
      const direction = row.message_type === 'InboundShipmentOrder' ? 'inbound' : 'outbound';
      writes.logs.push({ message_pk: row.id, attempt, at: now, level: 'info', text: `Accepted: ${result.action} ${direction} shipment order ${result.orderNumber}`, field: null, value: null });
      writes.events.push(statusChanged(row, row.processing_status, 'Accepted', 'Processed', result.orderNumber));
      return;
    }
    problems = result.problems;
  } catch (error) {
    // Business rules of the order modules (e.g. a line that is already released) fail the message;
    // anything else is unexpected and rolls back the batch.
    if (!(error instanceof DomainError)) throw error;
    problems = error.problems.length > 0 ? error.problems.map((p) => ({ text: error.message, field: p.field, value: p.value === undefined ? null : String(p.value) })) : [{ text: error.message, field: null, value: null }];
  }
  await markFailed(trx, row, attempt, now, problems, writes);
}

async function markFailed(trx: Tx, row: MessageRow, attempt: number, now: number, problems: MessageProblem[], writes: BatchWrites): Promise<void> {
  const summary = problems.map((p) => p.text).join('; ');
  await trx
    .updateTable('shipment_order_messages')
    .set({ processing_status: 'Failed', processor_state: 'Failed', attempts: attempt, processed_at: now, updated_at: now, last_error: summary })
    .where('id', '=', row.id)
    .execute();
  for (const p of problems) writes.logs.push({ message_pk: row.id, attempt, at: now, level: 'error', text: p.text, field: p.field, value: p.value });
  writes.events.push(statusChanged(row, row.processing_status, 'Failed', 'Failed', null), messageFailed(row, attempt, problems));
}

async function flush(ctx: AppContext, trx: Tx, writes: BatchWrites): Promise<void> {
  if (writes.logs.length > 0) await trx.insertInto('message_log').values(writes.logs).execute();
  await appendEvents(trx, ctx.ids, ctx.clock.now(), writes.events);
}

/**
 * Counts an attempt that ended in an unexpected error (database busy, connection lost...). The
 * message stays queued and holds its order until the retry; after MAX_ATTEMPTS it is Failed.
 */
async function recordTransientFailure(ctx: AppContext, id: number, error: unknown): Promise<void> {
  const text = `Processing error: ${error instanceof Error ? error.message : String(error)}`;
  ctx.log.error({ err: error, message: id }, 'message processing failed');
  await ctx.db.kysely.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('shipment_order_messages').selectAll().where('id', '=', id).where('processor_state', '=', 'Queued').executeTakeFirst();
    if (!row) return;
    const now = ctx.clock.now();
    const attempt = row.attempts + 1;
    const writes = new BatchWrites();
    if (attempt >= MAX_ATTEMPTS) {
      await markFailed(trx, row, attempt, now, [{ text, field: null, value: null }], writes);
    } else {
      await trx
        .updateTable('shipment_order_messages')
        .set({ attempts: attempt, next_attempt_at: now + retryDelayMs(attempt), updated_at: now, last_error: text })
        .where('id', '=', id)
        .execute();
      writes.logs.push({ message_pk: id, attempt, at: now, level: 'warning', text: `${text}; will retry`, field: null, value: null });
    }
    await flush(ctx, trx, writes);
  });
}
