import { sql, type ExpressionBuilder } from 'kysely';
import type { DB } from '../../../db-schema.js';
import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { describeDimensions, dimensionKey, pickDimensions, toDimensionRow, type DimensionRow, type Dimensions } from '../domain/dimensions.js';
import { InventoryErrors } from '../errors.js';
import { addToBalance, insertLedgerRows, PREPARED_LEDGER_ROWS, releaseAndTake, takeFromBalance } from '../db/ledger-statements.js';
import { chunks } from '../../../platform/event-loop.js';

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

/** Reserved stock given back in the same change as a move (a pick takes what was reserved for it). */
export interface ReservationRelease {
  dimensions: Dimensions;
  /** Micro-units, positive. */
  qty: number;
}

/** The net change of one balance row: physical (signed) and reserved stock given back (not negative). */
type BalanceDelta = DimensionRow & { qty: number; released: number };

/**
 * Appends ledger rows and applies their net effect to the balances in the same transaction.
 * Additions are upserts; removals are guarded decrements (`physical - reserved >= qty`), so two
 * concurrent users can never take the same unit: the second finds the guard false and gets
 * INVENTORY.INSUFFICIENT_ON_HAND, and its whole transaction rolls back. Reservations given back with the
 * change (`releases`) are applied in the same update of the same row: a pick's unreserve and take are
 * one statement, guarded by the reserved quantity as unreserve alone is.
 */
export async function recordTransactions(
  db: Executor,
  now: number,
  operationId: string,
  entries: readonly NewInventoryTransaction[],
  releases: readonly ReservationRelease[] = [],
): Promise<number[]> {
  if (entries.length === 0 && releases.length === 0) return [];
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
  await applyDeltas(db, now, netBalanceDeltas(rows, releases));
  if (rows.length === 0) return [];
  if (rows.length <= PREPARED_LEDGER_ROWS) return insertLedgerRows(db, rows);
  const ids: number[] = [];
  for (const part of chunks(rows)) ids.push(...(await db.insertInto('inventory_transactions').values(part).returning('id').execute()).map((r) => r.id));
  return ids;
}

/** Sums the ledger rows and the releases per dimension combination, dropping combinations that do not change. */
function netBalanceDeltas(rows: ReadonlyArray<DimensionRow & { qty: number }>, releases: readonly ReservationRelease[]): BalanceDelta[] {
  const sums = new Map<string, BalanceDelta>();
  const at = (row: DimensionRow) => {
    const key = dimensionKey(row);
    let sum = sums.get(key);
    if (!sum) {
      sum = { ...pickDimensions(row), qty: 0, released: 0 };
      sums.set(key, sum);
    }
    return sum;
  };
  for (const r of rows) at(r).qty += r.qty;
  for (const r of releases) at(toDimensionRow(r.dimensions)).released += r.qty;
  return [...sums.values()].filter((s) => s.qty !== 0 || s.released !== 0);
}

export async function applyBalanceDeltas(db: Executor, now: number, deltas: ReadonlyArray<DimensionRow & { qty: number }>): Promise<void> {
  await applyDeltas(db, now, deltas.map((d) => ({ ...d, released: 0 })));
}

async function applyDeltas(db: Executor, now: number, deltas: readonly BalanceDelta[]): Promise<void> {
  for (const d of deltas) {
    if (d.qty >= 0 && d.released === 0) continue;
    const key = pickDimensions(d);
    const result = d.released === 0 ? await takeFromBalance(db, { ...key, qty: d.qty, now }) : await releaseAndTake(db, { ...key, qty: d.qty, released: d.released, now });
    if (Number(result.numAffectedRows ?? 0) !== 1) throw await refusal(db, d);
  }
  const additions = deltas.filter((x) => x.qty > 0 && x.released === 0);
  if (additions.length === 1) {
    const [d] = additions as [BalanceDelta];
    await addToBalance(db, { ...pickDimensions(d), qty: d.qty, now });
  } else if (additions.length > 1) {
    for (const part of chunks(additions)) {
      await db
        .insertInto('inventory_balances')
        .values(part.map((d) => ({ ...pickDimensions(d), physical_qty: d.qty, reserved_qty: 0, updated_at: now })))
        .onConflict((oc) =>
          oc
            .columns(['item_number', 'warehouse_id', 'location_id', 'license_plate_id', 'owner_id', 'inventory_status_id', 'batch_number', 'serial_number'])
            .doUpdateSet({ physical_qty: sql`inventory_balances.physical_qty + excluded.physical_qty`, updated_at: now }),
        )
        .execute();
    }
  }
}

/** Why a guarded update found no row to change: too little reserved to give back, or too little stock to take. */
async function refusal(db: Executor, d: BalanceDelta): Promise<DomainError> {
  if (d.released > 0) {
    const row = await db.selectFrom('inventory_balances').select('reserved_qty').where((eb) => eb.and(keyFilter(eb, d))).executeTakeFirst();
    if (!row || row.reserved_qty < d.released) {
      return new DomainError(InventoryErrors.insufficientReserved, `Less than ${String(qtyToNumber(d.released))} is reserved of ${describeDimensions(d)}`, [
        { field: 'quantity', reason: 'more than is reserved', value: qtyToNumber(d.released) },
      ]);
    }
  }
  return new DomainError(InventoryErrors.insufficientOnHand, `Not enough unreserved stock to take ${String(qtyToNumber(-d.qty))} of ${describeDimensions(d)}`, [
    { field: 'quantity', reason: 'more than the unreserved physical stock with these dimensions', value: qtyToNumber(-d.qty) },
  ]);
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
