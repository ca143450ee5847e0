import type { Executor } from '../../../platform/db/database.js';

/**
 * Source system on-hand reports as other modules may read them (the D365-compatible service), in the field
 * names of /api/v1/source-systems/{id}/on-hand-reports; quantities in micro-units, instants in epoch
 * milliseconds, confined to one source system when one is given.
 */
export function onHandReportRows(db: Executor, sourceSystemId: string | undefined) {
  const q = db
    .selectFrom('on_hand_reports')
    .select([
      'report_id as reportId',
      'source_system_id as sourceSystemId',
      'report_name as reportName',
      'as_of as asOf',
      'include_registered_picked as includeRegisteredAndPicked',
      /** JSON list of the dimension levels the lines are kept at (domain/update-log-rules.ts DIMENSION_LEVELS). */
      'dimensions as dimensions',
      'line_count as lineCount',
      'created_at as createdAt',
    ]);
  return sourceSystemId === undefined ? q : q.where('source_system_id', '=', sourceSystemId);
}

export function onHandReportLineRows(db: Executor, sourceSystemId: string | undefined) {
  const q = db
    .selectFrom('on_hand_report_lines as l')
    .innerJoin('on_hand_reports as r', 'r.report_id', 'l.report_id')
    .leftJoin('items as i', 'i.item_number', 'l.item_number')
    .select([
      'l.report_id as reportId',
      'l.line_number as lineNumber',
      'r.source_system_id as sourceSystemId',
      'l.item_number as itemNumber',
      'l.source_item_number as sourceSystemItemNumber',
      'i.color_id as productColorId',
      'i.size_id as productSizeId',
      'i.style_id as productStyleId',
      'i.configuration_id as productConfigurationId',
      'l.warehouse_id as warehouseId',
      'l.location_id as locationId',
      'l.license_plate_id as licensePlateId',
      'l.inventory_status_id as inventoryStatusId',
      'l.owner_id as inventoryOwnerId',
      'l.source_owner_id as sourceSystemInventoryOwnerId',
      'l.batch_number as batchNumber',
      'l.serial_number as serialNumber',
      'l.qty as onHandQuantity',
    ]);
  return sourceSystemId === undefined ? q : q.where('r.source_system_id', '=', sourceSystemId);
}
