import type { Dimensions } from './dimensions.js';
import type { NewInventoryTransaction } from '../commands/record-transactions.js';

/**
 * The ledger rows of each kind of stock change, named by what happened on the floor. A flow says
 * "transfer" or "issue picked" and these decide the kind, the status and whether the row is final at once:
 * the on-hand report, the update log and the finalize job read exactly those three, so one flow that set
 * them differently from the others would make the ERP's stock drift.
 *
 * Each returns rows for `recordTransactions`; rows of one change must be recorded together (a pick's
 * transfer to the picker and its issue there net to nothing on that balance row).
 */

/** What the rows answer to: the step or document that caused them and, where it concerns one, the ERP. */
export interface LedgerCause {
  referenceType: string;
  referenceId: string;
  sourceSystemId?: string | null;
}

function row(dimensions: Dimensions, qty: number, kind: NewInventoryTransaction['kind'], status: string, finalized: boolean, cause: LedgerCause): NewInventoryTransaction {
  return { dimensions, qty, kind, status, finalized, sourceSystemId: cause.sourceSystemId ?? null, referenceType: cause.referenceType, referenceId: cause.referenceId };
}

/** Stock received and registered at the dock: on hand now, reported to the ERP when the receipt is posted. */
export function register(dimensions: Dimensions, qty: number, cause: LedgerCause): NewInventoryTransaction[] {
  return [row(dimensions, qty, 'Receipt', 'Registered', false, cause)];
}

/** Stock moved within the warehouse (location, license plate): final at once, no change for the ERP. */
export function transfer(from: Dimensions, to: Dimensions, qty: number, cause: LedgerCause): NewInventoryTransaction[] {
  return [row(from, -qty, 'Transfer', 'Posted', true, cause), row(to, qty, 'Transfer', 'Posted', true, cause)];
}

/** Stock picked for an order: leaves on hand now, reported to the ERP when the packing slip is posted. */
export function issuePicked(dimensions: Dimensions, qty: number, cause: LedgerCause): NewInventoryTransaction[] {
  return [row(dimensions, -qty, 'Issue', 'Picked', false, cause)];
}

/**
 * Picked stock carried on (to staging, a packing station): its Picked issue moves with it, so the picked
 * quantity stays reported against the order line wherever the stock now is.
 */
export function movePicked(from: Dimensions, to: Dimensions, qty: number, issue: LedgerCause, move: LedgerCause): NewInventoryTransaction[] {
  return [...issuePicked(from, -qty, issue), ...transfer(from, to, qty, move), ...issuePicked(to, qty, issue)];
}

/** A counted difference (signed): final at once, reported to the ERP as a delta. */
export function adjust(dimensions: Dimensions, delta: number, cause: LedgerCause): NewInventoryTransaction[] {
  return [row(dimensions, delta, 'Adjustment', 'Posted', true, cause)];
}

/** Stock given another inventory status (e.g. to quality check): final at once, reported to the ERP. */
export function changeStatus(dimensions: Dimensions, toInventoryStatusId: string, qty: number, cause: LedgerCause): NewInventoryTransaction[] {
  const common = ['StatusChange', 'Posted', true, cause] as const;
  return [row(dimensions, -qty, ...common), row({ ...dimensions, inventoryStatusId: toInventoryStatusId }, qty, ...common)];
}
