/**
 * Source system settings that shape the flows (reference section 4). Values are stable API strings.
 */
export const ORDER_NUMBER_POLICIES = ['SourceSystemOrderNumber', 'NumberSequence'] as const;
export type OrderNumberPolicy = (typeof ORDER_NUMBER_POLICIES)[number];

/**
 * Reserve outbound order lines when the order is imported: not at all, as much as is available, or
 * reject the order (message Failed) unless it can be fully / at least partly reserved.
 */
export const RESERVATION_AT_IMPORT_POLICIES = ['None', 'Reserve', 'RejectUnlessFullyReserved', 'RejectUnlessPartlyReserved'] as const;
export type ReservationAtImportPolicy = (typeof RESERVATION_AT_IMPORT_POLICIES)[number];

export const CONSOLIDATION_POLICIES = ['UseShipmentConsolidationPolicies', 'AlwaysReleaseShipmentOrdersSeparately'] as const;
export type ConsolidationPolicy = (typeof CONSOLIDATION_POLICIES)[number];

/** FullSynchronization: message processing creates inbound loads and keeps them in step with order updates. */
export const INBOUND_LOAD_SYNC_POLICIES = ['None', 'FullSynchronization'] as const;
export type InboundLoadSyncPolicy = (typeof INBOUND_LOAD_SYNC_POLICIES)[number];

/** At receiving completed: adjust the load to what was received, or require a match within tolerance. */
export const INBOUND_DELIVERY_POLICIES = ['AdjustLoadToReceived', 'RequireMatchWithinTolerance'] as const;
export type InboundDeliveryPolicy = (typeof INBOUND_DELIVERY_POLICIES)[number];

export interface SourceSystem {
  sourceSystemId: string;
  name: string;
  inboundOrderNumberPolicy: OrderNumberPolicy;
  inboundOrderNumberPrefix: string;
  inboundOrderNumberSuffix: string;
  outboundOrderNumberPolicy: OrderNumberPolicy;
  outboundOrderNumberPrefix: string;
  outboundOrderNumberSuffix: string;
  manualInboundOrderCreation: boolean;
  manualOutboundOrderCreation: boolean;
  /** People may create shipment order messages by hand (for testing); editing a failed one is always allowed. */
  manualInboundMessageCreation: boolean;
  manualOutboundMessageCreation: boolean;
  reservationAtImportPolicy: ReservationAtImportPolicy;
  reservationAtImportPolicyMandatory: boolean;
  consolidationPolicy: ConsolidationPolicy;
  inboundLoadSynchronizationPolicy: InboundLoadSyncPolicy;
  inboundDeliveryPolicy: InboundDeliveryPolicy;
  inboundWarehouseInventoryUpdateLogs: boolean;
  outboundWarehouseInventoryUpdateLogs: boolean;
  defaultOwnerId: string | null;
  shipmentReceiptPostingDelayMinutes: number;
  shipmentPackingSlipPostingDelayMinutes: number;
  version: number;
}

/** Defaults for a new source system: what D365 documents, or the least surprising choice. */
export const SOURCE_SYSTEM_DEFAULTS: Omit<SourceSystem, 'sourceSystemId' | 'name' | 'version'> = {
  inboundOrderNumberPolicy: 'SourceSystemOrderNumber',
  inboundOrderNumberPrefix: '',
  inboundOrderNumberSuffix: '',
  outboundOrderNumberPolicy: 'SourceSystemOrderNumber',
  outboundOrderNumberPrefix: '',
  outboundOrderNumberSuffix: '',
  manualInboundOrderCreation: false,
  manualOutboundOrderCreation: false,
  manualInboundMessageCreation: false,
  manualOutboundMessageCreation: false,
  reservationAtImportPolicy: 'None',
  reservationAtImportPolicyMandatory: false,
  consolidationPolicy: 'UseShipmentConsolidationPolicies',
  inboundLoadSynchronizationPolicy: 'None',
  inboundDeliveryPolicy: 'AdjustLoadToReceived',
  inboundWarehouseInventoryUpdateLogs: false,
  outboundWarehouseInventoryUpdateLogs: false,
  defaultOwnerId: null,
  shipmentReceiptPostingDelayMinutes: 1440,
  shipmentPackingSlipPostingDelayMinutes: 1440,
};

/**
 * The internal order number for a new order. With the source system's own number, prefix and suffix
 * keep numbers from different source systems apart; with a sequence, the sequence value is used.
 */
export function internalOrderNumber(
  policy: OrderNumberPolicy,
  prefix: string,
  suffix: string,
  externalOrderNumber: string,
  nextSequenceValue: () => string,
): string {
  const core = policy === 'SourceSystemOrderNumber' ? externalOrderNumber : nextSequenceValue();
  return `${prefix}${core}${suffix}`;
}
