import type { Executor } from '../../../platform/db/database.js';
import { flag } from '../../../platform/db/json.js';
import { chunks } from '../../../platform/event-loop.js';
import type { CandidateLocation, Directive } from '../domain/location-directives.js';

/** Active directives for a warehouse, work type and line type. */
export async function loadDirectives(db: Executor, warehouseId: string, workType: string, lineType: string): Promise<Directive[]> {
  const rows = await db
    .selectFrom('location_directives')
    .selectAll()
    .where('warehouse_id', '=', warehouseId)
    .where('work_type', '=', workType)
    .where('line_type', '=', lineType)
    .where('active', '=', 1)
    .orderBy('sequence')
    .execute();
  return rows.map((r) => ({
    directiveId: r.directive_id,
    sequence: r.sequence,
    itemNumber: r.item_number,
    ownerId: r.owner_id,
    inventoryStatusId: r.inventory_status_id,
    zoneId: r.zone_id,
    locationType: r.location_type,
    respectCapacity: flag(r.respect_capacity),
    oneItemPerLocation: flag(r.one_item_per_location),
    fallbackLocationId: r.fallback_location_id,
  }));
}

export async function loadCandidates(db: Executor, warehouseId: string): Promise<CandidateLocation[]> {
  const rows = await db
    .selectFrom('locations as l')
    .innerJoin('location_profiles as p', 'p.profile_id', 'l.profile_id')
    .select(['l.location_id', 'l.zone_id', 'p.location_type', 'l.max_quantity', 'l.max_distinct_items', 'l.sort_code'])
    .where('l.warehouse_id', '=', warehouseId)
    .execute();
  return rows.map((r) => ({
    locationId: r.location_id,
    zoneId: r.zone_id,
    locationType: r.location_type,
    maxQuantity: r.max_quantity === null ? null : Number(r.max_quantity),
    maxDistinctItems: r.max_distinct_items,
    sortCode: r.sort_code === null ? null : Number(r.sort_code),
  }));
}

/** Stock at the given locations of the warehouse plus what open put lines are bringing there, per item. */
export async function loadOccupancy(db: Executor, warehouseId: string, locationIds: readonly string[]): Promise<Map<string, Map<string, number>>> {
  const onHand: Array<{ location_id: string; item_number: string; qty: number }> = [];
  const incoming: Array<{ location_id: string; item_number: string; qty: number }> = [];
  for (const part of chunks(locationIds)) {
    onHand.push(
      ...(await db
        .selectFrom('inventory_balances')
        .select(['location_id', 'item_number', (eb) => eb.fn.sum<number>('physical_qty').as('qty')])
        .where('warehouse_id', '=', warehouseId)
        .where('location_id', 'in', part)
        .groupBy(['location_id', 'item_number'])
        .execute()),
    );
    incoming.push(
      ...(await db
        .selectFrom('work_lines as l')
        .innerJoin('work_headers as h', 'h.work_id', 'l.work_id')
        .select(['l.location_id', 'l.item_number', (eb) => eb.fn.sum<number>(eb('l.qty', '-', eb.ref('l.handled_qty'))).as('qty')])
        .where('l.status', '=', 'Open')
        .where('l.line_type', '=', 'Put')
        .where('l.location_id', 'in', part)
        .where('h.warehouse_id', '=', warehouseId)
        .groupBy(['l.location_id', 'l.item_number'])
        .execute()),
    );
  }
  const occupancy = new Map<string, Map<string, number>>();
  for (const r of [...onHand, ...incoming]) {
    const here = occupancy.get(r.location_id) ?? new Map<string, number>();
    here.set(r.item_number, (here.get(r.item_number) ?? 0) + Number(r.qty));
    occupancy.set(r.location_id, here);
  }
  return occupancy;
}
