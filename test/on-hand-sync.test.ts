import { beforeAll, describe, expect, it } from 'vitest';
import { finalizeTransactions } from '../src/modules/inventory/index.js';
import { createErp, createWarehouseMasterData, drain, inboundMessage, messageById, outboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp, type Client, type TestApp } from './support/harness.js';
import { sendInboundOrder } from './support/inbound.js';
import { createOutboundLocations, putStock } from './support/outbound.js';
import { createLocations, expectLedgerConsistent, feedEvents, ok, recordStock } from './support/on-hand-sync.js';
import { createReceivingLayout } from './support/warehouse-layout.js';

const HOUR = 3_600_000;

/**
 * A small ERP: it knows nothing of the WMS's tables, keeps its own on-hand per item, and changes it
 * only by what it reads: counting journal deltas after countingJournal.posted, and shipment receipts.
 */
class ErpReplica {
  readonly onHand = new Map<string, number>();
  private countingCursor = 0;
  private seenEvents = new Set<string>();

  constructor(
    private readonly t: () => TestApp,
    private readonly erp: ErpFixture,
  ) {}

  qty(item: string): number {
    return this.onHand.get(item) ?? 0;
  }

  private add(item: string, qty: number): void {
    this.onHand.set(item, Number(((this.onHand.get(item) ?? 0) + qty).toFixed(6)));
  }

  async applyCountingJournals(): Promise<void> {
    const events = (await feedEvents(this.t(), this.erp.erp, 'countingJournal.posted')).filter((e) => !this.seenEvents.has(e.eventId));
    if (events.length === 0) return;
    for (const e of events) this.seenEvents.add(e.eventId);
    const page = await ok(this.erp.erp.get(`/api/v1/source-systems/${this.erp.sourceSystemId}/counting-journal-lines?after=${this.countingCursor}`));
    for (const line of page.items) this.add(line.sourceSystemItemNumber, line.adjustmentQuantity);
    this.countingCursor = page.nextCursor;
  }

  /** Applies each shipment receipt once, as its shipmentReceipt.modified (Created) event announces it. */
  async applyShipmentReceipts(): Promise<void> {
    const events = (await feedEvents(this.t(), this.erp.erp, 'shipmentReceipt.modified')).filter((e) => !this.seenEvents.has(e.eventId));
    for (const e of events) {
      this.seenEvents.add(e.eventId);
      if (e.payload.change !== 'Created') continue;
      const receipt = await ok(this.erp.erp.get(`/api/v1/shipment-receipts/${String(e.payload.shipmentReceiptVersionNumber)}`));
      for (const d of receipt.transactionDimensions) this.add(d.sourceSystemItemNumber, d.handlingQuantity);
    }
  }

  /** Stands in for reading the shipment receipt of a receiving-completed order: its finalized receipts. */
  async applyShipmentReceipt(reader: () => Promise<Array<{ sourceSystemItemNumber: string; quantity: number }>>): Promise<void> {
    for (const r of await reader()) this.add(r.sourceSystemItemNumber, r.quantity);
  }
}

async function wmsOnHand(t: TestApp, item: string): Promise<number> {
  const res = await ok(t.admin.get(`/api/v1/inventory/on-hand?itemNumber=${item}&limit=1000`));
  return res.items.reduce((s: number, r: any) => s + r.physicalQuantity, 0);
}

