/**
 * Integration: the source systems' shipment order messages, stored exactly once and processed in order
 * per order by the message processor, which drives inbound and outbound; and integration monitoring.
 * The wiring (routes, the processor's poller, retention) is in module.ts.
 *
 * Tables: shipment_order_messages, message_log, removed_shipment_order_messages.
 * Events: shipmentOrderMessage.statusChanged, messageProcessor.messageFailed.
 */
export { receiveMessage, type MessageOrigin } from './commands/receive-message.js';
export { messageRows } from './db/message-reads.js';
export { findLatestVersion as latestMessageVersion, messageView, type MessageView } from './db/message-rows.js';
export type { MessageType, OrderMessageType, ProcessingStatus } from './domain/message-states.js';
export {
  InboundShipmentOrderMessage,
  OutboundShipmentOrderMessage,
  InboundLineMessage,
  OutboundLineMessage,
  type AnyOrderMessage,
} from './http/message-schemas.js';
export { processQueuedMessages } from './commands/process-messages.js';
export { IntegrationErrors } from './errors.js';
