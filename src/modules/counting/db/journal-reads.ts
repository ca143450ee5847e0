import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';
import { ownerEntitledSql } from '../../master-data/index.js';

/**
 * Posted counting journal lines as other modules may read them (the D365-compatible service): one row per
 * line and source system whose stock it counted (an owner it is entitled to and an item it has a number
 * for), as /api/v1/source-systems/{id}/counting-journal-lines shows them; confined to one source system when
 * one is given. Quantities in micro-units, instants in epoch milliseconds.
 */
export function countingJournalLineRows(db: Executor, sourceSystemId: string | undefined) {
  // The source system's number for an item: the first of its numbers, as the /api/v1 read takes it.
  const itemNumbers = db
    .selectFrom('source_system_items')
    .select(['source_system_id', 'item_number'])
    .select((eb) => eb.fn.min('external_item_number').as('external_item_number'))
    .groupBy(['source_system_id', 'item_number']);
  const q = db
    .selectFrom('counting_journal_lines as l')
    .innerJoin('counting_journals as j', 'j.journal_id', 'l.journal_id')
    .innerJoin(itemNumbers.as('si'), 'si.item_number', 'l.item_number')
    .leftJoin('inventory_owner_external_ids as e', (join) => join.onRef('e.owner_id', '=', 'l.owner_id').onRef('e.source_system_id', '=', 'si.source_system_id'))
    .where('j.status', '=', 'Posted')
    .where('l.counted_qty', 'is not', null)
    .where(ownerEntitledSql('l.owner_id', 'si.source_system_id'))
    .select([
      'si.source_system_id as sourceSystemId',
      'l.journal_id as journalId',
      'l.line_number as lineNumber',
      'j.posting_seq as postingSequence',
      'l.counted_at as countedAt',
      'l.counted_by as countedBy',
      'l.item_number as itemNumber',
      'si.external_item_number as sourceSystemItemNumber',
      'l.warehouse_id as warehouseId',
      'l.location_id as locationId',
      'l.license_plate_id as licensePlateId',
      'l.batch_number as batchNumber',
      'l.serial_number as serialNumber',
      'l.inventory_status_id as inventoryStatusId',
      'l.owner_id as inventoryOwnerId',
      'e.external_owner_id as sourceSystemInventoryOwnerId',
      'l.on_hand_qty as onHandQuantity',
      'l.counted_qty as countedQuantity',
      'l.adjustment_qty as adjustmentQuantity',
      sql<number>`case when l.counted_qty = 0 then 1 else 0 end`.as('countedZero'),
      'l.reason_code as countingReasonCode',
    ]);
  return sourceSystemId === undefined ? q : q.where('si.source_system_id', '=', sourceSystemId);
}

/** Posted counting journals with at least one line of the source system's stock (one row per journal and source system). */
export function countingJournalRows(db: Executor, sourceSystemId: string | undefined) {
  return db
    .selectFrom(countingJournalLineRows(db, sourceSystemId).as('cl'))
    .innerJoin('counting_journals as j', 'j.journal_id', 'cl.journalId')
    .select([
      'cl.sourceSystemId as sourceSystemId',
      'j.journal_id as journalId',
      'j.journal_name_id as journalNameId',
      'j.description as description',
      'j.warehouse_id as warehouseId',
      'j.posted_at as postedAt',
      'j.posted_by as postedBy',
      'j.posting_seq as postingSequence',
    ])
    .distinct();
}
