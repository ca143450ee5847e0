import { messageRows, type OrderMessageType } from '../../integration/index.js';
import { entitySet, type EnumType } from '../odata/entity-set.js';
import { enumOf, fromJson, instant, int, text } from './fields.js';

/** WHSShipmentOrderMessageProcessingStatus (reference 2.2); Receiving is a message still waiting for Complete. */
export const MessageProcessingStatus: EnumType = { name: 'WHSShipmentOrderMessageProcessingStatus', members: ['Receiving', 'Received', 'Accepted', 'Failed', 'Draft', 'Canceled'] };

function messageSet(name: string, type: string, messageType: OrderMessageType, headerFields: readonly string[]) {
  type Row = ReturnType<typeof messageRows> extends { executeTakeFirstOrThrow(): Promise<infer R> } ? R : never;
  const fields: Record<string, ReturnType<typeof text<Row>>> = {
    SourceSystemId: text('sourceSystemId'),
    OrderNumber: text('orderNumber'),
    MessageId: text('messageId'),
    ProcessingStatus: enumOf('processingStatus', MessageProcessingStatus),
  };
  for (const field of headerFields) fields[field] = fromJson('content', [field.charAt(0).toLowerCase() + field.slice(1)]);
  // Quayside's additions: what became of the message.
  fields.MessageVersion = int('version');
  fields.ReceivedDateTime = instant('receivedAt');
  fields.ProcessedDateTime = instant('processedAt');
  fields.LastError = text('lastError');
  fields.InternalOrderNumber = text('internalOrderNumber');
  return entitySet<Row>({
    name,
    type,
    keys: ['dataAreaId', 'SourceSystemId', 'OrderNumber', 'MessageId'],
    rows: (db, sourceSystemId) => messageRows(db, messageType, sourceSystemId).as('t'),
    fields,
  });
}

/**
 * Reading the message sets back (after Complete) tells a connector each message's ProcessingStatus, as D365
 * does; a message still waiting for Complete is not listed.
 */
export const InboundShipmentOrderMessageReads = messageSet('InboundShipmentOrderMessages', 'InboundShipmentOrderMessage', 'InboundShipmentOrder', ['OrderType', 'ReceivingWarehouseId']);
export const OutboundShipmentOrderMessageReads = messageSet('OutboundShipmentOrderMessages', 'OutboundShipmentOrderMessage', 'OutboundShipmentOrder', ['OrderType', 'ShipFromWarehouseId']);
