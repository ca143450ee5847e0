import { beforeAll, describe, expect, it } from 'vitest';
import { createErp, createWarehouseMasterData, type ErpFixture } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';
import { createLocations, dims, expectLedgerConsistent, feedEvents, ok, onHand, recordStock } from './support/on-hand-sync.js';

describe('inventory status changes and license plate moves', () => {
  const t = useTestApp();

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createLocations(t().admin, ['A-01', 'A-02']);
    await ok(t().admin.post('/api/v1/license-plates', { licensePlateId: 'LP-1', warehouseId: 'WH1' }));
    await recordStock(t(), 'seed', [{ quantity: 10 }, { at: { licensePlateId: 'LP-1' }, quantity: 4 }, { at: { itemNumber: 'FLOUR', licensePlateId: 'LP-1' }, quantity: 2.5 }]);
  });

  it('changes the status of some stock as one operation, once however often it is retried', async () => {
    const body = { operationId: 'sc-1', dimensions: dims(), toInventoryStatusId: 'QC', quantity: 3 };
    const first = await ok(t().admin.post('/api/v1/inventory-status-changes', body));
    const again = await ok(t().admin.post('/api/v1/inventory-status-changes', body));
    expect(first.ledgerIds).toHaveLength(2);
    expect(again).toMatchObject({ replayed: true, ledgerIds: first.ledgerIds });
    expect(await onHand(t(), 'itemNumber=ITEM-1&locationId=A-01&inventoryStatusId=QC')).toBe(3);
    expect(await onHand(t(), 'itemNumber=ITEM-1&locationId=A-01&inventoryStatusId=AV&licensePlateId=')).toBe(7);
    const ledger = await ok(t().admin.get('/api/v1/inventory/transactions?referenceType=InventoryStatusChange&referenceId=sc-1'));
    expect(ledger.items.map((r: any) => [r.kind, r.inventoryStatusId, r.quantity]).sort()).toEqual([
      ['StatusChange', 'AV', -3],
      ['StatusChange', 'QC', 3],
    ]);
  });

  it('refuses a change to the same status or of more than there is, and changes nothing', async () => {
    const same = await t().admin.post('/api/v1/inventory-status-changes', { operationId: 'sc-2', dimensions: dims(), toInventoryStatusId: 'AV', quantity: 1 });
    expect(same.status).toBe(422);
    expect(same.body.code).toBe('COUNTING.SAME_STATUS');
    const tooMuch = await t().admin.post('/api/v1/inventory-status-changes', { operationId: 'sc-3', dimensions: dims(), toInventoryStatusId: 'QC', quantity: 100 });
    expect(tooMuch.body.code).toBe('INVENTORY.INSUFFICIENT_ON_HAND');
    expect(await onHand(t(), 'itemNumber=ITEM-1&locationId=A-01&inventoryStatusId=QC')).toBe(3);
  });

  it('moves a license plate with everything on it', async () => {
    const moved = await ok(t().admin.post('/api/v1/license-plate-moves', { operationId: 'mv-1', warehouseId: 'WH1', licensePlateId: 'LP-1', toLocationId: 'A-02' }));
    expect(moved.lines).toBe(2);
    expect(await onHand(t(), 'licensePlateId=LP-1&locationId=A-02')).toBe(6.5);
    expect(await onHand(t(), 'licensePlateId=LP-1&locationId=A-01')).toBe(0);
    const empty = await t().admin.post('/api/v1/license-plate-moves', { operationId: 'mv-2', warehouseId: 'WH1', licensePlateId: 'LP-1', toLocationId: 'A-02' });
    expect(empty.body.code).toBe('COUNTING.LICENSE_PLATE_EMPTY');
    await expectLedgerConsistent(t());
  });
});

