import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Quayside } from '../src/main.js';
import type { Database } from '../src/platform/db/database.js';
import { TEST_DB_KIND } from './support/database.js';
import { createErp, createWarehouseMasterData, drain, messageById, outboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type ApiResponse, type Client } from './support/harness.js';
import { expectLedgerConsistent } from './support/ledger.js';
import { appInstances, clientOn, createOutboundLocations, onHand, putStock, takeStock } from './support/outbound.js';

/**
 * Many pickers at once against little stock of one item. On PostgreSQL the callers are spread over
 * three app instances with their own connection pools, as several server processes would be; on
 * SQLite they share the one app, whose single writer queues them.
 */
describe('outbound picking under contention', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let apps: Quayside[];
  let instances: Awaited<ReturnType<typeof appInstances>> | undefined;
  let other: Database | undefined;
  const keys = new Map<string, string>();

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    await t().admin.post('/api/v1/inventory-owners', { ownerId: 'OWN-B', name: 'Owner B' });
    for (const item of ['C-1', 'C-2', 'C-3', 'C-4']) await t().admin.post('/api/v1/items', { itemNumber: item, name: item, inventoryUnit: 'ea' });
    erp = await createErp(t(), 'ERP1');
    // ERP1 serves Owner B too: it may name an owner that has an id for it.
    await t().admin.put('/api/v1/inventory-owners/OWN-B/source-system-ids/ERP1', { externalOwnerId: 'B' });
    await t().admin.post('/api/v1/source-systems/ERP1/items/import', ['C-1', 'C-2', 'C-3', 'C-4'].map((i) => ({ externalItemNumber: `ERP-${i}`, itemNumber: i })));
    // One pick line per piece of work: every order line is work of its own that one worker takes.
    expect((await t().admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick', workType: 'Pick', warehouseId: 'WH1', sequence: 1, maxPickLines: 1 })).status).toBe(201);
    expect((await t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'AUTO', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 })).status).toBe(201);
    for (let i = 1; i <= 6; i++) keys.set(`w${String(i)}`, await t().newKey({ kind: 'user', role: 'warehouse_worker' }, `w${String(i)}`));
    instances = await appInstances(t(), 2);
    apps = instances.apps;
    other = TEST_DB_KIND === 'postgres' ? t().testDb.connectAgain() : undefined;
  });

  afterAll(async () => {
    await instances?.close();
    await other?.close();
  });

  /** Worker `name` on app instance `n` (round robin over the instances). */
  const worker = (name: string, n: number): Client => clientOn(apps[n % apps.length] as Quayside, keys.get(name) ?? '');

  /** Sends, releases and waves one single-line order; returns its internal number and pick work. */
  async function orderForPicking(orderNumber: string, itemNumber: string, quantity: number, ownerId = 'OWN-A') {
    const sent = await erp.erp.post(
      '/api/v1/outbound-shipment-order-messages',
      outboundMessage(orderNumber, { reservationAtImportPolicy: 'None' }, [{ orderLineNumber: 1, itemNumber: `ERP-${itemNumber}`, orderedQuantity: quantity, orderedUnitSymbol: 'ea', inventoryOwnerId: ownerId }]),
    );
    expect(sent.status).toBe(202);
    await drain(t());
    const internal = (await messageById(t(), sent.body.id)).internalOrderNumber as string;
    const release = await t().admin.post(`/api/v1/outbound-shipment-orders/${internal}/release`, { quantityToRelease: 'All' });
    expect(release.status, JSON.stringify(release.body)).toBe(200);
    const load = (await t().admin.get(`/api/v1/outbound-loads/${String(release.body.loadId)}`)).body;
    const wave = (await t().admin.get(`/api/v1/waves/${String(load.shipments[0].waveId)}`)).body;
    return { orderNumber: internal, loadId: String(release.body.loadId), workIds: wave.workIds as string[], shortages: wave.shortages };
  }

  const confirm = (who: Client, workId: string, line: number, operationId: string) => who.post(`/api/v1/work/${workId}/lines/${String(line)}/confirm`, { operationId });
  const codes = (responses: ApiResponse[]) => responses.map((r) => (r.status === 200 ? 200 : `${String(r.status)} ${String(r.body.code)}`));

  it('lets exactly one of six workers racing for the same work take it, and applies its retried take once', async () => {
    await putStock(t(), [{ itemNumber: 'C-1', locationId: 'PICK-1', quantity: 2 }]);
    const { workIds } = await orderForPicking('SO-TAKE', 'C-1', 2);
    const [workId] = workIds as [string];
    const names = ['w1', 'w2', 'w3', 'w4', 'w5', 'w6'];
    const takes = await Promise.all(names.map((name, i) => worker(name, i).post(`/api/v1/work/${workId}/take`, { operationId: `take-${name}` })));
    const winners = names.filter((_, i) => takes[i]?.status === 200);
    expect(winners).toHaveLength(1);
    expect(codes(takes).filter((c) => c !== 200)).toEqual(Array(5).fill('409 WORK.ASSIGNED_TO_OTHER_WORKER'));
    const winner = winners[0] as string;
    const work = (await t().admin.get(`/api/v1/work/${workId}`)).body;
    expect([work.status, work.assignedWorker, work.version]).toEqual(['InProcess', winner, 2]);

    // The winner's scanner retries after a lost answer: same answer, nothing changes again.
    const retried = await worker(winner, 1).post(`/api/v1/work/${workId}/take`, { operationId: `take-${winner}` });
    expect(retried.status).toBe(200);
    expect(retried.body).toEqual(takes[names.indexOf(winner)]?.body);
    const loser = names.find((n) => n !== winner) as string;
    const sneak = await confirm(worker(loser, 2), workId, 1, `sneak-${loser}`);
    expect([sneak.status, sneak.body.code]).toEqual([409, 'WORK.ASSIGNED_TO_OTHER_WORKER']);
    expect(await onHand(t(), 'itemNumber=C-1&locationId=PICK-1')).toEqual({ physical: 2, reserved: 2 });
    await expectLedgerConsistent(t());
  });

  it('picks each unit once when workers confirm at the same time with retried and double scans', async () => {
    await putStock(t(), [{ itemNumber: 'C-2', locationId: 'PICK-2', quantity: 5 }]);
    const orders = [];
    for (let i = 1; i <= 5; i++) orders.push(await orderForPicking(`SO-PICK-${String(i)}`, 'C-2', 1));
    expect(await onHand(t(), 'itemNumber=C-2&locationId=PICK-2')).toEqual({ physical: 5, reserved: 5 });
    const crew = orders.map((o, i) => ({ name: `w${String(i + 1)}`, workId: o.workIds[0] as string, i }));
    for (const c of crew) expect((await worker(c.name, c.i).post(`/api/v1/work/${c.workId}/take`, { operationId: `take2-${c.name}` })).status).toBe(200);

    // Each worker's pick arrives three times at once on different instances: twice the same scan
    // (a retry) and once a second scan with a new operation id.
    const scans = crew.flatMap((c) => [
      { c, op: `pick-${c.name}`, n: c.i },
      { c, op: `pick-${c.name}`, n: c.i + 1 },
      { c, op: `pick-${c.name}-again`, n: c.i + 2 },
    ]);
    const picks = await Promise.all(scans.map((s) => confirm(worker(s.c.name, s.n), s.c.workId, 1, s.op)));
    expect(codes(picks).filter((c) => c !== 200 && c !== '422 WORK.QUANTITY_EXCEEDED')).toEqual([]);
    for (const c of crew) {
      const mine = scans.map((s, i) => ({ s, r: picks[i] as ApiResponse })).filter((x) => x.s.c === c);
      // The retried scan got the same answer twice; the line was picked by the scan or by the second one.
      expect(mine[0]?.r.status).toBe(mine[1]?.r.status);
      if (mine[0]?.r.status === 200) expect(mine[0].r.body).toEqual(mine[1]?.r.body);
      expect(mine.some((x) => x.r.status === 200)).toBe(true);
      const line = (await t().admin.get(`/api/v1/work/${c.workId}`)).body.lines[0];
      expect([line.status, line.handledQuantity, line.handledBy]).toEqual(['Closed', 1, c.name]);
    }
    // One ledger move per line: fifteen scans took the five units off the shelf exactly once.
    const moved = (await t().admin.get('/api/v1/inventory/transactions?referenceType=Work&itemNumber=C-2&locationId=PICK-2&limit=100')).body.items;
    expect(moved.map((r: any) => r.quantity)).toEqual([-1, -1, -1, -1, -1]);
    expect(await onHand(t(), 'itemNumber=C-2&locationId=PICK-2')).toEqual({ physical: 0, reserved: 0 });
    expect(await onHand(t(), 'itemNumber=C-2')).toEqual({ physical: 5, reserved: 0 });

    // The puts race the same way; every load is Loaded with exactly its one unit.
    const puts = await Promise.all(scans.map((s) => confirm(worker(s.c.name, s.n), s.c.workId, 2, `put-${s.op}`)));
    expect(codes(puts).filter((c) => c !== 200 && c !== '422 WORK.QUANTITY_EXCEEDED' && c !== '409 WORK.INVALID_STATUS')).toEqual([]);
    for (const o of orders) {
      const load = (await t().admin.get(`/api/v1/outbound-loads/${o.loadId}`)).body;
      expect([load.status, load.lines[0].pickedQuantity]).toEqual(['Loaded', 1]);
    }
    const issued = (await t().admin.get('/api/v1/inventory/transactions?referenceType=OutboundLoadLine&itemNumber=C-2&limit=100')).body.items;
    expect(issued.map((r: any) => r.quantity)).toEqual([-1, -1, -1, -1, -1]);
    expect(await onHand(t(), 'itemNumber=C-2')).toEqual({ physical: 0, reserved: 0 });
    await expectLedgerConsistent(t());
  });

  it('never takes more than the shelf holds when stock is counted away while workers pick and short-pick', async () => {
    // Four units, three of them reserved for picks and one free.
    await putStock(t(), [{ itemNumber: 'C-3', locationId: 'BULK-1', quantity: 4 }]);
    const orders = [];
    for (let i = 1; i <= 3; i++) orders.push(await orderForPicking(`SO-SHORT-${String(i)}`, 'C-3', 1));
    const crew = orders.map((o, i) => ({ name: `w${String(i + 1)}`, workId: o.workIds[0] as string, i }));
    for (const c of crew) await worker(c.name, c.i).post(`/api/v1/work/${c.workId}/take`, { operationId: `take3-${c.name}` });

    // Two clerks each book one broken unit away while the three workers confirm their picks: the
    // reserved units are the pickers', so only one clerk finds a free unit to take.
    const db = other ?? t().q.ctx.db;
    const adjust = () => takeStock(t(), db, { itemNumber: 'C-3', locationId: 'BULK-1', quantity: 1 }).then(() => 'adjusted', (e: { code?: string }) => String(e.code));
    const [picks, adjustments] = await Promise.all([Promise.all(crew.map((c) => confirm(worker(c.name, c.i + 1), c.workId, 1, `pick3-${c.name}`))), Promise.all([adjust(), adjust()])]);
    expect(codes(picks)).toEqual([200, 200, 200]);
    expect(adjustments.sort()).toEqual(['INVENTORY.INSUFFICIENT_ON_HAND', 'adjusted']);
    expect(await onHand(t(), 'itemNumber=C-3&locationId=BULK-1')).toEqual({ physical: 0, reserved: 0 });

    // Now the shelf holds less than the system thinks: three more orders get the three units a
    // return brings back, but two of them are missing. Two workers find nothing and short-pick, while
    // a count that wants to book the two missing units away races them: it can take only what is no
    // longer reserved for a pick, and succeeds once both short picks have given their units back.
    await putStock(t(), [{ itemNumber: 'C-3', locationId: 'BULK-1', quantity: 3 }]);
    const more = [];
    for (let i = 4; i <= 6; i++) more.push(await orderForPicking(`SO-SHORT-${String(i)}`, 'C-3', 1));
    const crew2 = more.map((o, i) => ({ name: `w${String(i + 4)}`, workId: o.workIds[0] as string, i }));
    for (const c of crew2) await worker(c.name, c.i).post(`/api/v1/work/${c.workId}/take`, { operationId: `take4-${c.name}` });
    const countAway = () => takeStock(t(), db, { itemNumber: 'C-3', locationId: 'BULK-1', quantity: 2 }).then(() => 'adjusted', (e: { code?: string }) => String(e.code));
    const [found, short1, short2, counted] = await Promise.all([
      confirm(worker('w4', 0), crew2[0]?.workId as string, 1, 'pick4-w4'),
      worker('w5', 1).post(`/api/v1/work/${String(crew2[1]?.workId)}/lines/1/short-pick`, { operationId: 'short-w5', reason: 'not on the shelf' }),
      worker('w6', 2).post(`/api/v1/work/${String(crew2[2]?.workId)}/lines/1/short-pick`, { operationId: 'short-w6', reason: 'not on the shelf' }),
      countAway(),
    ]);
    expect(codes([found, short1, short2])).toEqual([200, 200, 200]);
    expect(['adjusted', 'INVENTORY.INSUFFICIENT_ON_HAND']).toContain(counted);
    if (counted !== 'adjusted') expect(await countAway()).toBe('adjusted');
    // Nothing is left to count away, and nothing more can be picked from the shelf.
    expect(await countAway()).toBe('INVENTORY.INSUFFICIENT_ON_HAND');
    expect(await onHand(t(), 'itemNumber=C-3&locationId=BULK-1')).toEqual({ physical: 0, reserved: 0 });
    expect(await onHand(t(), 'itemNumber=C-3')).toEqual({ physical: 4, reserved: 0 });
    const shortOrders = await Promise.all(more.slice(1).map(async (o) => (await t().admin.get(`/api/v1/outbound-shipment-orders/${o.orderNumber}`)).body));
    expect(shortOrders.map((o: any) => [o.releaseStatus, o.lines[0].releasedQuantity])).toEqual([
      ['Open', 0],
      ['Open', 0],
    ]);
    await expectLedgerConsistent(t());
  });

  it('applies either the pick or the short pick when a worker sends both for one line at once, never both', async () => {
    await putStock(t(), [{ itemNumber: 'C-1', locationId: 'PICK-2', quantity: 4 }]);
    const orders = [];
    for (let i = 1; i <= 4; i++) orders.push(await orderForPicking(`SO-RACE-${String(i)}`, 'C-1', 1));
    const crew = orders.map((o, i) => ({ name: `w${String(i + 1)}`, workId: o.workIds[0] as string, i }));
    for (const c of crew) await worker(c.name, c.i).post(`/api/v1/work/${c.workId}/take`, { operationId: `take6-${c.name}` });
    const answers = await Promise.all(
      crew.map((c) =>
        Promise.all([
          confirm(worker(c.name, c.i), c.workId, 1, `pick6-${c.name}`),
          worker(c.name, c.i + 1).post(`/api/v1/work/${c.workId}/lines/1/short-pick`, { operationId: `short6-${c.name}`, reason: 'not found' }),
        ]),
      ),
    );
    let picked = 0;
    for (const [c, [pick, short]] of answers.map((a, i) => [crew[i], a] as const)) {
      const line = (await t().admin.get(`/api/v1/work/${String(c?.workId)}`)).body.lines[0];
      if (pick.status === 200) {
        picked += 1;
        expect([short.status, short.body.code]).toEqual([409, 'OUTBOUND.NOT_SHORT_PICKABLE']);
        expect([line.status, line.quantity, line.handledQuantity]).toEqual(['Closed', 1, 1]);
      } else {
        // The short pick closed the work's only line, and with it the work.
        expect([pick.status, pick.body.code, short.status]).toEqual([409, 'WORK.INVALID_STATUS', 200]);
        expect([line.status, line.quantity, line.handledQuantity]).toEqual(['Canceled', 0, 0]);
      }
    }
    // What was picked left the shelf; what was short-picked is free again there.
    expect(await onHand(t(), 'itemNumber=C-1&locationId=PICK-2')).toEqual({ physical: 4 - picked, reserved: 0 });
    await expectLedgerConsistent(t());
  });

  it("never lets one owner's orders take another owner's stock, however many are released and picked at once", async () => {
    await putStock(t(), [
      { itemNumber: 'C-4', locationId: 'PICK-1', quantity: 2, ownerId: 'OWN-A' },
      { itemNumber: 'C-4', locationId: 'PICK-2', quantity: 5, ownerId: 'OWN-B' },
    ]);
    const sent = [];
    for (let i = 1; i <= 4; i++) {
      const m = await erp.erp.post(
        '/api/v1/outbound-shipment-order-messages',
        outboundMessage(`SO-OWN-${String(i)}`, { reservationAtImportPolicy: 'None' }, [{ orderLineNumber: 1, itemNumber: 'ERP-C-4', orderedQuantity: 1, orderedUnitSymbol: 'ea', inventoryOwnerId: 'OWN-A' }]),
      );
      sent.push(m.body.id as number);
    }
    await drain(t());
    const numbers = await Promise.all(sent.map(async (id) => (await messageById(t(), id)).internalOrderNumber as string));
    const planner = await t().newKey({ kind: 'user', role: 'planner' }, 'planner');
    const releases = await Promise.all(numbers.map((n, i) => clientOn(apps[i % apps.length] as Quayside, planner).post(`/api/v1/outbound-shipment-orders/${n}/release`, { quantityToRelease: 'All' })));
    expect(releases.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    // Only two of Owner A's orders find stock; the waves of the others report the shortage, and Owner
    // B's five units stay untouched.
    const after = await Promise.all(numbers.map(async (n) => (await t().admin.get(`/api/v1/outbound-shipment-orders/${n}`)).body.releaseStatus));
    expect(after.sort()).toEqual(['Open', 'Open', 'Released', 'Released']);
    const shortages = [];
    for (const r of releases) {
      const load = (await t().admin.get(`/api/v1/outbound-loads/${String(r.body.loadId)}`)).body;
      shortages.push(...(await t().admin.get(`/api/v1/waves/${String(load.shipments[0].waveId)}`)).body.shortages);
    }
    expect(shortages.map((s: any) => s.reason)).toEqual(Array(2).fill('0 of 1 allocated; only 0 more unreserved in pick and storage locations for owner OWN-A, status AV'));
    expect(await onHand(t(), 'itemNumber=C-4&ownerId=OWN-B')).toEqual({ physical: 5, reserved: 0 });

    const work = (await t().admin.get('/api/v1/work?workType=Pick&status=Open&limit=100')).body.items.filter((w: any) => releases.some((r) => r.body.shipmentId === w.referenceId));
    expect(work).toHaveLength(2);
    const picks = await Promise.all(
      work.map(async (w: any, i: number) => {
        const me = worker(`w${String(i + 1)}`, i);
        await me.post(`/api/v1/work/${String(w.workId)}/take`, { operationId: `take5-${String(w.workId)}` });
        return confirm(me, String(w.workId), 1, `pick5-${String(w.workId)}`);
      }),
    );
    expect(codes(picks)).toEqual([200, 200]);
    const lines = await Promise.all(work.map(async (w: any) => (await t().admin.get(`/api/v1/work/${String(w.workId)}`)).body.lines[0]));
    expect(lines.map((l: any) => [l.locationId, l.inventoryOwnerId])).toEqual([
      ['PICK-1', 'OWN-A'],
      ['PICK-1', 'OWN-A'],
    ]);
    expect(await onHand(t(), 'itemNumber=C-4&ownerId=OWN-A&locationId=PICK-1')).toEqual({ physical: 0, reserved: 0 });
    expect(await onHand(t(), 'itemNumber=C-4&ownerId=OWN-B')).toEqual({ physical: 5, reserved: 0 });
    await expectLedgerConsistent(t());
  });
});
