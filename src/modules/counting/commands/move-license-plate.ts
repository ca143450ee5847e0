import type { Executor } from '../../../platform/db/database.js';
import { DomainError, missingReference } from '../../../platform/errors.js';
import { fromDimensionRow, ledgerEntries, recordTransactions } from '../../inventory/index.js';
import { CountingErrors } from '../errors.js';

/**
 * Moves everything on a license plate to another location as Transfer ledger rows of one
 * operation. Reserved stock moves too only if the reservation allows it: the guarded decrement
 * refuses to take reserved quantities away from under a pick.
 */
export async function moveLicensePlate(db: Executor, now: number, operationId: string, input: { warehouseId: string; licensePlateId: string; toLocationId: string }): Promise<{ ledgerIds: number[]; lines: number }> {
  const location = await db.selectFrom('locations').select('location_id').where('warehouse_id', '=', input.warehouseId).where('location_id', '=', input.toLocationId).executeTakeFirst();
  if (!location) throw missingReference('toLocationId', 'Location', input.toLocationId);
  const stock = await db
    .selectFrom('inventory_balances')
    .selectAll()
    .where('warehouse_id', '=', input.warehouseId)
    .where('license_plate_id', '=', input.licensePlateId)
    .where('physical_qty', '>', 0)
    .execute();
  const moving = stock.filter((s) => s.location_id !== input.toLocationId);
  if (moving.length === 0) {
    throw new DomainError(CountingErrors.licensePlateEmpty, `License plate '${input.licensePlateId}' holds no stock to move in warehouse ${input.warehouseId}`, [
      { field: 'licensePlateId', reason: 'no stock outside the target location', value: input.licensePlateId },
    ]);
  }
  const cause = { referenceType: 'LicensePlateMove', referenceId: operationId };
  const ledgerIds = await recordTransactions(
    db,
    now,
    operationId,
    moving.flatMap((s) => ledgerEntries.transfer(fromDimensionRow(s), { ...fromDimensionRow(s), locationId: input.toLocationId }, Number(s.physical_qty), cause)),
  );
  return { ledgerIds, lines: moving.length };
}
