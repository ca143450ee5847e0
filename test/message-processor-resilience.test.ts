import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildQuayside } from '../src/main.js';
import { processQueuedMessages } from '../src/modules/integration/index.js';
import { defaultConfig } from '../src/platform/config.js';
import { pino } from 'pino';
import { createErp, createWarehouseMasterData, inboundMessage, messageById, type ErpFixture } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';
import { TEST_DB_KIND } from './support/database.js';

/** Makes inserting one particular order fail inside the database, the way a broken disk or a lost connection would. */
async function breakOrder(db: any, orderNumber: string): Promise<void> {
  if (TEST_DB_KIND === 'postgres') {
    await sql
      .raw(
        `create or replace function fail_order() returns trigger language plpgsql as $$ begin
           if new.source_order_number = '${orderNumber}' then raise exception 'simulated storage failure'; end if; return new; end $$;
         create trigger fail_order before insert on inbound_orders for each row execute function fail_order();`,
      )
      .execute(db);
  } else {
    await sql
      .raw(`create trigger fail_order before insert on inbound_orders when new.source_order_number = '${orderNumber}' begin select raise(abort, 'simulated storage failure'); end;`)
      .execute(db);
  }
}

async function repairOrders(db: any): Promise<void> {
  await sql.raw(TEST_DB_KIND === 'postgres' ? 'drop trigger fail_order on inbound_orders' : 'drop trigger fail_order').execute(db);
}

describe('message processor under failure', () => {
  const t = useTestApp({ file: true });
  let erp: ErpFixture;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    erp = await createErp(t(), 'ERP-R');
  });

  it('retries a message after an unexpected error, holds its order, lets other orders through, and fails it after 3 attempts', async () => {
    await breakOrder(t().q.ctx.db.kysely, 'PO-BOOM');
    const boom = await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-BOOM'));
    const behind = await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-BOOM', { orderChannel: 'second' }));
    const others = await Promise.all(['PO-OK1', 'PO-OK2', 'PO-OK3'].map((n) => erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage(n))));

    const serverLog: Array<{ reference?: string; err?: { message?: string } }> = [];
    const log = pino({ level: 'error' }, { write: (line: string) => serverLog.push(JSON.parse(line)) });
    await processQueuedMessages({ ...t().q.ctx, log });
    for (const o of others) expect((await messageById(t(), o.body.id)).processingStatus).toBe('Accepted');
    let m = await messageById(t(), boom.body.id);
    expect(m).toMatchObject({ processingStatus: 'Received', processorState: 'Queued', attempts: 1 });
    expect(m.log.at(-1)).toMatchObject({ level: 'warning' });
    // The ERP reads a reference, never the database's own words; the server log has both.
    const shown = (await erp.erp.get(`/api/v1/messages/${String(boom.body.id)}`)).body;
    expect(JSON.stringify(shown)).not.toContain('simulated storage failure');
    const reference = /reference ([0-9a-f-]{36})/.exec(String(shown.log.at(-1).text))?.[1];
    expect(reference).toBeDefined();
    expect(serverLog.find((l) => l.reference === reference)?.err?.message).toContain('simulated storage failure');
    expect((await messageById(t(), behind.body.id)).processingStatus).toBe('Received');

    // Not due yet: nothing happens until the retry delay has passed.
    await processQueuedMessages(t().q.ctx);
    expect((await messageById(t(), boom.body.id)).attempts).toBe(1);

    t().clock.advance(31_000);
    await processQueuedMessages(t().q.ctx);
    expect((await messageById(t(), boom.body.id)).attempts).toBe(2);
    t().clock.advance(121_000);
    await processQueuedMessages(t().q.ctx);
    m = await messageById(t(), boom.body.id);
    expect(m).toMatchObject({ processingStatus: 'Failed', processorState: 'Failed', attempts: 3 });
    expect((await messageById(t(), behind.body.id)).processingStatus).toBe('Received');

    // Once the cause is fixed, the operator queues it again and both messages go through in order.
    await repairOrders(t().q.ctx.db.kysely);
    await erp.erp.post(`/api/v1/messages/${boom.body.id}/queue`);
    await processQueuedMessages(t().q.ctx);
    expect((await messageById(t(), boom.body.id)).processingStatus).toBe('Accepted');
    expect((await messageById(t(), behind.body.id)).processingStatus).toBe('Accepted');
    const order = (await erp.erp.get('/api/v1/inbound-shipment-orders/PO-BOOM')).body;
    expect(order.orderChannel).toBe('second');
  });

  it('keeps acknowledged messages across a restart and processes them afterwards', async () => {
    const sent = await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-RESTART'));
    expect(sent.status).toBe(202);
    // A second process on the same database plays the restarted server.
    const second = await buildQuayside({ config: { ...defaultConfig, logLevel: 'silent' }, db: t().testDb.connectAgain(), clock: t().clock, logger: pino({ level: 'silent' }), logRequests: false });
    try {
      await processQueuedMessages(second.ctx);
      const row = await second.ctx.db.kysely.selectFrom('shipment_order_messages').select('processing_status').where('id', '=', sent.body.id).executeTakeFirstOrThrow();
      expect(row.processing_status).toBe('Accepted');
    } finally {
      await second.close();
    }
  });

  // Several workers on one queue is the PostgreSQL deployment (FOR UPDATE SKIP LOCKED). SQLite has one
  // writer; its connections in one process would only wait on each other.
  it.skipIf(TEST_DB_KIND !== 'postgres')('processes one queue from several workers without processing a message twice or out of order', async () => {
    const orders = Array.from({ length: 12 }, (_, i) => `PO-PAR-${String(i)}`);
    for (let round = 1; round <= 4; round++) {
      for (const orderNumber of orders) {
        await erp.erp.post(
          '/api/v1/inbound-shipment-order-messages',
          inboundMessage(orderNumber, { orderChannel: `round-${String(round)}` }, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', expectedQuantity: round, expectedUnitSymbol: 'ea' }]),
        );
      }
    }
    const workers = [t().q, ...(await Promise.all([0, 1].map(() => buildQuayside({ config: { ...defaultConfig, logLevel: 'silent', worker: { ...defaultConfig.worker, messageBatchSize: 5 } }, db: t().testDb.connectAgain(), clock: t().clock, logger: pino({ level: 'silent' }), logRequests: false }))))];
    try {
      await Promise.all(workers.map((w) => processQueuedMessages(w.ctx, { batchSize: 5 })));
      // A worker may stop while a peer still held a predecessor; one more pass finishes the queue.
      await processQueuedMessages(t().q.ctx);
    } finally {
      await Promise.all(workers.slice(1).map((w) => w.close()));
    }
    for (const orderNumber of orders) {
      const order = (await erp.erp.get(`/api/v1/inbound-shipment-orders/${orderNumber}`)).body;
      expect(order.version).toBe(4);
      expect(order.orderChannel).toBe('round-4');
      expect(order.lines[0].expectedQuantity).toBe(4);
    }
    const logs = await t()
      .q.ctx.db.kysely.selectFrom('message_log as l')
      .innerJoin('shipment_order_messages as m', 'm.id', 'l.message_pk')
      .select(['m.id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('m.order_number', 'like', 'PO-PAR-%')
      .where('l.level', '=', 'info')
      .groupBy('m.id')
      .execute();
    expect(logs).toHaveLength(48);
    expect(logs.every((l) => Number(l.n) === 1)).toBe(true);
  });
});
