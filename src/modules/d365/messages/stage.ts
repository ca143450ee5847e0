import type { AppContext } from '../../../platform/context.js';
import { DomainError } from '../../../platform/errors.js';
import { latestMessageVersion } from '../../integration/index.js';
import { findStagedHeader, saveStagedHeader, saveStagedLine, stagedLineCount, findStagedLine, type MessageKey } from '../db/staged-messages.js';
import { D365Errors } from '../errors.js';
import type { MessageEntity } from './schemas.js';
import { toContent } from './schemas.js';

/** No more lines than Quayside's message schema takes (its `lines` list). */
export const MAX_LINES = 5000;

export interface KeyFields {
  sourceSystemId: string;
  orderNumber: string;
  messageId: string;
}

const conflict = (detail: string, field: string, value: string) => new DomainError(D365Errors.messageKeyConflict, detail, [{ field, reason: detail, value }]);

async function refuseCompleted(ctx: AppContext, key: MessageKey): Promise<void> {
  if (await latestMessageVersion(ctx.db.kysely, key.sourceSystemId, key.messageId)) {
    throw conflict(`Message '${key.messageId}' was completed already; send changes to the order with a new MessageId`, 'MessageId', key.messageId);
  }
}

/** POST of a message header: kept until Complete; sending the same header again replaces it. */
export async function stageHeader(ctx: AppContext, entity: MessageEntity, key: KeyFields, body: Record<string, unknown>): Promise<void> {
  await refuseCompleted(ctx, key);
  const existing = await findStagedHeader(ctx.db.kysely, key);
  if (existing && (existing.order_number !== key.orderNumber || existing.message_type !== entity.messageType)) {
    throw conflict(`MessageId '${key.messageId}' is already used by ${existing.message_type} message for order '${existing.order_number}'`, 'MessageId', key.messageId);
  }
  await saveStagedHeader(ctx.db.kysely, key, { messageType: entity.messageType, orderNumber: key.orderNumber, header: JSON.stringify(toContent(body)) }, ctx.clock.now());
}

/** POST of a message line: its header (same MessageId and OrderNumber) must have been posted first. */
export async function stageLine(ctx: AppContext, entity: MessageEntity, key: KeyFields, body: Record<string, unknown>): Promise<void> {
  const header = await findStagedHeader(ctx.db.kysely, key);
  if (!header) {
    await refuseCompleted(ctx, key);
    throw new DomainError(D365Errors.headerMissing, `Post the ${entity.headerSet} header with MessageId '${key.messageId}' before its lines`, [
      { field: 'MessageId', reason: 'has no header waiting for lines', value: key.messageId },
    ]);
  }
  if (header.order_number !== key.orderNumber || header.message_type !== entity.messageType) {
    throw conflict(`MessageId '${key.messageId}' belongs to ${header.message_type} message for order '${header.order_number}'`, 'OrderNumber', key.orderNumber);
  }
  const content = toContent(body);
  const lineNumber = Number(content.orderLineNumber);
  if (!(await findStagedLine(ctx.db.kysely, key, lineNumber)) && (await stagedLineCount(ctx.db.kysely, key)) >= MAX_LINES) {
    throw new DomainError(D365Errors.tooManyLines, `A message has at most ${String(MAX_LINES)} lines`, [{ field: 'OrderLineNumber', reason: `the message has ${String(MAX_LINES)} lines already` }]);
  }
  await saveStagedLine(ctx.db.kysely, key, lineNumber, JSON.stringify(content), ctx.clock.now());
}
