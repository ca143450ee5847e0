import { defineError } from '../../platform/errors.js';

export const IntegrationErrors = {
  messageActionNotAllowed: defineError('INTEGRATION.MESSAGE_ACTION_NOT_ALLOWED', 409, 'The action is not allowed in the message\'s status'),
  messageEditInvalid: defineError('INTEGRATION.MESSAGE_EDIT_INVALID', 400, 'The edited message changes what may not be changed'),
  messageBlocked: defineError('INTEGRATION.MESSAGE_BLOCKED', 409, 'An earlier message of the same order is not processed yet'),
  unresolvedReference: defineError('INTEGRATION.UNRESOLVED_REFERENCE', 422, 'A message refers to something unknown'),
  messageRemoved: defineError('INTEGRATION.MESSAGE_REMOVED', 409, 'The message id was used before; that message was removed after its retention period and is not applied again'),
  manualMessagesDisabled: defineError('INTEGRATION.MANUAL_MESSAGES_DISABLED', 409, 'The source system does not allow creating messages by hand'),
  invalidMessage: defineError('INTEGRATION.INVALID_MESSAGE', 422, 'The message content is not valid'),
};
