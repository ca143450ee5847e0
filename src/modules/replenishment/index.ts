/**
 * Replenishment: fixed pick locations (pick faces) per item and warehouse with min/max, the min/max
 * replenishment process per warehouse (and "run now") that creates Replenishment work from storage to
 * the faces, and the reads that wave demand replenishment (outbound) uses. ADR 0022. The wiring (routes,
 * the process, the reservation holder) is in module.ts.
 *
 * Tables: replenishment_fixed_locations, replenishment_reservations.
 * Events: none.
 */
export { MIN_MAX_REFERENCE, runMinMax, type MinMaxOutcome } from './commands/run-min-max.js';
export { minMaxReplenishmentHook } from './commands/replenishment-hook.js';
export { replenishmentReservationHolder } from './db/reservation-holder.js';
export { fixedLocationsOf, hasReplenishmentTemplate } from './db/face-reads.js';
export { MIN_MAX_PROCESS } from './processes.js';
export { ReplenishmentErrors } from './errors.js';
