import type { Executor } from '../../../platform/db/database.js';
import type { ReservationHolder } from '../../inventory/index.js';

/** Min/max replenishment work holds its source stock in replenishment_reservations until it is picked. */
export const replenishmentReservationHolder: ReservationHolder = {
  name: 'min/max replenishment work',
  async heldOf(db: Executor, itemNumbers: readonly string[]) {
    if (itemNumbers.length === 0) return [];
    const rows = await db
      .selectFrom('replenishment_reservations')
      .select(['item_number', 'warehouse_id', 'location_id', 'license_plate_id', 'owner_id', 'inventory_status_id', 'batch_number', 'serial_number', (eb) => eb.fn.sum<number>('qty').as('qty')])
      .where('item_number', 'in', itemNumbers)
      .where('qty', '>', 0)
      .groupBy(['item_number', 'warehouse_id', 'location_id', 'license_plate_id', 'owner_id', 'inventory_status_id', 'batch_number', 'serial_number'])
      .execute();
    return rows.map((r) => ({ ...r, qty: Number(r.qty) }));
  },
};
