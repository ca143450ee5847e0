import { defineError } from '../../platform/errors.js';

export const OutboundErrors = {
  lineInProgress: defineError('OUTBOUND.LINE_IN_PROGRESS', 409, 'The order line is released or shipped and cannot be changed that way'),
  orderNotFound: defineError('OUTBOUND.ORDER_NOT_FOUND', 404, 'The outbound shipment order does not exist'),
  orderNumberTaken: defineError('OUTBOUND.ORDER_NUMBER_TAKEN', 409, 'The internal order number is already used'),
  manualOrdersDisabled: defineError('OUTBOUND.MANUAL_ORDERS_DISABLED', 409, 'The source system does not allow manual outbound shipment orders'),
  notShortPickable: defineError('OUTBOUND.NOT_SHORT_PICKABLE', 409, 'The line is not an open outbound pick line'),
  notReleasable: defineError('OUTBOUND.NOT_RELEASABLE', 409, 'The order cannot be released to the warehouse'),
  waveNotFound: defineError('OUTBOUND.WAVE_NOT_FOUND', 404, 'The wave does not exist'),
  waveNotOpen: defineError('OUTBOUND.WAVE_NOT_OPEN', 409, 'The wave was already processed'),
  loadNotFound: defineError('OUTBOUND.LOAD_NOT_FOUND', 404, 'The load does not exist'),
  loadNotShippable: defineError('OUTBOUND.LOAD_NOT_SHIPPABLE', 409, 'The load cannot be ship confirmed in its current state'),
  packingSlipNotFound: defineError('OUTBOUND.PACKING_SLIP_NOT_FOUND', 404, 'The shipment packing slip does not exist'),
  packingSlipPosted: defineError('OUTBOUND.PACKING_SLIP_POSTED', 409, 'The shipment packing slip is already posted or reversed'),
  replenishmentWholeLine: defineError('OUTBOUND.REPLENISHMENT_WHOLE_LINE', 422, 'Replenishment for waiting pick work moves its whole line to the suggested pick location'),
  reservationRejected: defineError('OUTBOUND.RESERVATION_REJECTED', 409, 'The order cannot be reserved as its reservation at import policy requires'),
  loadCapacityExceeded: defineError('OUTBOUND.LOAD_CAPACITY_EXCEEDED', 409, 'The load would take more than its load template allows'),
  shipmentNotFound: defineError('OUTBOUND.SHIPMENT_NOT_FOUND', 404, 'The outbound shipment does not exist'),
  shipmentNotMovable: defineError('OUTBOUND.SHIPMENT_NOT_MOVABLE', 409, 'The shipment cannot move to that load in its current state'),
  loadTemplateNotFound: defineError('OUTBOUND.LOAD_TEMPLATE_NOT_FOUND', 404, 'The load template does not exist'),
  pickedStockNotAvailable: defineError('OUTBOUND.PICKED_STOCK_NOT_AVAILABLE', 409, 'No picked stock of the shipment matches, or someone else moved or packed it first'),
};
