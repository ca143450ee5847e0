import type { NewBusinessEvent } from '../../events/index.js';
import type { MessageRow } from '../db/message-rows.js';
import { isProductMessageType } from '../domain/message-states.js';
import type { MessageProblem } from './resolution-context.js';

type MessageRef = Pick<MessageRow, 'message_id' | 'version' | 'message_type' | 'source_system_id' | 'order_number'>;

function ref(m: MessageRef) {
  return {
    messageId: m.message_id,
    messageVersion: m.version,
    messageType: m.message_type,
    sourceSystemId: m.source_system_id,
    orderNumber: m.order_number,
  };
}

export function statusChanged(
  m: MessageRef,
  previousStatus: string | null,
  processingStatus: string,
  processorState: string,
  internalOrderNumber: string | null,
): NewBusinessEvent {
  if (isProductMessageType(m.message_type)) {
    // D365 raises its own event for product messages (WHSSourceSystemProductMessageChangedStatusBusinessEvent).
    return {
      type: 'sourceSystemProductMessage.statusChanged',
      sourceSystemId: m.source_system_id,
      subject: m.message_id,
      payload: {
        messageId: m.message_id,
        messageVersion: m.version,
        messageType: m.message_type,
        sourceSystemId: m.source_system_id,
        itemNumber: m.order_number,
        previousStatus,
        processingStatus,
        processorState,
        internalItemNumber: internalOrderNumber,
      },
    };
  }
  return {
    type: 'shipmentOrderMessage.statusChanged',
    sourceSystemId: m.source_system_id,
    subject: m.message_id,
    payload: { ...ref(m), previousStatus, processingStatus, processorState, internalOrderNumber },
  };
}

export function messageFailed(m: MessageRef, attempts: number, errors: MessageProblem[]): NewBusinessEvent {
  return {
    type: 'messageProcessor.messageFailed',
    sourceSystemId: m.source_system_id,
    subject: m.message_id,
    payload: { ...ref(m), attempts, errors },
  };
}