describe('the seed example: updating on-hand inventory between systems', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let replica: ErpReplica;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createLocations(t().admin, ['RECV', 'A-01']);
    await ok(t().admin.post('/api/v1/items', { itemNumber: 'A0001', name: 'A0001', inventoryUnit: 'ea' }));
    erp = await createErp(t(), 'ERP1');
    await ok(t().admin.post('/api/v1/source-systems/ERP1/items/import', [{ externalItemNumber: 'A0001', itemNumber: 'A0001' }]));
    replica = new ErpReplica(t, erp);
  });

  const drift = async () => (await ok(erp.erp.get('/api/v1/source-systems/ERP1/on-hand-drift?itemNumber=A0001'))).lines;

  it('starts in sync: 0 / 0', async () => {
    expect([replica.qty('A0001'), await wmsOnHand(t(), 'A0001')]).toEqual([0, 0]);
    expect(await drift()).toEqual([]);
  });

  it('update 1: 10 received without receiving completed: 0 / 10, and the drift names the 10 registered', async () => {
    await recordStock(t(), 'scan-1', [{ at: { itemNumber: 'A0001', locationId: 'RECV' }, quantity: 10, referenceId: 'IN-1/1' }]);
    await replica.applyCountingJournals();
    expect([replica.qty('A0001'), await wmsOnHand(t(), 'A0001')]).toEqual([0, 10]);
    const lines = await drift();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ sourceSystemItemNumber: 'A0001', wmsOnHandQuantity: 10, toldOnHandQuantity: 0, differenceQuantity: 10 });
    expect(lines[0].openDocuments).toEqual([
      expect.objectContaining({ reason: 'RegisteredNotReceivingCompleted', referenceType: 'InboundOrderLine', referenceId: 'IN-1/1', quantity: 10, status: 'Registered' }),
    ]);
  });

  it('update 2: a counting journal adds 1: the ERP applies only the delta: 1 / 11', async () => {
    t().clock.advance(HOUR);
    const journal = await ok(t().admin.post('/api/v1/counting-journals', { warehouseId: 'WH1', countingBy: 'Item', values: ['A0001'] }));
    expect(journal.lines.map((l: any) => l.snapshotQuantity)).toEqual([10]);
    await ok(t().admin.post(`/api/v1/counting-journals/${journal.journalId}/counts`, { operationId: 'seed-count', counts: [{ lineNumber: 1, countedQuantity: 11 }] }));
    await ok(t().admin.post(`/api/v1/counting-journals/${journal.journalId}/post`, { operationId: 'seed-post' }));
    // The journal line says on-hand 10, counted 11: an ERP that applied the counted figure would hold 11 and later 21.
    await replica.applyCountingJournals();
    expect([replica.qty('A0001'), await wmsOnHand(t(), 'A0001')]).toEqual([1, 11]);
    const lines = await drift();
    expect(lines[0]).toMatchObject({ wmsOnHandQuantity: 11, toldOnHandQuantity: 1, differenceQuantity: 10 });
    expect(lines[0].openDocuments.map((d: any) => [d.reason, d.quantity])).toEqual([['RegisteredNotReceivingCompleted', 10]]);
  });

  it('update 3: receiving completed: the ERP adds the receipt\'s 10: 11 / 11, and nothing drifts', async () => {
    t().clock.advance(HOUR);
    await t().q.ctx.db.kysely.transaction().execute((trx) =>
      finalizeTransactions(trx, t().clock.now(), { referenceType: 'InboundOrderLine', referenceIds: ['IN-1/1'], fromStatus: 'Registered', toStatus: 'Received' }),
    );
    const operator = t().as(await t().newKey({ kind: 'user', role: 'integration_operator' }));
    await replica.applyShipmentReceipt(async () => {
      const rows = await ok(operator.get('/api/v1/inventory/transactions?referenceType=InboundOrderLine&referenceId=IN-1/1'));
      return rows.items.filter((r: any) => r.status === 'Received').map((r: any) => ({ sourceSystemItemNumber: r.itemNumber, quantity: r.quantity }));
    });
    await replica.applyCountingJournals();
    expect([replica.qty('A0001'), await wmsOnHand(t(), 'A0001')]).toEqual([11, 11]);
    expect(await drift()).toEqual([]);
    await expectLedgerConsistent(t());
  });
});

