import { reservationTableHolder } from '../../inventory/index.js';

/**
 * Outbound order lines hold stock through outbound_reservations, one row per line and balance row (the
 * partial index of migration 0040 covers the rows that still hold). The inventory module's consistency
 * check adds these up and compares them with the balances' reserved quantities.
 */
export const outboundReservationHolder = reservationTableHolder('outbound order lines', 'outbound_reservations');
