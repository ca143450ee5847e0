import { beforeAll, describe, expect, it } from 'vitest';
import { appendEvents } from '../src/modules/events/index.js';
import { addSourceSystem, commitEvents, messageFailed } from './events-fixtures.js';
import { useTestApp } from './support/harness.js';

describe('business event feed', () => {
  const t = useTestApp();
  let erp1Key = '';
  let erp2Key = '';

  beforeAll(async () => {
    const { q, clock } = t();
    await addSourceSystem(q.ctx.db.kysely, 'ERP1', clock.now());
    await addSourceSystem(q.ctx.db.kysely, 'ERP2', clock.now());
    erp1Key = await t().newKey({ kind: 'source_system', sourceSystemId: 'ERP1' });
    erp2Key = await t().newKey({ kind: 'source_system', sourceSystemId: 'ERP2' });
  });

  it('never shows or delivers an event whose transaction rolled back', async () => {
    const { q } = t();
    const before = await t().admin.get('/api/v1/events');
    await expect(
      q.ctx.db.kysely.transaction().execute(async (tx) => {
        await appendEvents(tx, q.ctx.ids, q.ctx.clock.now(), [messageFailed('ERP1', 'rolled-back')]);
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    const sub = await t().admin.post('/api/v1/webhook-subscriptions', { url: 'https://erp.example.com/never', eventTypes: ['*'] });
    expect(sub.status).toBe(201);
    await q.worker.drainOnce();

    const feed = await t().admin.get(`/api/v1/events?after=${before.body.nextCursor}`);
    expect(feed.body.items).toEqual([]);
    const deliveries = await t().admin.get(`/api/v1/webhook-deliveries?subscriptionId=${sub.body.id}`);
    expect(deliveries.body.total).toBe(0);
    await t().admin.delete(`/api/v1/webhook-subscriptions/${sub.body.id}`);
  });

  it('shows committed events after dispatch, in the order they were appended, from a cursor', async () => {
    const { q } = t();
    const start = (await t().admin.get('/api/v1/events')).body.nextCursor as number;
    await commitEvents(q, [messageFailed('ERP1', 'm-1'), messageFailed('ERP2', 'm-2')]);
    await commitEvents(q, [messageFailed('ERP1', 'm-3')]);

    // Not yet dispatched: the feed shows only what has a feed position.
    expect((await t().admin.get(`/api/v1/events?after=${start}`)).body.items).toEqual([]);
    await q.worker.drainOnce();

    const all = await t().admin.get(`/api/v1/events?after=${start}`);
    expect(all.status).toBe(200);
    expect(all.body.items.map((e: { subject: string }) => e.subject)).toEqual(['m-1', 'm-2', 'm-3']);
    const [first] = all.body.items;
    expect(first).toMatchObject({
      type: 'messageProcessor.messageFailed',
      schemaVersion: 1,
      sourceSystemId: 'ERP1',
      subject: 'm-1',
      occurredAt: new Date(q.ctx.clock.now()).toISOString(),
      payload: { messageId: 'm-1', orderNumber: 'PO-m-1' },
    });
    expect(first.eventId).toMatch(/^[0-9a-f-]{36}$/);
    const cursors = all.body.items.map((e: { cursor: number }) => e.cursor);
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    expect(all.body.nextCursor).toBe(cursors[2]);

    // Paging with limit and the cursor returns the same sequence.
    const page1 = await t().admin.get(`/api/v1/events?after=${start}&limit=2`);
    const page2 = await t().admin.get(`/api/v1/events?after=${page1.body.nextCursor}&limit=2`);
    expect([...page1.body.items, ...page2.body.items].map((e: { eventId: string }) => e.eventId)).toEqual(
      all.body.items.map((e: { eventId: string }) => e.eventId),
    );

    // Nothing new: the cursor stays where it is.
    const none = await t().admin.get(`/api/v1/events?after=${all.body.nextCursor}`);
    expect(none.body).toEqual({ items: [], nextCursor: all.body.nextCursor });
  });

  it('shows an integration client only its own source system\'s events', async () => {
    const { q } = t();
    const erp1Start = (await t().as(erp1Key).get('/api/v1/events')).body.nextCursor as number;
    const erp2Start = (await t().as(erp2Key).get('/api/v1/events')).body.nextCursor as number;
    await commitEvents(q, [messageFailed('ERP1', 'own-1'), messageFailed('ERP2', 'other-1'), messageFailed('ERP1', 'own-2')]);
    await q.worker.drainOnce();

    const erp1 = await t().as(erp1Key).get(`/api/v1/events?after=${erp1Start}`);
    expect(erp1.status).toBe(200);
    expect(erp1.body.items.map((e: { subject: string }) => e.subject)).toEqual(['own-1', 'own-2']);
    const erp2 = await t().as(erp2Key).get(`/api/v1/events?after=${erp2Start}`);
    expect(erp2.body.items.map((e: { subject: string }) => e.subject)).toEqual(['other-1']);

    const peek = await t().as(erp1Key).get(`/api/v1/events?after=${erp1Start}&sourceSystemId=ERP2`);
    expect(peek.status).toBe(403);
    expect(peek.body.code).toBe('AUTH.FORBIDDEN');
  });

  it('lets planners, warehouse managers and integration operators read every source system', async () => {
    for (const role of ['planner', 'warehouse_manager', 'integration_operator'] as const) {
      const key = await t().newKey({ kind: 'user', role });
      const res = await t().as(key).get('/api/v1/events?sourceSystemId=ERP2');
      expect(res.status).toBe(200);
      expect(res.body.items.every((e: { sourceSystemId: string }) => e.sourceSystemId === 'ERP2')).toBe(true);
      expect(res.body.items.length).toBeGreaterThan(0);
    }
    const worker = await t().newKey({ kind: 'user', role: 'warehouse_worker' });
    expect((await t().as(worker).get('/api/v1/events')).status).toBe(403);
  });

  it('filters by event type and refuses unknown types, naming the field', async () => {
    const { q } = t();
    const start = (await t().admin.get('/api/v1/events')).body.nextCursor as number;
    await commitEvents(q, [
      messageFailed('ERP1', 'typed-1'),
      {
        type: 'shipmentOrderMessage.statusChanged',
        sourceSystemId: 'ERP1',
        subject: 'typed-2',
        payload: {
          messageId: 'typed-2',
          messageVersion: 1,
          messageType: 'OutboundShipmentOrder',
          sourceSystemId: 'ERP1',
          orderNumber: 'SO-1',
          previousStatus: 'Received',
          processingStatus: 'Accepted',
          processorState: 'Processed',
          internalOrderNumber: 'OSO-000001',
        },
      },
    ]);
    await q.worker.drainOnce();
    const changed = await t().admin.get(`/api/v1/events?after=${start}&types=shipmentOrderMessage.statusChanged`);
    expect(changed.body.items.map((e: { subject: string }) => e.subject)).toEqual(['typed-2']);

    const bad = await t().admin.get('/api/v1/events?types=messageProcessor.messageFailed,order.teleported');
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.body.errors).toEqual([{ field: 'types', reason: 'is not an event type in the catalog', value: 'order.teleported' }]);
  });

  it('gives an integration client cursors of its own, which other source systems\' events never move (they would tell it their volume)', async () => {
    const { q } = t();
    await addSourceSystem(q.ctx.db.kysely, 'ERP3', t().clock.now());
    const fresh = await t().newKey({ kind: 'source_system', sourceSystemId: 'ERP3' });
    // Other source systems have had events all along: a client without any still stands at 0.
    expect((await t().admin.get('/api/v1/events')).body.nextCursor).toBeGreaterThan(0);
    expect((await t().as(fresh).get('/api/v1/events')).body).toEqual({ items: [], nextCursor: 0 });

    const start = (await t().as(erp2Key).get('/api/v1/events')).body.nextCursor as number;
    await commitEvents(q, [messageFailed('ERP1', 'not-for-erp2-1'), messageFailed('ERP1', 'not-for-erp2-2')]);
    await q.worker.drainOnce();
    expect((await t().as(erp2Key).get(`/api/v1/events?after=${start}`)).body).toEqual({ items: [], nextCursor: start });
    expect((await t().as(erp2Key).get('/api/v1/events?after=0&types=shipmentOrderMessage.statusChanged')).body.nextCursor).toBe(start);

    await commitEvents(q, [messageFailed('ERP2', 'for-erp2'), messageFailed('ERP3', 'for-erp3'), messageFailed('ERP2', 'for-erp2-again')]);
    await q.worker.drainOnce();
    const next = await t().as(erp2Key).get(`/api/v1/events?after=${start}`);
    expect(next.body.items.map((e: { subject: string; cursor: number }) => [e.subject, e.cursor])).toEqual([
      ['for-erp2', start + 1],
      ['for-erp2-again', start + 2],
    ]);
    expect(next.body.nextCursor).toBe(start + 2);
    expect((await t().as(fresh).get('/api/v1/events')).body).toMatchObject({ items: [{ subject: 'for-erp3', cursor: 1 }], nextCursor: 1 });
  });

  it('moves a user\'s filtered cursor past events the filter leaves out', async () => {
    const { q } = t();
    const start = (await t().admin.get('/api/v1/events?sourceSystemId=ERP2')).body.nextCursor as number;
    await commitEvents(q, [messageFailed('ERP1', 'not-erp2-1'), messageFailed('ERP1', 'not-erp2-2')]);
    await q.worker.drainOnce();
    const res = await t().admin.get(`/api/v1/events?after=${start}&sourceSystemId=ERP2`);
    expect(res.body.items).toEqual([]);
    expect(res.body.nextCursor).toBe(start + 2);
  });
});
