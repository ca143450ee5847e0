import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Executor } from '../src/platform/db/database.js';
import type { Quayside } from '../src/main.js';
import { appendEvents, type NewBusinessEvent } from '../src/modules/events/index.js';

/** Source systems as rows: the events tests need them to exist, not the integration module's API. */
export async function addSourceSystem(db: Executor, id: string, now: number): Promise<void> {
  await db
    .insertInto('source_systems')
    .values({
      source_system_id: id,
      name: `${id} ERP`,
      inbound_number_policy: 'SourceSystem',
      inbound_number_prefix: '',
      inbound_number_suffix: '',
      outbound_number_policy: 'SourceSystem',
      outbound_number_prefix: '',
      outbound_number_suffix: '',
      manual_inbound_orders: 0,
      manual_outbound_orders: 0,
      reservation_at_import_policy: 'None',
      reservation_policy_mandatory: 0,
      consolidation_policy: 'None',
      inbound_load_sync_policy: 'None',
      inbound_delivery_policy: 'None',
      update_log_inbound: 0,
      update_log_outbound: 0,
      default_owner_id: null,
      receipt_posting_delay_minutes: 0,
      packing_slip_posting_delay_minutes: 0,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export function messageFailed(sourceSystemId: string, messageId: string): NewBusinessEvent {
  return {
    type: 'messageProcessor.messageFailed',
    sourceSystemId,
    subject: messageId,
    payload: {
      messageId,
      messageVersion: 1,
      messageType: 'InboundShipmentOrder',
      sourceSystemId,
      orderNumber: `PO-${messageId}`,
      attempts: 3,
      errors: [{ text: 'Item does not exist', field: 'lines.0.itemNumber', value: 'X-1' }],
    },
  };
}

/** Appends events in a committed transaction of their own, as a module's command would. */
export async function commitEvents(q: Quayside, events: NewBusinessEvent[]): Promise<void> {
  await q.ctx.db.kysely.transaction().execute((tx) => appendEvents(tx, q.ctx.ids, q.ctx.clock.now(), events));
}

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP receiver on 127.0.0.1 (random port) that answers with `status` and records every request. */
export interface Receiver {
  url: string;
  received: Received[];
  status: number;
  close(): Promise<void>;
}

export async function startReceiver(status = 204): Promise<Receiver> {
  const received: Received[] = [];
  const state = { status };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = state.status;
      res.end(state.status >= 400 ? 'receiver is down for maintenance' : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    get status() {
      return state.status;
    },
    set status(value: number) {
      state.status = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Webhook-style header map for Webhook.verify. */
export function headerRecord(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (typeof v === 'string') out[k] = v;
  return out;
}
