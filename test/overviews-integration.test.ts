import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, drain, inboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { ok } from './support/inbound.js';
import { createLocations, recordStock } from './support/on-hand-sync.js';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('the integration overview', () => {
  const t = useTestApp();
  let a: ErpFixture;
  let b: ErpFixture;
  let operator: Client;
  const overview = async (client: Client, query = '') => ok(client.get(`/api/v1/overviews/integration${query}`), 'integration overview');
  const send = async (erp: ErpFixture, orderNumber: string, itemNumber = 'ERP-ITEM-1') => {
    const lines = [{ orderLineNumber: 1, itemNumber, expectedQuantity: 4, expectedUnitSymbol: 'ea' }];
    await ok(erp.erp.post('/api/v1/inbound-shipment-order-messages', inboundMessage(orderNumber, {}, lines)), orderNumber);
  };

  beforeAll(async () => {
    t().clock.set(at('2026-01-05T07:30:00Z'));
    await createWarehouseMasterData(t().admin);
    a = await createErp(t(), 'ERP-A');
    b = await createErp(t(), 'ERP-B');
    operator = t().as(await t().newKey({ kind: 'user', role: 'integration_operator' }, 'operator'));
    // 07:30: A sends two, one with an item nobody mapped; both are processed at 07:45.
    await send(a, 'PO-A1');
    await send(a, 'PO-A2', 'ERP-NOBODY');
    t().clock.set(at('2026-01-05T07:45:00Z'));
    await drain(t());
    // 09:10: A and B send one each; B's is processed, A's waits.
    t().clock.set(at('2026-01-05T09:10:00Z'));
    await send(b, 'PO-B1');
    await drain(t());
    await send(a, 'PO-A3');
    t().clock.set(at('2026-01-05T09:40:00Z'));
  });

  it('counts failures and backlog per source system and the messages of each hour', async () => {
    const o = await overview(operator);
    expect(o).toMatchObject({ windowStart: '2026-01-04T10:00:00.000Z', windowEnd: '2026-01-05T10:00:00.000Z', totals: { failed: 1, queued: 1, drafts: 0 } });
    expect(o.sourceSystems.map((s: any) => [s.sourceSystemId, s.failed, s.queued, s.drafts])).toEqual([
      ['ERP-A', 1, 1, 0],
      ['ERP-B', 0, 0, 0],
    ]);
    const [erpA, erpB] = o.sourceSystems;
    expect(erpA.hours).toHaveLength(24);
    const busy = (s: any) => s.hours.filter((h: any) => h.received + h.accepted + h.failed > 0).map((h: any) => [h.hourStart, h.received, h.accepted, h.failed]);
    expect(busy(erpA)).toEqual([
      ['2026-01-05T07:00:00.000Z', 2, 1, 1],
      ['2026-01-05T09:00:00.000Z', 1, 0, 0],
    ]);
    expect(busy(erpB)).toEqual([['2026-01-05T09:00:00.000Z', 1, 1, 0]]);
    // A3 has waited 30 minutes.
    expect(o.queuedAge.map((x: any) => x.count)).toEqual([1, 0, 0, 0, 0, 0]);
    // The tiles are the counts of the message list they link to.
    expect((await ok(operator.get('/api/v1/messages?sourceSystemId=ERP-A&processingStatus=Failed'), 'failed')).total).toBe(erpA.failed);
    expect((await ok(operator.get('/api/v1/messages?sourceSystemId=ERP-A&processingStatus=Received'), 'queued')).total).toBe(erpA.queued);

    // The last two hours only: 07:00 is left out.
    const short = await overview(operator, '?hours=2&sourceSystemId=ERP-A');
    expect(short.sourceSystems.map((s: any) => s.sourceSystemId)).toEqual(['ERP-A']);
    expect(short.sourceSystems[0].hours.map((h: any) => h.received)).toEqual([0, 1]);
    expect(short.windowStart).toBe(new Date(at('2026-01-05T10:00:00Z') - 2 * HOUR).toISOString());
  });

  it("shows an integration client only its own source system's figures", async () => {
    const own = await overview(b.erp);
    expect(own.sourceSystems.map((s: any) => s.sourceSystemId)).toEqual(['ERP-B']);
    expect(own.totals).toMatchObject({ failed: 0, queued: 0 });
    expect(own.queuedAge.every((x: any) => x.count === 0)).toBe(true);
    const forced = await b.erp.get('/api/v1/overviews/integration?sourceSystemId=ERP-A');
    expect(forced.status).toBe(403);
    expect(forced.body.errors[0]).toMatchObject({ field: 'sourceSystemId', value: 'ERP-A' });
    expect((await overview(b.erp, '?sourceSystemId=ERP-B')).sourceSystems).toHaveLength(1);
  });

  it('refuses bad parameters and the roles that do not monitor integration', async () => {
    for (const query of ['?hours=0', '?hours=73', '?hours=two', '?utcOffsetMinutes=900', '?sourceSystemId=']) {
      const res = await operator.get(`/api/v1/overviews/integration${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.errors[0].field, query).toMatch(/hours|utcOffsetMinutes|sourceSystemId/);
    }
    expect((await t().as(await t().newKey({ kind: 'user', role: 'planner' })).get('/api/v1/overviews/integration')).status).toBe(403);
    expect((await t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' })).get('/api/v1/overviews/integration')).status).toBe(403);
  });
});

describe('the reconciliation overview', () => {
  const t = useTestApp();
  let a: ErpFixture;
  let b: ErpFixture;

  beforeAll(async () => {
    t().clock.set(at('2026-01-02T10:00:00Z'));
    await createWarehouseMasterData(t().admin);
    await createLocations(t().admin, ['A-01']);
    a = await createErp(t(), 'ERP1');
    await ok(t().admin.post('/api/v1/inventory-owners', { ownerId: 'OWN-B', name: 'Owner B' }), 'owner B');
    b = await createErp(t(), 'ERP2', { defaultOwnerId: 'OWN-B' });
    // On the 4th, 6 of ERP1's owner's stock are registered and never receiving-completed: ERP1 was not told.
    t().clock.set(at('2026-01-04T10:00:00Z'));
    await recordStock(t(), 'registered', [{ quantity: 6 }]);
    t().clock.set(at('2026-01-05T09:00:00Z'));
  });

  it('counts the lines that differ and the open documents behind them, at the end of each of the last days', async () => {
    const o = await ok(a.erp.get('/api/v1/overviews/reconciliation?days=4'), 'overview');
    expect(o.sourceSystems).toHaveLength(1);
    const [erp1] = o.sourceSystems;
    expect(erp1).toMatchObject({ sourceSystemId: 'ERP1', linesWithDifference: 1, lastReport: null, updateLog: null });
    expect(erp1.openDocuments).toContainEqual({ reason: 'RegisteredNotReceivingCompleted', count: 1 });
    expect(erp1.drift).toEqual([
      { at: '2026-01-02T23:59:59.999Z', linesWithDifference: 0, openDocuments: 0 },
      { at: '2026-01-03T23:59:59.999Z', linesWithDifference: 0, openDocuments: 0 },
      { at: '2026-01-04T23:59:59.999Z', linesWithDifference: 1, openDocuments: 1 },
      { at: '2026-01-05T09:00:00.000Z', linesWithDifference: 1, openDocuments: 1 },
    ]);
    // The same as the drift explanation says line by line.
    const drift = await ok(a.erp.get('/api/v1/source-systems/ERP1/on-hand-drift'), 'drift');
    expect(drift.lines).toHaveLength(erp1.linesWithDifference);

    // ERP2's owner has no such stock; an operator sees both, ERP2 itself only its own.
    const operator = t().as(await t().newKey({ kind: 'user', role: 'integration_operator' }));
    const all = await ok(operator.get('/api/v1/overviews/reconciliation?days=1'), 'all');
    expect(all.sourceSystems.map((s: any) => [s.sourceSystemId, s.linesWithDifference, s.drift.length])).toEqual([
      ['ERP1', 1, 1],
      ['ERP2', 0, 1],
    ]);
    expect((await ok(b.erp.get('/api/v1/overviews/reconciliation'), 'own')).sourceSystems.map((s: any) => s.sourceSystemId)).toEqual(['ERP2']);
    expect((await b.erp.get('/api/v1/overviews/reconciliation?sourceSystemId=ERP1')).status).toBe(403);
  });

  it('refuses bad parameters and the roles that do not reconcile', async () => {
    for (const query of ['?days=0', '?days=15', '?utcOffsetMinutes=-841']) expect((await a.erp.get(`/api/v1/overviews/reconciliation${query}`)).status, query).toBe(400);
    expect((await t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' })).get('/api/v1/overviews/reconciliation')).status).toBe(403);
  });
});
