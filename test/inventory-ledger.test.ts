import { beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { buildQuayside } from '../src/main.js';
import { checkBalances, recordTransactions, reserve, unreserve, finalizeTransactions, type NewInventoryTransaction } from '../src/modules/inventory/index.js';
import { defaultConfig } from '../src/platform/config.js';
import { DomainError } from '../src/platform/errors.js';
import { qty } from '../src/platform/quantity.js';
import { createWarehouseMasterData } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';
import { TEST_DB_KIND } from './support/database.js';

const at = (locationId: string, licensePlateId: string | null = null) => ({
  itemNumber: 'ITEM-1',
  warehouseId: 'WH1',
  locationId,
  licensePlateId,
  ownerId: 'OWN-A',
  inventoryStatusId: 'AV',
});

function receipt(locationId: string, amount: number, ref = 'lot-1'): NewInventoryTransaction {
  return { dimensions: at(locationId), qty: qty(amount), kind: 'Receipt', status: 'Registered', sourceSystemId: 'ERP1', referenceType: 'InboundOrderLine', referenceId: ref, finalized: false };
}

describe('the inventory ledger', () => {
  const t = useTestApp({ file: true });

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
  });

  const onHand = async (locationId: string) => {
    const res = await t().admin.get(`/api/v1/inventory/on-hand?itemNumber=ITEM-1&locationId=${locationId}`);
    return res.body.items[0] ?? { physicalQuantity: 0, reservedQuantity: 0, availableQuantity: 0 };
  };

  it('raises on-hand with a receipt and moves it between locations as one operation', async () => {
    const db = t().q.ctx.db.kysely;
    await db.transaction().execute((trx) => recordTransactions(trx, t().clock.now(), 'op-1', [receipt('RECV', 10.5)]));
    expect(await onHand('RECV')).toMatchObject({ physicalQuantity: 10.5, availableQuantity: 10.5 });

    await db.transaction().execute((trx) =>
      recordTransactions(trx, t().clock.now(), 'op-2', [
        { dimensions: at('RECV'), qty: qty(-4), kind: 'Transfer', status: 'Posted', sourceSystemId: null, referenceType: 'Work', referenceId: 'W1', finalized: true },
        { dimensions: at('A-01'), qty: qty(4), kind: 'Transfer', status: 'Posted', sourceSystemId: null, referenceType: 'Work', referenceId: 'W1', finalized: true },
      ]),
    );
    expect((await onHand('RECV')).physicalQuantity).toBe(6.5);
    expect((await onHand('A-01')).physicalQuantity).toBe(4);
    const ledger = await t().admin.get('/api/v1/inventory/transactions?referenceType=Work&referenceId=W1');
    expect(ledger.body.items.map((r: any) => [r.locationId, r.quantity, r.operationId])).toEqual([
      ['A-01', 4, 'op-2'],
      ['RECV', -4, 'op-2'],
    ]);
  });

  it('refuses to take more than is there and changes nothing', async () => {
    const db = t().q.ctx.db.kysely;
    const before = await onHand('A-01');
    const attempt = db.transaction().execute((trx) =>
      recordTransactions(trx, t().clock.now(), 'op-3', [
        { dimensions: at('A-01'), qty: qty(-5), kind: 'Issue', status: 'Picked', sourceSystemId: 'ERP1', referenceType: 'OutboundOrderLine', referenceId: 'x', finalized: false },
      ]),
    );
    await expect(attempt).rejects.toMatchObject({ code: 'INVENTORY.INSUFFICIENT_ON_HAND' });
    expect(await onHand('A-01')).toEqual(before);
    const ledger = await t().admin.get('/api/v1/inventory/transactions?operationId=op-3&referenceId=x');
    expect(ledger.body.items).toHaveLength(0);
  });

  it('reserves only what is available and releases reservations', async () => {
    const db = t().q.ctx.db.kysely;
    await reserve(db, t().clock.now(), at('A-01'), qty(3));
    expect(await onHand('A-01')).toMatchObject({ physicalQuantity: 4, reservedQuantity: 3, availableQuantity: 1 });
    await expect(reserve(db, t().clock.now(), at('A-01'), qty(2))).rejects.toMatchObject({ code: 'INVENTORY.INSUFFICIENT_AVAILABLE' });
    // Reserved stock cannot be taken by someone else either.
    await expect(
      db.transaction().execute((trx) =>
        recordTransactions(trx, t().clock.now(), 'op-4', [
          { dimensions: at('A-01'), qty: qty(-2), kind: 'Adjustment', status: 'Posted', sourceSystemId: null, referenceType: 'Test', referenceId: 'adj', finalized: true },
        ]),
      ),
    ).rejects.toBeInstanceOf(DomainError);
    await unreserve(db, t().clock.now(), at('A-01'), qty(3));
    await expect(unreserve(db, t().clock.now(), at('A-01'), qty(1))).rejects.toMatchObject({ code: 'INVENTORY.INSUFFICIENT_RESERVED' });
  });

  it('finalizes a document\'s transactions without changing quantities', async () => {
    const db = t().q.ctx.db.kysely;
    const moved = await finalizeTransactions(db, t().clock.now(), { referenceType: 'InboundOrderLine', referenceIds: ['lot-1'], fromStatus: 'Registered', toStatus: 'Received' });
    expect(moved).toBe(1);
    const row = await db.selectFrom('inventory_transactions').selectAll().where('reference_id', '=', 'lot-1').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'Received', qty: qty(10.5) });
    expect(row.finalized_at).toBe(t().clock.now());
  });

  it('never sells the same unit twice when two users take it at the same moment', async () => {
    const db = t().q.ctx.db.kysely;
    await db.transaction().execute((trx) => recordTransactions(trx, t().clock.now(), 'op-5', [receipt('P-01', 1, 'lot-2')]));
    const other = TEST_DB_KIND === 'postgres' ? await buildQuayside({ config: { ...defaultConfig, logLevel: 'silent' }, db: t().testDb.connectAgain(), logger: pino({ level: 'silent' }), logRequests: false }) : t().q;
    try {
      const take = (q: typeof other, op: string) =>
        q.ctx.db.kysely.transaction().execute((trx) =>
          recordTransactions(trx, t().clock.now(), op, [
            { dimensions: at('P-01'), qty: qty(-1), kind: 'Issue', status: 'Picked', sourceSystemId: 'ERP1', referenceType: 'OutboundOrderLine', referenceId: op, finalized: false },
          ]),
        );
      const results = await Promise.allSettled([take(t().q, 'pick-a'), take(other, 'pick-b')]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
      expect((await onHand('P-01')).physicalQuantity).toBe(0);
    } finally {
      if (other !== t().q) await other.close();
    }
  });

  it('proves that balances agree with the ledger, and shows a difference when they do not', async () => {
    expect(await checkBalances(t().q.ctx.db.kysely)).toEqual([]);
    const ok = await t().admin.get('/api/v1/inventory/consistency');
    expect(ok.body).toMatchObject({ consistent: true, differences: [] });
    // Tamper with a balance behind the ledger's back, as a buggy "repair" script would.
    await t().q.ctx.db.kysely.updateTable('inventory_balances').set({ physical_qty: qty(99) }).where('location_id', '=', 'A-01').execute();
    const bad = await t().admin.get('/api/v1/inventory/consistency');
    expect(bad.body.consistent).toBe(false);
    expect(bad.body.differences).toEqual([expect.objectContaining({ ledgerQuantity: 4, balanceQuantity: 99, dimensions: expect.objectContaining({ locationId: 'A-01' }) })]);
    await t().q.ctx.db.kysely.updateTable('inventory_balances').set({ physical_qty: qty(4) }).where('location_id', '=', 'A-01').execute();
  });
});
