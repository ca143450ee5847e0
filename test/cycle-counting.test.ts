import { beforeAll, describe, expect, it } from 'vitest';
import { reserve, unreserve } from '../src/modules/inventory/index.js';
import { qty } from '../src/platform/quantity.js';
import { createErp, createWarehouseMasterData, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { createLocations, dims, expectLedgerConsistent, feedEvents, ok, onHand, recordStock } from './support/on-hand-sync.js';

describe('cycle counting', () => {
  const t = useTestApp();
  let worker: Client;
  let manager: Client;
  let erp: ErpFixture;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createLocations(t().admin, ['A-01', 'A-02', 'A-03', 'B-01', 'B-02']);
    erp = await createErp(t(), 'ERP1');
    worker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'worker Wendy'));
    manager = t().as(await t().newKey({ kind: 'user', role: 'warehouse_manager' }, 'manager Max'));
    await recordStock(t(), 'seed', [
      { at: { locationId: 'A-01' }, quantity: 10 },
      { at: { locationId: 'A-02' }, quantity: 10 },
      { at: { locationId: 'A-03' }, quantity: 10 },
      { at: { locationId: 'B-01' }, quantity: 3 },
      { at: { locationId: 'B-02' }, quantity: 10 },
    ]);
  });

  const createWork = async (body: Record<string, unknown>) => (await ok(manager.post('/api/v1/cycle-count-work', { warehouseId: 'WH1', ...body }))).items;
  const count = (client: Client, workId: string, operationId: string, countedQuantity: number) =>
    ok(client.post(`/api/v1/cycle-count-work/${workId}/counts`, { operationId, counts: [{ lineNumber: 1, countedQuantity }] }));
  const adjustments = async (journalId: string) =>
    (await ok(t().admin.get(`/api/v1/inventory/transactions?referenceType=CountingJournal&referenceId=${journalId}`))).items.map((r: any) => r.quantity);

  it('accounts for stock that moves while a location waits to be counted, and never blocks it', async () => {
    const [work] = await createWork({ locationIds: ['A-01'], maxQuantity: 0 });
    expect(work).toMatchObject({ status: 'Open', createdBy: 'Manual', locationId: 'A-01' });
    // The location stays open for everyone: a reservation, a pick of 4 and a put-away of 2 while the work is open.
    await reserve(t().q.ctx.db.kysely, t().clock.now(), dims({ locationId: 'A-01' }), qty(1));
    await unreserve(t().q.ctx.db.kysely, t().clock.now(), dims({ locationId: 'A-01' }), qty(1));
    await recordStock(t(), 'pick-during', [{ at: { locationId: 'A-01' }, quantity: -4 }]);
    await recordStock(t(), 'put-during', [{ at: { locationId: 'A-01' }, quantity: 2 }]);
    // The worker finds 8: exactly what is there, so no difference, even with zero tolerance.
    const counted = await count(worker, work.workId, 'cc-1', 8);
    expect(counted).toMatchObject({ status: 'Closed', outcome: 'NoDifference', countedBy: 'worker Wendy' });
    expect(counted.lines[0]).toMatchObject({ snapshotQuantity: 10, movedSinceSnapshotQuantity: -2, onHandQuantity: 8, countedQuantity: 8, adjustmentQuantity: 0 });
    expect(await adjustments(work.journalId)).toEqual([]);
    expect(await onHand(t(), 'locationId=A-01')).toBe(8);
  });

  it('lets a worker start a spot count of the location in front of them, but not plan counts by item or for many locations', async () => {
    const spot = await worker.post('/api/v1/cycle-count-work', { warehouseId: 'WH1', locationIds: ['B-02'] });
    expect(spot.status).toBe(201);
    expect(spot.body.items).toMatchObject([{ locationId: 'B-02', status: 'Open', createdBy: 'Manual' }]);
    const counted = await count(worker, spot.body.items[0].workId, 'spot-1', 10);
    expect(counted).toMatchObject({ status: 'Closed', outcome: 'NoDifference' });

    const byItem = await worker.post('/api/v1/cycle-count-work', { warehouseId: 'WH1', itemNumber: 'ITEM-1' });
    expect(byItem.status).toBe(403);
    expect(byItem.body.errors[0].field).toBe('locationIds');
    expect((await worker.post('/api/v1/cycle-count-work', { warehouseId: 'WH1', locationIds: ['A-02', 'A-03'] })).status).toBe(403);
  });

  it('adjusts a count within tolerance at once and applies a retried count once', async () => {
    const [work] = await createWork({ locationIds: ['A-02'], maxQuantity: 1 });
    const first = await count(worker, work.workId, 'cc-2', 9);
    const again = await count(worker, work.workId, 'cc-2', 9);
    expect(first).toMatchObject({ status: 'Closed', outcome: 'Adjusted' });
    expect(again).toMatchObject({ status: 'Closed', outcome: 'Adjusted' });
    expect(await adjustments(work.journalId)).toEqual([-1]);
    expect(await onHand(t(), 'locationId=A-02')).toBe(9);
    const events = await feedEvents(t(), erp.erp, 'countingJournal.posted');
    expect(events.map((e) => e.subject)).toContain(work.journalId);
  });

  it('sends a worker\'s count outside tolerance to pending review, where a manager asks for a recount and accepts it', async () => {
    const [work] = await createWork({ locationIds: ['A-03'] });
    expect(await count(worker, work.workId, 'cc-3', 7)).toMatchObject({ status: 'PendingReview', outcome: null });
    expect(await onHand(t(), 'locationId=A-03')).toBe(10);
    const pending = await ok(manager.get('/api/v1/cycle-count-work?status=PendingReview'));
    expect(pending.items.map((w: any) => w.workId)).toEqual([work.workId]);
    // Workers may not decide.
    expect((await worker.post(`/api/v1/cycle-count-work/${work.workId}/review`, { operationId: 'rv-0', decision: 'Accept' })).status).toBe(403);

    const recount = await ok(manager.post(`/api/v1/cycle-count-work/${work.workId}/review`, { operationId: 'rv-1', decision: 'Recount' }));
    expect(recount).toMatchObject({ status: 'Open', recounts: 1 });
    expect(recount.lines[0]).toMatchObject({ countedQuantity: null, snapshotQuantity: 10 });
    // Stock moved between the first count and the recount: still no false difference.
    await recordStock(t(), 'pick-before-recount', [{ at: { locationId: 'A-03' }, quantity: -1 }]);
    expect(await count(worker, work.workId, 'cc-4', 8)).toMatchObject({ status: 'PendingReview' });
    const accepted = await ok(manager.post(`/api/v1/cycle-count-work/${work.workId}/review`, { operationId: 'rv-2', decision: 'Accept' }));
    expect(accepted).toMatchObject({ status: 'Closed', outcome: 'Accepted', closedBy: 'manager Max' });
    expect(accepted.lines[0]).toMatchObject({ onHandQuantity: 9, countedQuantity: 8, adjustmentQuantity: -1 });
    expect(await adjustments(work.journalId)).toEqual([-1]);
    expect(await onHand(t(), 'locationId=A-03')).toBe(8);
  });

  it('drops a rejected count without adjusting anything, and lets a supervisor adjust at once', async () => {
    const [work] = await createWork({ locationIds: ['B-02'] });
    await count(worker, work.workId, 'cc-5', 4);
    const rejected = await ok(manager.post(`/api/v1/cycle-count-work/${work.workId}/review`, { operationId: 'rv-3', decision: 'Reject' }));
    expect(rejected).toMatchObject({ status: 'Closed', outcome: 'Rejected' });
    expect(await onHand(t(), 'locationId=B-02')).toBe(10);
    const late = await manager.post(`/api/v1/cycle-count-work/${work.workId}/review`, { operationId: 'rv-4', decision: 'Accept' });
    expect(late.body.code).toBe('COUNTING.WORK_STATUS');

    const [again] = await createWork({ locationIds: ['B-02'] });
    expect(await count(manager, again.workId, 'cc-6', 12)).toMatchObject({ status: 'Closed', outcome: 'Adjusted' });
    expect(await onHand(t(), 'locationId=B-02')).toBe(12);
  });

  it('creates work by threshold for locations below it, once while the work is open', async () => {
    await ok(manager.post('/api/v1/cycle-count-thresholds', { thresholdId: 'LOW', warehouseId: 'WH1', itemNumber: 'ITEM-1', thresholdQuantity: 5 }));
    const first = await ok(manager.post('/api/v1/cycle-count-thresholds/evaluate', { warehouseId: 'WH1' }));
    expect(first.items.map((w: any) => [w.locationId, w.createdBy, w.originId, w.itemNumber])).toEqual([['B-01', 'Threshold', 'LOW', 'ITEM-1']]);
    expect((await ok(manager.post('/api/v1/cycle-count-thresholds/evaluate', { warehouseId: 'WH1' }))).items).toEqual([]);
    // The same check runs as a background process.
    const processes = await ok(t().admin.get('/api/v1/background-processes?limit=100'));
    const check = processes.items.find((p: any) => p.processType === 'evaluateCycleCountThresholds');
    expect((await ok(t().admin.post(`/api/v1/background-processes/${String(check.id)}/run`))).run).toMatchObject({ outcome: 'succeeded', itemsProcessed: 0 });
  });

  it('creates work by plan: at most maxCounts, skipping locations counted recently or open', async () => {
    await ok(manager.post('/api/v1/cycle-count-plans', { planId: 'WEEKLY', warehouseId: 'WH1', locationIds: ['A-01', 'A-02', 'B-01'], daysBetweenCounts: 7, maxCounts: 5 }));
    // were counted today, B-01 has open threshold work: nothing is due.
    expect((await ok(manager.post('/api/v1/cycle-count-plans/WEEKLY/run', {}))).items).toEqual([]);
    t().clock.advance(8 * 86_400_000);
    const due = await ok(manager.post('/api/v1/cycle-count-plans/WEEKLY/run', {}));
    expect(due.items.map((w: any) => [w.locationId, w.createdBy, w.originId])).toEqual([
      ['A-01', 'Plan', 'WEEKLY'],
      ['A-02', 'Plan', 'WEEKLY'],
    ]);
    // The plan is also a background process.
    const processes = await ok(t().admin.get('/api/v1/background-processes?limit=100'));
    expect(processes.items.map((p: any) => p.processType)).toContain('runCycleCountPlan');
    await expectLedgerConsistent(t());
  });

  it('lists thresholds and plans by warehouse, sorted, and deletes them with their background processes', async () => {
    await ok(manager.post('/api/v1/cycle-count-thresholds', { thresholdId: 'A-LOW', warehouseId: 'WH1', locationId: 'A-01', thresholdQuantity: 2, maxPercentage: 10 }));
    const thresholds = await ok(worker.get('/api/v1/cycle-count-thresholds?warehouseId=WH1&sort=itemNumber'));
    // A threshold for every item of a location has no item: it comes last.
    expect(thresholds.items).toEqual([
      { thresholdId: 'LOW', warehouseId: 'WH1', locationId: null, itemNumber: 'ITEM-1', thresholdQuantity: 5, maxPercentage: null, maxQuantity: null },
      { thresholdId: 'A-LOW', warehouseId: 'WH1', locationId: 'A-01', itemNumber: null, thresholdQuantity: 2, maxPercentage: 10, maxQuantity: null },
    ]);
    expect(thresholds.total).toBe(2);
    expect((await ok(worker.get('/api/v1/cycle-count-thresholds?warehouseId=WH2'))).items).toEqual([]);

    await ok(manager.post('/api/v1/cycle-count-plans', { planId: 'DAILY', warehouseId: 'WH1', itemNumber: 'ITEM-1', daysBetweenCounts: 1, maxCounts: 2, maxQuantity: 0.5 }));
    const plans = await ok(worker.get('/api/v1/cycle-count-plans?warehouseId=WH1&sort=daysBetweenCounts&order=desc'));
    expect(plans.items.map((p: any) => [p.planId, p.locationIds, p.itemNumber, p.daysBetweenCounts, p.maxCounts, p.maxQuantity])).toEqual([
      ['WEEKLY', ['A-01', 'A-02', 'B-01'], null, 7, 5, null],
      ['DAILY', null, 'ITEM-1', 1, 2, 0.5],
    ]);
    expect((await worker.delete('/api/v1/cycle-count-plans/DAILY')).status).toBe(403);

    const processTypes = async () => (await ok(t().admin.get('/api/v1/background-processes?limit=100'))).items.map((p: any) => `${p.processType} ${p.scope}`);
    expect(await processTypes()).toEqual(expect.arrayContaining(['runCycleCountPlan plan:WEEKLY', 'runCycleCountPlan plan:DAILY', 'evaluateCycleCountThresholds thresholds:WH1']));
    expect((await manager.delete('/api/v1/cycle-count-plans/DAILY')).status).toBe(204);
    expect((await manager.delete('/api/v1/cycle-count-thresholds/LOW')).status).toBe(204);
    // The warehouse still has a threshold, so its background check stays until the last one goes.
    expect(await processTypes()).toEqual(expect.arrayContaining(['runCycleCountPlan plan:WEEKLY', 'evaluateCycleCountThresholds thresholds:WH1']));
    expect(await processTypes()).not.toContain('runCycleCountPlan plan:DAILY');
    expect((await manager.delete('/api/v1/cycle-count-thresholds/A-LOW')).status).toBe(204);
    expect(await processTypes()).not.toContain('evaluateCycleCountThresholds thresholds:WH1');
    expect((await ok(worker.get('/api/v1/cycle-count-plans'))).items.map((p: any) => p.planId)).toEqual(['WEEKLY']);
    expect((await ok(worker.get('/api/v1/cycle-count-thresholds'))).items).toEqual([]);

    const missing = await manager.delete('/api/v1/cycle-count-plans/DAILY');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'COUNTING.SETUP_NOT_FOUND' });
    // Work created by the deleted threshold stays.
    expect((await ok(worker.get('/api/v1/cycle-count-work?locationId=B-01'))).items.map((w: any) => w.originId)).toEqual(['LOW']);
  });

  it('sorts work without an item after work for one item, in either order', async () => {
    for (const order of ['asc', 'desc']) {
      const work = await ok(worker.get(`/api/v1/cycle-count-work?sort=itemNumber&order=${order}&limit=100`));
      const items = work.items.map((w: any) => w.itemNumber);
      expect(items[0]).toBe('ITEM-1');
      expect(items.slice(1).every((i: unknown) => i === null)).toBe(true);
      expect(items.length).toBeGreaterThan(2);
    }
  });
});
