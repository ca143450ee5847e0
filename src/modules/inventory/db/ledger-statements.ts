import { sql } from 'kysely';
import { preparedQuery } from '../../../platform/db/prepared-query.js';
import { DIMENSION_COLUMNS, type DimensionRow } from '../domain/dimensions.js';

/*
 * The ledger and balance statements of every stock movement a scan makes (a pick, a put), built and
 * compiled once (see preparedQuery). Larger or rarer changes are built as usual.
 */

const LEDGER_COLUMNS = [...DIMENSION_COLUMNS, 'qty', 'kind', 'status', 'source_system_id', 'reference_type', 'reference_id', 'operation_id', 'created_at', 'finalized_at'] as const;
export type LedgerRow = DimensionRow & {
  qty: number;
  kind: string;
  status: string;
  source_system_id: string | null;
  reference_type: string;
  reference_id: string;
  operation_id: string;
  created_at: number;
  finalized_at: number | null;
};

/** Prepared inserts for 1 to this many ledger rows at once. */
export const PREPARED_LEDGER_ROWS = 4;

const ledgerInserts = Array.from({ length: PREPARED_LEDGER_ROWS }, (_, k) => {
  const n = k + 1;
  const names = Array.from({ length: n }, (_, i) => LEDGER_COLUMNS.map((c) => `${c}${String(i)}`)).flat();
  return preparedQuery<Record<string, unknown>, { id: number }>(names, (db, v) =>
    db
      .insertInto('inventory_transactions')
      .values(Array.from({ length: n }, (_, i) => Object.fromEntries(LEDGER_COLUMNS.map((c) => [c, v[`${c}${String(i)}`]])) as unknown as LedgerRow))
      .returning('id'),
  );
});

/** Inserts up to PREPARED_LEDGER_ROWS ledger rows; their ids in order. */
export async function insertLedgerRows(db: Parameters<(typeof ledgerInserts)[number]>[0], rows: readonly LedgerRow[]): Promise<number[]> {
  const insert = ledgerInserts[rows.length - 1];
  if (!insert) throw new Error(`insertLedgerRows takes 1 to ${String(PREPARED_LEDGER_ROWS)} rows, got ${String(rows.length)}`);
  const values: Record<string, unknown> = {};
  rows.forEach((row, i) => {
    for (const c of LEDGER_COLUMNS) values[`${c}${String(i)}`] = row[c];
  });
  const { rows: inserted } = await insert(db, values);
  return inserted.map((r) => r.id);
}

type Key = { [K in (typeof DIMENSION_COLUMNS)[number]]: string };
const keyNames = [...DIMENSION_COLUMNS];

/** physical += qty (negative), guarded: the unreserved stock must cover it. */
export const takeFromBalance = preparedQuery<Key & { qty: number; now: number }, never>([...keyNames, 'qty', 'now'], (db, v) =>
  db
    .updateTable('inventory_balances')
    .set({ physical_qty: sql`physical_qty + ${v.qty}`, updated_at: v.now })
    .where((eb) => eb.and(DIMENSION_COLUMNS.map((c) => eb(c, '=', v[c]))))
    .where(sql<boolean>`physical_qty - reserved_qty + ${v.qty} >= 0`),
);

/** physical += qty and reserved -= released, guarded: the reservation must hold it and the rest must cover the take. */
export const releaseAndTake = preparedQuery<Key & { qty: number; released: number; now: number }, never>([...keyNames, 'qty', 'released', 'now'], (db, v) =>
  db
    .updateTable('inventory_balances')
    .set({ physical_qty: sql`physical_qty + ${v.qty}`, reserved_qty: sql`reserved_qty - ${v.released}`, updated_at: v.now })
    .where((eb) => eb.and(DIMENSION_COLUMNS.map((c) => eb(c, '=', v[c]))))
    .where(sql<boolean>`reserved_qty >= ${v.released} and physical_qty - reserved_qty + ${v.released} + ${v.qty} >= 0`),
);

/** physical += qty (positive) at one balance row, creating it when it is not there. */
export const addToBalance = preparedQuery<Key & { qty: number; now: number }, never>([...keyNames, 'qty', 'now'], (db, v) =>
  db
    .insertInto('inventory_balances')
    .values({ ...Object.fromEntries(DIMENSION_COLUMNS.map((c) => [c, v[c]])), physical_qty: v.qty, reserved_qty: 0, updated_at: v.now } as never)
    .onConflict((oc) => oc.columns([...DIMENSION_COLUMNS]).doUpdateSet({ physical_qty: sql`inventory_balances.physical_qty + excluded.physical_qty`, updated_at: v.now })),
);
