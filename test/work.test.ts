import { beforeAll, describe, expect, it } from 'vitest';
import { recordTransactions } from '../src/modules/inventory/index.js';
import { createWork } from '../src/modules/work/index.js';
import { qty } from '../src/platform/quantity.js';
import { createWarehouseMasterData } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';
import { expectLedgerConsistent } from './support/ledger.js';
import { createReceivingLayout } from './support/warehouse-layout.js';

describe('warehouse work and location directives', () => {
  const t = useTestApp();
  let worker: ReturnType<ReturnType<typeof t>['as']>;
  let otherWorker: ReturnType<ReturnType<typeof t>['as']>;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createReceivingLayout(t().admin);
    worker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'anna'));
    otherWorker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'ben'));
  });

  /** Stock at RECV on a license plate and put-away work for it, as receiving would create them. */
  async function receivedOnPlate(itemNumber: string, amount: number, lp: string): Promise<string> {
    const db = t().q.ctx.db.kysely;
    return db.transaction().execute(async (trx) => {
      const now = t().clock.now();
      const dims = { itemNumber, warehouseId: 'WH1', locationId: 'RECV', licensePlateId: lp, ownerId: 'OWN-A', inventoryStatusId: 'AV' };
      await recordTransactions(trx, now, `recv-${lp}`, [{ dimensions: dims, qty: qty(amount), kind: 'Receipt', status: 'Registered', sourceSystemId: null, referenceType: 'Test', referenceId: lp, finalized: false }]);
      const work = await createWork(trx, t().q.ctx, {
        workType: 'PutAway',
        warehouseId: 'WH1',
        referenceType: 'Test',
        referenceId: lp,
        sourceSystemId: null,
        moves: [{ itemNumber, qty: qty(amount), unit: 'ea', ownerId: 'OWN-A', inventoryStatusId: 'AV', from: { locationId: 'RECV', licensePlateId: lp } }],
      });
      return work.workId;
    });
  }

  const onHand = async (locationId: string) => {
    const res = await t().admin.get(`/api/v1/inventory/on-hand?warehouseId=WH1&locationId=${locationId}`);
    return res.body.items.reduce((s: number, i: any) => s + i.physicalQuantity, 0);
  };

  it('suggests a location by the directives, keeps one item per location and counts open put-away as occupied', async () => {
    const w1 = await receivedOnPlate('ITEM-1', 10, 'LP-W1');
    const w2 = await receivedOnPlate('ITEM-2', 5, 'LP-W2');
    const w3 = await receivedOnPlate('ITEM-1', 3, 'LP-W3');
    const put = async (id: string) => (await t().admin.get(`/api/v1/work/${id}`)).body.lines.find((l: any) => l.lineType === 'Put').locationId;
    expect(await put(w1)).toBe('B-01');
    expect(await put(w2)).toBe('B-02');
    expect(await put(w3)).toBe('B-01');
    const list = await t().admin.get('/api/v1/work?workType=PutAway&status=Open&warehouseId=WH1');
    expect(list.body.items.map((w: any) => w.workId)).toEqual(expect.arrayContaining([w1, w2, w3]));
  });

  it('takes work, confirms pick and put as ledger transfers and closes it; a retried confirmation is applied once', async () => {
    const workId = await receivedOnPlate('FLOUR', 20, 'LP-W4');
    const taken = await worker.post(`/api/v1/work/${workId}/take`, { operationId: `take-${workId}` });
    expect(taken.status).toBe(200);
    expect(taken.body).toMatchObject({ status: 'InProcess', assignedWorker: 'anna' });

    const stolen = await otherWorker.post(`/api/v1/work/${workId}/lines/1/confirm`, { operationId: `ben-${workId}` });
    expect(stolen.status).toBe(409);
    expect(stolen.body.code).toBe('WORK.ASSIGNED_TO_OTHER_WORKER');

    const putFirst = await worker.post(`/api/v1/work/${workId}/lines/2/confirm`, { operationId: `put-early-${workId}` });
    expect(putFirst.body.code).toBe('WORK.LINE_OUT_OF_ORDER');

    const recvBefore = await onHand('RECV');
    const pick = await worker.post(`/api/v1/work/${workId}/lines/1/confirm`, { operationId: `pick-${workId}` });
    expect(pick.status).toBe(200);
    const again = await worker.post(`/api/v1/work/${workId}/lines/1/confirm`, { operationId: `pick-${workId}` });
    expect(again.status).toBe(200);
    expect(again.body.lines[0]).toMatchObject({ status: 'Closed', handledQuantity: 20 });
    expect(await onHand('RECV')).toBe(recvBefore - 20);
    expect(await onHand('user:anna')).toBe(20);

    const target = pick.body.lines[1].locationId;
    const done = await worker.post(`/api/v1/work/${workId}/lines/2/confirm`, { operationId: `put-${workId}` });
    expect(done.body).toMatchObject({ status: 'Closed' });
    expect(await onHand('user:anna')).toBe(0);
    // A pick scan retried after the put (its answer was lost) is answered with the work as it is now, and the
    // operation record does not keep a copy of the work.
    const late = await worker.post(`/api/v1/work/${workId}/lines/1/confirm`, { operationId: `pick-${workId}` });
    expect(late.status).toBe(200);
    expect(late.body).toMatchObject({ status: 'Closed', lines: [{ status: 'Closed' }, { status: 'Closed', handledQuantity: 20 }] });
    const record = await t().q.ctx.db.kysely.selectFrom('client_operations').select('result').where('operation_id', '=', `pick-${workId}`).executeTakeFirstOrThrow();
    expect(record.result).toBe('null');
    const at = await t().admin.get(`/api/v1/inventory/on-hand?itemNumber=FLOUR&locationId=${String(target)}`);
    expect(at.body.items[0]).toMatchObject({ physicalQuantity: 20, licensePlateId: 'LP-W4' });
    const moves = await t().admin.get(`/api/v1/inventory/transactions?referenceType=Work&referenceId=${workId}`);
    expect(moves.body.items.filter((m: any) => m.kind === 'Transfer')).toHaveLength(4);
    await expectLedgerConsistent(t());
  });

  it('puts to another location only with a reason, and records the override', async () => {
    const workId = await receivedOnPlate('ITEM-2', 2, 'LP-W5');
    await worker.post(`/api/v1/work/${workId}/lines/1/confirm`, { operationId: `p-${workId}` });
    const noReason = await worker.post(`/api/v1/work/${workId}/lines/2/confirm`, { operationId: `o1-${workId}`, locationId: 'OVERFLOW' });
    expect(noReason.status).toBe(422);
    expect(noReason.body.code).toBe('WORK.OVERRIDE_REASON_REQUIRED');
    const unknown = await worker.post(`/api/v1/work/${workId}/lines/2/confirm`, { operationId: `o2-${workId}`, locationId: 'NOPE', reason: 'full' });
    expect(unknown.body.code).toBe('WORK.LOCATION_UNKNOWN');
    const ok = await worker.post(`/api/v1/work/${workId}/lines/2/confirm`, { operationId: `o3-${workId}`, locationId: 'OVERFLOW', reason: 'Location blocked by a pallet' });
    expect(ok.body.lines[1]).toMatchObject({ actualLocationId: 'OVERFLOW', overrideReason: 'Location blocked by a pallet', status: 'Closed' });
    expect(ok.body.status).toBe('Closed');
    await expectLedgerConsistent(t());
  });

  it('cancels work that moved nothing, and refuses once stock is on the way', async () => {
    const a = await receivedOnPlate('ITEM-1', 1, 'LP-W6');
    const canceled = await t().admin.post(`/api/v1/work/${a}/cancel`, { reason: 'Received by mistake' });
    expect(canceled.body).toMatchObject({ status: 'Canceled', cancelReason: 'Received by mistake' });
    expect(canceled.body.lines.every((l: any) => l.status === 'Canceled')).toBe(true);
    const b = await receivedOnPlate('ITEM-1', 1, 'LP-W7');
    await worker.post(`/api/v1/work/${b}/lines/1/confirm`, { operationId: `p-${b}` });
    const refused = await t().admin.post(`/api/v1/work/${b}/cancel`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('WORK.INVALID_STATUS');
    await expectLedgerConsistent(t());
  });

  it('manages templates and directives, validating references', async () => {
    const bad = await t().admin.post('/api/v1/location-directives', { directiveId: 'X', name: 'x', workType: 'PutAway', warehouseId: 'WH1', sequence: 1, zoneId: 'NOZONE' });
    expect(bad.status).toBe(422);
    const changed = await t().admin.put('/api/v1/location-directives/PUT-BULK', { name: 'Bulk', workType: 'PutAway', warehouseId: 'WH1', sequence: 5, zoneId: 'BULK', oneItemPerLocation: true, fallbackLocationId: 'OVERFLOW' });
    expect(changed.body).toMatchObject({ sequence: 5, version: 2 });
    expect((await t().admin.get('/api/v1/work-templates?workType=PutAway')).body.items[0].templateId).toBe('PUT');
    expect((await worker.post('/api/v1/work-templates', { templateId: 'T2', name: 'x', workType: 'Pick', sequence: 1 })).status).toBe(403);
  });
});
