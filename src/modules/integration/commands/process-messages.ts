import { performance } from 'node:perf_hooks';
import { sql, type Insertable } from 'kysely';
import type { AppContext } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { yieldToEventLoop } from '../../../platform/event-loop.js';
import { insertRows } from '../../../platform/db/insert-rows.js';
import { appendEvents, type NewBusinessEvent } from '../../events/index.js';
import type { MessageRow } from '../db/message-rows.js';
import type { MessageLogTable } from '../db/tables.js';
import { BLOCKING_STATES, isProductMessageType, MAX_ATTEMPTS, retryDelayMs } from '../domain/message-states.js';
import type { PlannedOrder, WriteBatch } from '../../orders/index.js';
import { applyOrderMessage, plannedOrders } from './apply-order-message.js';
import { applyProductMessage } from './apply-product-message.js';
import { messageFailed, statusChanged } from './message-events.js';
import { ResolutionContext, type MessageProblem } from './resolution-context.js';
import { runCommand } from '../../../platform/command.js';

export interface ProcessOptions {
  sourceSystemId?: string;
  /** Messages per transaction. */
  batchSize?: number;
  /** A batch takes no further message after this many milliseconds (worker.messageBatchMs). */
  batchMs?: number;
  /** Stop after this many messages (one call of a background process). */
  maxMessages?: number;
}

/**
 * What one batch writes once every message in it has been decided: new orders (buffered by the order
 * modules through `pending`), the accepted messages' status, log rows and events, each kind in a few
 * multi-row statements instead of several statements per message.
 */
class BatchWrites implements WriteBatch {
  readonly logs: Insertable<MessageLogTable>[] = [];
  readonly events: NewBusinessEvent[] = [];
  /** Accepted messages with the internal order number each one created or changed. */
  readonly accepted: { id: number; orderNumber: string }[] = [];
  private readonly buffers = new Map<string, unknown>();
  private readonly flushes: (() => Promise<void>)[] = [];

  /** `planned`: the orders the batch's messages name, read together by the order modules. */
  constructor(readonly planned: readonly PlannedOrder[] = []) {}

  pending<T>(key: string, create: () => T, flush: (buffer: T) => Promise<void>): T {
    if (!this.buffers.has(key)) {
      const buffer = create();
      this.buffers.set(key, buffer);
      this.flushes.push(() => flush(buffer));
    }
    return this.buffers.get(key) as T;
  }

  async flushPending(): Promise<void> {
    for (const flush of this.flushes) await flush();
  }
}

/**
 * Processes queued shipment order messages: per order in arrival order, different orders together.
 * Messages are processed several per transaction for speed; a message that fails validation is
 * simply marked Failed inside the batch. An unexpected error rolls the batch back and its messages
 * are then processed one per transaction, so one bad message never holds back the others and a
 * transient error is retried (up to MAX_ATTEMPTS) without losing anything.
 *
 * Where queries block the event loop (SQLite), a batch stops taking messages after batchMs (what it
 * claimed and did not decide stays queued for the next batch) and claims about what fits, and the event
 * loop gets a turn between batches: a backlog must not keep requests (a handheld's scan, a health check)
 * waiting. With a network driver (PostgreSQL) requests get their turn at every query, so a batch takes
 * all it claimed: cutting batches by wall time there only made them small on a busy machine, and several
 * worker processes then spent their CPU on claiming and committing instead of on messages.
 */
export async function processQueuedMessages(ctx: AppContext, options: ProcessOptions = {}): Promise<number> {
  const batchSize = options.batchSize ?? ctx.config.worker.messageBatchSize;
  const batchMs = ctx.db.caps.blocksEventLoop ? (options.batchMs ?? ctx.config.worker.messageBatchMs) : Number.POSITIVE_INFINITY;
  const max = options.maxMessages ?? Number.POSITIVE_INFINITY;
  let total = 0;
  // Claim about what fits in batchMs: claiming (and reading the orders and mappings of) more than a batch
  // decides would be done again for the rest by the next batch.
  let claimSize = batchSize;
  while (total < max) {
    let claimed: number[] = [];
    try {
      const handled = await runCommand(ctx, async ({ trx, now }) => {
        const rows = await claimQueued(trx, now, Math.min(claimSize, max - total), options.sourceSystemId, ctx.db.caps.skipLocked);
        claimed = rows.map((r) => r.id);
        const rc = new ResolutionContext(trx);
        await rc.preloadItemMappings(rows);
        const writes = new BatchWrites(await plannedOrders(rc, rows));
        const started = performance.now();
        let decided = 0;
        for (const row of rows) {
          if (decided > 0 && performance.now() - started >= batchMs) break;
          await decide(trx, rc, now, row, writes);
          decided += 1;
        }
        await flush(ctx, trx, now, writes);
        claimSize = Math.min(batchSize, decided < rows.length ? Math.max(1, Math.ceil(decided * 1.2)) : claimSize * 2);
        return decided;
      });
      total += handled;
      if (handled === 0) break;
      await yieldToEventLoop();
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
    await runCommand(ctx, async ({ trx, now }) => {
      let query = trx.selectFrom('shipment_order_messages').selectAll().where('id', '=', id).where('processor_state', '=', 'Queued');
      if (ctx.db.caps.skipLocked) query = query.forUpdate();
      const row = await query.executeTakeFirst();
      if (!row) return;
      const rc = new ResolutionContext(trx);
      const writes = new BatchWrites(await plannedOrders(rc, [row]));
      await decide(trx, rc, now, row, writes);
      await flush(ctx, trx, now, writes);
    });
  } catch (error) {
    await recordTransientFailure(ctx, id, error);
  }
}

async function claimQueued(trx: Tx, now: number, limit: number, sourceSystemId: string | undefined, skipLocked: boolean): Promise<MessageRow[]> {
  let query = trx
    .selectFrom('shipment_order_messages as m')
    .selectAll('m')
    .where('m.processor_state', '=', 'Queued')
    .where('m.next_attempt_at', '<=', now)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('shipment_order_messages as p')
            .select('p.id')
            .whereRef('p.order_key', '=', 'm.order_key')
            // Equal positions (an edited copy and its original; on PostgreSQL, two messages of one order
            // received at the same moment) are taken in id order.
            .where((eb) => eb.or([eb('p.seq', '<', eb.ref('m.seq')), eb.and([eb('p.seq', '=', eb.ref('m.seq')), eb('p.id', '<', eb.ref('m.id'))])]))
            .where('p.processor_state', 'in', BLOCKING_STATES),
        ),
      ),
    )
    // Due first, then arrival. The queue index yields exactly this order (its entries end with the id),
    // so a claim reads about `limit` rows instead of sorting the whole backlog on every call.
    .orderBy('m.next_attempt_at')
    .orderBy('m.id')
    .limit(limit);
  if (sourceSystemId !== undefined) query = query.where('m.source_system_id', '=', sourceSystemId);
  // Other workers skip what this one holds; the NOT EXISTS above keeps each order in sequence.
  if (skipLocked) query = query.forUpdate().skipLocked();
  return query.execute();
}

