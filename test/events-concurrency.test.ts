import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendEvents, dispatchEvents, WebhookSender } from '../src/modules/events/index.js';
import { ManualClock } from '../src/platform/clock.js';
import type { Database } from '../src/platform/db/database.js';
import { addSourceSystem, commitEvents, messageFailed, startReceiver, type Receiver } from './events-fixtures.js';
import { TEST_DB_KIND } from './support/database.js';
import { useTestApp } from './support/harness.js';
import { testSecretBox } from './support/offline-resolver.js';
import { defaultConfig } from '../src/platform/config.js';

describe('event delivery under concurrency', () => {
  // A file database on SQLite, so that a second connection is a second writer as another process would be.
  const secrets = testSecretBox();
  const webhooks = { ...defaultConfig.webhooks, allowedTargets: ['127.0.0.1/32'] };
  const t = useTestApp({ file: true, clock: new ManualClock(Date.now()), secrets, config: { webhooks } });
  let receiver: Receiver;
  const extra: Database[] = [];

  beforeAll(async () => {
    receiver = await startReceiver(200);
    await addSourceSystem(t().q.ctx.db.kysely, 'ERP1', t().clock.now());
  });
  afterAll(async () => {
    await receiver.close();
    for (const db of extra) await db.close();
  });

  const connectAgain = (): Database => {
    const db = t().testDb.connectAgain();
    extra.push(db);
    return db;
  };
  // Four at a time each, and no per-subscription limit in the way, so that the two senders race for the same rows.
  const sender = (db: Database, workerId: string) =>
    new WebhookSender({
      db,
      clock: t().clock,
      log: t().q.ctx.log,
      webhooks: { ...webhooks, concurrency: 4, perSubscriptionConcurrency: 100, perSourceSystemConcurrency: 100 },
      workerId,
      leaseMs: 60_000,
      secrets,
    });
  const drain = async (poll: () => Promise<number>, settle: () => Promise<void> = () => Promise.resolve()) => {
    let handled = 0;
    for (let n = await poll(); n > 0; n = await poll()) {
      handled += n;
      await settle();
    }
    return handled;
  };

  it('two senders on separate connections never deliver the same delivery twice', async () => {
    const { q, clock } = t();
    const sub = await t().admin.post('/api/v1/webhook-subscriptions', { url: receiver.url, eventTypes: ['*'], sourceSystemId: 'ERP1' });
    await commitEvents(q, Array.from({ length: 30 }, (_, i) => messageFailed('ERP1', `race-${i}`)));
    await dispatchEvents(q.ctx.db, clock.now(), 'test', 1000);
    const before = receiver.received.length;

    const a = sender(q.ctx.db, 'sender-a');
    const b = sender(connectAgain(), 'sender-b');
    const [handledA, handledB] = await Promise.all([drain(() => a.poll(), () => a.settle()), drain(() => b.poll(), () => b.settle())]);

    expect(handledA + handledB).toBe(30);
    const ids = receiver.received.slice(before).map((r) => r.headers['webhook-id']);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    const deliveries = await t().admin.get(`/api/v1/webhook-deliveries?subscriptionId=${sub.body.id}&limit=100`);
    expect(deliveries.body.total).toBe(30);
    expect(deliveries.body.items.every((d: { status: string; attempts: number }) => d.status === 'delivered' && d.attempts === 1)).toBe(true);
    await t().admin.delete(`/api/v1/webhook-subscriptions/${sub.body.id}`);
  });

  it('two dispatchers hand out gapless feed positions in id order and create each delivery once', async () => {
    const { q, clock } = t();
    const sub = await t().admin.post('/api/v1/webhook-subscriptions', { url: receiver.url, eventTypes: ['*'] });
    const start = (await t().admin.get('/api/v1/events')).body.nextCursor as number;
    for (let i = 0; i < 5; i++) await commitEvents(q, Array.from({ length: 10 }, (_, j) => messageFailed('ERP1', `dispatch-${i}-${j}`)));

    // On SQLite a second connection in the same thread would wait for the first one's write lock while
    // blocking the thread that must release it; one connection already serializes its transactions.
    const other = TEST_DB_KIND === 'postgres' ? connectAgain() : q.ctx.db;
    const run = (db: Database, id: string) => drain(async () => (await dispatchEvents(db, clock.now(), id, 7)).events);
    const [x, y] = await Promise.all([run(q.ctx.db, 'dispatcher-x'), run(other, 'dispatcher-y')]);
    expect(x + y).toBe(50);

    const rows = await q.ctx.db.kysely.selectFrom('business_events').select(['id', 'feed_seq']).where('feed_seq', '>', start).orderBy('id').execute();
    expect(rows.map((r) => r.feed_seq)).toEqual(Array.from({ length: 50 }, (_, i) => start + i + 1));
    const deliveries = await t().admin.get(`/api/v1/webhook-deliveries?subscriptionId=${sub.body.id}&limit=1`);
    expect(deliveries.body.total).toBe(50);
    await t().admin.delete(`/api/v1/webhook-subscriptions/${sub.body.id}`);
  });

  // Two write transactions open at once exist only on PostgreSQL; SQLite has a single writer.
  it.runIf(TEST_DB_KIND === 'postgres')('does not skip an event whose transaction committed after a later one was already read', async () => {
    const { q, clock } = t();
    const cursor0 = (await t().admin.get('/api/v1/events')).body.nextCursor as number;
    let releaseSlow: () => void = () => undefined;
    const slowMayCommit = new Promise<void>((resolve) => {
      releaseSlow = resolve;
    });
    let slowAppended: () => void = () => undefined;
    const appendedSlow = new Promise<void>((resolve) => {
      slowAppended = resolve;
    });
    // The slow transaction takes the lower id first and commits last.
    const slow = q.ctx.db.kysely.transaction().execute(async (tx) => {
      await appendEvents(tx, q.ctx.ids, clock.now(), [messageFailed('ERP1', 'lower-id-commits-late')]);
      slowAppended();
      await slowMayCommit;
    });
    await appendedSlow;
    await commitEvents(q, [messageFailed('ERP1', 'higher-id-commits-first')]);
    await dispatchEvents(q.ctx.db, clock.now(), 'test', 100);
    const first = await t().admin.get(`/api/v1/events?after=${cursor0}`);
    expect(first.body.items.map((e: { subject: string }) => e.subject)).toEqual(['higher-id-commits-first']);

    releaseSlow();
    await slow;
    await dispatchEvents(q.ctx.db, clock.now(), 'test', 100);
    const second = await t().admin.get(`/api/v1/events?after=${first.body.nextCursor}`);
    expect(second.body.items.map((e: { subject: string }) => e.subject)).toEqual(['lower-id-commits-late']);
  });
});
