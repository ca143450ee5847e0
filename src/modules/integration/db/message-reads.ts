import type { Executor } from '../../../platform/db/database.js';
import type { OrderMessageType } from '../domain/message-states.js';

/**
 * Shipment order messages as other modules may read them (the D365-compatible service): the latest version
 * of each message, in the field names of /api/v1/messages, confined to one source system when one is given.
 */
export function messageRows(db: Executor, type: OrderMessageType, sourceSystemId: string | undefined) {
  const q = db
    .selectFrom('shipment_order_messages')
    .select([
      'source_system_id as sourceSystemId',
      'message_id as messageId',
      'order_number as orderNumber',
      'version as version',
      'processing_status as processingStatus',
      'origin as origin',
      'received_at as receivedAt',
      'processed_at as processedAt',
      'last_error as lastError',
      'result_order_number as internalOrderNumber',
      'content as content',
    ])
    .where('message_type', '=', type)
    .where('replaced_by_id', 'is', null);
  return sourceSystemId === undefined ? q : q.where('source_system_id', '=', sourceSystemId);
}
