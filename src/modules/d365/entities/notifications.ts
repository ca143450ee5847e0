import { notificationLineRows, notificationRows } from '../../outbound/index.js';
import { entitySet, type EnumType } from '../odata/entity-set.js';
import { enumOf, int, quantity, text } from './fields.js';

type HeaderRow = ReturnType<typeof notificationRows> extends { executeTakeFirstOrThrow(): Promise<infer R> } ? R : never;
type LineRow = ReturnType<typeof notificationLineRows> extends { executeTakeFirstOrThrow(): Promise<infer R> } ? R : never;

export const OutboundNotificationStatus: EnumType = { name: 'WHSOutboundNotificationStatus', members: ['PickingStarted'] };

/** OutboundNotifications (reference 1.7): read after WHSOutboundNotificationCreatedBusinessEvent. */
export const OutboundNotifications = entitySet<HeaderRow>({
  name: 'OutboundNotifications',
  type: 'OutboundNotification',
  keys: ['dataAreaId', 'OutboundNotificationNumber'],
  rows: (db, sourceSystemId) => notificationRows(db, sourceSystemId).as('t'),
  fields: {
    OutboundNotificationNumber: text('notificationNumber'),
    OutboundNotificationStatus: enumOf('status', OutboundNotificationStatus),
    SourceSystemId: text('sourceSystemId'),
  },
});

/**
 * OutboundShipmentLineNotifications (reference 1.7): one per order line work was created for; OrderNumber is
 * the source system's. D365 nests them under OutboundShipmentNotifications (shipment, order), whose fields
 * each line carries here.
 */
export const OutboundShipmentLineNotifications = entitySet<LineRow>({
  name: 'OutboundShipmentLineNotifications',
  type: 'OutboundShipmentLineNotification',
  keys: ['dataAreaId', 'OutboundNotificationNumber', 'ShipmentNumber', 'OrderNumber', 'LineNumber'],
  rows: (db, sourceSystemId) => notificationLineRows(db, sourceSystemId).as('t'),
  fields: {
    OutboundNotificationNumber: text('notificationNumber'),
    ShipmentNumber: text('shipmentNumber'),
    OrderNumber: text('orderNumber'),
    LineNumber: int('lineNumber'),
    ItemNumber: text('itemNumber'),
    WorkCreatedCumulativeQuantity: quantity('workCreatedQuantity'),
    WorkCreatedQuantityUnitOfMeasure: text('unitSymbol'),
  },
});
