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

const holders = new Map<string, ReservationHolder>();

/** Registered once per process by the module that reserves stock; registering the same name again replaces it. */
export function registerReservationHolder(holder: ReservationHolder): void {
  holders.set(holder.name, holder);
}

export function reservationHolders(): ReservationHolder[] {
  return [...holders.values()];
}
