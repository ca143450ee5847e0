import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import type { DimensionRow } from '../../inventory/index.js';

export const DAY_MS = 86_400_000;

/** What an order line asks of the stock: dimensions it names, and a shelf-life requirement. */
export interface StockDemand {
  itemNumber: string;
  warehouseId: string;
  ownerId: string;
  inventoryStatusId: string;
  batchNumber: string | null;
  serialNumber: string | null;
  /** Days the batch must still be sellable after today; null: no requirement. */
  sellableDays: number | null;
  batchTracked: boolean;
}

export interface StockCandidate extends DimensionRow {
  available: number;
  expiryDate: number | null;
}

export interface Candidates {
  rows: StockCandidate[];
  /** Available stock left out only because its batch expires too soon (or has no known expiry). */
  excludedByShelfLife: number;
}

/**
 * Unreserved stock that may serve each demand (the lines of an order), best first: FEFO (earliest expiry)
 * for batch items with expiry dates, then FIFO (earliest receipt at that balance row). Only pick and
 * storage locations count: stock still at receipt or already at staging/bay doors is not pickable. One
 * read for all demands: the rows of all their items in that order, each demand keeping the rows that match
 * it. The read is only a hint: every quantity is then taken with the inventory module's guarded reserve.
 */
export async function stockCandidatesFor(db: Executor, now: number, demands: readonly StockDemand[]): Promise<Candidates[]> {
  if (demands.length === 0) return [];
  const distinct = (pick: (d: StockDemand) => string) => [...new Set(demands.map(pick))];
  const rows = await db
    .selectFrom('inventory_balances as b')
    .innerJoin('locations as l', (j) => j.onRef('l.warehouse_id', '=', 'b.warehouse_id').onRef('l.location_id', '=', 'b.location_id'))
    .innerJoin('location_profiles as p', 'p.profile_id', 'l.profile_id')
    .leftJoin('outbound_batch_dates as bd', (j) => j.onRef('bd.item_number', '=', 'b.item_number').onRef('bd.batch_number', '=', 'b.batch_number'))
    .select([
      'b.item_number',
      'b.warehouse_id',
      'b.location_id',
      'b.license_plate_id',
      'b.owner_id',
      'b.inventory_status_id',
      'b.batch_number',
      'b.serial_number',
      sql<number>`b.physical_qty - b.reserved_qty`.as('available'),
      'bd.expiry_date',
      sql<number | null>`(select min(t.created_at) from inventory_transactions t
        where t.item_number = b.item_number and t.warehouse_id = b.warehouse_id and t.location_id = b.location_id
          and t.license_plate_id = b.license_plate_id and t.owner_id = b.owner_id and t.inventory_status_id = b.inventory_status_id
          and t.batch_number = b.batch_number and t.serial_number = b.serial_number and t.qty > 0)`.as('first_in'),
    ])
    .where('b.item_number', 'in', distinct((d) => d.itemNumber))
    .where('b.warehouse_id', 'in', distinct((d) => d.warehouseId))
    .where('b.owner_id', 'in', distinct((d) => d.ownerId))
    .where('b.inventory_status_id', 'in', distinct((d) => d.inventoryStatusId))
    .where('p.location_type', 'in', ['pick', 'storage'])
    .where(sql<boolean>`b.physical_qty > b.reserved_qty`)
    .orderBy(sql`case when bd.expiry_date is null then 1 else 0 end`)
    .orderBy('bd.expiry_date')
    .orderBy('first_in')
    // Same age: pick locations before storage, then along the picking route.
    .orderBy(sql`case when p.location_type = 'pick' then 0 else 1 end`)
    .orderBy('l.sort_code')
    .orderBy('b.location_id')
    .orderBy('b.license_plate_id')
    .execute();

  return demands.map((demand) => {
    const mustLast = demand.sellableDays !== null && demand.batchTracked ? now + demand.sellableDays * DAY_MS : null;
    let excluded = 0;
    const usable: StockCandidate[] = [];
    for (const r of rows) {
      if (r.item_number !== demand.itemNumber || r.warehouse_id !== demand.warehouseId || r.owner_id !== demand.ownerId || r.inventory_status_id !== demand.inventoryStatusId) continue;
      if (demand.batchNumber && r.batch_number !== demand.batchNumber) continue;
      if (demand.serialNumber && r.serial_number !== demand.serialNumber) continue;
      const candidate: StockCandidate = {
        item_number: r.item_number,
        warehouse_id: r.warehouse_id,
        location_id: r.location_id,
        license_plate_id: r.license_plate_id,
        owner_id: r.owner_id,
        inventory_status_id: r.inventory_status_id,
        batch_number: r.batch_number,
        serial_number: r.serial_number,
        available: Number(r.available),
        expiryDate: r.expiry_date === null ? null : Number(r.expiry_date),
      };
      if (mustLast !== null && (candidate.expiryDate === null || candidate.expiryDate < mustLast)) excluded += candidate.available;
      else usable.push(candidate);
    }
    return { rows: usable, excludedByShelfLife: excluded };
  });
}
