import { countingJournalLineRows, countingJournalRows } from '../../counting/index.js';
import { entitySet, NoYes, type Field } from '../odata/entity-set.js';
import { emptyText, instant, int, noYes, quantity, text } from './fields.js';

type JournalRow = ReturnType<typeof countingJournalRows> extends { executeTakeFirstOrThrow(): Promise<infer R> } ? R : never;
type LineRow = ReturnType<typeof countingJournalLineRows> extends { executeTakeFirstOrThrow(): Promise<infer R> } ? R : never;

const posted: Field<JournalRow> = { kind: 'noyes', enumType: NoYes, read: () => 'Yes' };

/**
 * InventoryCountingJournalHeaders (reference 1.8): posted counting journals that counted the source
 * system's stock, read after InventCountingJournalPostedBusinessEvent. Only posted journals are served.
 */
export const InventoryCountingJournalHeaders = entitySet<JournalRow>({
  name: 'InventoryCountingJournalHeaders',
  type: 'InventoryCountingJournalHeader',
  keys: ['dataAreaId', 'JournalNumber'],
  rows: (db, sourceSystemId) => countingJournalRows(db, sourceSystemId).as('t'),
  fields: {
    JournalNumber: text('journalId'),
    JournalNameId: text('journalNameId'),
    Description: text('description'),
    IsPosted: posted,
    PostedDateTime: instant('postedAt'),
    PostedUserId: text('postedBy'),
    DefaultWarehouseId: text('warehouseId'),
    DefaultInventorySiteId: emptyText(),
    // Quayside's addition: the order in which journals were posted (read on from the last one applied).
    PostingSequence: int('postingSequence'),
  },
});

/** InventoryCountingJournalLines (reference 1.8): apply AdjustmentQuantity only, as D365 says. */
export const InventoryCountingJournalLines = entitySet<LineRow>({
  name: 'InventoryCountingJournalLines',
  type: 'InventoryCountingJournalLine',
  keys: ['dataAreaId', 'JournalNumber', 'LineNumber'],
  rows: (db, sourceSystemId) => countingJournalLineRows(db, sourceSystemId).as('t'),
  fields: {
    JournalNumber: text('journalId'),
    LineNumber: int('lineNumber'),
    CountingDate: instant('countedAt'),
    ItemNumber: text('itemNumber'),
    ProductColorId: emptyText(),
    ProductSizeId: emptyText(),
    ProductStyleId: emptyText(),
    ProductConfigurationId: emptyText(),
    ProductVersionId: emptyText(),
    InventorySiteId: emptyText(),
    WarehouseId: text('warehouseId'),
    WarehouseLocationId: text('locationId'),
    LicensePlateNumber: text('licensePlateId'),
    ItemBatchNumber: text('batchNumber'),
    ItemSerialNumber: text('serialNumber'),
    InventoryStatusId: text('inventoryStatusId'),
    InventoryOwnerId: text('inventoryOwnerId'),
    OnHandQuantity: quantity('onHandQuantity'),
    CountedQuantity: quantity('countedQuantity'),
    AdjustmentQuantity: quantity('adjustmentQuantity'),
    IsCountedQuantityZero: noYes('countedZero'),
    CountingReasonCode: text('countingReasonCode'),
    WorkerPersonnelNumber: text('countedBy'),
    // Quayside's additions: the source system's ids, and the posting order.
    SourceSystemItemNumber: text('sourceSystemItemNumber'),
    SourceSystemInventoryOwnerId: text('sourceSystemInventoryOwnerId'),
    PostingSequence: int('postingSequence'),
  },
});
