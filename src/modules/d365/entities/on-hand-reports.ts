import { onHandReportLineRows, onHandReportRows } from '../../reconciliation/index.js';
import { entitySet, type Field } from '../odata/entity-set.js';
import { emptyText, instant, int, quantity, text } from './fields.js';

type ReportRow = ReturnType<typeof onHandReportRows> extends { executeTakeFirstOrThrow(): Promise<infer R> } ? R : never;
type LineRow = ReturnType<typeof onHandReportLineRows> extends { executeTakeFirstOrThrow(): Promise<infer R> } ? R : never;

/** Yes when the report keeps its lines at this dimension level (its `dimensions` list), else No. */
function includes(level: string): Field<ReportRow> {
  return {
    kind: 'noyes',
    read: (row) => {
      try {
        return (JSON.parse(row.dimensions) as string[]).includes(level) ? 'Yes' : 'No';
      } catch {
        return 'No';
      }
    },
  };
}
const no: Field<ReportRow> = { kind: 'noyes', read: () => 'No' };

/** WarehouseInventoryOnhandReports (reference 1.9): read after WHSSourceSystemInventoryOnhandReportBusinessEvent. */
export const WarehouseInventoryOnhandReports = entitySet<ReportRow>({
  name: 'WarehouseInventoryOnhandReports',
  type: 'WarehouseInventoryOnhandReport',
  keys: ['dataAreaId', 'ReportNumber'],
  rows: (db, sourceSystemId) => onHandReportRows(db, sourceSystemId).as('t'),
  fields: {
    ReportNumber: text('reportId'),
    ReportName: text('reportName'),
    InventoryAsOfDate: instant('asOf'),
    ReportExecutionTime: instant('createdAt'),
    IncludeRegisteredAndPickedTransactions: { kind: 'noyes', column: 'includeRegisteredAndPicked' },
    IncludeWarehouseDimension: includes('warehouse'),
    IncludeWarehouseLocationDimension: includes('location'),
    IncludeInventoryStatusDimension: includes('inventoryStatus'),
    IncludeInventoryOwnerDimension: includes('owner'),
    IncludeItemBatchNumberDimension: includes('batch'),
    IncludeItemSerialNumberDimension: includes('serial'),
    IncludeProductColorDimension: no,
    IncludeProductSizeDimension: no,
    IncludeProductStyleDimension: no,
    IncludeProductVersionDimension: no,
    IncludeProductConfigurationDimension: no,
    IncludeInventoryProfileDimension: no,
    IncludeInventoryGtdDimension: no,
    SourceSystemId: text('sourceSystemId'),
    LineCount: int('lineCount'),
  },
});

function lineFields(): Record<string, Field<LineRow>> {
  return {
    ReportNumber: text('reportId'),
    LineNumber: int('lineNumber'),
    ItemNumber: text('itemNumber'),
    ProductColorId: text('productColorId'),
    ProductSizeId: text('productSizeId'),
    ProductStyleId: text('productStyleId'),
    ProductConfigurationId: text('productConfigurationId'),
    ProductVersionId: emptyText(),
    WarehouseId: text('warehouseId'),
    WarehouseLocationId: text('locationId'),
    InventoryStatusId: text('inventoryStatusId'),
    ItemBatchNumber: text('batchNumber'),
    ItemSerialNumber: text('serialNumber'),
    InventoryGtdId: emptyText(),
    InventoryOwnerId: text('inventoryOwnerId'),
    InventoryProfileId: emptyText(),
    OnHandQuantity: quantity('onHandQuantity'),
    LicensePlateNumber: text('licensePlateId'),
  };
}

/** WarehouseInventoryOnhandReportLines (reference 1.9): in Quayside's item numbers and owner ids. */
export const WarehouseInventoryOnhandReportLines = entitySet<LineRow>({
  name: 'WarehouseInventoryOnhandReportLines',
  type: 'WarehouseInventoryOnhandReportLine',
  keys: ['dataAreaId', 'ReportNumber', 'LineNumber'],
  rows: (db, sourceSystemId) => onHandReportLineRows(db, sourceSystemId).as('t'),
  fields: lineFields(),
});

/** SourceSystemWarehouseInventoryOnhandReportLines (reference 1.9): the same lines with the source system's ids too. */
export const SourceSystemWarehouseInventoryOnhandReportLines = entitySet<LineRow>({
  name: 'SourceSystemWarehouseInventoryOnhandReportLines',
  type: 'SourceSystemWarehouseInventoryOnhandReportLine',
  keys: ['dataAreaId', 'ReportNumber', 'LineNumber'],
  rows: (db, sourceSystemId) => onHandReportLineRows(db, sourceSystemId).as('t'),
  fields: {
    ...lineFields(),
    SourceSystemItemNumber: text('sourceSystemItemNumber'),
    SourceSystemItemMasterNumber: emptyText(),
    SourceSystemInventoryOwnerId: text('sourceSystemInventoryOwnerId'),
  },
});
