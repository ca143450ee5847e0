import { defineError } from '../../platform/errors.js';

export const InboundErrors = {
  lineInProgress: defineError('INBOUND.LINE_IN_PROGRESS', 409, 'The order line has receipts and cannot be changed that way'),
  orderNotFound: defineError('INBOUND.ORDER_NOT_FOUND', 404, 'The inbound shipment order does not exist'),
  orderNumberTaken: defineError('INBOUND.ORDER_NUMBER_TAKEN', 409, 'The internal order number is already used'),
};
