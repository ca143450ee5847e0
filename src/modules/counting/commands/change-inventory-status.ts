import type { Executor } from '../../../platform/db/database.js';
import { DomainError, invalid, missingReference } from '../../../platform/errors.js';
import { parseQty } from '../../../platform/quantity.js';
import { ledgerEntries, recordTransactions, type Dimensions } from '../../inventory/index.js';
import { referenceReader } from '../../master-data/index.js';
import { CountingErrors } from '../errors.js';

export interface StatusChange {
  dimensions: Dimensions;
  toInventoryStatusId: string;
  quantity: number;
  reasonCode?: string | undefined;
}

/**
 * Moves stock from one inventory status to another as two StatusChange ledger rows of one
 * operation. It matters to the ERP when the statuses differ in availability (e.g. to quality
 * check), so the update log carries it like any other on-hand change.
 */
export async function changeInventoryStatus(db: Executor, now: number, operationId: string, input: StatusChange): Promise<{ ledgerIds: number[] }> {
  const refs = referenceReader(db);
  const qty = parseQty(input.quantity);
  if (qty === undefined || qty <= 0) throw invalid('quantity', 'must be more than zero with at most 6 decimals', input.quantity);
  if (!(await refs.inventoryStatus(input.toInventoryStatusId))) throw missingReference('toInventoryStatusId', 'Inventory status', input.toInventoryStatusId);
  if (input.toInventoryStatusId === input.dimensions.inventoryStatusId) {
    throw new DomainError(CountingErrors.sameStatus, `The stock already has status '${input.toInventoryStatusId}'`, [
      { field: 'toInventoryStatusId', reason: 'same as the current status', value: input.toInventoryStatusId },
    ]);
  }
  const ledgerIds = await recordTransactions(
    db,
    now,
    operationId,
    ledgerEntries.changeStatus(input.dimensions, input.toInventoryStatusId, Number(qty), { referenceType: 'InventoryStatusChange', referenceId: operationId }),
  );
  return { ledgerIds };
}
