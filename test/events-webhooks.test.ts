import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadLetterCountsBySourceSystem, dispatchEvents, WebhookSender } from '../src/modules/events/index.js';
import { ManualClock } from '../src/platform/clock.js';
import { defaultConfig } from '../src/platform/config.js';
import { addSourceSystem, commitEvents, headerRecord, messageFailed, startReceiver, type Receiver } from './events-fixtures.js';
import { useTestApp } from './support/harness.js';
import { testSecretBox } from './support/offline-resolver.js';

// Loopback is refused by default; the receivers here are local, so the allow-list names them.
const webhooks = { ...defaultConfig.webhooks, maxAttempts: 4, timeoutMs: 2_000, baseBackoffMs: 1_000, maxBackoffMs: 1_500, allowedTargets: ['127.0.0.1/32'] };

describe('webhooks', () => {
  // Receivers verify the signature timestamp against their own clock, so the test clock starts at real time.
  const secrets = testSecretBox();
  const t = useTestApp({ clock: new ManualClock(Date.now()), config: { webhooks }, secrets });
  let receiver: Receiver;
  const keys: Record<string, string> = {};

  beforeAll(async () => {
    receiver = await startReceiver(204);
    for (const id of ['ERP1', 'ERP2', 'ERP3', 'ERP4', 'ERP5']) {
      await addSourceSystem(t().q.ctx.db.kysely, id, t().clock.now());
      keys[id] = await t().newKey({ kind: 'source_system', sourceSystemId: id });
    }
  });
  afterAll(async () => {
    await receiver.close();
  });

  const subscribe = async (key: string, body: Record<string, unknown>) => {
    const res = await t().as(key).post('/api/v1/webhook-subscriptions', { url: receiver.url, eventTypes: ['*'], ...body });
    expect(res.status).toBe(201);
    return res.body as { id: number; secret: string; sourceSystemId: string | null };
  };
  const deliveriesOf = async (subscriptionId: number) =>
    (await t().admin.get(`/api/v1/webhook-deliveries?subscriptionId=${subscriptionId}`)).body.items as {
      id: number;
      status: string;
      attempts: number;
      nextAttemptAt: string | null;
      lastStatusCode: number | null;
      lastError: string | null;
      deliveredAt: string | null;
    }[];
  const drain = () => t().q.worker.drainOnce();

  describe('subscriptions', () => {
    it('refuses unknown event types and non-http URLs, naming the field', async () => {
      const unknown = await t().admin.post('/api/v1/webhook-subscriptions', {
        url: receiver.url,
        eventTypes: ['messageProcessor.messageFailed', 'order.teleported'],
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.code).toBe('EVENTS.UNKNOWN_EVENT_TYPE');
      expect(unknown.body.errors).toEqual([{ field: 'eventTypes.1', reason: 'is not an event type in the catalog', value: 'order.teleported' }]);

      const ftp = await t().admin.post('/api/v1/webhook-subscriptions', { url: 'ftp://erp.example.com/in', eventTypes: ['*'] });
      expect(ftp.status).toBe(400);
      expect(ftp.body.errors[0]).toMatchObject({ field: 'url', reason: 'must use http or https' });

      const missing = await t().admin.post('/api/v1/webhook-subscriptions', { url: receiver.url, eventTypes: ['*'], sourceSystemId: 'NOPE' });
      expect(missing.status).toBe(422);
      expect(missing.body.errors[0].field).toBe('sourceSystemId');

      expect((await t().admin.get('/api/v1/webhook-subscriptions')).body.items).toEqual([]);
    });

    it('gives a Standard Webhooks secret once, confines integration clients to their own, and rotates', async () => {
      const erp1Key = keys.ERP1 ?? '';
      const created = await subscribe(erp1Key, { eventTypes: ['messageProcessor.messageFailed'], description: 'ERP1 failures' });
      expect(created.sourceSystemId).toBe('ERP1');
      expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{40,}=*$/);

      const other = await t().as(erp1Key).post('/api/v1/webhook-subscriptions', { url: receiver.url, eventTypes: ['*'], sourceSystemId: 'ERP2' });
      expect(other.status).toBe(403);
      const all = await t().as(erp1Key).post('/api/v1/webhook-subscriptions', { url: receiver.url, eventTypes: ['*'], sourceSystemId: null });
      expect(all.status).toBe(403);

      const listed = await t().as(erp1Key).get('/api/v1/webhook-subscriptions');
      expect(listed.body.items).toHaveLength(1);
      expect(listed.body.items[0]).not.toHaveProperty('secret');
      expect((await t().as(keys.ERP2).get('/api/v1/webhook-subscriptions')).body.items).toEqual([]);
      expect((await t().as(keys.ERP2).get(`/api/v1/webhook-subscriptions/${created.id}`)).status).toBe(404);
      expect((await t().as(keys.ERP2).patch(`/api/v1/webhook-subscriptions/${created.id}`, { active: false })).status).toBe(404);

      const patched = await t().as(erp1Key).patch(`/api/v1/webhook-subscriptions/${created.id}`, { eventTypes: ['*'], description: 'all' });
      expect(patched.body).toMatchObject({ eventTypes: ['*'], description: 'all', active: true });
      const badPatch = await t().as(erp1Key).patch(`/api/v1/webhook-subscriptions/${created.id}`, { eventTypes: ['nope'] });
      expect(badPatch.status).toBe(400);
      expect(badPatch.body.errors[0].field).toBe('eventTypes.0');

      const rotated = await t().as(erp1Key).post(`/api/v1/webhook-subscriptions/${created.id}/rotate-secret`);
      expect(rotated.status).toBe(200);
      expect(rotated.body.secret).toMatch(/^whsec_/);
      expect(rotated.body.secret).not.toBe(created.secret);

      // During the overlap a delivery verifies with the old and the new secret.
      await commitEvents(t().q, [messageFailed('ERP1', 'after-rotation')]);
      const before = receiver.received.length;
      await drain();
      const got = receiver.received.slice(before);
      expect(got).toHaveLength(1);
      const [req] = got;
      if (!req) throw new Error('not received');
      expect(new Webhook(rotated.body.secret).verify(req.body, headerRecord(req.headers))).toMatchObject({ subject: 'after-rotation' });
      expect(new Webhook(created.secret).verify(req.body, headerRecord(req.headers))).toMatchObject({ subject: 'after-rotation' });

      expect((await t().as(erp1Key).delete(`/api/v1/webhook-subscriptions/${created.id}`)).status).toBe(204);
      expect((await t().admin.get(`/api/v1/webhook-subscriptions/${created.id}`)).status).toBe(404);
    });
  });

  it('POSTs the event to a real receiver, signed so that standardwebhooks verifies it', async () => {
    const mine = await subscribe(keys.ERP2 ?? '', {});
    const someoneElse = await subscribe(keys.ERP3 ?? '', {});
    const before = receiver.received.length;
    await commitEvents(t().q, [messageFailed('ERP2', 'msg-signed')]);
    await drain();

    const got = receiver.received.slice(before);
    expect(got).toHaveLength(1);
    const [req] = got;
    if (!req) throw new Error('not received');
    expect(req.headers['content-type']).toBe('application/json');
    const verified = new Webhook(mine.secret).verify(req.body, headerRecord(req.headers)) as Record<string, unknown>;
    const feed = await t().admin.get('/api/v1/events?types=messageProcessor.messageFailed&sourceSystemId=ERP2');
    const event = feed.body.items.at(-1);
    expect(verified).toEqual({
      eventId: event.eventId,
      type: 'messageProcessor.messageFailed',
      schemaVersion: 1,
      occurredAt: event.occurredAt,
      sourceSystemId: 'ERP2',
      subject: 'msg-signed',
      payload: event.payload,
    });
    expect(req.headers['webhook-id']).toBe(event.eventId);
    expect(() => new Webhook(someoneElse.secret).verify(req.body, headerRecord(req.headers))).toThrow();

    const [delivery] = await deliveriesOf(mine.id);
    expect(delivery).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 204, lastError: null });
    expect(delivery?.deliveredAt).toBe(new Date(t().clock.now()).toISOString());
    expect(await deliveriesOf(someoneElse.id)).toEqual([]);
    await t().admin.delete(`/api/v1/webhook-subscriptions/${mine.id}`);
    await t().admin.delete(`/api/v1/webhook-subscriptions/${someoneElse.id}`);
  });

  it('retries a failing receiver on the backoff schedule, dead-letters it after the last attempt, and redrive delivers it', async () => {
    const failing = await startReceiver(503);
    try {
      const sub = await t().as(keys.ERP4 ?? '').post('/api/v1/webhook-subscriptions', { url: failing.url, eventTypes: ['*'] });
      expect(sub.status).toBe(201);
      await commitEvents(t().q, [messageFailed('ERP4', 'msg-retried')]);
      const { clock } = t();

      await drain();
      expect(failing.received).toHaveLength(1);
      let [d] = await deliveriesOf(sub.body.id);
      expect(d).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 503 });
      // The status code and a fixed reason: never what the receiver wrote in its answer.
      expect(d?.lastError).toBe('HTTP 503');
      expect(d?.nextAttemptAt).toBe(new Date(clock.now() + 1_000).toISOString());

      // base 1 s, doubled per attempt, capped at 1.5 s: due after 1 s, 1.5 s, 1.5 s.
      for (const [wait, attemptsAfter] of [
        [1_000, 2],
        [1_500, 3],
        [1_500, 4],
      ] as const) {
        clock.advance(wait - 1);
        await drain();
        expect(failing.received).toHaveLength(attemptsAfter - 1);
        clock.advance(1);
        await drain();
        expect(failing.received).toHaveLength(attemptsAfter);
      }
      [d] = await deliveriesOf(sub.body.id);
      expect(d).toMatchObject({ status: 'dead', attempts: 4, nextAttemptAt: null, lastStatusCode: 503 });

      clock.advance(3_600_000);
      await drain();
      expect(failing.received).toHaveLength(4);
      expect((await deadLetterCountsBySourceSystem(t().q.ctx.db.kysely)).get('ERP4')).toBe(1);
      const dead = await t().as(keys.ERP4).get('/api/v1/webhook-deliveries?status=dead');
      expect(dead.body).toMatchObject({ total: 1, items: [{ id: d?.id, event: { subject: 'msg-retried' } }] });
      expect((await t().as(keys.ERP5).get('/api/v1/webhook-deliveries?status=dead')).body.total).toBe(0);
      expect((await t().as(keys.ERP5).post(`/api/v1/webhook-deliveries/${d?.id}/redrive`)).status).toBe(404);

      failing.status = 200;
      const redriven = await t().as(keys.ERP4).post(`/api/v1/webhook-deliveries/${d?.id}/redrive`);
      expect(redriven.status).toBe(200);
      expect(redriven.body).toMatchObject({ status: 'pending', attempts: 0 });
      await drain();
      expect(failing.received).toHaveLength(5);
      [d] = await deliveriesOf(sub.body.id);
      expect(d).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 200, lastError: null });
      expect((await deadLetterCountsBySourceSystem(t().q.ctx.db.kysely)).get('ERP4')).toBeUndefined();

      const again = await t().admin.post(`/api/v1/webhook-deliveries/${d?.id}/redrive`);
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('EVENTS.DELIVERY_NOT_REDRIVABLE');
      await t().admin.delete(`/api/v1/webhook-subscriptions/${sub.body.id}`);
    } finally {
      await failing.close();
    }
  });

  it('redrives all dead deliveries of a subscription at once', async () => {
    const failing = await startReceiver(500);
    try {
      const sub = await t().admin.post('/api/v1/webhook-subscriptions', { url: failing.url, eventTypes: ['messageProcessor.messageFailed'], sourceSystemId: 'ERP5' });
      await commitEvents(t().q, [messageFailed('ERP5', 'bulk-1'), messageFailed('ERP5', 'bulk-2'), messageFailed('ERP1', 'not-erp5')]);
      for (let i = 0; i < webhooks.maxAttempts; i++) {
        await drain();
        t().clock.advance(webhooks.maxBackoffMs);
      }
      expect((await deliveriesOf(sub.body.id)).map((d) => d.status)).toEqual(['dead', 'dead']);
      expect(failing.received).toHaveLength(2 * webhooks.maxAttempts);

      failing.status = 202;
      const res = await t().admin.post(`/api/v1/webhook-subscriptions/${sub.body.id}/redrive-dead`);
      expect(res.body).toEqual({ redriven: 2 });
      await drain();
      expect((await deliveriesOf(sub.body.id)).map((d) => d.status)).toEqual(['delivered', 'delivered']);
      const subjects = failing.received.slice(-2).map((r) => (JSON.parse(r.body) as { subject: string }).subject);
      expect(subjects.sort()).toEqual(['bulk-1', 'bulk-2']);
      await t().admin.delete(`/api/v1/webhook-subscriptions/${sub.body.id}`);
    } finally {
      await failing.close();
    }
  });

  it('parks waiting deliveries of a deactivated subscription as failed; redrive sends them after reactivation', async () => {
    const failing = await startReceiver(500);
    try {
      const sub = await t().admin.post('/api/v1/webhook-subscriptions', { url: failing.url, eventTypes: ['*'], sourceSystemId: 'ERP3' });
      await commitEvents(t().q, [messageFailed('ERP3', 'paused')]);
      await drain();
      expect(failing.received).toHaveLength(1);
      await t().admin.patch(`/api/v1/webhook-subscriptions/${sub.body.id}`, { active: false });
      const [d] = await deliveriesOf(sub.body.id);
      expect(d).toMatchObject({ status: 'failed', lastError: 'not sent: the subscription was deactivated' });

      await commitEvents(t().q, [messageFailed('ERP3', 'while-inactive')]);
      t().clock.advance(60_000);
      await drain();
      expect(failing.received).toHaveLength(1);
      expect(await deliveriesOf(sub.body.id)).toHaveLength(1);

      const refused = await t().admin.post(`/api/v1/webhook-deliveries/${d?.id}/redrive`);
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('EVENTS.SUBSCRIPTION_INACTIVE');

      failing.status = 200;
      await t().admin.patch(`/api/v1/webhook-subscriptions/${sub.body.id}`, { active: true });
      expect((await t().admin.post(`/api/v1/webhook-deliveries/${d?.id}/redrive`)).status).toBe(200);
      await drain();
      expect(failing.received).toHaveLength(2);
      expect((await deliveriesOf(sub.body.id))[0]?.status).toBe('delivered');
      await t().admin.delete(`/api/v1/webhook-subscriptions/${sub.body.id}`);
    } finally {
      await failing.close();
    }
  });

  it('gives up on a receiver that does not answer within the timeout and retries later', async () => {
    const { createServer } = await import('node:http');
    const silent = createServer(() => {
      // never answers
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const { q, clock } = t();
      const sub = await t().admin.post('/api/v1/webhook-subscriptions', { url: `http://127.0.0.1:${port}/slow`, eventTypes: ['*'], sourceSystemId: 'ERP5' });
      await commitEvents(q, [messageFailed('ERP5', 'slow')]);
      await dispatchEvents(q.ctx.db, clock.now(), 'test-dispatcher', 100);
      const sender = new WebhookSender({
        db: q.ctx.db,
        clock,
        log: q.ctx.log,
        webhooks: { ...webhooks, timeoutMs: 100 },
        workerId: 'impatient',
        leaseMs: 60_000,
        secrets,
      });
      expect(await sender.poll()).toBe(1);
      await sender.settle();
      const [d] = await deliveriesOf(sub.body.id);
      expect(d).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: null, lastError: 'timeout' });
      await t().admin.delete(`/api/v1/webhook-subscriptions/${sub.body.id}`);
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