describe('the seed example through the HTTP API: receiving, counting journal, receiving completed', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  let replica: ErpReplica;
  let worker: Client;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createReceivingLayout(t().admin);
    await ok(t().admin.post('/api/v1/items', { itemNumber: 'A0001', name: 'A0001', inventoryUnit: 'ea' }));
    erp = await createErp(t(), 'ERP1', { inboundLoadSynchronizationPolicy: 'FullSynchronization' });
    await ok(t().admin.post('/api/v1/source-systems/ERP1/items/import', [{ externalItemNumber: 'A0001', itemNumber: 'A0001' }]));
    worker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'worker'));
    replica = new ErpReplica(t, erp);
  });

  const drift = async () => (await ok(erp.erp.get('/api/v1/source-systems/ERP1/on-hand-drift?itemNumber=A0001'))).lines;
  const sync = async () => {
    await replica.applyCountingJournals();
    await replica.applyShipmentReceipts();
    return [replica.qty('A0001'), await wmsOnHand(t(), 'A0001')];
  };

  it('goes 0/0, 0/10, 1/11, 11/11, and the drift names the 10 registered while the two differ', async () => {
    await sendInboundOrder(t(), erp.erp, inboundMessage('PO-A0001', {}, [{ orderLineNumber: 1, itemNumber: 'A0001', expectedQuantity: 10, expectedUnitSymbol: 'ea' }]));
    expect(await sync()).toEqual([0, 0]);

    // Update 1: 10 pcs received, no receiving completed.
    const received = await ok(worker.post('/api/v1/inbound-receiving/order-line', { operationId: 'rcv-a0001', orderNumber: 'PO-A0001', orderLineNumber: 1, quantity: 10, licensePlateId: 'LP-A0001' }));
    expect(await sync()).toEqual([0, 10]);
    const registrationId = String(received.registrations[0].registrationId);
    let lines = await drift();
    expect(lines.map((l: any) => [l.wmsOnHandQuantity, l.toldOnHandQuantity])).toEqual([[10, 0]]);
    expect(lines[0].openDocuments.map((d: any) => [d.reason, d.referenceType, d.referenceId, d.quantity])).toEqual([['RegisteredNotReceivingCompleted', 'InboundRegistration', registrationId, 10]]);

    // Update 2: a counting journal finds 11; the ERP applies only the +1.
    const journal = await ok(t().admin.post('/api/v1/counting-journals', { warehouseId: 'WH1', countingBy: 'Item', values: ['A0001'] }));
    expect(journal.lines.map((l: any) => l.snapshotQuantity)).toEqual([10]);
    await ok(t().admin.post(`/api/v1/counting-journals/${journal.journalId}/counts`, { operationId: 'http-count', counts: [{ lineNumber: 1, countedQuantity: 11 }] }));
    await ok(t().admin.post(`/api/v1/counting-journals/${journal.journalId}/post`, { operationId: 'http-post' }));
    expect(await sync()).toEqual([1, 11]);
    lines = await drift();
    expect(lines.map((l: any) => [l.wmsOnHandQuantity, l.toldOnHandQuantity, l.differenceQuantity])).toEqual([[11, 1, 10]]);
    expect(lines[0].openDocuments.map((d: any) => [d.reason, d.quantity])).toEqual([['RegisteredNotReceivingCompleted', 10]]);

    // Update 3: receiving completed; the ERP reads the shipment receipt and adds its 10.
    const loads = await ok(t().admin.get('/api/v1/inbound-loads?orderNumber=PO-A0001'));
    await ok(worker.post(`/api/v1/inbound-loads/${String(loads.items[0].loadId)}/receiving-completed`, { packingSlipId: 'PS-A0001' }));
    expect(await sync()).toEqual([11, 11]);
    expect(await drift()).toEqual([]);
    await expectLedgerConsistent(t());
  });
});

