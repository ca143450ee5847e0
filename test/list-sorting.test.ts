import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitEvents, messageFailed, startReceiver, type Receiver } from './events-fixtures.js';
import { createErp, createWarehouseMasterData, drain, outboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client } from './support/harness.js';
import { defaultConfig } from '../src/platform/config.js';
import { createOutboundLocations, putStock } from './support/outbound.js';

const ids = (res: { status: number; body: any }, field: string): unknown[] => {
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items.map((i: any) => i[field]);
};

/*
 * One sorting convention for every list: `sort` names an API field, `order` is asc or desc, ties keep a
 * stable order, empty values come last and text compares by code point, the same on SQLite and PostgreSQL.
 * The expected orders below are written out so that both databases are held to the same answer.
 */
describe('sorting and paging lists', () => {
  const t = useTestApp();
  let planner: Client;
  let erp: ErpFixture;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    await createWarehouseMasterData(t().admin, '-SORT');
    const created: [string, string | null][] = [
      ['b-2', 'Aisle b'],
      ['B-10', null],
      ['a-1', 'Aisle B'],
      ['A-3', 'Aisle b'],
      ['_X', null],
      ['a-10', 'Aisle b'],
    ];
    for (const [locationId, aisle] of created) {
      const res = await t().admin.post('/api/v1/locations', { warehouseId: 'WH1-SORT', locationId, profileId: 'P-BULK', aisle });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    planner = t().as(await t().newKey({ kind: 'user', role: 'planner' }, 'pat'));
    erp = await createErp(t(), 'ERP1', { reservationAtImportPolicy: 'Reserve' });
  });

  const locations = (query: string) => t().admin.get(`/api/v1/locations?warehouseId=WH1-SORT&${query}`);

  it('sorts text by code point in both directions, keeping the key order when no sort is given', async () => {
    const byCodePoint = ['A-3', 'B-10', '_X', 'a-1', 'a-10', 'b-2'];
    expect(ids(await locations(''), 'locationId')).toEqual(byCodePoint);
    expect(ids(await locations('sort=locationId'), 'locationId')).toEqual(byCodePoint);
    expect(ids(await locations('sort=locationId&order=desc'), 'locationId')).toEqual([...byCodePoint].reverse());
  });

  it('puts empty values last in either order and breaks ties by the key, so pages neither repeat nor skip rows', async () => {
    expect(ids(await locations('sort=aisle'), 'locationId')).toEqual(['a-1', 'A-3', 'a-10', 'b-2', 'B-10', '_X']);
    expect(ids(await locations('sort=aisle&order=desc'), 'locationId')).toEqual(['b-2', 'a-10', 'A-3', 'a-1', '_X', 'B-10']);
    const paged: unknown[] = [];
    for (let offset = 0; offset < 6; offset += 2) paged.push(...ids(await locations(`sort=aisle&limit=2&offset=${String(offset)}`), 'locationId'));
    expect(paged).toEqual(['a-1', 'A-3', 'a-10', 'b-2', 'B-10', '_X']);
    expect((await locations('sort=aisle&limit=2')).body.total).toBe(6);
  });

  it('sorts master data by when it was created, newest first on request', async () => {
    for (const id of ['LP-SORT-2', 'LP-SORT-1']) {
      expect((await t().admin.post('/api/v1/license-plates', { licensePlateId: id })).status).toBe(201);
      t().clock.advance(1000);
    }
    const plates = (order: string) => t().admin.get(`/api/v1/license-plates?sort=createdAt&order=${order}&limit=500`);
    expect(ids(await plates('desc'), 'licensePlateId').slice(0, 2)).toEqual(['LP-SORT-1', 'LP-SORT-2']);
    expect(ids(await plates('asc'), 'licensePlateId').filter((id) => String(id).startsWith('LP-SORT'))).toEqual(['LP-SORT-2', 'LP-SORT-1']);
  });

  it('refuses an unknown sort field with a problem naming sort, and the OpenAPI document lists the allowed fields', async () => {
    const res = await locations('sort=colour');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(res.body)).toContain('sort');
    expect((await locations('order=sideways')).status).toBe(400);

    const doc = (await t().admin.get('/openapi.json')).body;
    const sortOf = (path: string) => {
      const parameter = doc.paths[path].get.parameters.find((p: any) => p.name === 'sort' && p.in === 'query');
      return parameter.schema.enum as string[];
    };
    expect(sortOf('/api/v1/locations')).toEqual(expect.arrayContaining(['locationId', 'aisle', 'sortCode', 'maxQuantity']));
    expect(sortOf('/api/v1/messages')).toEqual(expect.arrayContaining(['id', 'orderNumber', 'receivedAt', 'processingStatus']));
    for (const path of [
      '/api/v1/inbound-shipment-orders',
      '/api/v1/outbound-shipment-orders',
      '/api/v1/inbound-loads',
      '/api/v1/work',
      '/api/v1/inventory/on-hand',
      '/api/v1/inventory/transactions',
      '/api/v1/counting-journals',
      '/api/v1/cycle-count-work',
      '/api/v1/outbound-loads',
      '/api/v1/waves',
      '/api/v1/wave-templates',
      '/api/v1/outbound-shipments',
    ]) {
      expect(sortOf(path).length, path).toBeGreaterThan(1);
    }
  });

  it('sorts messages and orders by their numbers, finds orders by part of a number, and keeps newest first by default', async () => {
    for (const orderNumber of ['SO-b', 'SO-A', 'SO-c']) {
      const sent = await erp.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage(orderNumber, {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 1, orderedUnitSymbol: 'ea' }]));
      expect(sent.status).toBe(202);
      t().clock.advance(1000);
    }
    await drain(t());
    expect(ids(await planner.get('/api/v1/messages?sourceSystemId=ERP1'), 'orderNumber')).toEqual(['SO-c', 'SO-A', 'SO-b']);
    expect(ids(await planner.get('/api/v1/messages?sourceSystemId=ERP1&sort=orderNumber'), 'orderNumber')).toEqual(['SO-A', 'SO-b', 'SO-c']);
    expect(ids(await planner.get('/api/v1/outbound-shipment-orders?sort=sourceSystemOrderNumber&order=desc'), 'sourceSystemOrderNumber')).toEqual(['SO-c', 'SO-b', 'SO-A']);
    expect(ids(await planner.get('/api/v1/outbound-shipment-orders?q=so-b'), 'sourceSystemOrderNumber')).toEqual(['SO-b']);
    expect((await planner.get('/api/v1/messages?sort=lastError')).status).toBe(400);
  });

  it('sorts on-hand stock by quantity and the ledger oldest first on request', async () => {
    await putStock(t(), [
      { locationId: 'PICK-1', quantity: 5 },
      { locationId: 'PICK-2', quantity: 1 },
      { locationId: 'BULK-1', quantity: 40 },
    ]);
    const byQuantity = await planner.get('/api/v1/inventory/on-hand?itemNumber=ITEM-1&sort=physicalQuantity&order=desc');
    expect(byQuantity.body.items.map((i: any) => [i.locationId, i.physicalQuantity])).toEqual([
      ['BULK-1', 40],
      ['PICK-1', 5],
      ['PICK-2', 1],
    ]);
    const ledger = ids(await planner.get('/api/v1/inventory/transactions?itemNumber=ITEM-1&sort=id&order=asc'), 'id') as number[];
    expect(ledger).toEqual([...ledger].sort((a, b) => a - b));
  });

  it('lists a figure\'s ledger newest first: by time, then by entry', async () => {
    const figure = '/api/v1/inventory/transactions?itemNumber=ITEM-1&warehouseId=WH1&locationId=BULK-1';
    const before = (await planner.get(figure)).body.total as number;
    const start = t().clock.now();
    await putStock(t(), [{ locationId: 'BULK-1', quantity: 5 }]);
    t().clock.set(start + 120_000);
    await putStock(t(), [{ locationId: 'BULK-1', quantity: 7 }]);
    // Recorded after the 7 but dated before it (on PostgreSQL a transaction that began earlier can commit
    // later): it lists by its time, not by its entry number. Two movements of one instant list the later entry first.
    t().clock.set(start + 60_000);
    await putStock(t(), [{ locationId: 'BULK-1', quantity: 2 }, { locationId: 'BULK-1', quantity: 1 }]);
    t().clock.set(start + 180_000);
    const rows = (await planner.get(`${figure}&limit=4`)).body;
    expect(rows.total).toBe(before + 4);
    expect(rows.items.map((r: any) => r.quantity)).toEqual([7, 1, 2, 5]);
  });

  it('gives each on-hand row and ledger row the inventory unit of its item', async () => {
    await putStock(t(), [
      { locationId: 'PICK-1', itemNumber: 'FLOUR', quantity: 2.5 },
      { locationId: 'PICK-2', quantity: 3 },
    ]);
    const stock = await planner.get('/api/v1/inventory/on-hand?warehouseId=WH1&locationId=PICK-1&sort=itemNumber');
    expect(stock.body.items.map((i: any) => [i.itemNumber, i.physicalQuantity, i.inventoryUnitSymbol])).toEqual([
      ['FLOUR', 2.5, 'kg'],
      ['ITEM-1', 5, 'ea'],
    ]);
    const ledger = await planner.get('/api/v1/inventory/transactions?locationId=PICK-1&sort=itemNumber');
    expect(new Set(ledger.body.items.map((i: any) => `${i.itemNumber} ${i.inventoryUnitSymbol}`))).toEqual(new Set(['FLOUR kg', 'ITEM-1 ea']));
  });
});

