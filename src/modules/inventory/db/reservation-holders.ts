import type { DB } from '../../../db-schema.js';
import type { Executor } from '../../../platform/db/database.js';
import type { DimensionRow } from '../domain/dimensions.js';

/**
 * A balance's reserved quantity is only a sum: the records that hold the stock (an order line's
 * reservations, say) live in the module that reserved it. Each such module registers a holder here, so
 * that the consistency check can add up what the holders hold and compare it with the balances without
 * the inventory module knowing who reserves stock.
 */
export interface ReservationHolder {
  /** What holds the stock, for logs (e.g. 'outbound order lines'). */
  name: string;
  /**
   * What this holder holds of the given items, summed per full dimension combination (micro-units).
   * Called inside the check's transaction, so that it sees the same moment as the balances.
   */
  heldOf(db: Executor, itemNumbers: readonly string[]): Promise<Array<DimensionRow & { qty: number }>>;
}

/** Tables that hold reserved stock row by row: the full dimensions and what the row still holds (qty). */
type ReservationTable = { [T in keyof DB]: DB[T] extends Record<keyof DimensionRow | 'qty', unknown> ? T : never }[keyof DB];

const DIMENSIONS = ['item_number', 'warehouse_id', 'location_id', 'license_plate_id', 'owner_id', 'inventory_status_id', 'batch_number', 'serial_number'] as const;

/**
 * The holder of a module whose reservations are rows of one table (an order line's, a replenishment
 * work's). A row's qty drops as the stock is picked or given back, so only rows above zero still hold.
 */
export function reservationTableHolder(name: string, table: ReservationTable): ReservationHolder {
  return {
    name,
    async heldOf(db, itemNumbers) {
      if (itemNumbers.length === 0) return [];
      const rows = await db
        .selectFrom(table)
        .select([...DIMENSIONS, (eb) => eb.fn.sum<number>('qty').as('qty')])
        .where('item_number', 'in', itemNumbers)
        // Matches the partial indexes the holders' migrations create for rows that still hold.
        .where('qty', '>', 0)
        .groupBy([...DIMENSIONS])
        .execute();
      return rows.map((r) => ({ ...r, qty: Number(r.qty) }));
    },
  };
}
