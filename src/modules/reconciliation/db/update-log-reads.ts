import type { Executor } from '../../../platform/db/database.js';

/**
 * Published warehouse inventory update log entries as other modules may read them (the D365-compatible
 * service), in the field names of /api/v1/source-systems/{id}/inventory-update-log; quantities in
 * micro-units, instants in epoch milliseconds, confined to one source system when one is given.
 */
export function updateLogRows(db: Executor, sourceSystemId: string | undefined) {
  const q = db
    .selectFrom('update_log_entries as e')
    .leftJoin('items as i', 'i.item_number', 'e.item_number')
    .select([
      'e.source_system_id as sourceSystemId',
      'e.sequence as sequence',
      'e.update_reference_id as updateReferenceId',
      'e.publish_id as publishId',
      'e.published_at as publishedAt',
      'e.transaction_time as transactionTime',
      'e.reference_type as referenceCategory',
      'e.reference_id as referenceId',
      'i.color_id as productColorId',
      'i.size_id as productSizeId',
      'i.style_id as productStyleId',
      'i.configuration_id as productConfigurationId',
      'e.kind as kind',
      'e.item_number as itemNumber',
      'e.source_item_number as sourceSystemItemNumber',
      'e.warehouse_id as warehouseId',
      'e.location_id as locationId',
      'e.license_plate_id as licensePlateId',
      'e.inventory_status_id as inventoryStatusId',
      'e.owner_id as inventoryOwnerId',
      'e.source_owner_id as sourceSystemInventoryOwnerId',
      'e.batch_number as batchNumber',
      'e.serial_number as serialNumber',
      'e.qty as handlingQuantity',
      'i.inventory_unit as handlingQuantityUnitSymbol',
      'e.also_reported_by as alsoReportedBy',
    ]);
  return sourceSystemId === undefined ? q : q.where('e.source_system_id', '=', sourceSystemId);
}
