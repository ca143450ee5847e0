import { updateLogRows } from '../../reconciliation/index.js';
import { entitySet } from '../odata/entity-set.js';
import { emptyText, instant, int, quantity, text, zero } from './fields.js';

type Row = ReturnType<typeof updateLogRows> extends { executeTakeFirstOrThrow(): Promise<infer R> } ? R : never;

/**
 * WarehouseInventoryUpdateLogs (reference 1.10): published update log entries. LineNumber is the entry's
 * position in its source system's log (the cursor of /api/v1), so `LineNumber gt <last seen>` reads on
 * from where a connector stopped; TransactionValidationTime is when the entry was published.
 */
export const WarehouseInventoryUpdateLogs = entitySet<Row>({
  name: 'WarehouseInventoryUpdateLogs',
  type: 'WarehouseInventoryUpdateLog',
  keys: ['dataAreaId', 'TransactionValidationTime', 'LineNumber'],
  rows: (db, sourceSystemId) => updateLogRows(db, sourceSystemId).as('t'),
  fields: {
    TransactionValidationTime: instant('publishedAt'),
    LineNumber: int('sequence'),
    UpdateReferenceId: text('updateReferenceId'),
    ReferenceCategory: text('referenceCategory'),
    ReferenceId: text('referenceId'),
    ItemNumber: text('sourceSystemItemNumber'),
    ProductColorId: text('productColorId'),
    ProductSizeId: text('productSizeId'),
    ProductStyleId: text('productStyleId'),
    ProductConfigurationId: text('productConfigurationId'),
    ProductVersionId: emptyText(),
    ItemBatchNumber: text('batchNumber'),
    ItemSerialNumber: text('serialNumber'),
    InventoryStatusId: text('inventoryStatusId'),
    InventoryOwnerId: text('inventoryOwnerId'),
    InventoryProfileId: emptyText(),
    InventoryGtdId: emptyText(),
    WarehouseId: text('warehouseId'),
    WarehouseLocationId: text('locationId'),
    HandlingQuantity: quantity('handlingQuantity'),
    HandlingQuantityUnitSymbol: text('handlingQuantityUnitSymbol'),
    HandlingWeight: zero(),
    HandlingWeightUnitSymbol: emptyText(),
    DispositionCode: emptyText(),
    // Quayside's additions.
    SourceSystemInventoryOwnerId: text('sourceSystemInventoryOwnerId'),
    WarehouseItemNumber: text('itemNumber'),
    LicensePlateNumber: text('licensePlateId'),
    TransactionTime: instant('transactionTime'),
    AlsoReportedBy: text('alsoReportedBy'),
  },
});
