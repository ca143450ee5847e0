import type { Executor } from '../../../platform/db/database.js';
import type { ReservationHolder } from '../../inventory/index.js';

/**
 * Outbound order lines hold stock through outbound_reservations, one row per line and balance row; what
 * a row still holds is its qty (it drops as the stock is picked or given back). The inventory module's
 * consistency check adds these up and compares them with the balances' reserved quantities.
 */
export const outboundReservationHolder: ReservationHolder = {
  name: 'outbound order lines',
  async heldOf(db: Executor, itemNumbers: readonly string[]) {
    if (itemNumbers.length === 0) return [];
    const rows = await db
      .selectFrom('outbound_reservations')
      .select(['item_number', 'warehouse_id', 'location_id', 'license_plate_id', 'owner_id', 'inventory_status_id', 'batch_number', 'serial_number', (eb) => eb.fn.sum<number>('qty').as('qty')])
      .where('item_number', 'in', itemNumbers)
      // Only rows that still hold something: the partial index of migration 0040 has exactly these.
      .where('qty', '>', 0)
      .groupBy(['item_number', 'warehouse_id', 'location_id', 'license_plate_id', 'owner_id', 'inventory_status_id', 'batch_number', 'serial_number'])
      .execute();
    return rows.map((r) => ({ ...r, qty: Number(r.qty) }));
  },
};
