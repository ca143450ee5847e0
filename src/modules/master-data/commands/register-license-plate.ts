import type { Executor } from '../../../platform/db/database.js';

/**
 * Registers a license plate made by a warehouse flow (a shipping container at packing), nested on a
 * parent plate when given. A plate that exists already keeps its record.
 */
export async function registerLicensePlate(db: Executor, now: number, plate: { licensePlateId: string; warehouseId: string; parentLicensePlateId: string | null }): Promise<void> {
  await db
    .insertInto('license_plates')
    .values({ license_plate_id: plate.licensePlateId, warehouse_id: plate.warehouseId, parent_license_plate_id: plate.parentLicensePlateId, created_at: now })
    .onConflict((oc) => oc.column('license_plate_id').doNothing())
    .execute();
}
