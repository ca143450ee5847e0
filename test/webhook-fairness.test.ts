import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/platform/clock.js';
import { defaultConfig } from '../src/platform/config.js';
import { addSourceSystem, commitEvents, messageFailed } from './events-fixtures.js';
import { useTestApp } from './support/harness.js';

/** A local receiver that keeps every request open until released, and notes each arrival in `log`. */
async function holdingReceiver(name: string, log: string[]) {
  const held: ServerResponse[] = [];
  let releasing = false;
  let maxHeld = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      log.push(`${name} got ${(JSON.parse(Buffer.concat(chunks).toString('utf8')) as { subject: string }).subject}`);
      if (releasing) {
        res.writeHead(204).end();
        return;
      }
      held.push(res);
      maxHeld = Math.max(maxHeld, held.length);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    held: () => held.length,
    maxHeld: () => maxHeld,
    release() {
      releasing = true;
      log.push(`${name} released`);
      for (const res of held.splice(0)) res.writeHead(204).end();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe("one tenant's slow webhook receivers do not hold up another tenant's deliveries", () => {
  const t = useTestApp({
    clock: new ManualClock(Date.now()),
    config: {
      worker: { ...defaultConfig.worker, pollIntervalMs: 20 },
      webhooks: {
        ...defaultConfig.webhooks,
        // Long enough that nothing times out here: the slow receiver answers only when the test lets it.
        timeoutMs: 120_000,
        allowedTargets: ['127.0.0.1/32'],
        concurrency: 4,
        perSubscriptionConcurrency: 1,
        perSourceSystemConcurrency: 2,
      },
    },
  });
  const log: string[] = [];
  let slow: Awaited<ReturnType<typeof holdingReceiver>>;
  let fast: Awaited<ReturnType<typeof holdingReceiver>>;

  beforeAll(async () => {
    slow = await holdingReceiver('slow', log);
    fast = await holdingReceiver('fast', log);
    fast.release(); // answers at once
    log.length = 0;
    for (const id of ['ERP-SLOW', 'ERP-FAST']) await addSourceSystem(t().q.ctx.db.kysely, id, t().clock.now());
  });
  afterAll(async () => {
    slow.release();
    await t().q.worker.stop();
    await slow.close();
    await fast.close();
  });

  it("delivers the fast tenant's events while the slow tenant's receiver still holds its requests, with at most its share in flight", { timeout: 120_000 }, async () => {
    const { q } = t();
    const slowKey = await t().newKey({ kind: 'source_system', sourceSystemId: 'ERP-SLOW' });
    const fastKey = await t().newKey({ kind: 'source_system', sourceSystemId: 'ERP-FAST' });
    // The slow tenant subscribes three times (the attack in the review used ten), the fast one once.
    const slowSubscriptions: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await t().as(slowKey).post('/api/v1/webhook-subscriptions', { url: `${slow.url}/${i}`, eventTypes: ['*'] });
      expect(res.status).toBe(201);
      slowSubscriptions.push(res.body.id as number);
    }
    expect((await t().as(fastKey).post('/api/v1/webhook-subscriptions', { url: fast.url, eventTypes: ['*'] })).status).toBe(201);

    q.worker.start();
    await commitEvents(q, [1, 2, 3, 4].map((n) => messageFailed('ERP-SLOW', `slow-${n}`)));
    await expect.poll(() => slow.held(), { timeout: 30_000 }).toBe(2);

    await commitEvents(q, [1, 2, 3].map((n) => messageFailed('ERP-FAST', `fast-${n}`)));
    await expect.poll(() => log.filter((l) => l.startsWith('fast got')).length, { timeout: 30_000 }).toBe(3);

    // All three fast deliveries arrived and were recorded while the slow receiver still held its two.
    expect(slow.held()).toBe(2);
    await expect
      .poll(async () => (await t().as(fastKey).get('/api/v1/webhook-deliveries')).body.items.map((d: { status: string }) => d.status), { timeout: 30_000 })
      .toEqual(['delivered', 'delivered', 'delivered']);
    const slowStates = (await t().as(slowKey).get('/api/v1/webhook-deliveries?limit=100')).body.items.map((d: { status: string }) => d.status);
    expect(slowStates.filter((s: string) => s === 'in_flight')).toHaveLength(2);
    expect(slowStates.filter((s: string) => s === 'pending')).toHaveLength(10);

    slow.release();
    await expect
      .poll(async () => (await t().as(slowKey).get('/api/v1/webhook-deliveries?status=delivered')).body.total, { timeout: 30_000 })
      .toBe(12);
    const released = log.indexOf('slow released');
    expect(log.slice(0, released).filter((l) => l.startsWith('fast got'))).toHaveLength(3);
    expect(log.slice(0, released).filter((l) => l.startsWith('slow got'))).toHaveLength(2);
    // Never more than the tenant's share (2) at once, however many subscriptions it has.
    expect(slow.maxHeld()).toBe(2);
    await q.worker.stop();
  });
});
