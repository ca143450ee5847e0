import { sql, type ExpressionBuilder } from 'kysely';
import type { DB } from '../../../db-schema.js';
import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { describeDimensions, netDeltas, pickDimensions, toDimensionRow, type DimensionRow, type Dimensions } from '../domain/dimensions.js';
import { InventoryErrors } from '../errors.js';

export type TransactionKind = 'Receipt' | 'Issue' | 'Transfer' | 'Adjustment' | 'StatusChange';

export interface NewInventoryTransaction {
  dimensions: Dimensions;
  /** Signed micro-units: positive adds stock at these dimensions, negative takes it away. */
  qty: number;
  kind: TransactionKind;
  /** Registered / Picked for receipts and issues not yet finalized; Posted for moves and adjustments. */
  status: string;
  sourceSystemId: string | null;
  referenceType: string;
  referenceId: string;
  /** Set for rows that are final at once (moves, adjustments, status changes). */
  finalized: boolean;
}

/**
 * Appends ledger rows and applies their net effect to the balances in the same transaction.
 * Additions are upserts; removals are guarded decrements (`physical - reserved >= qty`), so two
 * concurrent users can never take the same unit: the second finds the guard false and gets
 * INVENTORY.INSUFFICIENT_ON_HAND, and its whole transaction rolls back.
 */
export async function recordTransactions(db: Executor, now: number, operationId: string, entries: readonly NewInventoryTransaction[]): Promise<number[]> {
  if (entries.length === 0) return [];
  const rows = entries.map((e) => ({
    ...toDimensionRow(e.dimensions),
    qty: e.qty,
    kind: e.kind,
    status: e.status,
    source_system_id: e.sourceSystemId,
    reference_type: e.referenceType,
    reference_id: e.referenceId,
    operation_id: operationId,
    created_at: now,
    finalized_at: e.finalized ? now : null,
  }));
  // Removals first would fail a move within one location/plate; applying the net per key avoids that.
  await applyBalanceDeltas(db, now, netDeltas(rows));
  const inserted = await db.insertInto('inventory_transactions').values(rows).returning('id').execute();
  return inserted.map((r) => r.id);
}

export async function applyBalanceDeltas(db: Executor, now: number, deltas: ReadonlyArray<DimensionRow & { qty: number }>): Promise<void> {
  for (const d of deltas.filter((x) => x.qty < 0)) {
    const result = await db
      .updateTable('inventory_balances')
      .set({ physical_qty: sql`physical_qty + ${d.qty}`, updated_at: now })
      .where((eb) => eb.and(keyFilter(eb, d)))
      .where(sql<boolean>`physical_qty - reserved_qty + ${d.qty} >= 0`)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw new DomainError(InventoryErrors.insufficientOnHand, `Not enough unreserved stock to take ${String(qtyToNumber(-d.qty))} of ${describeDimensions(d)}`, [
        { field: 'quantity', reason: 'more than the unreserved physical stock with these dimensions', value: qtyToNumber(-d.qty) },
      ]);
    }
  }
  const additions = deltas.filter((x) => x.qty > 0);
  if (additions.length > 0) {
    await db
      .insertInto('inventory_balances')
      .values(additions.map((d) => ({ ...pickDimensions(d), physical_qty: d.qty, reserved_qty: 0, updated_at: now })))
      .onConflict((oc) =>
        oc
          .columns(['item_number', 'warehouse_id', 'location_id', 'license_plate_id', 'owner_id', 'inventory_status_id', 'batch_number', 'serial_number'])
          .doUpdateSet({ physical_qty: sql`inventory_balances.physical_qty + excluded.physical_qty`, updated_at: now }),
      )
      .execute();
  }
}

/** The eight key columns of one balance row, for a WHERE clause. */
export function keyFilter(eb: ExpressionBuilder<DB, 'inventory_balances'>, d: DimensionRow) {
  return [
    eb('item_number', '=', d.item_number),
    eb('warehouse_id', '=', d.warehouse_id),
    eb('location_id', '=', d.location_id),
    eb('license_plate_id', '=', d.license_plate_id),
    eb('owner_id', '=', d.owner_id),
    eb('inventory_status_id', '=', d.inventory_status_id),
    eb('batch_number', '=', d.batch_number),
    eb('serial_number', '=', d.serial_number),
  ];
}
