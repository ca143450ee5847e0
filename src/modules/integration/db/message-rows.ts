import type { Selectable } from 'kysely';
import { toIso } from '../../../platform/clock.js';
import type { Executor } from '../../../platform/db/database.js';
import type { ProcessingStatus } from '../domain/message-states.js';
import type { MessageLogTable, ShipmentOrderMessagesTable } from './tables.js';

export type MessageRow = Selectable<ShipmentOrderMessagesTable>;

export interface MessageView {
  id: number;
  messageId: string;
  version: number;
  messageType: string;
  sourceSystemId: string;
  orderNumber: string;
  processingStatus: ProcessingStatus;
  processorState: string;
  origin: string;
  attempts: number;
  receivedAt: string | null;
  updatedAt: string | null;
  processedAt: string | null;
  lastError: string | null;
  internalOrderNumber: string | null;
  previousVersionId: number | null;
  replacedById: number | null;
}

export function messageView(r: MessageRow): MessageView {
  return {
    id: r.id,
    messageId: r.message_id,
    version: r.version,
    messageType: r.message_type,
    sourceSystemId: r.source_system_id,
    orderNumber: r.order_number,
    processingStatus: r.processing_status as ProcessingStatus,
    processorState: r.processor_state,
    origin: r.origin,
    attempts: r.attempts,
    receivedAt: toIso(r.received_at),
    updatedAt: toIso(r.updated_at),
    processedAt: toIso(r.processed_at),
    lastError: r.last_error,
    internalOrderNumber: r.result_order_number,
    previousVersionId: r.previous_version_id,
    replacedById: r.replaced_by_id,
  };
}

export interface LogView {
  attempt: number;
  at: string | null;
  level: string;
  text: string;
  field: string | null;
  value: string | null;
}

export function logView(r: Selectable<MessageLogTable>): LogView {
  return { attempt: r.attempt, at: toIso(r.at), level: r.level, text: r.text, field: r.field, value: r.value };
}

export async function findMessage(db: Executor, id: number): Promise<MessageRow | undefined> {
  return db.selectFrom('shipment_order_messages').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The newest version of a message as the source system knows it (by its own message id). */
export async function findLatestVersion(db: Executor, sourceSystemId: string, messageId: string): Promise<MessageRow | undefined> {
  return db
    .selectFrom('shipment_order_messages')
    .selectAll()
    .where('source_system_id', '=', sourceSystemId)
    .where('message_id', '=', messageId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}