describe('outbound lists for the outbound workspace', () => {
  const t = useTestApp();
  let planner: Client;
  let worker: Client;
  let erp: ErpFixture;
  const released: { orderNumber: string; loadId: string }[] = [];

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    erp = await createErp(t(), 'ERP1', { reservationAtImportPolicy: 'Reserve' });
    expect((await t().admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick', workType: 'Pick', warehouseId: 'WH1', sequence: 1 })).status).toBe(201);
    expect((await t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'AUTO', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'DOOR-1', sequence: 2 })).status).toBe(201);
    expect((await t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'LATE', warehouseId: 'WH1', processAt: 'Manual', putLocationId: 'STAGE', sequence: 5 })).status).toBe(201);
    planner = t().as(await t().newKey({ kind: 'user', role: 'planner' }, 'pat'));
    worker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'carol'));
    await putStock(t(), [{ locationId: 'BULK-1', quantity: 30 }]);
    for (const [sourceOrder, customer] of [
      ['SO-1', 'C-1'],
      ['SO-2', 'C-2'],
    ] as const) {
      const message = outboundMessage(sourceOrder, {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 2, orderedUnitSymbol: 'ea' }]);
      const parties = message.parties as Record<string, Record<string, unknown>> | undefined;
      if (parties?.shipTo) parties.shipTo.name = customer;
      const sent = await erp.erp.post('/api/v1/outbound-shipment-order-messages', message);
      expect(sent.status).toBe(202);
      await drain(t());
      const orderNumber = (await t().admin.get(`/api/v1/messages/${String(sent.body.id)}`)).body.internalOrderNumber as string;
      t().clock.advance(60_000);
      const release = await t().admin.post(`/api/v1/outbound-shipment-orders/${orderNumber}/release`, {});
      expect(release.body.released, JSON.stringify(release.body)).toBe(true);
      released.push({ orderNumber, loadId: release.body.loadId });
    }
  });

  it('lists loads newest first, by order and status, with the single load view for each', async () => {
    const loadIds = [...new Set(released.map((r) => r.loadId))];
    const all = await planner.get('/api/v1/outbound-loads?warehouseId=WH1');
    expect(all.body.total).toBe(loadIds.length);
    expect(new Set(ids(all, 'loadId'))).toEqual(new Set(loadIds));
    const first = released[0];
    if (!first) throw new Error('no release');
    expect(ids(await planner.get(`/api/v1/outbound-loads?orderNumber=${first.orderNumber}`), 'loadId')).toEqual([first.loadId]);
    const single = (await planner.get(`/api/v1/outbound-loads/${first.loadId}`)).body;
    const listed = (await planner.get(`/api/v1/outbound-loads?q=${encodeURIComponent(first.loadId)}`)).body.items[0];
    const { shipments: _s, lines: _l, ...header } = single;
    expect(listed).toEqual(header);
    expect(ids(await planner.get(`/api/v1/outbound-loads?loadStatus=${String(single.status)}&sort=loadId&order=desc`), 'loadId')).toEqual(
      [...loadIds].sort().reverse(),
    );
    expect((await planner.get('/api/v1/outbound-loads?sort=lines')).status).toBe(400);
  });

  it('lists waves, wave templates and shipments, with filters and sorting', async () => {
    const waves = await planner.get('/api/v1/waves?warehouseId=WH1&status=Executed');
    expect(waves.status).toBe(200);
    expect(waves.body.total).toBeGreaterThan(0);
    const [newest] = waves.body.items;
    const single = (await planner.get(`/api/v1/waves/${String(newest.waveId)}`)).body;
    expect(newest).toEqual({ waveId: single.waveId, warehouseId: 'WH1', waveTemplateId: 'AUTO', status: single.status, createdAt: single.createdAt, executedAt: single.executedAt });
    expect((await planner.get('/api/v1/waves?status=Nothing')).body).toMatchObject({ items: [], total: 0 });

    expect(ids(await planner.get('/api/v1/wave-templates?warehouseId=WH1'), 'waveTemplateId')).toEqual(['AUTO', 'LATE']);
    expect(ids(await planner.get('/api/v1/wave-templates?sort=waveTemplateId&order=desc'), 'waveTemplateId')).toEqual(['LATE', 'AUTO']);
    expect((await planner.get('/api/v1/wave-templates')).body.items[0]).toMatchObject({ waveTemplateId: 'AUTO', processAt: 'Release', putLocationId: 'DOOR-1', sequence: 2, sourceSystemId: null });

    const first = released[0];
    if (!first) throw new Error('no release');
    const shipments = await planner.get(`/api/v1/outbound-shipments?orderNumber=${first.orderNumber}`);
    expect(shipments.body.items).toHaveLength(1);
    expect(shipments.body.items[0]).toMatchObject({ loadId: first.loadId, warehouseId: 'WH1', sourceSystemId: 'ERP1' });
    const ofLoad = await planner.get(`/api/v1/outbound-shipments?loadId=${first.loadId}&sort=shipmentId`);
    expect(ids(ofLoad, 'shipmentId')).toContain(shipments.body.items[0].shipmentId);
  });

  it("lets a planner list a load's packing slips and open the PDF", async () => {
    const first = released[0];
    if (!first) throw new Error('no release');
    const load = (await t().admin.get(`/api/v1/outbound-loads/${first.loadId}`)).body;
    const wave = (await t().admin.get(`/api/v1/waves/${String(load.shipments[0].waveId)}`)).body;
    for (const workId of wave.workIds as string[]) {
      expect((await worker.post(`/api/v1/work/${workId}/take`, { operationId: `take-${workId}` })).status).toBe(200);
      const work = (await worker.get(`/api/v1/work/${workId}`)).body;
      for (const line of work.lines) {
        const res = await worker.post(`/api/v1/work/${workId}/lines/${String(line.lineNumber)}/confirm`, { operationId: `confirm-${workId}-${String(line.lineNumber)}` });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
      }
    }
    const confirm = await t().admin.post(`/api/v1/outbound-loads/${first.loadId}/ship-confirm`);
    expect(confirm.status, JSON.stringify(confirm.body)).toBe(200);
    const slips = await planner.get(`/api/v1/shipment-packing-slips?loadId=${first.loadId}`);
    expect(slips.status).toBe(200);
    expect(slips.body.items.map((s: any) => s.shipmentPackingSlipVersionNumber)).toEqual(confirm.body.shipmentPackingSlipVersionNumbers);
    expect(slips.body.items.every((s: any) => s.loadId === first.loadId)).toBe(true);
    const other = released.find((r) => r.loadId !== first.loadId);
    if (other) expect((await planner.get(`/api/v1/shipment-packing-slips?loadId=${other.loadId}`)).body.items).toEqual([]);
    const pdf = await planner.get(`/api/v1/shipment-packing-slips/${String(slips.body.items[0].shipmentPackingSlipVersionNumber)}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(ids(await planner.get('/api/v1/outbound-loads?loadStatus=Shipped'), 'loadId')).toEqual([first.loadId]);
  });
});

/* The setup and administration lists behind the desktop tables: each keeps its order when no sort is given. */
describe('sorting the setup and administration lists', () => {
  const t = useTestApp({ config: { webhooks: { ...defaultConfig.webhooks, allowedTargets: ['127.0.0.1/32'] } } });
  let receiver: Receiver;
  let manager: Client;

  beforeAll(async () => {
    receiver = await startReceiver(204);
    await createWarehouseMasterData(t().admin);
    await createWarehouseMasterData(t().admin, '-SORT');
    manager = t().as(await t().newKey({ kind: 'user', role: 'warehouse_manager' }, 'max'));
  });
  afterAll(async () => {
    await receiver.close();
  });

  const refusesBadSort = async (client: Client, path: string) => {
    const res = await client.get(`${path}${path.includes('?') ? '&' : '?'}sort=colour`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(res.body)).toContain('sort');
  };

  it('sorts users by username by default, and by display name on request', async () => {
    for (const [username, displayName] of [
      ['op-b', 'Zoe'],
      ['op-c', 'Anna'],
      ['op-a', 'Mia'],
    ] as const) {
      const res = await t().admin.post('/api/v1/users', { username, displayName, role: 'integration_operator', password: 'correct horse battery' });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const users = (query: string) => t().admin.get(`/api/v1/users?role=integration_operator&${query}`);
    expect(ids(await users(''), 'username')).toEqual(['op-a', 'op-b', 'op-c']);
    expect(ids(await users('sort=username&order=desc'), 'username')).toEqual(['op-c', 'op-b', 'op-a']);
    expect(ids(await users('sort=displayName'), 'username')).toEqual(['op-c', 'op-a', 'op-b']);
    expect(ids(await users('sort=displayName&order=desc'), 'username')).toEqual(['op-b', 'op-a', 'op-c']);
    expect(ids(await users('sort=username&limit=1&offset=1'), 'username')).toEqual(['op-b']);
    await refusesBadSort(t().admin, '/api/v1/users');
  });

  it('sorts source systems by id or name, and their item mappings by either item number', async () => {
    for (const [sourceSystemId, name] of [
      ['ERP-B', 'Alpha'],
      ['ERP-A', 'Gamma'],
      ['ERP-C', 'Beta'],
    ] as const) {
      const res = await t().admin.post('/api/v1/source-systems', { sourceSystemId, name });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const systems = (query: string) => t().admin.get(`/api/v1/source-systems?${query}`);
    expect(ids(await systems(''), 'sourceSystemId')).toEqual(['ERP-A', 'ERP-B', 'ERP-C']);
    expect(ids(await systems('sort=sourceSystemId&order=desc'), 'sourceSystemId')).toEqual(['ERP-C', 'ERP-B', 'ERP-A']);
    expect(ids(await systems('sort=name'), 'sourceSystemId')).toEqual(['ERP-B', 'ERP-C', 'ERP-A']);
    expect(ids(await systems('sort=name&order=desc'), 'sourceSystemId')).toEqual(['ERP-A', 'ERP-C', 'ERP-B']);
    await refusesBadSort(t().admin, '/api/v1/source-systems');

    const imported = await t().admin.post('/api/v1/source-systems/ERP-A/items/import', [
      { externalItemNumber: 'X-2', itemNumber: 'ITEM-1' },
      { externalItemNumber: 'X-1', itemNumber: 'ITEM-2' },
      { externalItemNumber: 'X-3', itemNumber: 'FLOUR' },
    ]);
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const mappings = (query: string) => t().admin.get(`/api/v1/source-systems/ERP-A/items?${query}`);
    expect(ids(await mappings(''), 'externalItemNumber')).toEqual(['X-1', 'X-2', 'X-3']);
    expect(ids(await mappings('sort=externalItemNumber&order=desc'), 'externalItemNumber')).toEqual(['X-3', 'X-2', 'X-1']);
    expect(ids(await mappings('sort=itemNumber'), 'externalItemNumber')).toEqual(['X-3', 'X-2', 'X-1']);
    expect(ids(await mappings('sort=itemNumber&order=desc&limit=2'), 'externalItemNumber')).toEqual(['X-1', 'X-2']);
    await refusesBadSort(t().admin, '/api/v1/source-systems/ERP-A/items');
  });

  it('lists webhook deliveries newest first unless sorted by another field', async () => {
    for (const path of ['b', 'a']) {
      const res = await t().admin.post('/api/v1/webhook-subscriptions', { url: `${receiver.url}/${path}`, eventTypes: ['*'] });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    await commitEvents(t().q, [messageFailed('ERP-A', 'msg-1'), messageFailed('ERP-A', 'msg-2')]);
    await t().q.worker.drainOnce();
    const deliveries = (query: string) => t().admin.get(`/api/v1/webhook-deliveries?${query}`);
    const newestFirst = ids(await deliveries(''), 'id') as number[];
    expect(newestFirst).toHaveLength(4);
    expect(newestFirst).toEqual([...newestFirst].sort((a, b) => b - a));
    expect(ids(await deliveries('sort=id&order=asc'), 'id')).toEqual([...newestFirst].reverse());
    const byUrl = (await deliveries('sort=url')).body.items.map((d: any) => `${String(d.url).slice(-1)} ${String(d.event.subject)}`);
    expect(byUrl).toEqual(['a msg-1', 'a msg-2', 'b msg-1', 'b msg-2']);
    const byUrlDesc = (await deliveries('sort=url&order=desc')).body.items.map((d: any) => `${String(d.url).slice(-1)} ${String(d.event.subject)}`);
    expect(byUrlDesc).toEqual(['b msg-2', 'b msg-1', 'a msg-2', 'a msg-1']);
    await refusesBadSort(t().admin, '/api/v1/webhook-deliveries');
  });

  it('lists work templates and location directives in sequence order unless sorted by another field', async () => {
    for (const [templateId, name, sequence] of [
      ['T-B', 'Pick fast', 2],
      ['T-A', 'Pick slow', 3],
      ['T-C', 'Pick bulk', 1],
    ] as const) {
      const res = await manager.post('/api/v1/work-templates', { templateId, name, workType: 'Pick', warehouseId: 'WH1', sequence });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const templates = (query: string) => manager.get(`/api/v1/work-templates?${query}`);
    expect(ids(await templates(''), 'templateId')).toEqual(['T-C', 'T-B', 'T-A']);
    expect(ids(await templates('sort=sequence&order=desc'), 'templateId')).toEqual(['T-A', 'T-B', 'T-C']);
    expect(ids(await templates('sort=templateId'), 'templateId')).toEqual(['T-A', 'T-B', 'T-C']);
    expect(ids(await templates('sort=name&order=desc'), 'templateId')).toEqual(['T-A', 'T-B', 'T-C']);
    await refusesBadSort(manager, '/api/v1/work-templates');

    for (const [directiveId, warehouseId, sequence] of [
      ['D-1', 'WH1-SORT', 1],
      ['D-2', 'WH1', 5],
      ['D-3', 'WH1', 2],
      ['D-4', 'WH1-SORT', 0],
    ] as const) {
      const res = await manager.post('/api/v1/location-directives', { directiveId, name: `Put ${directiveId}`, workType: 'PutAway', warehouseId, sequence });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const directives = (query: string) => manager.get(`/api/v1/location-directives?${query}`);
    expect(ids(await directives(''), 'directiveId')).toEqual(['D-3', 'D-2', 'D-4', 'D-1']);
    expect(ids(await directives('sort=warehouseId&order=desc'), 'directiveId')).toEqual(['D-4', 'D-1', 'D-3', 'D-2']);
    expect(ids(await directives('sort=sequence'), 'directiveId')).toEqual(['D-4', 'D-1', 'D-3', 'D-2']);
    expect(ids(await directives('sort=directiveId&order=desc'), 'directiveId')).toEqual(['D-4', 'D-3', 'D-2', 'D-1']);
    await refusesBadSort(manager, '/api/v1/location-directives');
  });
});
