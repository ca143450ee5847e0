import type { ResourceConfig, ResourceField } from '../master-data/resources';

const choice = (name: string, label: string, options: readonly string[], hint?: string): ResourceField => ({ name, label, kind: 'enum', options, ...(hint ? { hint } : {}) });
const yesNo = (name: string, label: string, initial: boolean, hint?: string): ResourceField => ({ name, label, kind: 'flag', initial: String(initial), ...(hint ? { hint } : {}) });
const text = (name: string, label: string, hint?: string): ResourceField => ({ name, label, kind: 'text', ...(hint ? { hint } : {}) });
const minutes = (name: string, label: string, hint: string): ResourceField => ({ name, label, kind: 'int', hint });

const NUMBERING = ['SourceSystemOrderNumber', 'NumberSequence'] as const;

/** A source system has many settings; they are shown in groups by what they govern. */
export const SETTING_GROUPS: { title: string; fields: ResourceField[] }[] = [
  {
    title: 'Identity',
    fields: [
      { name: 'sourceSystemId', label: 'Source system id', kind: 'text', key: true, required: true, hint: 'Must match sourceSystemId in every message' },
      { name: 'name', label: 'Name', kind: 'text', required: true },
      { ...text('defaultOwnerId', 'Default inventory owner', 'Used when a line names no owner'), nullable: true },
    ],
  },
  {
    title: 'Order numbers',
    fields: [
      choice('inboundOrderNumberPolicy', 'Inbound order number', NUMBERING, "The source system's order number, or Quayside's number sequence"),
      text('inboundOrderNumberPrefix', 'Inbound prefix'),
      text('inboundOrderNumberSuffix', 'Inbound suffix'),
      choice('outboundOrderNumberPolicy', 'Outbound order number', NUMBERING),
      text('outboundOrderNumberPrefix', 'Outbound prefix'),
      text('outboundOrderNumberSuffix', 'Outbound suffix'),
    ],
  },
  {
    title: 'Manual orders',
    fields: [
      yesNo('manualInboundOrderCreation', 'Manual inbound orders', false, 'Allow creating inbound shipment orders by hand'),
      yesNo('manualOutboundOrderCreation', 'Manual outbound orders', false, 'Allow creating outbound shipment orders by hand'),
    ],
  },
  {
    title: 'Manual messages',
    fields: [
      yesNo('manualInboundMessageCreation', 'Manual inbound messages', false, 'Allow creating inbound shipment order messages by hand, for testing (they start as Draft)'),
      yesNo('manualOutboundMessageCreation', 'Manual outbound messages', false, 'Allow creating outbound shipment order messages by hand, for testing (they start as Draft)'),
    ],
  },
  {
    title: 'Outbound reservation and release',
    fields: [
      choice('reservationAtImportPolicy', 'Reservation at import', ['None', 'Reserve', 'RejectUnlessFullyReserved', 'RejectUnlessPartlyReserved']),
      yesNo('reservationAtImportPolicyMandatory', 'Reservation policy mandatory', false, 'Messages may not override it'),
      choice('consolidationPolicy', 'Consolidation', ['UseShipmentConsolidationPolicies', 'AlwaysReleaseShipmentOrdersSeparately'], 'How released order lines are grouped into shipments'),
    ],
  },
  {
    title: 'Inbound',
    fields: [
      choice('inboundLoadSynchronizationPolicy', 'Inbound load synchronization', ['None', 'FullSynchronization'], 'Create and update inbound loads when messages are processed'),
      choice('inboundDeliveryPolicy', 'Inbound delivery', ['AdjustLoadToReceived', 'RequireMatchWithinTolerance'], 'At receiving completed'),
    ],
  },
  {
    title: 'Reporting back to the source system',
    fields: [
      yesNo('inboundWarehouseInventoryUpdateLogs', 'Inbound transactions in the update log', false),
      yesNo('outboundWarehouseInventoryUpdateLogs', 'Outbound transactions in the update log', false),
      minutes('shipmentReceiptPostingDelayMinutes', 'Shipment receipt posting delay (minutes)', 'Minutes after creation before shipment receipts are finalized'),
      minutes('shipmentPackingSlipPostingDelayMinutes', 'Packing slip posting delay (minutes)', 'Minutes after creation before packing slips are finalized'),
    ],
  },
];

/** The settings as a resource configuration, so the master data form helpers build the bodies. */
export const SOURCE_SYSTEM_CONFIG: ResourceConfig = {
  id: 'source-systems',
  title: 'Source systems',
  noun: 'source system',
  path: '/api/v1/source-systems',
  urlKey: ['sourceSystemId'],
  fields: SETTING_GROUPS.flatMap((g) => g.fields),
  filters: [],
};
