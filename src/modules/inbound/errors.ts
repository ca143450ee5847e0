import { defineError } from '../../platform/errors.js';

export const InboundErrors = {
  lineInProgress: defineError('INBOUND.LINE_IN_PROGRESS', 409, 'The order line has receipts and cannot be changed that way'),
  orderNotFound: defineError('INBOUND.ORDER_NOT_FOUND', 404, 'The inbound shipment order does not exist'),
  orderNumberTaken: defineError('INBOUND.ORDER_NUMBER_TAKEN', 409, 'The internal order number is already used'),
  orderLineNotFound: defineError('INBOUND.ORDER_LINE_NOT_FOUND', 404, 'The inbound shipment order line does not exist or is not active'),
  loadNotFound: defineError('INBOUND.LOAD_NOT_FOUND', 404, 'The inbound load does not exist'),
  loadStatus: defineError('INBOUND.LOAD_STATUS', 409, 'The inbound load is not in a status that allows this'),
  loadLineInvalid: defineError('INBOUND.LOAD_LINE_INVALID', 422, 'The load line does not fit the order line or the load'),
  asnMismatch: defineError('INBOUND.ASN_MISMATCH', 422, 'The ASN does not match its inbound shipment orders'),
  overReceipt: defineError('INBOUND.OVER_RECEIPT', 422, 'The quantity is more than the delivery tolerance or the load over receipt policy allows'),
  registrationInvalid: defineError('INBOUND.REGISTRATION_INVALID', 422, 'The receipt registration does not fit the order line'),
  licensePlateReceived: defineError('INBOUND.LICENSE_PLATE_ALREADY_RECEIVED', 409, 'The ASN license plate was already received'),
  licensePlateUnknown: defineError('INBOUND.LICENSE_PLATE_NOT_EXPECTED', 404, 'No open inbound load expects the license plate'),
  deliveryMismatch: defineError('INBOUND.DELIVERY_MISMATCH', 409, 'Received quantities do not match the load within tolerance'),
  packingSlipRequired: defineError('INBOUND.PACKING_SLIP_REQUIRED', 422, 'The packing slip id is required by the packing slip policy'),
  packingSlipNotCaptured: defineError('INBOUND.PACKING_SLIP_NOT_CAPTURED', 422, 'The packing slip policy is Never'),
  nothingReceived: defineError('INBOUND.NOTHING_RECEIVED', 409, 'Nothing was registered on the load since the last receiving completed'),
  receiptNotFound: defineError('INBOUND.RECEIPT_NOT_FOUND', 404, 'The shipment receipt does not exist'),
  receiptPosted: defineError('INBOUND.RECEIPT_ALREADY_POSTED', 409, 'The shipment receipt is posted and can no longer be reversed'),
  receiptPostingFailed: defineError('INBOUND.RECEIPT_POSTING_FAILED', 409, 'The shipment receipt could not be posted'),
  manualOrdersDisabled: defineError('INBOUND.MANUAL_ORDERS_DISABLED', 409, 'The source system does not allow manual inbound shipment orders'),
};
