import { Compile, type Validator } from 'typebox/compile';
import type { TObject } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { CommonErrors, DomainError, type FieldProblem } from '../../../platform/errors.js';
import { latestMessageVersion, receiveMessage, type AnyOrderMessage, type MessageOrigin, type MessageView, messageView } from '../../integration/index.js';
import { discardStaged, findStagedHeader, stagedLines } from '../db/staged-messages.js';
import { D365Errors } from '../errors.js';
import type { MessageEntity } from './schemas.js';
import { pascal } from './schemas.js';
import type { KeyFields } from './stage.js';
import { runCommand } from '../../../platform/command.js';

const validators = new WeakMap<TObject, Validator>();

function validatorOf(schema: TObject): Validator {
  let validator = validators.get(schema);
  if (!validator) {
    validator = Compile(schema);
    validators.set(schema, validator);
  }
  return validator;
}

/** `lines/2/expectedQuantity` -> `Lines/2/ExpectedQuantity`: the entity's names for a problem. */
function target(path: string): string {
  return path.replace(/^\//, '').split('/').map(pascal).join('/') || 'body';
}

function checkAssembled(schema: TObject, content: unknown): void {
  const validator = validatorOf(schema);
  if (validator.Check(content)) return;
  const problems: FieldProblem[] = [...validator.Errors(content)].slice(0, 20).map((e) => ({ field: target(e.instancePath), reason: e.message }));
  throw new DomainError(CommonErrors.validation, problems.map((p) => `${p.field}: ${p.reason}`).join('; '), problems);
}

/**
 * The bound action Complete: the header and its lines become one shipment order message, handed to the same
 * intake as POST /api/v1/{inbound,outbound}-shipment-order-messages, and the staged parts are removed. A
 * second Complete of the same message changes nothing and succeeds, so a connector may retry it.
 */
export async function completeMessage(ctx: AppContext, entity: MessageEntity, key: KeyFields, origin: MessageOrigin): Promise<MessageView> {
  const header = await findStagedHeader(ctx.db.kysely, key);
  if (!header) {
    const known = await latestMessageVersion(ctx.db.kysely, key.sourceSystemId, key.messageId);
    if (known && known.order_number === key.orderNumber && known.message_type === entity.messageType) return messageView(known);
    throw new DomainError(D365Errors.headerMissing, `No ${entity.headerSet} header with MessageId '${key.messageId}' and OrderNumber '${key.orderNumber}' was posted`, [
      { field: 'MessageId', reason: 'has no header waiting for Complete', value: key.messageId },
    ]);
  }
  if (header.order_number !== key.orderNumber || header.message_type !== entity.messageType) {
    throw new DomainError(D365Errors.messageKeyConflict, `MessageId '${key.messageId}' belongs to ${header.message_type} message for order '${header.order_number}'`, [
      { field: 'OrderNumber', reason: 'is not the order of this message', value: key.orderNumber },
    ]);
  }
  const lines = await stagedLines(ctx.db.kysely, key);
  const content = {
    ...(JSON.parse(header.header) as Record<string, unknown>),
    messageId: key.messageId,
    orderNumber: key.orderNumber,
    lines: lines.map((l) => JSON.parse(l.content) as unknown),
  };
  checkAssembled(entity.message, content);
  const { message } = await receiveMessage(ctx, entity.messageType, key.sourceSystemId, content as unknown as AnyOrderMessage, origin);
  await runCommand(ctx, ({ trx }) => discardStaged(trx, key));
  return messageView(message);
}
