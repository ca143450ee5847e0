import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { notIndexed } from '../../../platform/db/query-hints.js';
import { DIMENSION_COLUMNS, type DimensionRow } from '../domain/dimensions.js';

export type DimensionColumn = (typeof DIMENSION_COLUMNS)[number];

export interface AsOfQuery {
  /** Epoch ms, inclusive: rows created (or finalized) at or before it count. */
  asOf: number;
  /**
   * true: physical on-hand, with receipts still Registered and issues still Picked.
   * false: only what was finalized by then (what the source system was told through its documents).
   */
  includeUnfinalized: boolean;
  /** The dimensions to keep; item_number is always kept, the others are summed over. */
  groupBy: readonly DimensionColumn[];
  ownerIds?: readonly string[];
  itemNumbers?: readonly string[];
  warehouseId?: string;
}

export type AsOfRow = Partial<DimensionRow> & { item_number: string; qty: number };

/**
 * On-hand as it was at an instant. Rows are created when stock physically moves and finalized when their
 * document is posted, so the same ledger answers both "what was on the shelf" and "what had the ERP been
 * told".
 *
 * Computed backwards from now: the balances (which always equal the sum of the whole ledger) minus the
 * ledger rows that came after the instant (created after it, or not finalized by it). Reading forward from
 * the first row would cost the whole history on every report; this costs only what moved since, so a
 * report as of yesterday takes as long with a year of history as with a week. One statement, so one
 * snapshot of balances and ledger on both databases.
 */
export async function onHandAsOf(db: Executor, q: AsOfQuery): Promise<AsOfRow[]> {
  if (q.ownerIds?.length === 0 || q.itemNumbers?.length === 0) return [];
  const columns = ['item_number', ...q.groupBy.filter((c) => c !== 'item_number')] as DimensionColumn[];
  const balances = filtered(db.selectFrom('inventory_balances').select([...columns, 'physical_qty as qty']), q, true);
  const ledger = () => filtered(db.selectFrom('inventory_transactions').select([...columns, sql<number>`-qty`.as('qty')]), q, false);
  const since = q.includeUnfinalized
    ? balances.unionAll(ledger().where('created_at', '>', q.asOf))
    : // Two branches rather than an OR, so that each finds its rows through the finalized_at index.
      balances.unionAll(ledger().where('finalized_at', 'is', null)).unionAll(ledger().where('finalized_at', '>', q.asOf));
  let query = db
    .selectFrom(since.as('m'))
    .select([...columns.map((c) => `m.${c}` as const), (eb) => eb.fn.sum<number>('m.qty').as('qty')])
    .groupBy(columns.map((c) => `m.${c}` as const))
    .having(sql<boolean>`sum(m.qty) <> 0`);
  for (const c of columns) query = query.orderBy(`m.${c}`);
  const rows = await query.execute();
  return rows.map((r) => ({ ...(r as unknown as AsOfRow), qty: Number(r.qty) }));
}

/**
 * The scope of an as-of query, on the balances or the ledger (both carry the dimension columns). On the
 * ledger the item filter is written so that no index can serve it (`item_number || ''`): the rows since
 * the instant are few and found by time; a planner that chose the item index instead (SQLite has no
 * statistics to tell) would read every movement of every item ever.
 */
function filtered<Q extends { where: (...args: never[]) => unknown }>(query: Q, q: AsOfQuery, itemIndexed: boolean): Q {
  let out = query as unknown as { where: (column: unknown, op: string, value: unknown) => typeof out };
  if (q.ownerIds) out = out.where('owner_id', 'in', q.ownerIds);
  if (q.itemNumbers) out = out.where(itemIndexed ? 'item_number' : notIndexed('item_number'), 'in', q.itemNumbers);
  if (q.warehouseId !== undefined) out = out.where('warehouse_id', '=', q.warehouseId);
  return out as unknown as Q;
}

/** The id of the newest ledger row: a snapshot mark that later movements are counted from. */
export async function latestLedgerId(db: Executor): Promise<number> {
  const row = await db.selectFrom('inventory_transactions').select((eb) => eb.fn.max<number>('id').as('id')).executeTakeFirst();
  return Number(row?.id ?? 0);
}

/** The net quantity that moved at one full dimension combination after a snapshot mark. */
export async function movementsSince(db: Executor, dimensions: DimensionRow, afterLedgerId: number): Promise<number> {
  let query = db.selectFrom('inventory_transactions').select((eb) => eb.fn.sum<number>('qty').as('qty')).where('id', '>', afterLedgerId);
  for (const c of DIMENSION_COLUMNS) query = query.where(c, '=', dimensions[c]);
  const row = await query.executeTakeFirst();
  return Number(row?.qty ?? 0);
}

export interface LedgerRow extends DimensionRow {
  id: number;
  qty: number;
  kind: string;
  status: string;
  source_system_id: string | null;
  reference_type: string;
  reference_id: string;
  operation_id: string;
  created_at: number;
  finalized_at: number | null;
}

/** Ledger rows after an id, oldest first, optionally only some owners' stock. */
export async function ledgerRowsAfter(db: Executor, afterId: number, limit: number, ownerIds?: readonly string[]): Promise<LedgerRow[]> {
  if (ownerIds?.length === 0) return [];
  let query = db.selectFrom('inventory_transactions').selectAll().where('id', '>', afterId);
  if (ownerIds) query = query.where('owner_id', 'in', ownerIds);
  return (await query.orderBy('id').limit(limit).execute());
}

/**
 * Receipts and issues that had physically happened at an instant but were not finalized yet
 * (Registered / Picked): the documents the source system had not been told about through its
 * shipment receipts and packing slips.
 */
export async function unfinalizedAsOf(db: Executor, q: { asOf: number; ownerIds: readonly string[]; itemNumbers: readonly string[] }): Promise<LedgerRow[]> {
  if (q.ownerIds.length === 0 || q.itemNumbers.length === 0) return [];
  // Two queries rather than an OR, each finding its few rows through the finalized_at index (see filtered).
  const rows = (finalized: 'never' | 'later') =>
    db
      .selectFrom('inventory_transactions')
      .selectAll()
      .where('created_at', '<=', q.asOf)
      .where('finalized_at', finalized === 'never' ? 'is' : '>', finalized === 'never' ? null : q.asOf)
      .where('owner_id', 'in', q.ownerIds)
      .where(notIndexed('item_number'), 'in', q.itemNumbers)
      .execute();
  const [never, later] = await Promise.all([rows('never'), rows('later')]);
  return [...never, ...later].sort((a, b) => Number(a.id) - Number(b.id));
}

/** Newest ledger id of the rows created at or before an instant; afterId bounds the scan to newer rows. */
export async function latestLedgerIdAt(db: Executor, at: number, afterId = 0): Promise<number> {
  const row = await db
    .selectFrom('inventory_transactions')
    .select((eb) => eb.fn.max<number>('id').as('id'))
    .where('id', '>', afterId)
    .where('created_at', '<=', at)
    .executeTakeFirst();
  return Number(row?.id ?? afterId);
}