describe('counting journals', () => {
  const t = useTestApp();
  let erp1: ErpFixture;
  let erp2: ErpFixture;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createLocations(t().admin, ['A-01', 'A-02']);
    await ok(t().admin.post('/api/v1/inventory-owners', { ownerId: 'OWN-B', name: 'Owner B' }));
    erp1 = await createErp(t(), 'ERP1');
    erp2 = await createErp(t(), 'ERP2', { defaultOwnerId: 'OWN-B' });
    await ok(t().admin.put('/api/v1/inventory-owners/OWN-A/source-system-ids/ERP1', { externalOwnerId: 'ACME' }));
    await recordStock(t(), 'seed', [
      { quantity: 10 },
      { at: { locationId: 'A-02' }, quantity: 5 },
      { at: { ownerId: 'OWN-B' }, quantity: 7, sourceSystemId: 'ERP2' },
    ]);
  });

  it('snapshots each line, posts only the deltas, and tells each source system about its own stock', async () => {
    const journal = await ok(t().admin.post('/api/v1/counting-journals', { warehouseId: 'WH1', countingBy: 'Location', values: ['A-01'] }));
    expect(journal.lines.map((l: any) => [l.ownerId, l.snapshotQuantity])).toEqual([
      ['OWN-A', 10],
      ['OWN-B', 7],
    ]);
    const a = journal.lines.find((l: any) => l.ownerId === 'OWN-A').lineNumber;
    const b = journal.lines.find((l: any) => l.ownerId === 'OWN-B').lineNumber;
    const counted = await ok(
      t().admin.post(`/api/v1/counting-journals/${journal.journalId}/counts`, {
        operationId: 'count-1',
        counts: [
          { lineNumber: a, countedQuantity: 11 },
          { lineNumber: b, countedQuantity: 7 },
        ],
      }),
    );
    expect(counted.lines.map((l: any) => [l.onHandQuantity, l.countedQuantity, l.adjustmentQuantity])).toEqual([
      [10, 11, 1],
      [7, 7, 0],
    ]);
    const posted = await ok(t().admin.post(`/api/v1/counting-journals/${journal.journalId}/post`, { operationId: 'post-1' }));
    expect(posted).toMatchObject({ status: 'Posted', isPosted: true, postingSequence: 1 });
    expect(await onHand(t(), 'itemNumber=ITEM-1&locationId=A-01&ownerId=OWN-A')).toBe(11);

    // A retried post is the same post.
    const retried = await t().admin.post(`/api/v1/counting-journals/${journal.journalId}/post`, { operationId: 'post-1' });
    expect(retried.status).toBe(200);
    const ledger = await ok(t().admin.get(`/api/v1/inventory/transactions?referenceType=CountingJournal&referenceId=${journal.journalId}`));
    expect(ledger.items.map((r: any) => [r.kind, r.quantity, r.ownerId])).toEqual([['Adjustment', 1, 'OWN-A']]);

    // Each ERP gets the event and reads only its own owners' lines.
    const events1 = await feedEvents(t(), erp1.erp, 'countingJournal.posted');
    expect(events1.map((e) => [e.subject, e.payload.lineCount, e.payload.adjustedLineCount])).toEqual([[journal.journalId, 1, 1]]);
    const lines1 = await ok(erp1.erp.get('/api/v1/source-systems/ERP1/counting-journal-lines?after=0'));
    expect(lines1.items.map((l: any) => [l.sourceSystemItemNumber, l.inventoryOwnerId, l.sourceSystemInventoryOwnerId, l.adjustmentQuantity])).toEqual([['ERP-ITEM-1', 'OWN-A', 'ACME', 1]]);
    expect(lines1.nextCursor).toBe(1);
    expect((await ok(erp1.erp.get('/api/v1/source-systems/ERP1/counting-journal-lines?after=1'))).items).toEqual([]);
    const lines2 = await ok(erp2.erp.get('/api/v1/source-systems/ERP2/counting-journal-lines?after=0'));
    expect(lines2.items.map((l: any) => [l.inventoryOwnerId, l.adjustmentQuantity])).toEqual([['OWN-B', 0]]);
    // An ERP cannot read another source system's lines.
    expect((await erp2.erp.get('/api/v1/source-systems/ERP1/counting-journal-lines')).status).toBe(403);
  });

  it('does not mistake stock that moved between the snapshot and the count for a difference', async () => {
    const journal = await ok(t().admin.post('/api/v1/counting-journals', { warehouseId: 'WH1', countingBy: 'Item', values: ['ITEM-1'], ownerId: 'OWN-A' }));
    const a02 = journal.lines.find((l: any) => l.locationId === 'A-02');
    expect(a02.snapshotQuantity).toBe(5);
    await recordStock(t(), 'pick-during-count', [{ at: { locationId: 'A-02' }, quantity: -2 }]);
    const counted = await ok(t().admin.post(`/api/v1/counting-journals/${journal.journalId}/counts`, { operationId: 'count-2', counts: [{ lineNumber: a02.lineNumber, countedQuantity: 3 }] }));
    const line = counted.lines.find((l: any) => l.lineNumber === a02.lineNumber);
    expect(line).toMatchObject({ snapshotQuantity: 5, movedSinceSnapshotQuantity: -2, onHandQuantity: 3, adjustmentQuantity: 0 });
    await ok(t().admin.post(`/api/v1/counting-journals/${journal.journalId}/post`, { operationId: 'post-2' }));
    expect(await onHand(t(), 'itemNumber=ITEM-1&locationId=A-02')).toBe(3);
    await expectLedgerConsistent(t());
  });

  it('counts stock found where there was no line, and keeps journal names that are excluded from the update log', async () => {
    await ok(t().admin.post('/api/v1/counting-journal-names', { journalNameId: 'Quiet', description: 'Not in the update log', excludeFromWarehouseInventoryUpdateLogs: true }));
    const names = await ok(t().admin.get('/api/v1/counting-journal-names'));
    expect(names.map((n: any) => [n.journalNameId, n.excludeFromWarehouseInventoryUpdateLogs])).toEqual([
      ['Counting', false],
      ['CycleCount', false],
      ['Quiet', true],
    ]);
    const journal = await ok(t().admin.post('/api/v1/counting-journals', { journalNameId: 'Quiet', warehouseId: 'WH1', countingBy: 'Location', values: ['A-02'] }));
    const counted = await ok(
      t().admin.post(`/api/v1/counting-journals/${journal.journalId}/counts`, {
        operationId: 'count-3',
        counts: [{ dimensions: { itemNumber: 'FLOUR', locationId: 'A-02', ownerId: 'OWN-A', inventoryStatusId: 'AV' }, countedQuantity: 1.25 }],
      }),
    );
    expect(counted.lines.find((l: any) => l.itemNumber === 'FLOUR')).toMatchObject({ snapshotQuantity: 0, adjustmentQuantity: 1.25 });
    const posted = await ok(t().admin.post(`/api/v1/counting-journals/${journal.journalId}/post`, { operationId: 'post-3' }));
    // The uncounted ITEM-1 line is not part of the posting.
    expect(posted.lines.map((l: any) => l.itemNumber)).toEqual(['FLOUR']);
    const again = await t().admin.post(`/api/v1/counting-journals/${journal.journalId}/post`, { operationId: 'post-3b' });
    expect(again.body.code).toBe('COUNTING.JOURNAL_POSTED');
    await expectLedgerConsistent(t());
  });

  it('refuses found stock in a location that does not exist, or without a location, and adds no line', async () => {
    const journal = await ok(t().admin.post('/api/v1/counting-journals', { warehouseId: 'WH1', countingBy: 'Location', values: ['A-02'] }));
    const found = (locationId?: string) => ({ itemNumber: 'FLOUR', ...(locationId === undefined ? {} : { locationId }), ownerId: 'OWN-A', inventoryStatusId: 'AV' });
    const nowhere = await t().admin.post(`/api/v1/counting-journals/${journal.journalId}/counts`, { operationId: 'count-nowhere', counts: [{ dimensions: found('NO-SUCH-BIN'), countedQuantity: 4 }] });
    expect([nowhere.status, nowhere.headers['content-type']]).toEqual([422, expect.stringContaining('application/problem+json')]);
    expect(nowhere.body).toMatchObject({ code: 'REQUEST.REFERENCE_NOT_FOUND', errors: [{ field: '/counts/0/dimensions/locationId', value: 'NO-SUCH-BIN' }] });
    expect(nowhere.body.detail).toContain("'NO-SUCH-BIN'");
    const unplaced = await t().admin.post(`/api/v1/counting-journals/${journal.journalId}/counts`, { operationId: 'count-unplaced', counts: [{ dimensions: found(), countedQuantity: 4 }] });
    expect([unplaced.status, unplaced.body.errors?.[0]?.field]).toEqual([400, '/counts/0/dimensions/locationId']);
    const after = await ok(t().admin.get(`/api/v1/counting-journals/${journal.journalId}`));
    expect(after.lines.map((l: any) => l.locationId)).not.toContain('NO-SUCH-BIN');
    expect(after.lines.every((l: any) => l.itemNumber !== 'FLOUR' || l.countedQuantity === null)).toBe(true);
  });

  it('rejects counts that cannot be right and changes nothing', async () => {
    const journal = await ok(t().admin.post('/api/v1/counting-journals', { warehouseId: 'WH1', countingBy: 'Location', values: ['A-01'] }));
    const bad = await t().admin.post(`/api/v1/counting-journals/${journal.journalId}/counts`, { operationId: 'count-4', counts: [{ lineNumber: 99, countedQuantity: 1 }] });
    expect(bad.status).toBe(400);
    const nothing = await t().admin.post(`/api/v1/counting-journals/${journal.journalId}/post`, { operationId: 'post-4' });
    expect(nothing.body.code).toBe('COUNTING.NOTHING_COUNTED');
    const worker = t().as(await t().newKey({ kind: 'user', role: 'warehouse_worker' }));
    expect((await worker.post(`/api/v1/counting-journals/${journal.journalId}/post`, { operationId: 'post-5' })).status).toBe(403);
  });
});