async function decide(trx: Tx, rc: ResolutionContext, now: number, row: MessageRow, writes: BatchWrites): Promise<void> {
  const attempt = row.attempts + 1;
  let problems: MessageProblem[];
  try {
    const result = await applyMessage(trx, rc, now, row, writes);
    if (result.ok) {
      writes.accepted.push({ id: row.id, orderNumber: result.number });
      writes.logs.push({ message_pk: row.id, attempt, at: now, level: 'info', text: `Accepted: ${result.action} ${result.what} ${result.number}`, field: null, value: null });
      writes.events.push(statusChanged(row, row.processing_status, 'Accepted', 'Processed', result.number));
      return;
    }
    problems = result.problems;
  } catch (error) {
    // Business rules of the order modules (e.g. a line that is already released) fail the message;
    // anything else is unexpected and rolls back the batch.
    if (!(error instanceof DomainError)) throw error;
    problems = error.problems.length > 0 ? error.problems.map((p) => ({ text: error.message, field: p.field, value: problemValue(p.value) })) : [{ text: error.message, field: null, value: null }];
  }
  await markFailed(trx, row, attempt, now, problems, writes);
}

type Applied = { ok: true; number: string; action: string; what: string } | { ok: false; problems: MessageProblem[] };

async function applyMessage(trx: Tx, rc: ResolutionContext, now: number, row: MessageRow, writes: BatchWrites): Promise<Applied> {
  const type = row.message_type;
  if (isProductMessageType(type)) {
    const result = await applyProductMessage(trx, now, row.source_system_id, type, rc.content(row));
    // Later messages of the batch (an order for this item) must see the item as it is now.
    rc.forgetItems();
    return result.ok ? { ok: true, number: result.itemNumber, action: result.action, what: 'item' } : result;
  }
  const result = await applyOrderMessage(trx, rc, now, row, rc.content(row), writes);
  const direction = type === 'InboundShipmentOrder' ? 'inbound' : 'outbound';
  return result.ok ? { ok: true, number: result.orderNumber, action: result.action, what: `${direction} shipment order` } : result;
}

function problemValue(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === null) return String(value);
  return JSON.stringify(value) ?? null;
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

async function flush(ctx: AppContext, trx: Tx, now: number, writes: BatchWrites): Promise<void> {
  await writes.flushPending();
  if (writes.accepted.length > 0) {
    // One statement for the whole batch; the rows are claimed by this transaction, so attempts + 1 is
    // the attempt that was decided.
    const orderNumbers = sql.join(
      writes.accepted.map((a) => sql`when ${a.id} then ${a.orderNumber}`),
      sql` `,
    );
    await trx
      .updateTable('shipment_order_messages')
      .set((eb) => ({
        processing_status: 'Accepted',
        processor_state: 'Processed',
        attempts: eb('attempts', '+', 1),
        processed_at: now,
        updated_at: now,
        last_error: null,
        result_order_number: sql<string>`case id ${orderNumbers} end`,
      }))
      .where('id', 'in', writes.accepted.map((a) => a.id))
      .execute();
  }
  await insertRows(trx, 'message_log', writes.logs);
  await appendEvents(trx, ctx.ids, now, writes.events);
}

/**
 * Counts an attempt that ended in an unexpected error (database busy, connection lost...). The
 * message stays queued and holds its order until the retry; after MAX_ATTEMPTS it is Failed.
 */
async function recordTransientFailure(ctx: AppContext, id: number, error: unknown): Promise<void> {
  // The message log is shown to the ERP: it gets a reference, the server log gets the exception with it
  // (a database error can name hosts, tables and other tenants' values).
  const reference = ctx.ids.uuid();
  const text = `Processing error (reference ${reference}): an unexpected error; the operators find it in the server log under this reference`;
  ctx.log.error({ err: error, message: id, reference }, 'message processing failed');
  await runCommand(ctx, async ({ trx, now }) => {
    const row = await trx.selectFrom('shipment_order_messages').selectAll().where('id', '=', id).where('processor_state', '=', 'Queued').executeTakeFirst();
    if (!row) return;
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
    await flush(ctx, trx, now, writes);
  });
}