describe('source system on-hand reports', () => {
  const t = useTestApp();
  let erp1: ErpFixture;
  let erp2: ErpFixture;
  let yesterday: string;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createLocations(t().admin, ['A-01', 'A-02']);
    await ok(t().admin.post('/api/v1/inventory-owners', { ownerId: 'OWN-B', name: 'Owner B' }));
    erp1 = await createErp(t(), 'ERP1');
    erp2 = await createErp(t(), 'ERP2', { defaultOwnerId: 'OWN-B' });
    await ok(t().admin.put('/api/v1/inventory-owners/OWN-A/source-system-ids/ERP1', { externalOwnerId: 'ACME' }));
    // Day 1 (2026-01-05): 10 received and receiving-completed, 5 registered only, 2 picked not shipped; OWN-B has 7.
    t().clock.set(Date.parse('2026-01-05T09:00:00Z'));
    await recordStock(t(), 'd1-a', [{ quantity: 10, referenceId: 'IN-1/1' }]);
    await t().q.ctx.db.kysely.transaction().execute((trx) => finalizeTransactions(trx, t().clock.now(), { referenceType: 'InboundOrderLine', referenceIds: ['IN-1/1'], fromStatus: 'Registered', toStatus: 'Received' }));
    await recordStock(t(), 'd1-b', [{ at: { locationId: 'A-02' }, quantity: 5, referenceId: 'IN-2/1' }]);
    await recordStock(t(), 'd1-c', [{ quantity: -2, referenceId: 'OUT-1/1' }]);
    await recordStock(t(), 'd1-d', [{ at: { ownerId: 'OWN-B' }, quantity: 7, sourceSystemId: 'ERP2' }]);
    // Day 2: more arrives; a report as of day 1 must not see it.
    t().clock.set(Date.parse('2026-01-06T10:00:00Z'));
    await recordStock(t(), 'd2-a', [{ quantity: 100, referenceId: 'IN-3/1' }]);
    yesterday = '2026-01-05';
  });

  const lines = async (erp: ErpFixture, reportId: string) => (await ok(erp.erp.get(`/api/v1/source-systems/${erp.sourceSystemId}/on-hand-reports/${reportId}/lines`))).items;

  it('reports yesterday without registered and picked quantities: what the ERP was told', async () => {
    const report = await ok(erp1.erp.post('/api/v1/source-systems/ERP1/on-hand-reports', { asOfDate: yesterday, dimensions: ['warehouse', 'owner'] }));
    expect(report).toMatchObject({ reportName: 'ERP1', inventoryAsOfDate: yesterday, includeRegisteredAndPickedTransactions: false, dimensions: ['warehouse', 'owner'], lineCount: 1 });
    expect(await lines(erp1, report.reportId)).toEqual([
      expect.objectContaining({ itemNumber: 'ITEM-1', sourceSystemItemNumber: 'ERP-ITEM-1', warehouseId: 'WH1', inventoryOwnerId: 'OWN-A', sourceSystemInventoryOwnerId: 'ACME', locationId: null, onHandQuantity: 10 }),
    ]);
    const events = await feedEvents(t(), erp1.erp, 'sourceSystemOnHandReport.created');
    expect(events.map((e) => e.payload.reportId)).toContain(report.reportId);
  });

  it('reports yesterday with registered and picked quantities: the physical on-hand, at location level', async () => {
    const report = await ok(erp1.erp.post('/api/v1/source-systems/ERP1/on-hand-reports', { asOfDate: yesterday, dimensions: ['warehouse', 'location'], includeRegisteredAndPicked: true }));
    expect((await lines(erp1, report.reportId)).map((l: any) => [l.locationId, l.onHandQuantity])).toEqual([
      ['A-01', 8],
      ['A-02', 5],
    ]);
    const byQuantity = await ok(erp1.erp.get(`/api/v1/source-systems/ERP1/on-hand-reports/${report.reportId}/lines?sort=onHandQuantity`));
    expect(byQuantity.items.map((l: any) => [l.locationId, l.onHandQuantity])).toEqual([
      ['A-02', 5],
      ['A-01', 8],
    ]);
    const byLocation = await ok(erp1.erp.get(`/api/v1/source-systems/ERP1/on-hand-reports/${report.reportId}/lines?sort=locationId&order=desc`));
    expect(byLocation.items.map((l: any) => l.locationId)).toEqual(['A-02', 'A-01']);
  });

  it('shows one owner\'s stock to its source system only', async () => {
    const report = await ok(erp2.erp.post('/api/v1/source-systems/ERP2/on-hand-reports', { asOfDate: yesterday, dimensions: ['owner'], includeRegisteredAndPicked: true }));
    expect((await lines(erp2, report.reportId)).map((l: any) => [l.inventoryOwnerId, l.onHandQuantity])).toEqual([['OWN-B', 7]]);
    expect((await erp2.erp.get(`/api/v1/source-systems/ERP1/on-hand-reports/${report.reportId}/lines`)).status).toBe(403);
    expect((await erp1.erp.get(`/api/v1/source-systems/ERP1/on-hand-reports/${report.reportId}`)).status).toBe(404);
    const drift2 = await ok(erp2.erp.get('/api/v1/source-systems/ERP2/on-hand-drift?all=true'));
    expect(drift2.lines.map((l: any) => l.inventoryOwnerId)).toEqual(['OWN-B']);
  });

  it('refuses a date that is not one', async () => {
    const res = await erp1.erp.post('/api/v1/source-systems/ERP1/on-hand-reports', { asOfDate: '2026-02-30' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('RECONCILIATION.INVALID_DATE');
  });

  it('as a recurring background process, reports the previous day whatever date it was given', async () => {
    t().clock.advance(3_600_000);
    const operator = t().as(await t().newKey({ kind: 'user', role: 'integration_operator' }));
    const none = await operator.get('/api/v1/source-systems/ERP1/on-hand-report-schedule');
    expect(none.status).toBe(404);
    expect(none.body.code).toBe('RECONCILIATION.SCHEDULE_NOT_FOUND');
    const scheduled = await ok(operator.put('/api/v1/source-systems/ERP1/on-hand-report-schedule', { dimensions: ['warehouse'], includeRegisteredAndPicked: false }));
    expect(await ok(erp1.erp.get('/api/v1/source-systems/ERP1/on-hand-report-schedule'))).toEqual({
      backgroundProcessId: scheduled.backgroundProcessId,
      dimensions: ['warehouse'],
      includeRegisteredAndPicked: false,
      intervalSeconds: 86_400,
      enabled: true,
      nextRunAt: new Date(t().clock.now() + 86_400_000).toISOString(),
    });
    const changed = await ok(operator.put('/api/v1/source-systems/ERP1/on-hand-report-schedule', { dimensions: ['warehouse', 'owner'], includeRegisteredAndPicked: true, intervalSeconds: 3600 }));
    expect(changed).toMatchObject({ backgroundProcessId: scheduled.backgroundProcessId, dimensions: ['warehouse', 'owner'], includeRegisteredAndPicked: true, intervalSeconds: 3600 });
    expect(await ok(operator.get('/api/v1/source-systems/ERP1/on-hand-report-schedule'))).toEqual(changed);
    expect((await erp2.erp.get('/api/v1/source-systems/ERP1/on-hand-report-schedule')).status).toBe(403);
    await ok(operator.put('/api/v1/source-systems/ERP1/on-hand-report-schedule', { dimensions: ['warehouse'], includeRegisteredAndPicked: false }));
    const run = await ok(operator.post(`/api/v1/background-processes/${scheduled.backgroundProcessId}/run`));
    expect(run.run).toMatchObject({ outcome: 'succeeded' });
    const reports = await ok(erp1.erp.get('/api/v1/source-systems/ERP1/on-hand-reports'));
    expect(reports.items[0]).toMatchObject({ trigger: 'Recurring', inventoryAsOfDate: '2026-01-05', lineCount: 1 });
    // Every report of ERP1 so far, sorted by something other than time.
    const byLines = await ok(erp1.erp.get('/api/v1/source-systems/ERP1/on-hand-reports?sort=lineCount&order=desc'));
    expect(byLines.items.map((r: any) => r.lineCount)).toEqual([2, 1, 1]);
    const byTrigger = await ok(erp1.erp.get('/api/v1/source-systems/ERP1/on-hand-reports?sort=trigger&limit=1'));
    expect(byTrigger).toMatchObject({ total: 3, items: [{ trigger: 'Manual' }] });
    expect((await erp1.erp.get('/api/v1/source-systems/ERP1/on-hand-reports?sort=sourceSystemId')).status).toBe(400);
    await expectLedgerConsistent(t());
  });
});

