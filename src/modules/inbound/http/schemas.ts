import { Type } from 'typebox';
import { ProductDimensionFields } from '../../master-data/index.js';
import { invalid } from '../../../platform/errors.js';
import { parseQty } from '../../../platform/quantity.js';
import { Id, Quantity as PositiveQuantity } from '../../../platform/http/schema-types.js';

export const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
export const OperationId = Id({ maxLength: 200, description: 'Client operation id: a retried scan with the same id is applied once' });
export const Quantity = PositiveQuantity();

/** A decimal from the API as exact micro-units, or a validation error naming the field. */
export function micro(field: string, value: number): number {
  const parsed = parseQty(value);
  if (parsed === undefined) throw invalid(field, 'has more decimals than supported', value);
  return parsed;
}

export const LoadLine = Type.Object({
  orderNumber: Type.String(),
  orderLineNumber: Type.Integer(),
  inventoryLotId: Type.Integer(),
  itemNumber: Type.String(),
  shipmentId: nullable(Type.String()),
  quantity: Type.Number({ description: 'Planned, in the inventory unit' }),
  registeredQuantity: Type.Number(),
});

const LoadHeader = {
  loadId: Type.String(),
  warehouseId: Type.String(),
  sourceSystemId: nullable(Type.String()),
  loadStatus: Type.String({ description: 'Open, Shipped, InProcess or Received' }),
  origin: Type.String({ description: 'Manual, Asn, MessageSynchronization or Receiving' }),
  loadOverReceiptPolicy: nullable(Type.String({ description: "Overrides the warehouse's policy when set" })),
  transport: Type.Record(Type.String(), Type.Unknown()),
  receivingCompletedAt: nullable(Type.String()),
  packingSlipId: nullable(Type.String()),
  packingSlipDate: nullable(Type.String()),
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
};
export const LoadSummary = Type.Object(LoadHeader);
export const Load = Type.Object({
  ...LoadHeader,
  lines: Type.Array(LoadLine),
  shipments: Type.Array(Type.Object({ shipmentId: Type.String(), vendorShipmentId: nullable(Type.String()), vendorPackingSlipId: nullable(Type.String()), details: Type.Record(Type.String(), Type.Unknown()) })),
  licensePlates: Type.Array(
    Type.Object({
      licensePlateNumber: Type.String(),
      parentLicensePlateNumber: nullable(Type.String()),
      shipmentId: nullable(Type.String()),
      receivedAt: nullable(Type.String()),
      lines: Type.Array(Type.Object({ inventoryLotId: Type.Integer(), itemNumber: Type.String(), quantity: Type.Number(), batchNumber: nullable(Type.String()) })),
    }),
  ),
});
export const LoadWithReceipts = Type.Object({ ...Load.properties, shipmentReceiptVersionNumbers: Type.Array(Type.String()) });

export const OverReceiptPolicy = Type.Union([Type.Literal('Allow'), Type.Literal('Block'), Type.Literal('BlockForClosedLoads')]);
export const PackingSlipPolicy = Type.Union([Type.Literal('Never'), Type.Literal('Always'), Type.Literal('Optional')]);

export const Registration = Type.Object({
  registrationId: Type.Integer(),
  orderNumber: Type.String(),
  orderLineNumber: Type.Integer(),
  itemNumber: Type.String(),
  loadId: Type.String(),
  quantity: Type.Number({ description: 'In the inventory unit' }),
  unitSymbol: Type.String(),
  licensePlateId: nullable(Type.String()),
  locationId: Type.String(),
  batchNumber: nullable(Type.String()),
  serialNumber: nullable(Type.String()),
  inventoryStatusId: Type.String(),
  crossDock: Type.Optional(
    nullable(
      Type.Object(
        { orderNumber: Type.String(), sourceOrderNumber: Type.String(), lineNumber: Type.Integer(), qty: Type.Number({ description: 'In the inventory unit' }) },
        { description: 'The outbound order line that took this stock at once (cross-docking): it goes to outbound staging with that order, not to put-away' },
      ),
    ),
  ),
});
export const RegistrationResult = Type.Object({
  registrations: Type.Array(Registration),
  workId: nullable(Type.String({ description: 'The put-away work created for this registration; null when all of it was cross-docked' })),
  replayed: Type.Boolean({ description: 'True when this answers a retry of an operation already applied' }),
});

