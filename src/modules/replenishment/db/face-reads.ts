import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import type { SourceStock } from '../domain/min-max.js';

/** The fixed pick locations of a warehouse (of one zone, when given), in location order. */
export async function facesOf(db: Executor, warehouseId: string, zoneId?: string) {
  let q = db
    .selectFrom('replenishment_fixed_locations as f')
    .innerJoin('locations as l', (j) => j.onRef('l.warehouse_id', '=', 'f.warehouse_id').onRef('l.location_id', '=', 'f.location_id'))
    .innerJoin('items as i', 'i.item_number', 'f.item_number')
    .select(['f.warehouse_id', 'f.item_number', 'f.location_id', 'f.min_qty', 'f.max_qty', 'i.inventory_unit'])
    .where('f.warehouse_id', '=', warehouseId);
  if (zoneId !== undefined) q = q.where('l.zone_id', '=', zoneId);
  return q.orderBy('f.location_id').orderBy('f.item_number').execute();
}

/** The item's physical stock at one location. */
export async function onHandAt(db: Executor, warehouseId: string, locationId: string, itemNumber: string): Promise<number> {
  const row = await db
    .selectFrom('inventory_balances')
    .select((eb) => eb.fn.sum<number>('physical_qty').as('qty'))
    .where('warehouse_id', '=', warehouseId)
    .where('location_id', '=', locationId)
    .where('item_number', '=', itemNumber)
    .executeTakeFirst();
  return Number(row?.qty ?? 0);
}

/** What open replenishment work still brings to the face (its open put lines), and whether there is any. */
export async function incomingTo(db: Executor, warehouseId: string, locationId: string, itemNumber: string): Promise<{ incoming: number; openWork: boolean }> {
  const row = await db
    .selectFrom('work_lines as wl')
    .innerJoin('work_headers as wh', 'wh.work_id', 'wl.work_id')
    .select([(eb) => eb.fn.sum<number>(sql`wl.qty - wl.handled_qty`).as('qty'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('wh.work_type', '=', 'Replenishment')
    .where('wh.warehouse_id', '=', warehouseId)
    .where('wh.status', 'in', ['Open', 'InProcess'])
    .where('wl.line_type', '=', 'Put')
    .where('wl.status', '=', 'Open')
    .where('wl.location_id', '=', locationId)
    .where('wl.item_number', '=', itemNumber)
    .executeTakeFirst();
  return { incoming: Number(row?.qty ?? 0), openWork: Number(row?.n ?? 0) > 0 };
}

/** Available (unreserved, in an available inventory status) stock of the item at the warehouse's locations other than `exceptLocationId`. */
export async function sourceStock(db: Executor, warehouseId: string, itemNumber: string, exceptLocationId: string): Promise<SourceStock[]> {
  const rows = await db
    .selectFrom('inventory_balances as b')
    .innerJoin('locations as l', (j) => j.onRef('l.warehouse_id', '=', 'b.warehouse_id').onRef('l.location_id', '=', 'b.location_id'))
    .innerJoin('location_profiles as p', 'p.profile_id', 'l.profile_id')
    .innerJoin('inventory_statuses as s', 's.status_id', 'b.inventory_status_id')
    .select(['b.location_id', 'l.zone_id', 'p.location_type', 'l.sort_code', 'b.license_plate_id', 'b.owner_id', 'b.inventory_status_id', 'b.batch_number', 'b.serial_number', sql<number>`b.physical_qty - b.reserved_qty`.as('available')])
    .where('b.warehouse_id', '=', warehouseId)
    .where('b.item_number', '=', itemNumber)
    .where('b.location_id', '<>', exceptLocationId)
    .where('s.available', '=', 1)
    .where(sql<boolean>`b.physical_qty - b.reserved_qty > 0`)
    .execute();
  return rows.map((r) => ({
    locationId: r.location_id,
    zoneId: r.zone_id,
    locationType: r.location_type,
    sortCode: r.sort_code === null ? null : Number(r.sort_code),
    licensePlateId: r.license_plate_id,
    ownerId: r.owner_id,
    inventoryStatusId: r.inventory_status_id,
    batchNumber: r.batch_number,
    serialNumber: r.serial_number,
    available: Number(r.available),
  }));
}

/** The fixed pick location of each of the items in the warehouse (items without one are absent). */
export async function fixedLocationsOf(db: Executor, warehouseId: string, itemNumbers: readonly string[]): Promise<Map<string, string>> {
  if (itemNumbers.length === 0) return new Map();
  const rows = await db
    .selectFrom('replenishment_fixed_locations')
    .select(['item_number', 'location_id'])
    .where('warehouse_id', '=', warehouseId)
    .where('item_number', 'in', [...new Set(itemNumbers)])
    .execute();
  return new Map(rows.map((r) => [r.item_number, r.location_id]));
}

/** Whether replenishment work can be created in the warehouse (an active Replenishment work template matches). */
export async function hasReplenishmentTemplate(db: Executor, warehouseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('work_templates')
    .select('template_id')
    .where('work_type', '=', 'Replenishment')
    .where('active', '=', 1)
    .where((eb) => eb.or([eb('warehouse_id', 'is', null), eb('warehouse_id', '=', warehouseId)]))
    .executeTakeFirst();
  return row !== undefined;
}
