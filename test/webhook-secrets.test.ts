import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildQuayside } from '../src/main.js';
import { dispatchEvents, resealWebhookSecrets, WebhookSender } from '../src/modules/events/index.js';
import { ManualClock } from '../src/platform/clock.js';
import { defaultConfig } from '../src/platform/config.js';
import { SecretBox, secretKey } from '../src/platform/crypto/secret-box.js';
import { addSourceSystem, commitEvents, headerRecord, messageFailed, startReceiver, type Receiver } from './events-fixtures.js';
import { useTestApp } from './support/harness.js';
import { tableResolver } from './support/offline-resolver.js';

const webhooks = { ...defaultConfig.webhooks, allowedTargets: ['127.0.0.1/32'] };
const DAY = 24 * 60 * 60 * 1000;

describe('webhook secrets at rest', () => {
  const firstKey = secretKey(randomBytes(32));
  const secrets = new SecretBox([firstKey]);
  // A file database on SQLite, so that a second Quayside can start on it (a restart).
  const t = useTestApp({ file: true, clock: new ManualClock(Date.now()), config: { webhooks }, secrets });
  let receiver: Receiver;
  let erp = '';

  beforeAll(async () => {
    receiver = await startReceiver(204);
    await addSourceSystem(t().q.ctx.db.kysely, 'ERP1', t().clock.now());
    erp = await t().newKey({ kind: 'source_system', sourceSystemId: 'ERP1' });
  });
  afterAll(async () => {
    await receiver.close();
  });

  const stored = (id: number) =>
    t().q.ctx.db.kysely.selectFrom('webhook_subscriptions').select(['secret', 'previous_secret', 'previous_secret_expires_at', 'secret_key_id']).where('id', '=', id).executeTakeFirstOrThrow();

  /** Sends one event and answers the request the receiver got. */
  async function deliverOne(subject: string) {
    const before = receiver.received.length;
    await commitEvents(t().q, [messageFailed('ERP1', subject)]);
    await t().q.worker.drainOnce();
    const got = receiver.received.slice(before);
    expect(got).toHaveLength(1);
    const [req] = got;
    if (!req) throw new Error('not received');
    return req;
  }

  it('stores the secret and the previous one sealed, with the key id, and signs with them', async () => {
    const created = await t().as(erp).post('/api/v1/webhook-subscriptions', { url: receiver.url, eventTypes: ['*'] });
    expect(created.status).toBe(201);
    const secret = created.body.secret as string;
    let row = await stored(created.body.id);
    expect(row.secret_key_id).toBe(firstKey.id);
    expect(row.secret).toMatch(/^v1:/);
    expect(row.secret).not.toContain(secret.slice('whsec_'.length, 20));
    expect(row.previous_secret).toBeNull();
    const first = await deliverOne('sealed');
    expect(new Webhook(secret).verify(first.body, headerRecord(first.headers))).toMatchObject({ subject: 'sealed' });

    const rotated = await t().as(erp).post(`/api/v1/webhook-subscriptions/${created.body.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    row = await stored(created.body.id);
    expect(row.secret_key_id).toBe(firstKey.id);
    expect(row.previous_secret).toMatch(/^v1:/);
    for (const clear of [secret, rotated.body.secret as string]) {
      expect(JSON.stringify(row)).not.toContain(clear.slice('whsec_'.length, 20));
    }
    const during = await deliverOne('overlap');
    expect(new Webhook(rotated.body.secret).verify(during.body, headerRecord(during.headers))).toMatchObject({ subject: 'overlap' });
    expect(new Webhook(secret).verify(during.body, headerRecord(during.headers))).toMatchObject({ subject: 'overlap' });
    await t().admin.delete(`/api/v1/webhook-subscriptions/${created.body.id}`);
  });

  it('clears the previous secret once its overlap has passed', async () => {
    // Rotated a day ago (less a minute) ...
    t().clock.set(Date.now() - DAY + 60_000);
    const created = await t().as(erp).post('/api/v1/webhook-subscriptions', { url: receiver.url, eventTypes: ['*'] });
    const rotated = await t().as(erp).post(`/api/v1/webhook-subscriptions/${created.body.id}/rotate-secret`);
    expect((await stored(created.body.id)).previous_secret).not.toBeNull();

    // ... and now two minutes later than that day: the overlap has passed (receivers check the
    // signature's timestamp against their own clock, so the test clock comes back to about now).
    t().clock.set(Date.now() + 120_000);
    const after = await deliverOne('after-overlap');
    expect(after.headers['webhook-signature']?.toString().split(' ')).toHaveLength(1);
    expect(new Webhook(rotated.body.secret).verify(after.body, headerRecord(after.headers))).toMatchObject({ subject: 'after-overlap' });
    expect(() => new Webhook(created.body.secret).verify(after.body, headerRecord(after.headers))).toThrow();
    expect(await stored(created.body.id)).toMatchObject({ previous_secret: null, previous_secret_expires_at: null });
    expect((await t().as(erp).get(`/api/v1/webhook-subscriptions/${created.body.id}`)).body.previousSecretExpiresAt).toBeNull();
    await t().admin.delete(`/api/v1/webhook-subscriptions/${created.body.id}`);
  });

  it('seals clear-text secrets written before encryption when Quayside starts, and they still sign', async () => {
    const { q, clock } = t();
    const clear = `whsec_${randomBytes(32).toString('base64')}`;
    const previous = `whsec_${randomBytes(32).toString('base64')}`;
    const now = clock.now();
    // As migration 0030 leaves a subscription from an older version: clear text, no key id.
    const old = await q.ctx.db.kysely
      .insertInto('webhook_subscriptions')
      .values({
        url: receiver.url,
        event_types: '["*"]',
        source_system_id: 'ERP1',
        description: 'from before encryption',
        active: 1,
        secret: clear,
        previous_secret: previous,
        previous_secret_expires_at: now + DAY,
        secret_key_id: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();

    const restarted = await buildQuayside({
      config: { ...defaultConfig, logLevel: 'silent', webhooks },
      db: t().testDb.connectAgain(),
      clock,
      logger: pino({ level: 'silent' }),
      logRequests: false,
      secrets,
      resolveHost: tableResolver(),
    });
    await restarted.close();

    const row = await stored(old.id);
    expect(row.secret_key_id).toBe(firstKey.id);
    expect(row.secret).not.toContain(clear.slice(6));
    expect(row.previous_secret).not.toContain(previous.slice(6));
    const req = await deliverOne('was-clear-text');
    expect(new Webhook(clear).verify(req.body, headerRecord(req.headers))).toMatchObject({ subject: 'was-clear-text' });
    expect(new Webhook(previous).verify(req.body, headerRecord(req.headers))).toMatchObject({ subject: 'was-clear-text' });
    await t().admin.delete(`/api/v1/webhook-subscriptions/${old.id}`);
  });

  it('re-encrypts every secret with a new key; afterwards the old key is not needed, and a process without the right key refuses to sign', async () => {
    const { q, clock } = t();
    const created = await t().as(erp).post('/api/v1/webhook-subscriptions', { url: receiver.url, eventTypes: ['*'] });
    const secret = created.body.secret as string;
    const newKey = secretKey(randomBytes(32));

    // A process with another key cannot open them, and leaves them as they are.
    const stranger = new SecretBox([newKey]);
    expect((await resealWebhookSecrets(q.ctx.db.kysely, stranger)).unreadable).toContainEqual({ id: created.body.id, keyId: firstKey.id });
    expect((await stored(created.body.id)).secret_key_id).toBe(firstKey.id);

    // The new key seals, the old one still opens: everything is sealed again with the new one.
    const result = await resealWebhookSecrets(q.ctx.db.kysely, new SecretBox([newKey, firstKey]));
    expect(result.unreadable).toEqual([]);
    expect(result.resealed).toBeGreaterThanOrEqual(1);
    expect(await q.ctx.db.kysely.selectFrom('webhook_subscriptions').select('id').where('secret_key_id', '!=', newKey.id).execute()).toEqual([]);

    // From now on the new key alone is enough, and the receiver's secret did not change.
    await commitEvents(q, [messageFailed('ERP1', 'new-key')]);
    await dispatchEvents(q.ctx.db, clock.now(), 'test-dispatcher', 100);
    const onlyNew = new WebhookSender({ db: q.ctx.db, clock, log: q.ctx.log, webhooks, workerId: 'new-key-sender', leaseMs: 60_000, secrets: stranger, resolve: tableResolver() });
    expect(await onlyNew.poll()).toBe(1);
    await onlyNew.settle();
    const req = receiver.received.at(-1);
    if (!req) throw new Error('not received');
    expect(new Webhook(secret).verify(req.body, headerRecord(req.headers))).toMatchObject({ subject: 'new-key' });

    // The app's sender still holds only the old key: it cannot open the secret and records that, sending nothing.
    const count = receiver.received.length;
    await commitEvents(q, [messageFailed('ERP1', 'old-key-only')]);
    await q.worker.drainOnce();
    expect(receiver.received.length).toBe(count);
    const latest = await t().admin.get(`/api/v1/webhook-deliveries?subscriptionId=${created.body.id}&limit=1`);
    expect(latest.body.items[0]).toMatchObject({ status: 'pending', lastStatusCode: null, lastError: 'signing secret unavailable', event: { subject: 'old-key-only' } });
    await t().admin.delete(`/api/v1/webhook-subscriptions/${created.body.id}`);
  });
});
