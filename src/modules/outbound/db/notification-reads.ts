import type { Executor } from '../../../platform/db/database.js';

/**
 * Outbound warehouse notifications (picking started) as other modules may read them (the D365-compatible
 * service); quantities in micro-units, confined to one source system when one is given, as the
 * outboundNotification.created event is.
 */
export function notificationRows(db: Executor, sourceSystemId: string | undefined) {
  const q = db
    .selectFrom('outbound_notifications')
    .select(['notification_number as notificationNumber', 'source_system_id as sourceSystemId', 'wave_id as waveId', 'status as status', 'created_at as createdAt']);
  return sourceSystemId === undefined ? q : q.where('source_system_id', '=', sourceSystemId);
}

export function notificationLineRows(db: Executor, sourceSystemId: string | undefined) {
  const q = db
    .selectFrom('outbound_notification_lines as l')
    .innerJoin('outbound_notifications as n', 'n.notification_number', 'l.notification_number')
    .innerJoin('outbound_orders as o', 'o.order_number', 'l.order_number')
    .select([
      'l.id as id',
      'l.notification_number as notificationNumber',
      'n.source_system_id as sourceSystemId',
      'l.shipment_id as shipmentNumber',
      'o.source_order_number as orderNumber',
      'l.order_number as outboundShipmentOrderNumber',
      'l.line_number as lineNumber',
      'l.item_number as itemNumber',
      'l.work_created_qty as workCreatedQuantity',
      'l.unit as unitSymbol',
    ]);
  return sourceSystemId === undefined ? q : q.where('n.source_system_id', '=', sourceSystemId);
}
