import type { Quayside } from '../src/main.js';
import { processQueuedMessages, receiveMessage } from '../src/modules/integration/index.js';
import type { AppContext } from '../src/platform/context.js';
import type { InboundShipmentOrderMessage } from '../src/modules/integration/http/message-schemas.js';
import { LINES_PER_MESSAGE } from './messages.js';
import type { Inject } from './setup.js';
import { measure, type Timing } from './timing.js';

/**
 * Sends messages the way the HTTP handler does, each awaited before the next; with several senders,
 * each sender is one such sequential client.
 */
export async function sendMessages(ctx: AppContext, sourceSystemId: string, contents: InboundShipmentOrderMessage[], senders = 1): Promise<Timing> {
  return measure(async () => {
    await Promise.all(
      Array.from({ length: senders }, async (_, s) => {
        for (let i = s; i < contents.length; i += senders) {
          const { created } = await receiveMessage(ctx, 'InboundShipmentOrder', sourceSystemId, contents[i]!, 'Integration');
          if (!created) throw new Error(`message ${contents[i]!.messageId} was not created`);
        }
      }),
    );
  });
}

/** The same messages through the HTTP API (routing, auth, JSON schema validation, serialization). */
export async function sendOverHttp(inject: Inject, key: string, contents: InboundShipmentOrderMessage[]): Promise<Timing> {
  return measure(async () => {
    for (const content of contents) await inject('POST', '/api/v1/inbound-shipment-order-messages', content, key);
  });
}

/** Runs one processQueuedMessages loop per worker context concurrently until the queue is empty. */
export async function processAll(workers: AppContext[]): Promise<Timing> {
  return measure(async () => {
    for (;;) {
      const handled = await Promise.all(workers.map((ctx) => processQueuedMessages(ctx)));
      if (handled.every((h) => h === 0)) return;
    }
  });
}

/** Checks the outcome of a run: every message Accepted, one order per message, five lines per order. */
export async function verifyRun(q: Quayside, sourceSystemId: string, expected: number): Promise<string[]> {
  const db = q.ctx.db.kysely;
  const problems: string[] = [];
  const statuses = await db
    .selectFrom('shipment_order_messages')
    .select(['processing_status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('source_system_id', '=', sourceSystemId)
    .groupBy('processing_status')
    .execute();
  const accepted = Number(statuses.find((s) => s.processing_status === 'Accepted')?.n ?? 0);
  const all = statuses.reduce((sum, s) => sum + Number(s.n), 0);
  if (accepted !== expected || all !== expected) problems.push(`${sourceSystemId}: ${accepted} of ${all} messages Accepted, expected ${expected} (${JSON.stringify(statuses)})`);
  const orders = await db.selectFrom('inbound_orders').select((eb) => eb.fn.countAll<number>().as('n')).where('source_system_id', '=', sourceSystemId).executeTakeFirstOrThrow();
  if (Number(orders.n) !== expected) problems.push(`${sourceSystemId}: ${orders.n} orders, expected ${expected}`);
  const lines = await db
    .selectFrom('inbound_order_lines as l')
    .innerJoin('inbound_orders as o', 'o.order_number', 'l.order_number')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('o.source_system_id', '=', sourceSystemId)
    .where('l.status', '=', 'Active')
    .executeTakeFirstOrThrow();
  if (Number(lines.n) !== expected * LINES_PER_MESSAGE) problems.push(`${sourceSystemId}: ${lines.n} order lines, expected ${expected * LINES_PER_MESSAGE}`);
  const events = await db
    .selectFrom('business_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('source_system_id', '=', sourceSystemId)
    .where('event_type', '=', 'shipmentOrderMessage.statusChanged')
    .executeTakeFirstOrThrow();
  if (Number(events.n) !== expected * 2) problems.push(`${sourceSystemId}: ${events.n} status events, expected ${expected * 2}`);
  return problems;
}