describe('the warehouse inventory update log', () => {
  const t = useTestApp();
  let erp1: ErpFixture;
  let erp2: ErpFixture;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createLocations(t().admin, ['A-01']);
    await ok(t().admin.post('/api/v1/inventory-owners', { ownerId: 'OWN-B', name: 'Owner B' }));
    erp1 = await createErp(t(), 'ERP1', { inboundWarehouseInventoryUpdateLogs: true, outboundWarehouseInventoryUpdateLogs: true });
    erp2 = await createErp(t(), 'ERP2', { defaultOwnerId: 'OWN-B', inboundWarehouseInventoryUpdateLogs: true });
    await ok(t().admin.post('/api/v1/counting-journal-names', { journalNameId: 'Quiet', description: 'Reported by counting journal only', excludeFromWarehouseInventoryUpdateLogs: true }));
  });

  const publish = async (sourceSystemId: string) => {
    const process = (await ok(t().admin.get(`/api/v1/background-processes?sourceSystemId=${sourceSystemId}&limit=100`))).items.find((p: any) => p.processType === 'publishWarehouseInventoryUpdateLog');
    return ok(t().admin.post(`/api/v1/background-processes/${process.id}/run`));
  };

  it('logs every on-hand change of the source system\'s stock, publishes it once and is read once', async () => {
    await recordStock(t(), 'rcv-1', [{ quantity: 10, referenceId: 'IN-1/1' }]);
    await recordStock(t(), 'pick-1', [{ quantity: -3, referenceId: 'OUT-1/1' }]);
    await ok(t().admin.post('/api/v1/inventory-status-changes', { operationId: 'qc-1', dimensions: { itemNumber: 'ITEM-1', warehouseId: 'WH1', locationId: 'A-01', ownerId: 'OWN-A', inventoryStatusId: 'AV' }, toInventoryStatusId: 'QC', quantity: 1 }));
    await recordStock(t(), 'rcv-b', [{ at: { ownerId: 'OWN-B' }, quantity: 4, sourceSystemId: 'ERP2', referenceId: 'IN-B/1' }]);
    const quiet = await ok(t().admin.post('/api/v1/counting-journals', { journalNameId: 'Quiet', warehouseId: 'WH1', countingBy: 'Location', values: ['A-01'], ownerId: 'OWN-A' }));
    const av = quiet.lines.find((l: any) => l.inventoryStatusId === 'AV');
    await ok(t().admin.post(`/api/v1/counting-journals/${quiet.journalId}/counts`, { operationId: 'quiet-count', counts: [{ lineNumber: av.lineNumber, countedQuantity: 5 }] }));
    await ok(t().admin.post(`/api/v1/counting-journals/${quiet.journalId}/post`, { operationId: 'quiet-post' }));

    // Nothing is readable before the publish process runs.
    expect((await ok(erp1.erp.get('/api/v1/source-systems/ERP1/inventory-update-log?after=0'))).items).toEqual([]);
    const run = await publish('ERP1');
    expect(run.run).toMatchObject({ outcome: 'succeeded', itemsProcessed: 4 });
    const again = await publish('ERP1');
    expect(again.run).toMatchObject({ outcome: 'succeeded', itemsProcessed: 0 });
    // Past the settling window the scan mark moves on; still nothing is logged twice.
    t().clock.advance(10 * 60_000);
    expect((await publish('ERP1')).run).toMatchObject({ outcome: 'succeeded', itemsProcessed: 0 });

    const events = await feedEvents(t(), erp1.erp, 'warehouseInventoryUpdateLog.published');
    expect(events.map((e) => [e.payload.firstSequence, e.payload.lastSequence, e.payload.entryCount])).toEqual([[1, 4, 4]]);

    const page = await ok(erp1.erp.get('/api/v1/source-systems/ERP1/inventory-update-log?after=0'));
    expect(page.items.map((e: any) => [e.sequence, e.referenceCategory, e.inventoryStatusId, e.handlingQuantity, e.handlingQuantityUnitSymbol, e.alsoReportedBy])).toEqual([
      [1, 'InboundOrderLine', 'AV', 10, 'ea', 'ShipmentReceipt'],
      [2, 'OutboundOrderLine', 'AV', -3, 'ea', 'ShipmentPackingSlip'],
      [3, 'InventoryStatusChange', 'AV', -1, 'ea', null],
      [4, 'InventoryStatusChange', 'QC', 1, 'ea', null],
    ]);
    expect(page.items[2].updateReferenceId).toBe(page.items[3].updateReferenceId);
    expect(page.items.every((e: any) => e.sourceSystemItemNumber === 'ERP-ITEM-1' && e.inventoryOwnerId === 'OWN-A')).toBe(true);
    expect(page.nextCursor).toBe(4);
    expect(await ok(erp1.erp.get(`/api/v1/source-systems/ERP1/inventory-update-log?after=${page.nextCursor}`))).toEqual({ items: [], nextCursor: 4 });

    // The easy way to never double count: leave out what shipment receipts and packing slips report.
    const deltasOnly = await ok(erp1.erp.get('/api/v1/source-systems/ERP1/inventory-update-log?after=0&skipAlsoReportedBy=ShipmentReceipt,ShipmentPackingSlip'));
    expect(deltasOnly.items.map((e: any) => e.sequence)).toEqual([3, 4]);
    expect(deltasOnly.nextCursor).toBe(4);
  });

  it('keeps one owner\'s stock out of another source system\'s log', async () => {
    await publish('ERP2');
    const log2 = await ok(erp2.erp.get('/api/v1/source-systems/ERP2/inventory-update-log?after=0'));
    expect(log2.items.map((e: any) => [e.inventoryOwnerId, e.handlingQuantity])).toEqual([['OWN-B', 4]]);
    expect((await erp2.erp.get('/api/v1/source-systems/ERP1/inventory-update-log?after=0')).status).toBe(403);
  });

  it('logs from the moment a log is enabled, and counting journals unless their name is excluded', async () => {
    const journal = await ok(t().admin.post('/api/v1/counting-journals', { warehouseId: 'WH1', countingBy: 'Location', values: ['A-01'], ownerId: 'OWN-A' }));
    const av = journal.lines.find((l: any) => l.inventoryStatusId === 'AV');
    await ok(t().admin.post(`/api/v1/counting-journals/${journal.journalId}/counts`, { operationId: 'loud-count', counts: [{ lineNumber: av.lineNumber, countedQuantity: 4 }] }));
    await ok(t().admin.post(`/api/v1/counting-journals/${journal.journalId}/post`, { operationId: 'loud-post' }));
    await publish('ERP1');
    const page = await ok(erp1.erp.get('/api/v1/source-systems/ERP1/inventory-update-log?after=4'));
    expect(page.items.map((e: any) => [e.referenceCategory, e.referenceId, e.handlingQuantity, e.alsoReportedBy])).toEqual([['CountingJournal', journal.journalId, -1, 'CountingJournal']]);
    await expectLedgerConsistent(t());
  });

  it('explains drift with entries not yet published', async () => {
    t().clock.advance(60_000);
    await recordStock(t(), 'rcv-2', [{ quantity: 2, referenceId: 'IN-2/1' }]);
    const before = await ok(erp1.erp.get('/api/v1/source-systems/ERP1/on-hand-drift'));
    const av = before.lines.find((l: any) => l.inventoryStatusId === 'AV');
    expect(av.openDocuments.map((d: any) => [d.reason, d.referenceId, d.quantity])).toEqual([['UpdateLogEntryNotPublished', 'IN-2/1', 2]]);
    await publish('ERP1');
    const after = await ok(erp1.erp.get('/api/v1/source-systems/ERP1/on-hand-drift'));
    expect(after.lines).toEqual([]);
  });
});

