import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig, loadConfig } from '../src/platform/config.js';
import { applyOnce } from '../src/platform/db/client-operations.js';
import { platformRetentionTasks } from '../src/platform/retention/platform-tasks.js';
import { runRetention } from '../src/platform/retention/retention.js';
import { createErp, createWarehouseMasterData, drain, inboundMessage, messageById, type ErpFixture } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * Old and new records of every kind that retention looks after, on one manual clock: "old" ones made at
 * T0, then 100 days pass (T1) and new ones are made. The settings are the defaults, except processing
 * logs (30 days) and a batch of 2 rows, so that every kind takes several batches.
 */
describe('retention', () => {
  const t = useTestApp({
    file: true,
    config: { retention: { ...defaultConfig.retention, processingLogDays: 30, batchSize: 2 } },
  });
  let erp1: ErpFixture;
  let erp2: ErpFixture;
  let t0: number;
  const ids: Record<string, number> = {};

  const db = () => t().q.ctx.db.kysely;
  const send = async (erp: ErpFixture, messageId: string, orderNumber: string, lines?: unknown[]) => {
    const res = await erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage(orderNumber, { messageId }, lines));
    expect(res.status).toBe(202);
    ids[messageId] = res.body.id;
  };
  const processId = async (type: string) => {
    const list = await t().admin.get('/api/v1/background-processes');
    return list.body.items.find((p: any) => p.processType === type).id as number;
  };
  const runProcess = async (type: string) => {
    const res = await t().admin.post(`/api/v1/background-processes/${String(await processId(type))}/run`);
    expect(res.status).toBe(200);
    expect(res.body.run.outcome).toBe('succeeded');
    return res.body.run;
  };
  const eventOf = async (messageId: string, type: string) => {
    const row = await db().selectFrom('business_events').select(['id', 'feed_seq']).where('subject', '=', messageId).where('event_type', '=', type).orderBy('id').executeTakeFirstOrThrow();
    return row.id;
  };
  const eventExists = async (id: number) => (await db().selectFrom('business_events').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
  const deliveryStatuses = async () => (await db().selectFrom('webhook_deliveries').select(['event_pk', 'status', 'subscription_id']).orderBy('id').execute()).map((d) => `${String(d.event_pk)}:${d.status}`);
  const sessionsLeft = async () => (await db().selectFrom('user_sessions').select('token_hash').orderBy('id').execute()).map((s) => s.token_hash);
  const addSession = (token: string, createdAt: number, end: { revokedAt?: number; lastUsedAt?: number }) =>
    db()
      .insertInto('user_sessions')
      .values({ token_hash: token, user_id: ids.user ?? 0, created_at: createdAt, last_used_at: end.lastUsedAt ?? createdAt, expires_at: createdAt + 12 * HOUR, revoked_at: end.revokedAt ?? null })
      .execute();

  beforeAll(async () => {
    t0 = t().clock.now();
    // Switched off, so that only the runs this test asks for happen when the clock jumps ("run now" still runs them).
    for (const type of ['removeExpiredRecords', 'checkInventoryLedger']) {
      expect((await t().admin.patch(`/api/v1/background-processes/${String(await processId(type))}`, { enabled: false })).status).toBe(200);
    }
    await createWarehouseMasterData(t().admin);
    erp1 = await createErp(t(), 'ERP1');
    erp2 = await createErp(t(), 'ERP2');

    // Messages at T0. PO-1 is created and canceled (done); PO-2 stays open; m-4 fails and stays Failed;
    // m-5 fails and is canceled by a user. ERP2's PO-7 is received later... never: it stays open.
    await send(erp1, 'm-1', 'PO-1');
    await drain(t());
    await send(erp1, 'm-2', 'PO-1', []);
    await send(erp1, 'm-3', 'PO-2');
    await send(erp1, 'm-4', 'PO-3', [{ orderLineNumber: 1, itemNumber: 'NO-SUCH-ITEM', expectedQuantity: 1, expectedUnitSymbol: 'ea' }]);
    await send(erp1, 'm-5', 'PO-4', [{ orderLineNumber: 1, itemNumber: 'NO-SUCH-ITEM', expectedQuantity: 1, expectedUnitSymbol: 'ea' }]);
    await send(erp2, 'm-7', 'PO-7');
    await drain(t());
    expect((await t().admin.post(`/api/v1/messages/${String(ids['m-5'])}/cancel`)).status).toBe(200);
    await drain(t());
    const expected: [string, string][] = [['m-1', 'Accepted'], ['m-2', 'Accepted'], ['m-3', 'Accepted'], ['m-4', 'Failed'], ['m-5', 'Canceled'], ['m-7', 'Accepted']];
    for (const [messageId, status] of expected) {
      expect((await messageById(t(), ids[messageId] ?? 0)).processingStatus, messageId).toBe(status);
    }
    expect((await t().admin.get('/api/v1/inbound-shipment-orders/PO-1')).body.status).toBe('Canceled');

    // Webhook deliveries of some of those events (the sender is not what this test is about, so the
    // deliveries are written as rows, for switched-off subscriptions to a closed loopback port that
    // nothing sends to): m-1's Received event was delivered; m-3's Received event was delivered to one
    // subscription and waits for its next attempt at another; m-4's failure is a dead letter.
    const subscription = async (url: string) =>
      (
        await db()
          .insertInto('webhook_subscriptions')
          .values({ url, event_types: '["*"]', source_system_id: null, description: 'retention test', active: 0, secret: 'whsec_dGVzdA==', previous_secret: null, previous_secret_expires_at: null, created_at: t0, updated_at: t0 })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    ids.subA = await subscription('http://127.0.0.1:9/a');
    ids.subB = await subscription('http://127.0.0.1:9/b');
    ids.delivered = await eventOf('m-1', 'shipmentOrderMessage.statusChanged');
    ids.pending = await eventOf('m-3', 'shipmentOrderMessage.statusChanged');
    ids.dead = await eventOf('m-4', 'messageProcessor.messageFailed');
    const delivery = (subscriptionId: number, eventPk: number, status: string, at: number) => ({
      subscription_id: subscriptionId,
      event_pk: eventPk,
      status,
      attempts: 1,
      next_attempt_at: status === 'pending' ? at + 365 * DAY : at,
      created_at: at,
      updated_at: at,
      delivered_at: status === 'delivered' ? at : null,
    });
    await db()
      .insertInto('webhook_deliveries')
      .values([
        delivery(ids.subA, ids.delivered, 'delivered', t0),
        delivery(ids.subA, ids.pending, 'delivered', t0),
        delivery(ids.subB, ids.pending, 'pending', t0),
        delivery(ids.subA, ids.dead, 'dead', t0),
      ])
      .execute();

    // A user with sessions that ended long ago, in the order they began.
    ids.user = (
      await db()
        .insertInto('users')
        .values({ username: 'rita', display_name: 'Rita', role: 'planner', password_hash: 'x', disabled: 0, failed_sign_ins: 0, created_at: t0, updated_at: t0 })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await addSession('signed-out', t0, { revokedAt: t0 + HOUR });
    await addSession('lifetime-over', t0, {});

    await applyOnce(db(), t0, { operationId: 'old-scan', scope: 'test' }, () => Promise.resolve('old answer'));
    await runProcess('checkInventoryLedger');

    // 100 days later: new records of every kind.
    t().clock.set(t0 + 100 * DAY);
    const t1 = t().clock.now();
    await addSession('idle-40-days', t1 - 40 * DAY, {});
    await addSession('signed-out-10-days-ago', t1 - 10 * DAY, { revokedAt: t1 - 10 * DAY });
    await addSession('active', t1, {});
    await send(erp1, 'm-6', 'PO-5');
    await drain(t());
    ids.newEvent = await eventOf('m-6', 'shipmentOrderMessage.statusChanged');
    await db().insertInto('webhook_deliveries').values(delivery(ids.subA, ids.newEvent, 'delivered', t1)).execute();
    await applyOnce(db(), t1, { operationId: 'new-scan', scope: 'test' }, () => Promise.resolve('new answer'));
    await runProcess('checkInventoryLedger');
    // ERP2 reads the feed and is still at the start: everything of ERP2's is owed to it.
    expect((await erp2.erp.get('/api/v1/events?after=0&limit=1')).status).toBe(200);
  });

  it('removes only what is past its retention, and never what is unfinished or still owed', async () => {
    const t1 = t().clock.now();
    const erp2Events = await db().selectFrom('business_events').select('id').where('source_system_id', '=', 'ERP2').execute();
    const run = await runProcess('removeExpiredRecords');
    expect(run.itemsProcessed).toBeGreaterThan(10);

    // Messages: the done ones went with their logs; the open order's, the Failed one and the new one stay.
    for (const gone of ['m-1', 'm-2', 'm-5']) expect((await t().admin.get(`/api/v1/messages/${String(ids[gone])}`)).status, gone).toBe(404);
    expect(await db().selectFrom('message_log').select('id').where('message_pk', 'in', [ids['m-1'] ?? 0, ids['m-2'] ?? 0, ids['m-5'] ?? 0]).execute()).toEqual([]);
    const open = await messageById(t(), ids['m-3'] ?? 0);
    expect(open.processingStatus).toBe('Accepted');
    expect(open.log).toEqual([]); // processing logs of done messages: 30 days
    const failed = await messageById(t(), ids['m-4'] ?? 0);
    expect(failed.processingStatus).toBe('Failed');
    expect(failed.log.length).toBeGreaterThan(0); // a Failed message keeps the log that says what to fix
    expect((await messageById(t(), ids['m-6'] ?? 0)).log.length).toBeGreaterThan(0);
    expect((await messageById(t(), ids['m-7'] ?? 0)).processingStatus).toBe('Accepted');
    expect((await t().admin.get('/api/v1/inbound-shipment-orders/PO-1')).status).toBe(200); // documents are never removed

    // Events: the delivered one went with its delivery; the one waiting for a retry, the dead letter's,
    // the new one and all of ERP2's (its feed reader has not read them) stay.
    expect(await eventExists(ids.delivered ?? 0)).toBe(false);
    expect(await eventExists(ids.pending ?? 0)).toBe(true);
    expect(await eventExists(ids.dead ?? 0)).toBe(true);
    expect(await eventExists(ids.newEvent ?? 0)).toBe(true);
    for (const e of erp2Events) expect(await eventExists(e.id)).toBe(true);
    const oldErp1 = await db().selectFrom('business_events').select('id').where('source_system_id', '=', 'ERP1').where('occurred_at', '<', t1 - 90 * DAY).execute();
    expect(oldErp1.map((e) => e.id).sort((a, b) => a - b)).toEqual([ids.pending, ids.dead].sort((a, b) => (a ?? 0) - (b ?? 0)));
    // Deliveries: delivered ones older than 30 days went, even of an event that stays.
    expect(await deliveryStatuses()).toEqual([`${String(ids.pending)}:pending`, `${String(ids.dead)}:dead`, `${String(ids.newEvent)}:delivered`]);

    // Sessions that ended more than 30 days ago went.
    expect(await sessionsLeft()).toEqual(['signed-out-10-days-ago', 'active']);

    // Client operations: the old id went, the new one still answers a retry with the stored answer.
    expect(await db().selectFrom('client_operations').select('operation_id').execute()).toEqual([{ operation_id: 'new-scan' }]);
    const retry = await applyOnce(db(), t1, { operationId: 'new-scan', scope: 'test' }, () => Promise.resolve('applied twice'));
    expect(retry).toEqual({ result: 'new answer', replayed: true });

    // Run history and ledger check results: 30 days, and a process's last run always stays.
    const ledgerRuns = await t().admin.get(`/api/v1/background-processes/${String(await processId('checkInventoryLedger'))}/runs`);
    expect(ledgerRuns.body.items.map((r: any) => r.startedAt)).toEqual([new Date(t1).toISOString()]);
    const checks = await t().admin.get('/api/v1/inventory/consistency/checks');
    expect(checks.body.items.map((c: any) => c.checkedAt)).toEqual([new Date(t1).toISOString()]);
  });

  it('refuses a resend of a removed message id instead of applying it again', async () => {
    const resend = await erp1.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-1', { messageId: 'm-1' }));
    expect(resend.status).toBe(409);
    expect(resend.headers['content-type']).toContain('application/problem+json');
    expect(resend.body).toMatchObject({ code: 'INTEGRATION.MESSAGE_REMOVED', errors: [{ field: 'messageId', value: 'm-1' }] });
    expect((await t().admin.get('/api/v1/messages?messageId=m-1')).body.items).toEqual([]);
    expect((await t().admin.get('/api/v1/inbound-shipment-orders/PO-1')).body.status).toBe('Canceled');
    // Another source system may use the same message id: ids are per source system.
    expect((await erp2.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage('PO-8', { messageId: 'm-1' }))).status).toBe(202);
  });

  it('stops keeping events for a feed reader that has not read the feed for the retention period, but never a dead letter', async () => {
    const erp2Old = await db().selectFrom('business_events').select('id').where('source_system_id', '=', 'ERP2').where('occurred_at', '<', t0 + DAY).execute();
    expect(erp2Old.length).toBeGreaterThan(0);
    t().clock.set(t0 + 200 * DAY);
    await runProcess('removeExpiredRecords');
    for (const e of erp2Old) expect(await eventExists(e.id)).toBe(false);
    expect(await eventExists(ids.dead ?? 0)).toBe(true);
    expect(await eventExists(ids.pending ?? 0)).toBe(true);
    // The Failed message and the open order's message are still there, 200 days on.
    expect((await messageById(t(), ids['m-4'] ?? 0)).processingStatus).toBe('Failed');
    expect((await messageById(t(), ids['m-3'] ?? 0)).processingStatus).toBe('Accepted');
  });

  it('removes at most batchSize rows per transaction and maxBatchesPerRun batches per run, leaving the rest for the next run', async () => {
    const now = t().clock.now();
    for (let i = 0; i < 5; i++) await addSession(`ended-${String(i)}`, now - 60 * DAY, { revokedAt: now - 60 * DAY });
    const config = { ...defaultConfig, retention: { ...defaultConfig.retention } };
    const sessionsOnly = platformRetentionTasks(config).filter((task) => task.name === 'sessions');
    expect(await runRetention(db(), now, sessionsOnly, { batchSize: 2, maxBatchesPerRun: 1 })).toEqual({ sessions: 2 });
    expect(await runRetention(db(), now, sessionsOnly, { batchSize: 2, maxBatchesPerRun: 1 })).toEqual({ sessions: 2 });
    expect(await runRetention(db(), now, sessionsOnly, { batchSize: 2, maxBatchesPerRun: 10 })).toEqual({ sessions: 1 });
    expect((await sessionsLeft()).filter((s) => s.startsWith('ended-'))).toEqual([]);
  });
});

describe('retention settings', () => {
  it('default to what an ERP needs to catch up, and refuse a period that would remove everything or overflow', () => {
    const config = loadConfig({});
    expect(config.retention).toMatchObject({ messagesDays: 90, eventsDays: 90, webhookDeliveriesDays: 30, sessionsDays: 30, clientOperationsDays: 30, processRunsDays: 30 });
    expect(() => loadConfig({}, { retention: { ...defaultConfig.retention, eventsDays: 0 } })).toThrow('retention.eventsDays must be a whole number from 1 to 36500, got 0');
    expect(() => loadConfig({}, { retention: { ...defaultConfig.retention, messagesDays: 1e308 } })).toThrow(/retention\.messagesDays/);
    expect(() => loadConfig({}, { retention: { ...defaultConfig.retention, batchSize: 2.5 } })).toThrow(/retention\.batchSize/);
  });
});
