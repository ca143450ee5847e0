import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { inventoryRoutes } from './http/inventory-routes.js';
import { ledgerCheckProcess, ledgerCheckRetention } from './commands/ledger-check.js';

export { recordTransactions, applyBalanceDeltas, type NewInventoryTransaction, type ReservationRelease, type TransactionKind } from './commands/record-transactions.js';
export { reserve, unreserve } from './commands/reservations.js';
export { finalizeTransactions } from './commands/finalize-transactions.js';
export { checkBalances, checkConsistency, type BalanceDifference, type ReservedDifference, type ConsistencyReport } from './db/consistency.js';
export { registerReservationHolder, type ReservationHolder } from './db/reservation-holders.js';
export { runLedgerCheck, lastLedgerCheck, ledgerChecks, LEDGER_CHECK_PROCESS, type LedgerCheckResult, type LedgerDifference } from './commands/ledger-check.js';
export { toDimensionRow, fromDimensionRow, describeDimensions, type Dimensions, type DimensionRow } from './domain/dimensions.js';
export { InventoryErrors } from './errors.js';
export { onHandAsOf, latestLedgerId, latestLedgerIdAt, movementsSince, ledgerRowsAfter, unfinalizedAsOf, type AsOfQuery, type AsOfRow, type DimensionColumn, type LedgerRow } from './db/as-of.js';
export { DIMENSION_COLUMNS, pickDimensions, dimensionKey } from './domain/dimensions.js';

/** The inventory ledger, on-hand balances and reservations, shared by every warehouse flow, and the check that they agree. */
export function inventoryModule(ctx: AppContext): Module {
  return { name: 'inventory', routes: (app) => inventoryRoutes(app, ctx), processes: [ledgerCheckProcess(ctx)], retention: [ledgerCheckRetention(ctx.config.retention)] };
}
