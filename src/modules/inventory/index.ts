/**
 * Inventory: the ledger, on-hand balances and reservations, shared by every warehouse flow, and the
 * check that they agree. The wiring (routes, the ledger check process) is in module.ts.
 *
 * Tables: inventory_transactions, inventory_balances, inventory_consistency_checks.
 * Events: inventoryConsistency.differencesFound.
 */
export { recordTransactions, applyBalanceDeltas, type NewInventoryTransaction, type ReservationRelease, type TransactionKind } from './commands/record-transactions.js';
export { reserve, unreserve } from './commands/reservations.js';
export * as ledgerEntries from './domain/ledger-entries.js';
export type { LedgerCause } from './domain/ledger-entries.js';
export { finalizeTransactions } from './commands/finalize-transactions.js';
export { checkBalances, checkConsistency, type BalanceDifference, type ReservedDifference, type ConsistencyReport } from './db/consistency.js';
export { reservationTableHolder, type ReservationHolder } from './db/reservation-holders.js';
export { runLedgerCheck, lastLedgerCheck, ledgerChecks, LEDGER_CHECK_PROCESS, type LedgerCheckResult, type LedgerDifference } from './commands/ledger-check.js';
export { toDimensionRow, fromDimensionRow, describeDimensions, type Dimensions, type DimensionRow } from './domain/dimensions.js';
export { InventoryErrors } from './errors.js';
export { onHandAsOf, latestLedgerId, latestLedgerIdAt, movementsSince, ledgerRowsAfter, unfinalizedAsOf, type AsOfQuery, type AsOfRow, type DimensionColumn, type LedgerRow } from './db/as-of.js';
export { DIMENSION_COLUMNS, pickDimensions, dimensionKey } from './domain/dimensions.js';
