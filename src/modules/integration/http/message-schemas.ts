import { Type, type Static, type TProperties } from 'typebox';
import { RESERVATION_AT_IMPORT_POLICIES } from '../../source-systems/index.js';
import { DateTime, Id, Int, LineNumber, MAX_DAYS, Quantity } from '../../../platform/http/schema-types.js';

/**
 * Shipment order message bodies, following the reference's message entities (section 5.2) in camelCase.
 * Unknown fields are rejected so that a typo in an integration is found on the first request.
 */
const text = (maxLength = 200) => Type.Optional(Type.String({ maxLength }));
const dateTime = () => Type.Optional(DateTime());
const quantity = (description: string) => Quantity({ description: `${description}; up to 6 decimals` });
const percentage = () => Type.Optional(Type.Number({ minimum: 0, maximum: 1000 }));

const ADDRESS_FIELDS = [
  'Street',
  'StreetNumber',
  'StreetInKana',
  'BuildingComplement',
  'PostBox',
  'City',
  'CityInKana',
  'County',
  'District',
  'State',
  'ZipCode',
  'CountryRegionId',
  'TimeZone',
] as const;

function party(prefix: string, extra: readonly string[]): TProperties {
  const props: TProperties = {};
  for (const field of [...extra, ...ADDRESS_FIELDS]) props[`${prefix}${field}`] = text();
  props[`${prefix}Latitude`] = Type.Optional(Type.Number({ minimum: -90, maximum: 90 }));
  props[`${prefix}Longitude`] = Type.Optional(Type.Number({ minimum: -180, maximum: 180 }));
  return props;
}

export const CONSIGNER_FIELDS = party('consigner', ['AccountNumber', 'Name', 'Reference', 'ContactName', 'Email', 'Telephone']);
export const SENDER_FIELDS = party('sender', ['Name']);
export const CONSIGNEE_FIELDS = party('consignee', ['AccountNumber', 'Name', 'PurchaseOrderNumber', 'Reference', 'ContactName', 'Email', 'Telephone']);
export const RECEIVER_FIELDS = party('receiver', ['Name', 'ContactName', 'Email', 'Telephone']);

const MessageKeys = {
  messageId: Id({ maxLength: 100, description: 'Unique per source system; a resend with the same id changes nothing' }),
  sourceSystemId: Type.Optional(Id({ maxLength: 50, description: 'Defaults to the source system of the API key' })),
  orderNumber: Id({ maxLength: 50, description: "The source system's order number" }),
  orderType: text(50),
  orderOrigin: text(),
  orderChannel: text(),
};

const ProductDims = {
  productColorId: text(50),
  productSizeId: text(50),
  productStyleId: text(50),
  productConfigurationId: text(50),
  productVersionId: text(50),
};

const LineKeys = {
  orderLineNumber: LineNumber({ description: 'Unique within the order' }),
  itemNumber: Id({ maxLength: 50, description: "The source system's item number (mapped by source system items)" }),
  itemBatchNumber: text(50),
  itemSerialNumber: text(50),
  inventoryOwnerId: text(50),
  sourceSystemInventoryOwnerId: text(50),
  underdeliveryPercentage: percentage(),
  overdeliveryPercentage: percentage(),
  ...ProductDims,
};

export const InboundLineMessage = Type.Object(
  {
    ...LineKeys,
    expectedQuantity: quantity('Expected quantity in expectedUnitSymbol'),
    expectedUnitSymbol: Id({ maxLength: 10 }),
    expectedInventoryStatus: text(50),
    consignerLineNumber: Type.Optional(Int({ minimum: 0 })),
    consignerItemNumber: text(50),
    consignerReference: text(),
    crossDockSourceId: text(50),
  },
  { additionalProperties: false },
);

export const InboundShipmentOrderMessage = Type.Object(
  {
    ...MessageKeys,
    receivingWarehouseId: Id({ maxLength: 50 }),
    plannedReceiptPeriodStart: dateTime(),
    plannedReceiptPeriodEnd: dateTime(),
    ...CONSIGNER_FIELDS,
    ...SENDER_FIELDS,
    lines: Type.Array(InboundLineMessage, { maxItems: 5000, description: 'No lines: cancel the order' }),
  },
  { additionalProperties: false },
);
export type InboundShipmentOrderMessage = Static<typeof InboundShipmentOrderMessage>;
export type InboundLineMessage = Static<typeof InboundLineMessage>;

export const OutboundLineMessage = Type.Object(
  {
    ...LineKeys,
    itemDescription: text(),
    orderedQuantity: quantity('Ordered quantity in orderedUnitSymbol'),
    orderedUnitSymbol: Id({ maxLength: 10 }),
    orderedInventoryStatusId: text(50),
    sellableDays: Type.Optional(Int({ minimum: 0, maximum: MAX_DAYS })),
    consigneeLineNumber: Type.Optional(Int({ minimum: 0 })),
    consigneeItemNumber: text(50),
    consigneeReference: text(),
    crossDockLines: Type.Optional(
      Type.Array(
        Type.Object(
          {
            crossDockSourceId: Id({ maxLength: 50, description: 'The crossDockSourceId of the inbound order line whose received stock this line waits for' }),
            sourceLineRequestedQuantity: Type.Optional(Quantity({ description: 'Informational: the quantity asked of that source' })),
          },
          { additionalProperties: false },
        ),
        { maxItems: 1, description: 'Cross-dock demand (reference OutboundShipmentOrderLineCrossDockMessages); one source per line' },
      ),
    ),
  },
  { additionalProperties: false },
);

export const ReservationAtImportValues = Type.Enum([...RESERVATION_AT_IMPORT_POLICIES]);

export const OutboundShipmentOrderMessage = Type.Object(
  {
    ...MessageKeys,
    shipFromWarehouseId: Id({ maxLength: 50 }),
    requestedShippingPeriodStart: dateTime(),
    requestedShippingPeriodEnd: dateTime(),
    requestedDeliveryPeriodStart: dateTime(),
    requestedDeliveryPeriodEnd: dateTime(),
    deliveryTermsCode: text(50),
    deliveryModeCode: text(50),
    shippingCarrierId: text(50),
    shippingCarrierServiceId: text(50),
    shippingCarrierServiceGroupId: text(50),
    transportationModeId: text(50),
    transportationBrokerId: text(50),
    transportationRoutePlanId: text(50),
    plannedTransportationId: text(50),
    languageId: text(10),
    reservationAtImportPolicy: Type.Optional(ReservationAtImportValues),
    ...CONSIGNEE_FIELDS,
    ...RECEIVER_FIELDS,
    lines: Type.Array(OutboundLineMessage, { maxItems: 5000, description: 'No lines: cancel the order' }),
  },
  { additionalProperties: false },
);
export type OutboundShipmentOrderMessage = Static<typeof OutboundShipmentOrderMessage>;
export type OutboundLineMessage = Static<typeof OutboundLineMessage>;

export type AnyOrderMessage = InboundShipmentOrderMessage | OutboundShipmentOrderMessage;
