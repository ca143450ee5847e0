import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/platform/clock.js';
import { defaultConfig } from '../src/platform/config.js';
import { addSourceSystem, commitEvents, messageFailed, startReceiver, type Receiver } from './events-fixtures.js';
import { useTestApp, type TestApp } from './support/harness.js';
import { tableResolver } from './support/offline-resolver.js';

/**
 * Webhook receivers may not be on this machine or its networks (server-side request forgery): refused
 * when a subscription is saved and again when each delivery connects. Every request in this file goes to
 * 127.0.0.1; host names come from a table, never from DNS.
 */

interface Delivery {
  id: number;
  status: string;
  lastStatusCode: number | null;
  lastError: string | null;
}

async function setUp(t: () => TestApp): Promise<string> {
  await addSourceSystem(t().q.ctx.db.kysely, 'ERP1', t().clock.now());
  return t().newKey({ kind: 'source_system', sourceSystemId: 'ERP1' });
}

async function deliveriesOf(t: () => TestApp, subscriptionId: number): Promise<Delivery[]> {
  const res = await t().admin.get(`/api/v1/webhook-deliveries?subscriptionId=${subscriptionId}`);
  expect(res.status).toBe(200);
  return res.body.items as Delivery[];
}

/** A port on 127.0.0.1 that nothing listens on: taken, then given back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('webhook receivers on addresses that are not public (default settings)', () => {
  const names: Record<string, string[]> = {
    'internal.test': ['10.0.0.5'],
    'mixed.test': ['93.184.215.14', '127.0.0.1'],
    'metadata.test': ['169.254.169.254'],
    'v6-private.test': ['fd12::7'],
    'rebind.test': ['93.184.215.14'],
  };
  const t = useTestApp({ clock: new ManualClock(Date.now()), resolveHost: tableResolver(names) });
  let erp = '';
  let receiver: Receiver;
  let port = 0;

  beforeAll(async () => {
    erp = await setUp(t);
    receiver = await startReceiver(204);
    port = Number(new URL(receiver.url).port);
  });
  afterAll(async () => {
    await receiver.close();
  });

  it.each([
    ['loopback', 'http://127.0.0.1:8080/hooks'],
    ['loopback, another address of the range', 'http://127.10.0.1/hooks'],
    ['loopback, IPv6', 'http://[::1]:8080/hooks'],
    ['loopback written in hex', 'http://0x7f000001/hooks'],
    ['loopback written as one decimal number', 'http://2130706433/hooks'],
    ['loopback written in octal', 'http://0177.0.0.1/hooks'],
    ['loopback written short', 'http://127.1/hooks'],
    ['loopback as an IPv4-mapped IPv6 address', 'http://[::ffff:127.0.0.1]/hooks'],
    ['loopback as a full IPv4-mapped IPv6 address', 'http://[0:0:0:0:0:ffff:7f00:1]/hooks'],
    ['localhost', 'http://localhost:3000/api/v1/api-keys'],
    ['a name under localhost', 'http://erp.localhost/hooks'],
    ['private 10/8', 'http://10.1.2.3/hooks'],
    ['private 172.16/12', 'http://172.16.5.4/hooks'],
    ['private 192.168/16', 'http://192.168.0.10/hooks'],
    ['private IPv6 fc00::/7', 'http://[fd00::1]/hooks'],
    ['link-local', 'http://169.254.10.10/hooks'],
    ['link-local IPv6', 'http://[fe80::1]/hooks'],
    ['cloud metadata', 'http://169.254.169.254/latest/meta-data/'],
    ['cloud metadata IPv6', 'http://[fd00:ec2::254]/latest/meta-data/'],
    ['cloud metadata by name', 'http://metadata.google.internal/computeMetadata/v1/'],
    ['carrier-grade NAT 100.64/10', 'http://100.64.1.1/hooks'],
    ['0.0.0.0/8', 'http://0.0.0.0:3000/hooks'],
    ['0.0.0.0/8, another address', 'http://0.1.2.3/hooks'],
    ['unspecified IPv6', 'http://[::]/hooks'],
    ['multicast', 'http://224.0.0.1/hooks'],
    ['multicast IPv6', 'http://[ff02::1]/hooks'],
    ['broadcast', 'http://255.255.255.255/hooks'],
    ['a name that resolves to a private address', 'https://internal.test/hooks'],
    ['a name with a public and a loopback address', 'https://mixed.test/hooks'],
    ['a name that resolves to the metadata address', 'http://metadata.test/'],
    ['a name that resolves to a private IPv6 address', 'https://v6-private.test/hooks'],
  ])('refuses to save a receiver on %s', async (_kind, url) => {
    const res = await t().as(erp).post('/api/v1/webhook-subscriptions', { url, eventTypes: ['*'] });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('EVENTS.WEBHOOK_TARGET_REFUSED');
    expect(res.body.errors).toEqual([{ field: 'url', reason: expect.stringContaining('webhooks.allowedTargets'), value: url }]);
    expect((await t().as(erp).get('/api/v1/webhook-subscriptions')).body.items).toEqual([]);
  });

  it('refuses to change a receiver to a loopback address, keeping the one it had', async () => {
    const created = await t().as(erp).post('/api/v1/webhook-subscriptions', { url: 'https://erp.example.com/hooks', eventTypes: ['*'] });
    expect(created.status).toBe(201);
    for (const url of ['http://127.0.0.1:3000/api/v1/api-keys', 'http://[::ffff:7f00:1]/', 'https://internal.test/hooks']) {
      const patched = await t().as(erp).patch(`/api/v1/webhook-subscriptions/${created.body.id}`, { url, description: 'moved' });
      expect(patched.status).toBe(400);
      expect(patched.body.code).toBe('EVENTS.WEBHOOK_TARGET_REFUSED');
      expect(patched.body.errors[0]).toMatchObject({ field: 'url', value: url });
    }
    const kept = await t().as(erp).get(`/api/v1/webhook-subscriptions/${created.body.id}`);
    expect(kept.body).toMatchObject({ url: 'https://erp.example.com/hooks', description: '' });
    await t().as(erp).delete(`/api/v1/webhook-subscriptions/${created.body.id}`);
  });

  it('checks again at connect time: a name that resolved to a public address and now resolves to loopback is not connected to', async () => {
    // Saved while rebind.test resolves to a public address (nothing connects to it: no event yet) ...
    const url = `http://rebind.test:${port}/hooks`;
    const sub = await t().as(erp).post('/api/v1/webhook-subscriptions', { url, eventTypes: ['*'] });
    expect(sub.status).toBe(201);
    // ... then its DNS answer turns to the loopback address where a receiver is listening.
    names['rebind.test'] = ['127.0.0.1'];
    await commitEvents(t().q, [messageFailed('ERP1', 'rebound')]);
    await t().q.worker.drainOnce();

    expect(receiver.received).toEqual([]);
    const [d] = await deliveriesOf(t, sub.body.id);
    expect(d).toMatchObject({ status: 'pending', lastStatusCode: null, lastError: 'address not allowed' });
    await t().as(erp).delete(`/api/v1/webhook-subscriptions/${sub.body.id}`);
  });

  it('checks again at connect time: a subscription stored before the check existed is not delivered to loopback', async () => {
    const { q, clock } = t();
    const now = clock.now();
    const stored = await q.ctx.db.kysely
      .insertInto('webhook_subscriptions')
      .values({
        url: `http://127.0.0.1:${port}/hooks`,
        event_types: '["*"]',
        source_system_id: 'ERP1',
        description: 'from an older version',
        active: 1,
        secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
        previous_secret: null,
        previous_secret_expires_at: null,
        secret_key_id: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await commitEvents(q, [messageFailed('ERP1', 'old-subscription')]);
    await q.worker.drainOnce();

    expect(receiver.received).toEqual([]);
    const [d] = await deliveriesOf(t, stored.id);
    expect(d).toMatchObject({ status: 'pending', lastStatusCode: null, lastError: 'address not allowed' });
    await t().admin.delete(`/api/v1/webhook-subscriptions/${stored.id}`);
  });

  it('accepts a public receiver whose name does not resolve yet; each attempt then fails as "host not found"', async () => {
    const sub = await t().as(erp).post('/api/v1/webhook-subscriptions', { url: 'https://erp.not-yet.test/hooks', eventTypes: ['*'] });
    expect(sub.status).toBe(201);
    await commitEvents(t().q, [messageFailed('ERP1', 'no-dns')]);
    await t().q.worker.drainOnce();
    const [d] = await deliveriesOf(t, sub.body.id);
    expect(d).toMatchObject({ status: 'pending', lastStatusCode: null, lastError: 'host not found' });
    await t().as(erp).delete(`/api/v1/webhook-subscriptions/${sub.body.id}`);
  });
});

describe('webhook receivers allowed by the webhooks.allowedTargets setting', () => {
  const names: Record<string, string[]> = { 'erp.plant.test': ['127.0.0.1'] };
  const t = useTestApp({
    clock: new ManualClock(Date.now()),
    resolveHost: tableResolver(names),
    config: { webhooks: { ...defaultConfig.webhooks, maxAttempts: 2, allowedTargets: ['127.0.0.1/32', 'erp.plant.test'] } },
  });
  let erp = '';
  const servers: Server[] = [];

  beforeAll(async () => {
    erp = await setUp(t);
  });
  afterAll(async () => {
    for (const s of servers) {
      s.closeAllConnections();
      await new Promise<void>((resolve) => s.close(() => resolve()));
    }
  });

  /** A local receiver that answers every request with `status`, `body` and `headers`, and counts what it got. */
  async function receiverAnswering(status: number, body: string, headers: Record<string, string> = {}): Promise<{ url: string; hits: () => number }> {
    let hits = 0;
    const server = createServer((req, res) => {
      hits++;
      req.resume();
      res.writeHead(status, { 'content-type': 'text/plain', ...headers });
      res.end(body);
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, hits: () => hits };
  }

  const subscribe = async (url: string): Promise<number> => {
    const res = await t().as(erp).post('/api/v1/webhook-subscriptions', { url, eventTypes: ['*'] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as number;
  };

  it('delivers to an allowed loopback receiver, by address range and by host name (connecting to the checked address)', async () => {
    const local = await receiverAnswering(204, '');
    const byAddress = await subscribe(local.url);
    // erp.plant.test exists only in this test's table: the connection can only have gone to the address checked.
    const byName = await subscribe(local.url.replace('127.0.0.1', 'erp.plant.test'));
    await commitEvents(t().q, [messageFailed('ERP1', 'allowed')]);
    await t().q.worker.drainOnce();

    expect(local.hits()).toBe(2);
    expect(await deliveriesOf(t, byAddress)).toMatchObject([{ status: 'delivered', lastStatusCode: 204, lastError: null }]);
    expect(await deliveriesOf(t, byName)).toMatchObject([{ status: 'delivered', lastStatusCode: 204, lastError: null }]);
    await t().admin.delete(`/api/v1/webhook-subscriptions/${byAddress}`);
    await t().admin.delete(`/api/v1/webhook-subscriptions/${byName}`);
  });

  it('still refuses what the allow-list does not name', async () => {
    for (const url of ['http://127.0.0.2/hooks', 'http://[::1]/hooks', 'http://10.0.0.1/hooks', 'http://169.254.169.254/latest/meta-data/']) {
      const res = await t().as(erp).post('/api/v1/webhook-subscriptions', { url, eventTypes: ['*'] });
      expect(res.status, url).toBe(400);
      expect(res.body.code).toBe('EVENTS.WEBHOOK_TARGET_REFUSED');
    }
  });

  it("records the status code and a fixed reason, never the receiver's answer, and does not follow redirects", async () => {
    const leaky = await receiverAnswering(500, 'INTERNAL-ONLY admin panel: db_password=hunter2');
    const target = await receiverAnswering(204, '');
    const redirecting = await receiverAnswering(302, 'moved', { location: target.url });
    const refusedPort = await closedPort();
    const subs = {
      leaky: await subscribe(leaky.url),
      redirecting: await subscribe(redirecting.url),
      refused: await subscribe(`http://127.0.0.1:${refusedPort}/hooks`),
    };
    await commitEvents(t().q, [messageFailed('ERP1', 'fixed-reasons')]);
    await t().q.worker.drainOnce();

    expect(await deliveriesOf(t, subs.leaky)).toMatchObject([{ lastStatusCode: 500, lastError: 'HTTP 500' }]);
    expect(await deliveriesOf(t, subs.redirecting)).toMatchObject([{ lastStatusCode: 302, lastError: 'HTTP 302' }]);
    expect(target.hits()).toBe(0);
    expect(await deliveriesOf(t, subs.refused)).toMatchObject([{ lastStatusCode: null, lastError: 'connection refused' }]);
    const everything = await t().as(erp).get('/api/v1/webhook-deliveries?limit=100');
    expect(JSON.stringify(everything.body)).not.toContain('hunter2');
    expect(JSON.stringify(everything.body)).not.toContain('moved');
    expect(JSON.stringify(everything.body)).not.toContain('ECONNREFUSED');
  });
});
