import { defineError } from '../../platform/errors.js';

export const OutboundErrors = {
  lineInProgress: defineError('OUTBOUND.LINE_IN_PROGRESS', 409, 'The order line is released or shipped and cannot be changed that way'),
  orderNotFound: defineError('OUTBOUND.ORDER_NOT_FOUND', 404, 'The outbound shipment order does not exist'),
  orderNumberTaken: defineError('OUTBOUND.ORDER_NUMBER_TAKEN', 409, 'The internal order number is already used'),
  reservationRejected: defineError('OUTBOUND.RESERVATION_REJECTED', 409, 'The order cannot be reserved as its reservation at import policy requires'),
};
