import { Type } from 'typebox';
import {
  CONSOLIDATION_POLICIES,
  INBOUND_DELIVERY_POLICIES,
  INBOUND_LOAD_SYNC_POLICIES,
  ORDER_NUMBER_POLICIES,
  RESERVATION_AT_IMPORT_POLICIES,
} from '../domain/source-system-settings.js';
import { Id, Int } from '../../../platform/http/schema-types.js';

const oneOf = <const T extends readonly string[]>(values: T, description: string) => Type.Unsafe<T[number]>(Type.Enum([...values], { description }));
const affix = () => Type.String({ maxLength: 20 });
const delay = (what: string) => Type.Integer({ minimum: 0, maximum: 60 * 24 * 90, description: `Minutes after creation before ${what} are finalized` });

const settings = {
  inboundOrderNumberPolicy: oneOf(ORDER_NUMBER_POLICIES, "Internal inbound order number: the source system's order number, or our number sequence"),
  inboundOrderNumberPrefix: affix(),
  inboundOrderNumberSuffix: affix(),
  outboundOrderNumberPolicy: oneOf(ORDER_NUMBER_POLICIES, 'Internal outbound order number policy'),
  outboundOrderNumberPrefix: affix(),
  outboundOrderNumberSuffix: affix(),
  manualInboundOrderCreation: Type.Boolean({ description: 'Allow creating inbound shipment orders by hand' }),
  manualOutboundOrderCreation: Type.Boolean({ description: 'Allow creating outbound shipment orders by hand' }),
  manualInboundMessageCreation: Type.Boolean({ description: 'Allow people to create inbound shipment order messages by hand (for testing; they start as Draft). Editing a failed message is always allowed' }),
  manualOutboundMessageCreation: Type.Boolean({ description: 'Allow people to create outbound shipment order messages by hand (for testing; they start as Draft)' }),
  reservationAtImportPolicy: oneOf(RESERVATION_AT_IMPORT_POLICIES, 'Reserve outbound orders when they are imported, and whether to reject orders that cannot be reserved'),
  reservationAtImportPolicyMandatory: Type.Boolean({ description: 'Messages may not override the reservation at import policy' }),
  consolidationPolicy: oneOf(CONSOLIDATION_POLICIES, 'How released order lines are grouped into shipments'),
  inboundLoadSynchronizationPolicy: oneOf(INBOUND_LOAD_SYNC_POLICIES, 'Create and update inbound loads when messages are processed'),
  inboundDeliveryPolicy: oneOf(INBOUND_DELIVERY_POLICIES, 'At receiving completed: adjust the load to what was received, or require a match'),
  inboundWarehouseInventoryUpdateLogs: Type.Boolean({ description: 'Report inbound order transactions in the warehouse inventory update log' }),
  outboundWarehouseInventoryUpdateLogs: Type.Boolean({ description: 'Report outbound order transactions in the warehouse inventory update log' }),
  defaultOwnerId: Type.Union([Id({ maxLength: 64 }), Type.Null()], { description: 'Warehouse inventory owner used when a line names none' }),
  shipmentReceiptPostingDelayMinutes: delay('shipment receipts'),
  shipmentPackingSlipPostingDelayMinutes: delay('shipment packing slips'),
};

export const SourceSystemView = Type.Object({
  sourceSystemId: Type.String(),
  name: Type.String(),
  ...settings,
  version: Type.Integer({ description: 'Send it back as expectedVersion to update only what you read' }),
});

const optionalSettings = Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, Type.Optional(v)])) as {
  [K in keyof typeof settings]: ReturnType<typeof Type.Optional<(typeof settings)[K]>>;
};

export const NewSourceSystem = Type.Object(
  {
    sourceSystemId: Type.String({ minLength: 1, maxLength: 50, pattern: '^[A-Za-z0-9_.-]+$', description: 'Must match sourceSystemId in every message' }),
    name: Type.String({ minLength: 1, maxLength: 200 }),
    ...optionalSettings,
  },
  { additionalProperties: false },
);

export const SourceSystemChanges = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), expectedVersion: Type.Optional(Int({ minimum: 1 })), ...optionalSettings },
  { additionalProperties: false },
);

export const SourceSystemItem = Type.Object(
  { externalItemNumber: Id({ maxLength: 50 }), itemNumber: Id({ maxLength: 50 }) },
  { additionalProperties: false },
);
