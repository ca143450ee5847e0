import { reservationTableHolder } from '../../inventory/index.js';

/** Min/max replenishment work holds its source stock in replenishment_reservations until it is picked. */
export const replenishmentReservationHolder = reservationTableHolder('min/max replenishment work', 'replenishment_reservations');
