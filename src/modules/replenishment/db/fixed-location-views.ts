import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { toIso } from '../../../platform/clock.js';
import { qtyToNumber } from '../../../platform/quantity.js';

/** Fixed pick locations with what is at each now and what open replenishment work brings, for the desk. */
function fixedLocationRows(db: Executor) {
  return db
    .selectFrom('replenishment_fixed_locations as f')
    .select([
      'f.warehouse_id',
      'f.item_number',
      'f.location_id',
      'f.min_qty',
      'f.max_qty',
      'f.version',
      'f.updated_at',
      (eb) =>
        eb
          .selectFrom('inventory_balances as b')
          .select(sql<number>`coalesce(sum(b.physical_qty), 0)`.as('q'))
          .whereRef('b.warehouse_id', '=', 'f.warehouse_id')
          .whereRef('b.location_id', '=', 'f.location_id')
          .whereRef('b.item_number', '=', 'f.item_number')
          .as('on_hand_qty'),
      (eb) =>
        eb
          .selectFrom('work_lines as wl')
          .innerJoin('work_headers as wh', 'wh.work_id', 'wl.work_id')
          .select(sql<number>`coalesce(sum(wl.qty - wl.handled_qty), 0)`.as('q'))
          .where('wh.work_type', '=', 'Replenishment')
          .where('wh.status', 'in', ['Open', 'InProcess'])
          .where('wl.line_type', '=', 'Put')
          .where('wl.status', '=', 'Open')
          .whereRef('wh.warehouse_id', '=', 'f.warehouse_id')
          .whereRef('wl.location_id', '=', 'f.location_id')
          .whereRef('wl.item_number', '=', 'f.item_number')
          .as('incoming_qty'),
    ]);
}

export type FixedLocationRow = Awaited<ReturnType<ReturnType<typeof fixedLocationRows>['executeTakeFirstOrThrow']>>;

export function fixedLocationView(r: FixedLocationRow) {
  return {
    warehouseId: r.warehouse_id,
    itemNumber: r.item_number,
    locationId: r.location_id,
    minQuantity: qtyToNumber(Number(r.min_qty)),
    maxQuantity: qtyToNumber(Number(r.max_qty)),
    onHandQuantity: qtyToNumber(Number(r.on_hand_qty ?? 0)),
    incomingQuantity: qtyToNumber(Number(r.incoming_qty ?? 0)),
    version: r.version,
    updatedAt: toIso(r.updated_at) ?? '',
  };
}

export interface FixedLocationFilter {
  warehouseId?: string | undefined;
  itemNumber?: string | undefined;
  locationId?: string | undefined;
  limit: number;
  offset: number;
}

/** A page of fixed pick locations in warehouse, location and item order. */
export async function listFixedLocations(db: Executor, f: FixedLocationFilter) {
  let q = fixedLocationRows(db);
  let count = db.selectFrom('replenishment_fixed_locations as f').select(sql<number>`count(*)`.as('n'));
  if (f.warehouseId !== undefined) {
    q = q.where('f.warehouse_id', '=', f.warehouseId);
    count = count.where('f.warehouse_id', '=', f.warehouseId);
  }
  if (f.itemNumber !== undefined) {
    q = q.where('f.item_number', '=', f.itemNumber);
    count = count.where('f.item_number', '=', f.itemNumber);
  }
  if (f.locationId !== undefined) {
    q = q.where('f.location_id', '=', f.locationId);
    count = count.where('f.location_id', '=', f.locationId);
  }
  const [rows, total] = await Promise.all([q.orderBy('f.warehouse_id').orderBy('f.location_id').orderBy('f.item_number').limit(f.limit).offset(f.offset).execute(), count.executeTakeFirstOrThrow()]);
  return { items: rows.map(fixedLocationView), total: Number(total.n), limit: f.limit, offset: f.offset };
}

export async function findFixedLocation(db: Executor, warehouseId: string, itemNumber: string) {
  const row = await fixedLocationRows(db).where('f.warehouse_id', '=', warehouseId).where('f.item_number', '=', itemNumber).executeTakeFirst();
  return row === undefined ? undefined : fixedLocationView(row);
}