export const ReceiptLine = Type.Object({
  inventoryLotId: Type.Integer(),
  orderLineNumber: Type.Integer(),
  itemNumber: Type.String(),
  sourceSystemItemNumber: Type.String({ description: 'The item number the order line named (a product master for a variant named by its dimensions)' }),
  ...ProductDimensionFields,
  orderedQuantity: Type.Number(),
  orderedUnitSymbol: Type.String(),
  receivedQuantity: Type.Number({ description: 'On this receipt, in the ordered unit' }),
  remainingQuantity: Type.Number({ description: 'Of the order line, in the ordered unit' }),
  receivedHandlingQuantity: Type.Number({ description: 'In the inventory (handling) unit' }),
  remainingHandlingQuantity: Type.Number(),
  handlingUnitSymbol: Type.String(),
  references: Type.Record(Type.String(), Type.Unknown()),
});
export const ReceiptDimension = Type.Object({
  inventoryLotId: Type.Integer(),
  receivingSiteId: nullable(Type.String()),
  receivingWarehouseId: Type.String(),
  licensePlateNumber: nullable(Type.String()),
  itemBatchNumber: nullable(Type.String()),
  itemSerialNumber: nullable(Type.String()),
  inventoryOwnerId: Type.String(),
  sourceSystemInventoryOwnerId: nullable(Type.String()),
  orderedInventoryStatusId: Type.String(),
  sourceSystemItemNumber: Type.String(),
  sourceSystemDispositionCode: nullable(Type.String({ description: "A returned quantity's disposition code (returns only)" })),
  handlingQuantity: Type.Number(),
  handlingUnitSymbol: Type.String(),
});
export const ShipmentReceipt = Type.Object({
  shipmentReceiptVersionNumber: Type.String({ description: '<number>.<version>' }),
  shipmentReceiptNumber: Type.String(),
  version: Type.Integer(),
  isActive: Type.Boolean({ description: 'The current version of the receipt number' }),
  postingStatus: Type.String({ description: 'ReadyForPosting, Posted, or Canceled (a reversal)' }),
  sourceSystemId: Type.String(),
  loadId: Type.String(),
  shipmentId: nullable(Type.String({ description: "The load's shipment the goods arrived on (from the ASN); one receipt per shipment and order" })),
  inboundShipmentOrderNumber: Type.String(),
  sourceSystemOrderNumber: Type.String(),
  sourceSystemOrderType: nullable(Type.String()),
  receivingWarehouseId: Type.String(),
  receiptDate: Type.String(),
  documentDate: nullable(Type.String({ description: "The shipment's vendor packing slip date (ASN details vendorPackingSlipDocumentDate), else the packing slip date given at receiving completed" })),
  deliveryTermsCode: nullable(Type.String({ description: 'From the ASN shipment details (deliveryTermsCode)' })),
  shippingCarrierId: nullable(Type.String({ description: "From the ASN shipment details, else the load's transport (shippingCarrierId)" })),
  shippingCarrierServiceId: nullable(Type.String()),
  receivingCompletedPackingSlipId: nullable(Type.String()),
  packingSlipDate: nullable(Type.String()),
  parties: Type.Record(Type.String(), Type.Unknown()),
  cursor: Type.String({ description: 'Pass as ?after= to read only later changes' }),
  postedAt: nullable(Type.String()),
  postingAttempts: Type.Integer(),
  lastPostingError: nullable(Type.String()),
  updatedAt: Type.String(),
  lines: Type.Array(ReceiptLine),
  transactionDimensions: Type.Array(ReceiptDimension),
});
