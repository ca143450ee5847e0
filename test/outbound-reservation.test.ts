import { beforeAll, describe, expect, it } from 'vitest';
import { reserveOrder } from '../src/modules/outbound/index.js';
import { TEST_DB_KIND } from './support/database.js';
import { createErp, createWarehouseMasterData, drain, messageById, outboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';
import { createOutboundLocations, expectLedgerConsistent, onHand, putStock } from './support/outbound.js';

const DAY = 86_400_000;

describe('reservation of outbound shipment orders', () => {
  const t = useTestApp({ file: true });
  let erp: ErpFixture;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    await t().admin.post('/api/v1/inventory-owners', { ownerId: 'OWN-B', name: 'Owner B' });
    erp = await createErp(t(), 'ERP1', { reservationAtImportPolicy: 'Reserve' });
    // ERP1 serves Owner B too: it may name an owner that has an id for it.
    await t().admin.put('/api/v1/inventory-owners/OWN-B/source-system-ids/ERP1', { externalOwnerId: 'B' });
  });

  async function send(orderNumber: string, overrides: Record<string, unknown> = {}, lines?: unknown[]) {
    const sent = await erp.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage(orderNumber, overrides, lines));
    expect(sent.status).toBe(202);
    await drain(t());
    return messageById(t(), sent.body.id);
  }

  it('reserves at import only stock of the line\'s owner and status in pick and storage locations', async () => {
    await putStock(t(), [
      { locationId: 'PICK-1', quantity: 3 },
      { locationId: 'PICK-2', quantity: 10, ownerId: 'OWN-B' },
      { locationId: 'STAGE', quantity: 5 },
      { locationId: 'BULK-1', quantity: 4, inventoryStatusId: 'QC' },
    ]);
    const message = await send('SO-1');
    expect(message.processingStatus).toBe('Accepted');
    expect(await onHand(t(), 'itemNumber=ITEM-1&locationId=PICK-1')).toEqual({ physical: 3, reserved: 3 });
    expect((await onHand(t(), 'itemNumber=ITEM-1&locationId=PICK-2')).reserved).toBe(0);
    expect((await onHand(t(), 'itemNumber=ITEM-1&locationId=STAGE')).reserved).toBe(0);

    // A later reservation (by hand or at release) tops the line up when stock arrives.
    await putStock(t(), [{ locationId: 'BULK-1', quantity: 6 }]);
    const res = await t().admin.post('/api/v1/outbound-shipment-orders/SO-1/reserve');
    expect(res.status).toBe(200);
    expect(res.body.lines).toEqual([{ lineNumber: 1, itemNumber: 'ITEM-1', reservedQuantity: 5, shortQuantity: 0, reason: null }]);
    expect(await onHand(t(), 'itemNumber=ITEM-1&locationId=BULK-1')).toEqual({ physical: 10, reserved: 2 });
    await expectLedgerConsistent(t());
  });

  it('fails a message that cannot be fully reserved, naming the line and the shortage, and writes nothing', async () => {
    const message = await send('SO-2', { reservationAtImportPolicy: 'RejectUnlessFullyReserved' }, [
      { orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 2, orderedUnitSymbol: 'ea' },
      { orderLineNumber: 2, itemNumber: 'ERP-ITEM-1', orderedQuantity: 100, orderedUnitSymbol: 'ea' },
    ]);
    expect(message.processingStatus).toBe('Failed');
    const errors = message.log.filter((l: any) => l.level === 'error');
    expect(errors[0].text).toContain('line 2 (item ITEM-1) is short');
    expect(errors[0].field).toBe('lines[2]');
    expect((await t().admin.get('/api/v1/outbound-shipment-orders/SO-2')).status).toBe(404);
    expect((await onHand(t(), 'itemNumber=ITEM-1&locationId=BULK-1')).reserved).toBe(2);
  });

  it('rejects under RejectUnlessPartlyReserved only when nothing at all can be reserved', async () => {
    const none = await send('SO-3', { reservationAtImportPolicy: 'RejectUnlessPartlyReserved' }, [
      { orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 1, orderedUnitSymbol: 'ea', inventoryOwnerId: 'OWN-B', orderedInventoryStatusId: 'QC' },
    ]);
    expect(none.processingStatus).toBe('Failed');
    expect(none.lastError).toContain('cannot be partly reserved');
    const some = await send('SO-4', { reservationAtImportPolicy: 'RejectUnlessPartlyReserved' }, [
      { orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 12, orderedUnitSymbol: 'ea', inventoryOwnerId: 'OWN-B' },
    ]);
    expect(some.processingStatus).toBe('Accepted');
    expect(await onHand(t(), 'itemNumber=ITEM-1&locationId=PICK-2')).toEqual({ physical: 10, reserved: 10 });
  });

  it('gives reservations back when an order is reduced or canceled', async () => {
    await send('SO-4', { reservationAtImportPolicy: 'RejectUnlessPartlyReserved' }, [
      { orderLineNumber: 1, itemNumber: 'ERP-ITEM-1', orderedQuantity: 4, orderedUnitSymbol: 'ea', inventoryOwnerId: 'OWN-B' },
    ]);
    expect((await onHand(t(), 'itemNumber=ITEM-1&locationId=PICK-2')).reserved).toBe(4);
    const canceled = await send('SO-4', {}, []);
    expect(canceled.processingStatus).toBe('Accepted');
    expect((await onHand(t(), 'itemNumber=ITEM-1&locationId=PICK-2')).reserved).toBe(0);
    await expectLedgerConsistent(t());
  });

  it('respects sellable days and reserves the batch that expires first among those that last long enough', async () => {
    const now = t().clock.now();
    for (const [batch, days] of [['B-SOON', 5], ['B-MID', 30], ['B-LATE', 60]] as const) {
      await t().admin.put(`/api/v1/batch-expiry-dates/ITEM-2/${batch}`, { expiryDate: new Date(now + days * DAY).toISOString() });
    }
    await putStock(t(), [
      { itemNumber: 'ITEM-2', locationId: 'PICK-1', quantity: 5, batchNumber: 'B-LATE' },
      { itemNumber: 'ITEM-2', locationId: 'PICK-2', quantity: 5, batchNumber: 'B-SOON' },
      { itemNumber: 'ITEM-2', locationId: 'BULK-1', quantity: 3, batchNumber: 'B-MID' },
    ]);
    const message = await send('SO-5', {}, [{ orderLineNumber: 1, itemNumber: 'ERP-ITEM-2', orderedQuantity: 4, orderedUnitSymbol: 'ea', sellableDays: 10 }]);
    expect(message.processingStatus).toBe('Accepted');
    expect((await onHand(t(), 'itemNumber=ITEM-2&batchNumber=B-MID')).reserved).toBe(3);
    expect((await onHand(t(), 'itemNumber=ITEM-2&batchNumber=B-LATE')).reserved).toBe(1);
    expect((await onHand(t(), 'itemNumber=ITEM-2&batchNumber=B-SOON')).reserved).toBe(0);

    const strict = await send('SO-6', { reservationAtImportPolicy: 'RejectUnlessFullyReserved' }, [
      { orderLineNumber: 1, itemNumber: 'ERP-ITEM-2', orderedQuantity: 6, orderedUnitSymbol: 'ea', sellableDays: 10 },
    ]);
    expect(strict.processingStatus).toBe('Failed');
    expect(strict.lastError).toContain('expires within 10 sellable days');
    await expectLedgerConsistent(t());
  });

  it('never reserves more than exists when many reservations run at once', async () => {
    // SQLite has one writer: its transactions queue on the one connection; PostgreSQL runs them side by side.
    const second = TEST_DB_KIND === 'postgres' ? t().testDb.connectAgain() : undefined;
    try {
      await putStock(t(), [{ itemNumber: 'FLOUR', locationId: 'PICK-1', quantity: 7 }]);
      const orders: string[] = [];
      for (let i = 0; i < 12; i++) {
        const m = await send(`SO-C${String(i)}`, { reservationAtImportPolicy: 'None' }, [
          { orderLineNumber: 1, itemNumber: 'ERP-FLOUR', orderedQuantity: 1, orderedUnitSymbol: 'kg' },
        ]);
        orders.push(m.internalOrderNumber);
      }
      const dbs = [t().q.ctx.db.kysely, second?.kysely ?? t().q.ctx.db.kysely];
      const results = await Promise.all(
        orders.map((orderNumber, i) => dbs[i % 2]!.transaction().execute((trx) => reserveOrder(trx, t().clock.now(), orderNumber))),
      );
      const reserved = results.reduce((sum, lines) => sum + lines.reduce((s, l) => s + l.reserved, 0), 0);
      expect(reserved).toBe(7_000_000);
      expect(await onHand(t(), 'itemNumber=FLOUR')).toEqual({ physical: 7, reserved: 7 });
      await expectLedgerConsistent(t());
    } finally {
      await second?.close();
    }
  });
});