describe('drift while an outbound order is picked but not ship-confirmed', () => {
  const t = useTestApp();
  let erp: ErpFixture;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    erp = await createErp(t(), 'ERP1');
    await ok(t().admin.post('/api/v1/work-templates', { templateId: 'PICK', name: 'Pick to staging', workType: 'Pick', warehouseId: 'WH1', sequence: 1 }));
    await ok(t().admin.post('/api/v1/wave-templates', { waveTemplateId: 'AUTO', warehouseId: 'WH1', processAt: 'Release', putLocationId: 'STAGE', sequence: 1 }));
    await putStock(t(), [{ locationId: 'BULK-1', quantity: 10 }]);
  });

  it('names the picked quantity until ship confirm reports it in a packing slip', async () => {
    const sent = await erp.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage('SO-1', { reservationAtImportPolicy: 'None' }, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 4, orderedUnitSymbol: 'ea' }]));
    await drain(t());
    const orderNumber = (await messageById(t(), sent.body.id)).internalOrderNumber;
    const release = await ok(t().admin.post(`/api/v1/outbound-shipment-orders/${String(orderNumber)}/release`, { quantityToRelease: 'All' }));
    const load = await ok(t().admin.get(`/api/v1/outbound-loads/${String(release.loadId)}`));
    const wave = await ok(t().admin.get(`/api/v1/waves/${String(load.shipments[0].waveId)}`));
    const picker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }, 'picker'));
    const [workId] = wave.workIds;
    await ok(picker.post(`/api/v1/work/${String(workId)}/take`, { operationId: 'take-1' }));
    for (const line of [1, 2]) await ok(picker.post(`/api/v1/work/${String(workId)}/lines/${String(line)}/confirm`, { operationId: `pick-${String(line)}` }));

    const drift = await ok(erp.erp.get('/api/v1/source-systems/ERP1/on-hand-drift'));
    expect(drift.lines.map((l: any) => [l.sourceSystemItemNumber, l.wmsOnHandQuantity, l.toldOnHandQuantity])).toEqual([['ERP-ITEM-1', 6, 10]]);
    expect(drift.lines[0].openDocuments.map((d: any) => [d.reason, d.referenceType, d.quantity, d.status])).toEqual([['PickedNotShipConfirmed', 'OutboundLoadLine', -4, 'Picked']]);
    const today = new Date(t().clock.now()).toISOString().slice(0, 10);
    const told = await ok(erp.erp.post('/api/v1/source-systems/ERP1/on-hand-reports', { asOfDate: today }));
    const physical = await ok(erp.erp.post('/api/v1/source-systems/ERP1/on-hand-reports', { asOfDate: today, includeRegisteredAndPicked: true }));
    const qtyOf = async (reportId: string) => (await ok(erp.erp.get(`/api/v1/source-systems/ERP1/on-hand-reports/${reportId}/lines`))).items.map((l: any) => l.onHandQuantity);
    expect([await qtyOf(told.reportId), await qtyOf(physical.reportId)]).toEqual([[10], [6]]);

    await ok(t().admin.post(`/api/v1/outbound-loads/${String(release.loadId)}/ship-confirm`));
    expect((await ok(erp.erp.get('/api/v1/source-systems/ERP1/on-hand-drift'))).lines).toEqual([]);
    await expectLedgerConsistent(t());
  });
});
