import type { Executor } from '../../../platform/db/database.js';
import { DomainError, invalid, missingReference } from '../../../platform/errors.js';
import { parseQty } from '../../../platform/quantity.js';
import { latestLedgerId, movementsSince, toDimensionRow, type Dimensions } from '../../inventory/index.js';
import { referenceReader } from '../../master-data/index.js';
import { countDifference } from '../domain/counting.js';
import { CountingErrors } from '../errors.js';
import { loadJournal, loadLines } from '../db/journal-rows.js';
import { addLines } from './create-journal.js';

export interface CountInput {
  /** An existing line, or... */
  lineNumber?: number | undefined;
  /** ...stock found where the journal had no line: its full dimensions (warehouse is the journal's). */
  dimensions?: Omit<Dimensions, 'warehouseId'> | undefined;
  countedQuantity: number;
  reasonCode?: string | undefined;
}

/**
 * Records counted quantities. Each line's on-hand at the moment of counting is its snapshot plus
 * the ledger movements at its dimensions since the snapshot mark, read in this transaction: a pick
 * or put-away that happened while the worker walked to the location is not a counting difference.
 * Counting again replaces the earlier count of the line.
 */
export async function registerCounts(db: Executor, now: number, actor: string, journalId: string, counts: readonly CountInput[]): Promise<void> {
  const journal = await loadJournal(db, journalId);
  if (journal.status !== 'Open') throw new DomainError(CountingErrors.journalPosted, `Counting journal '${journalId}' is ${journal.status}`);
  const lines = await loadLines(db, journalId);
  const byNumber = new Map(lines.map((l) => [l.line_number, l]));
  const refs = referenceReader(db);

  const parsed: Array<{ index: number; qty: number; input: CountInput }> = [];
  for (const [index, c] of counts.entries()) {
    const qty = parseQty(c.countedQuantity);
    if (qty === undefined || qty < 0) throw invalid(`/counts/${index}/countedQuantity`, 'must be zero or more with at most 6 decimals', c.countedQuantity);
    if ((c.lineNumber === undefined) === (c.dimensions === undefined)) throw invalid(`/counts/${index}`, 'give either lineNumber or dimensions', c);
    if (c.lineNumber !== undefined && !byNumber.has(c.lineNumber)) throw invalid(`/counts/${index}/lineNumber`, 'no such line in the journal', c.lineNumber);
    if (c.dimensions) {
      const d = c.dimensions;
      if (!d.locationId) throw invalid(`/counts/${index}/dimensions/locationId`, 'found stock needs the location it was found in', d.locationId ?? null);
      if (!(await locationExists(db, journal.warehouse_id, d.locationId))) {
        throw missingReference(`/counts/${index}/dimensions/locationId`, `Location in warehouse '${journal.warehouse_id}'`, d.locationId);
      }
      if (!(await refs.item(d.itemNumber))) throw missingReference(`/counts/${index}/dimensions/itemNumber`, 'Item', d.itemNumber);
      if (!(await refs.owner(d.ownerId))) throw missingReference(`/counts/${index}/dimensions/ownerId`, 'Warehouse inventory owner', d.ownerId);
      if (!(await refs.inventoryStatus(d.inventoryStatusId))) throw missingReference(`/counts/${index}/dimensions/inventoryStatusId`, 'Inventory status', d.inventoryStatusId);
    }
    parsed.push({ index, qty, input: c });
  }

  // Found stock gets a line of its own first (or reuses a line with the same dimensions).
  let nextLine = lines.reduce((m, l) => Math.max(m, l.line_number), 0) + 1;
  const mark = await latestLedgerId(db);
  for (const p of parsed) {
    const d = p.input.dimensions;
    if (!d) continue;
    const row = toDimensionRow({ ...d, warehouseId: journal.warehouse_id });
    const existing = lines.find((l) => (Object.keys(row) as (keyof typeof row)[]).every((k) => l[k] === row[k]));
    if (existing) {
      p.input = { ...p.input, lineNumber: existing.line_number, dimensions: undefined };
      continue;
    }
    const onHand = await movementsSince(db, row, 0);
    await addLines(db, now, journalId, nextLine, mark, [{ ...row, qty: onHand }]);
    p.input = { ...p.input, lineNumber: nextLine, dimensions: undefined };
    nextLine += 1;
  }

  const fresh = new Map((await loadLines(db, journalId)).map((l) => [l.line_number, l]));
  for (const p of parsed) {
    const line = fresh.get(p.input.lineNumber ?? -1);
    if (!line) throw new Error('counted line vanished inside its own transaction');
    const moved = await movementsSince(db, line, Number(line.snapshot_ledger_id));
    const { onHand, adjustment } = countDifference(Number(line.snapshot_qty), moved, p.qty);
    await db
      .updateTable('counting_journal_lines')
      .set({ moved_qty: moved, on_hand_qty: onHand, counted_qty: p.qty, adjustment_qty: adjustment, counted_at: now, counted_by: actor, reason_code: p.input.reasonCode ?? null })
      .where('id', '=', line.id)
      .execute();
  }
  await db.updateTable('counting_journals').set((eb) => ({ version: eb('version', '+', 1) })).where('journal_id', '=', journalId).execute();
}

async function locationExists(db: Executor, warehouseId: string, locationId: string): Promise<boolean> {
  const found = await db.selectFrom('locations').select('location_id').where('warehouse_id', '=', warehouseId).where('location_id', '=', locationId).executeTakeFirst();
  return found !== undefined;
}
