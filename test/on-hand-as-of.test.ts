import { beforeAll, describe, expect, it } from 'vitest';
import { finalizeTransactions } from '../src/modules/inventory/index.js';
import { createErp, createWarehouseMasterData, type ErpFixture } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';
import { createLocations, expectLedgerConsistent, ok, recordStock } from './support/on-hand-sync.js';

/**
 * The on-hand report counts backwards from today's balances: every way a ledger row can fall after the
 * report's instant (created later, finalized later, never finalized) must come out of the figure.
 */
describe('on-hand as of a past day', () => {
  const t = useTestApp();
  let erp: ErpFixture;
  const finalize = (referenceIds: string[]) =>
    t().q.ctx.db.kysely.transaction().execute((trx) => finalizeTransactions(trx, t().clock.now(), { referenceType: 'InboundOrderLine', referenceIds, fromStatus: 'Registered', toStatus: 'Received' }));

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createLocations(t().admin, ['A-01']);
    erp = await createErp(t(), 'ERP1');
    // Day 1: 10 registered. Day 2: those 10 receiving-completed, 4 more registered. Day 3: the 4 completed, 3 picked.
    t().clock.set(Date.parse('2026-03-02T09:00:00Z'));
    await recordStock(t(), 'day1', [{ quantity: 10, referenceId: 'IN-1/1' }]);
    t().clock.set(Date.parse('2026-03-03T09:00:00Z'));
    await finalize(['IN-1/1']);
    await recordStock(t(), 'day2', [{ quantity: 4, referenceId: 'IN-2/1' }]);
    t().clock.set(Date.parse('2026-03-04T09:00:00Z'));
    await finalize(['IN-2/1']);
    await recordStock(t(), 'day3', [{ quantity: -3, referenceId: 'OUT-1/1' }]);
  });

  const report = async (asOfDate: string, includeRegisteredAndPicked: boolean) => {
    const created = await ok(erp.erp.post('/api/v1/source-systems/ERP1/on-hand-reports', { asOfDate, includeRegisteredAndPicked }));
    const lines = (await ok(erp.erp.get(`/api/v1/source-systems/ERP1/on-hand-reports/${created.reportId}/lines`))).items;
    return lines.map((l: any) => l.onHandQuantity);
  };

  it('tells the ERP only what was finalized by the end of each day', async () => {
    expect(await report('2026-03-01', false)).toEqual([]);
    expect(await report('2026-03-02', false)).toEqual([]); // registered, finalized only the next day
    expect(await report('2026-03-03', false)).toEqual([10]); // the 4 registered that day are not finalized yet
    expect(await report('2026-03-04', false)).toEqual([14]); // the 3 picked are not ship-confirmed
  });

  it('shows the physical stock of each day with registered and picked quantities', async () => {
    expect(await report('2026-03-01', true)).toEqual([]);
    expect(await report('2026-03-02', true)).toEqual([10]);
    expect(await report('2026-03-03', true)).toEqual([14]);
    expect(await report('2026-03-04', true)).toEqual([11]);
    await expectLedgerConsistent(t());
  });
});
