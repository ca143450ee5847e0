import { beforeAll, describe, expect, it } from 'vitest';
import { checkConsistency, lastLedgerCheck } from '../src/modules/inventory/index.js';
import { outboundReservationHolder } from '../src/modules/outbound/index.js';
import { replenishmentReservationHolder } from '../src/modules/replenishment/index.js';
import { qty } from '../src/platform/quantity.js';
import { createErp, createWarehouseMasterData, drain, messageById, outboundMessage, type ErpFixture } from './support/fixtures.js';
import { useTestApp } from './support/harness.js';
import { createOutboundLocations, expectLedgerConsistent, onHand, putStock } from './support/outbound.js';

const TYPE = 'inventoryConsistency.differencesFound';

describe('the continuous ledger check', () => {
  const t = useTestApp({ file: true });
  let erp: ErpFixture;
  let processId: number;

  beforeAll(async () => {
    await createWarehouseMasterData(t().admin);
    await createOutboundLocations(t().admin);
    erp = await createErp(t(), 'ERP1', { reservationAtImportPolicy: 'Reserve' });
    await putStock(t(), [
      { locationId: 'PICK-1', quantity: 10 },
      { locationId: 'BULK-1', quantity: 4 },
    ]);
    // A real reservation: an order line holds 5 of PICK-1.
    const sent = await erp.erp.post('/api/v1/outbound-shipment-order-messages', outboundMessage('SO-1'));
    await drain(t());
    expect((await messageById(t(), sent.body.id)).processingStatus).toBe('Accepted');
    expect(await onHand(t(), 'itemNumber=ITEM-1&locationId=PICK-1')).toEqual({ physical: 10, reserved: 5 });
  });

  const balance = () => t().q.ctx.db.kysely.updateTable('inventory_balances').where('item_number', '=', 'ITEM-1');
  const runCheck = async () => {
    const res = await t().admin.post(`/api/v1/background-processes/${String(processId)}/run`);
    expect(res.status).toBe(200);
    expect(res.body.run.outcome).toBe('succeeded');
    await drain(t());
    const checks = await t().admin.get('/api/v1/inventory/consistency/checks?limit=1');
    expect(checks.status).toBe(200);
    return checks.body.items[0];
  };
  const findings = async (key?: string) => {
    const client = key ? t().as(key) : t().admin;
    const res = await client.get(`/api/v1/events?after=0&limit=1000`);
    expect(res.status).toBe(200);
    return res.body.items.filter((e: any) => e.type === TYPE);
  };

  it('runs every 10 minutes from the first start, can be rescheduled, and raises nothing while the ledger is clean', async () => {
    const list = await t().admin.get('/api/v1/background-processes');
    const process = list.body.items.find((p: any) => p.processType === 'checkInventoryLedger');
    expect(process).toMatchObject({ intervalSeconds: 600, enabled: true, sourceSystemId: null, label: 'Check the inventory balances against the ledger and the reservations' });
    processId = process.id;

    // The schedule runs it once it is due; the ERP's key does not see the warehouse-wide process.
    expect(await lastLedgerCheck(t().q.ctx.db.kysely)).toBeUndefined();
    t().clock.advance(600_000);
    await drain(t());
    const scheduled = await lastLedgerCheck(t().q.ctx.db.kysely);
    expect(scheduled).toMatchObject({ physicalDifferences: 0, reservedDifferences: 0, differences: [] });
    expect(scheduled?.itemsChecked).toBeGreaterThanOrEqual(3);
    expect((await erp.erp.get(`/api/v1/background-processes/${String(processId)}`)).status).toBe(404);

    const clean = await runCheck();
    expect(clean).toMatchObject({ consistent: true, physicalDifferenceCount: 0, reservedDifferenceCount: 0, differences: [] });
    expect(await findings()).toEqual([]);

    const changed = await t().admin.patch(`/api/v1/background-processes/${String(processId)}`, { intervalSeconds: 1800 });
    expect(changed.status).toBe(200);
    expect(changed.body.intervalSeconds).toBe(1800);
    const runs = await t().admin.get(`/api/v1/background-processes/${String(processId)}/runs`);
    expect(runs.body.items.map((r: any) => r.trigger)).toEqual(['manual', 'schedule']);
  });

  it('finds a physical quantity changed behind the ledger, raises one staff-only event and reports it as the last result', async () => {
    await balance().set({ physical_qty: qty(99) }).where('location_id', '=', 'PICK-1').execute();

    const found = await runCheck();
    expect(found).toMatchObject({ consistent: false, physicalDifferenceCount: 1, reservedDifferenceCount: 0 });
    expect(found.differences).toEqual([expect.objectContaining({ kind: 'Physical', itemNumber: 'ITEM-1', locationId: 'PICK-1', ownerId: 'OWN-A', expectedQuantity: 10, balanceQuantity: 99 })]);
    expect(await lastLedgerCheck(t().q.ctx.db.kysely)).toMatchObject({ physicalDifferences: 1, reservedDifferences: 0 });

    const events = await findings();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ sourceSystemId: null, payload: { checkId: found.id, physicalDifferenceCount: 1, reservedDifferenceCount: 0, truncated: false } });
    expect(events[0].payload.differences).toEqual([expect.objectContaining({ kind: 'Physical', locationId: 'PICK-1', expectedQuantity: 10, balanceQuantity: 99 })]);
    // Not an ERP's business: its feed does not carry it.
    expect(await findings(erp.key)).toEqual([]);

    // The same difference found again is the same incident: a new result, no new event.
    const again = await runCheck();
    expect(again).toMatchObject({ physicalDifferenceCount: 1 });
    expect(again.id).toBeGreaterThan(found.id);
    expect(await findings()).toHaveLength(1);
  });

  it('finds reserved quantities that disagree with the reservations that hold them', async () => {
    await balance().set({ physical_qty: qty(10), reserved_qty: qty(7) }).where('location_id', '=', 'PICK-1').execute();
    await balance().set({ reserved_qty: qty(2) }).where('location_id', '=', 'BULK-1').execute();

    const found = await runCheck();
    expect(found).toMatchObject({ consistent: false, physicalDifferenceCount: 0, reservedDifferenceCount: 2 });
    expect(found.differences).toEqual([
      expect.objectContaining({ kind: 'Reserved', locationId: 'BULK-1', expectedQuantity: 0, balanceQuantity: 2 }),
      expect.objectContaining({ kind: 'Reserved', locationId: 'PICK-1', expectedQuantity: 5, balanceQuantity: 7 }),
    ]);
    const live = await t().admin.get('/api/v1/inventory/consistency');
    expect(live.body).toMatchObject({ consistent: false, differences: [] });
    expect(live.body.reservedDifferences).toEqual([
      expect.objectContaining({ heldQuantity: 0, reservedQuantity: 2, dimensions: expect.objectContaining({ locationId: 'BULK-1' }) }),
      expect.objectContaining({ heldQuantity: 5, reservedQuantity: 7, dimensions: expect.objectContaining({ locationId: 'PICK-1' }) }),
    ]);

    const events = await findings();
    expect(events).toHaveLength(2);
    expect(events[1].payload).toMatchObject({ physicalDifferenceCount: 0, reservedDifferenceCount: 2 });
    expect(await lastLedgerCheck(t().q.ctx.db.kysely)).toMatchObject({ physicalDifferences: 0, reservedDifferences: 2 });
  });

  it('is clean again once the figures are put right, and raises nothing for it', async () => {
    await balance().set({ reserved_qty: qty(5) }).where('location_id', '=', 'PICK-1').execute();
    await balance().set({ reserved_qty: 0 }).where('location_id', '=', 'BULK-1').execute();
    expect(await runCheck()).toMatchObject({ consistent: true, physicalDifferenceCount: 0, reservedDifferenceCount: 0 });
    expect(await lastLedgerCheck(t().q.ctx.db.kysely)).toMatchObject({ physicalDifferences: 0, reservedDifferences: 0 });
    expect(await findings()).toHaveLength(2);
    await expectLedgerConsistent(t());
  });

  it('goes through the items a chunk at a time and also checks stock of an item that is not in master data', async () => {
    const db = t().q.ctx.db.kysely;
    await balance().set({ physical_qty: qty(11) }).where('location_id', '=', 'BULK-1').execute();
    await db
      .insertInto('inventory_balances')
      .values({ item_number: 'GHOST', warehouse_id: 'WH1', location_id: 'BULK-1', license_plate_id: '', owner_id: 'OWN-A', inventory_status_id: 'AV', batch_number: '', serial_number: '', physical_qty: qty(3), reserved_qty: 0, updated_at: 0 })
      .execute();
    for (const itemsPerChunk of [1, 2, 100]) {
      const report = await checkConsistency(db, [outboundReservationHolder, replenishmentReservationHolder], { itemsPerChunk });
      expect(report.itemsChecked, `${String(itemsPerChunk)} per chunk`).toBe(4);
      expect(report.differences.map((d) => [d.dimensions.itemNumber, d.dimensions.locationId, d.ledgerQuantity, d.balanceQuantity])).toEqual([
        ['GHOST', 'BULK-1', 0, 3],
        ['ITEM-1', 'BULK-1', 4, 11],
      ]);
      expect(report.reservedDifferences).toEqual([]);
    }
    await db.deleteFrom('inventory_balances').where('item_number', '=', 'GHOST').execute();
    await balance().set({ physical_qty: qty(4) }).where('location_id', '=', 'BULK-1').execute();
    await expectLedgerConsistent(t());
  });
});
