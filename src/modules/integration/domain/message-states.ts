/**
 * Two status models for a shipment order message (reference 2.1 and 2.2): the business-facing
 * processing status and the message processor's state. They move together; the table below is the
 * only place that says how.
 */
export const PROCESSING_STATUSES = ['Received', 'Accepted', 'Failed', 'Canceled', 'Draft'] as const;
export type ProcessingStatus = (typeof PROCESSING_STATUSES)[number];

export const PROCESSOR_STATES = ['None', 'Queued', 'Processed', 'Failed', 'Canceled'] as const;
export type ProcessorState = (typeof PROCESSOR_STATES)[number];

export const STATE_FOR_STATUS: Record<ProcessingStatus, ProcessorState> = {
  Draft: 'None',
  Received: 'Queued',
  Accepted: 'Processed',
  Failed: 'Failed',
  Canceled: 'Canceled',
};

export type MessageAction = 'queue' | 'cancel' | 'process' | 'edit';

/** Which manual actions each processing status allows. */
export const ALLOWED_ACTIONS: Record<ProcessingStatus, readonly MessageAction[]> = {
  Draft: ['queue', 'cancel', 'edit'],
  Received: ['cancel', 'process'],
  Failed: ['queue', 'cancel', 'process', 'edit'],
  Canceled: ['queue'],
  Accepted: [],
};

export function actionAllowed(status: ProcessingStatus, action: MessageAction): boolean {
  return ALLOWED_ACTIONS[status].includes(action);
}

/** A message in one of these processor states holds later messages of the same order. */
export const BLOCKING_STATES: readonly ProcessorState[] = ['Queued', 'Failed'];

export const MAX_ATTEMPTS = 3;

/** Delay before retrying after a transient error: 30 s, then 2 min. */
export function retryDelayMs(attempt: number): number {
  return 30_000 * 4 ** (attempt - 1);
}

export type OrderMessageType = 'InboundShipmentOrder' | 'OutboundShipmentOrder';

/** Product master messages (reference 5.3): processed by the same processor, in order per product. */
export const PRODUCT_MESSAGE_TYPES = ['Product', 'ProductVariant', 'ProductUnitConversion', 'ProductBarcode'] as const;
export type ProductMessageType = (typeof PRODUCT_MESSAGE_TYPES)[number];

export type MessageType = OrderMessageType | ProductMessageType;
export const MESSAGE_TYPES: readonly MessageType[] = ['InboundShipmentOrder', 'OutboundShipmentOrder', ...PRODUCT_MESSAGE_TYPES];

export function isProductMessageType(type: string): type is ProductMessageType {
  return (PRODUCT_MESSAGE_TYPES as readonly string[]).includes(type);
}

export function orderKey(type: OrderMessageType, sourceSystemId: string, orderNumber: string): string {
  return `${type}|${sourceSystemId}|${orderNumber}`;
}

/**
 * The queue of a product: a product master, its variants and every item's conversions and bar codes are
 * processed in arrival order (a variant after its master), different products side by side.
 */
export function productKey(sourceSystemId: string, productNumber: string): string {
  return `Product|${sourceSystemId}|${productNumber}`;
}
