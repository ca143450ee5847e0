import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { nextNumber } from '../../../platform/db/number-sequences.js';
import { DomainError, invalid, missingReference } from '../../../platform/errors.js';
import { DIMENSION_COLUMNS, latestLedgerId, type DimensionRow } from '../../inventory/index.js';
import { referenceReader } from '../../master-data/index.js';
import { DEFAULT_JOURNAL_NAME, type CountingBy } from '../domain/counting.js';
import { CountingErrors } from '../errors.js';
import { ensureBuiltInJournalName, findJournalName } from './journal-names.js';
import { chunks } from '../../../platform/event-loop.js';

export interface NewJournal {
  journalNameId?: string | undefined;
  description?: string | undefined;
  warehouseId: string;
  countingBy: CountingBy;
  /** What to count, by countingBy: location ids, item numbers or license plate ids. */
  values: string[];
  /** Only these owners' stock (never mix owners a caller did not ask for). */
  ownerId?: string | undefined;
  /** Only this item (a location count for one item). */
  itemNumber?: string | undefined;
}

/**
 * Creates a counting journal with one line per dimension combination that holds stock, each with a
 * snapshot of its on-hand taken from the ledger up to a mark. Nothing is locked: picking and put-away
 * go on, and counts are later compared with the snapshot plus what moved since the mark.
 */
export async function createJournal(db: Executor, now: number, actor: string, input: NewJournal): Promise<string> {
  const refs = referenceReader(db);
  if (!(await refs.warehouse(input.warehouseId))) throw missingReference('warehouseId', 'Warehouse', input.warehouseId);
  const journalNameId = input.journalNameId ?? DEFAULT_JOURNAL_NAME;
  await ensureBuiltInJournalName(db, journalNameId);
  if (!(await findJournalName(db, journalNameId))) throw missingReference('journalNameId', 'Counting journal name', journalNameId);
  if (input.values.length === 0) throw invalid('values', 'name at least one location, item or license plate to count', input.values);
  if (input.ownerId !== undefined && !(await refs.owner(input.ownerId))) throw missingReference('ownerId', 'Warehouse inventory owner', input.ownerId);

  const mark = await latestLedgerId(db);
  const column = input.countingBy === 'Location' ? 'location_id' : input.countingBy === 'Item' ? 'item_number' : 'license_plate_id';
  let query = db
    .selectFrom('inventory_transactions')
    .select([...DIMENSION_COLUMNS, (eb) => eb.fn.sum<number>('qty').as('qty')])
    .where('id', '<=', mark)
    .where('warehouse_id', '=', input.warehouseId)
    .where(column, 'in', input.values);
  if (input.ownerId !== undefined) query = query.where('owner_id', '=', input.ownerId);
  if (input.itemNumber !== undefined) query = query.where('item_number', '=', input.itemNumber);
  query = query.groupBy([...DIMENSION_COLUMNS]).having(sql<boolean>`sum(qty) <> 0`);
  for (const c of DIMENSION_COLUMNS) query = query.orderBy(c);
  const stock = await query.execute();
  if (stock.length === 0 && input.countingBy !== 'Location') {
    throw new DomainError(CountingErrors.nothingToCount, `No stock of ${input.countingBy} ${input.values.join(', ')} in warehouse ${input.warehouseId}`, [
      { field: 'values', reason: 'no stock to count', value: input.values },
    ]);
  }

  const journalId = await nextNumber(db, 'counting-journal', { prefix: 'CJ-', width: 6 });
  await db
    .insertInto('counting_journals')
    .values({
      journal_id: journalId,
      journal_name_id: journalNameId,
      description: input.description ?? `${input.countingBy} count ${input.values.join(', ')}`,
      warehouse_id: input.warehouseId,
      counting_by: input.countingBy,
      status: 'Open',
      created_at: now,
      created_by: actor,
      posted_at: null,
      posted_by: null,
      posting_seq: null,
      operation_id: null,
      version: 1,
    })
    .execute();
  await addLines(db, now, journalId, 1, mark, stock.map((s) => ({ ...(s as unknown as DimensionRow), qty: Number(s.qty) })));
  return journalId;
}

const CHUNK = 500;

export async function addLines(db: Executor, now: number, journalId: string, firstLine: number, mark: number, stock: ReadonlyArray<DimensionRow & { qty: number }>): Promise<void> {
  // A journal of a whole warehouse has thousands of lines: inserted in parts that bind few enough parameters.
  for (const [p, part] of chunks(stock, CHUNK).entries()) {
    await db
      .insertInto('counting_journal_lines')
      .values(
        part.map((s, i) => ({
          journal_id: journalId,
          line_number: firstLine + p * CHUNK + i,
          item_number: s.item_number,
          warehouse_id: s.warehouse_id,
          location_id: s.location_id,
          license_plate_id: s.license_plate_id,
          owner_id: s.owner_id,
          inventory_status_id: s.inventory_status_id,
          batch_number: s.batch_number,
          serial_number: s.serial_number,
          snapshot_qty: s.qty,
          snapshot_ledger_id: mark,
          snapshot_at: now,
          on_hand_qty: null,
          moved_qty: null,
          counted_qty: null,
          adjustment_qty: null,
          counted_at: null,
          counted_by: null,
          reason_code: null,
        })),
      )
      .execute();
  }
}
