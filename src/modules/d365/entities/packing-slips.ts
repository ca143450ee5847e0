import { packingSlipLineRows, packingSlipRows } from '../../outbound/index.js';
import { entitySet } from '../odata/entity-set.js';
import { numericText, emptyText, enumOf, fromJson, instant, int, noDate, noYes, partyFields, quantity, text, zero } from './fields.js';
import { PostingStatus } from './shipment-receipts.js';

type HeaderRow = ReturnType<typeof packingSlipRows> extends { executeTakeFirstOrThrow(): Promise<infer R> } ? R : never;
type LineRow = ReturnType<typeof packingSlipLineRows> extends { executeTakeFirstOrThrow(): Promise<infer R> } ? R : never;

/** ShipmentPackingSlipJournalHeaders (reference 1.6): what ship confirmation reports, read after WHSShipmentPackingSlipJournalModifiedBusinessEvent. */
export const ShipmentPackingSlipJournalHeaders = entitySet<HeaderRow>({
  name: 'ShipmentPackingSlipJournalHeaders',
  type: 'ShipmentPackingSlipJournalHeader',
  keys: ['dataAreaId', 'ShipmentPackingSlipVersionNumber'],
  rows: (db, sourceSystemId) => packingSlipRows(db, sourceSystemId).as('t'),
  fields: {
    ShipmentPackingSlipVersionNumber: text('shipmentPackingSlipVersionNumber'),
    ShipmentPackingSlipNumber: text('shipmentPackingSlipNumber'),
    IsActive: noYes('isActive'),
    SourceSystemId: text('sourceSystemId'),
    LoadId: text('loadId'),
    ShipmentId: text('shipmentId'),
    ShipFromWarehouseId: text('shipFromWarehouseId'),
    DocumentDate: instant('documentDate'),
    DeliveryDate: noDate(),
    DeliveryTermsCode: fromJson('header', ['deliveryTermsCode']),
    ShippingCarrierId: fromJson('header', ['shippingCarrierId']),
    ShippingCarrierServiceId: fromJson('header', ['shippingCarrierServiceId']),
    ...partyFields('header', 'consignee', ['AccountNumber', 'Name', 'PurchaseOrderNumber', 'Reference', 'ContactName', 'Email', 'Telephone'], ['parties']),
    ...partyFields('header', 'receiver', ['Name', 'ContactName', 'Email', 'Telephone'], ['parties']),
    // Quayside's addition: D365 shows the posting status on the page only.
    PostingStatus: enumOf('postingStatus', PostingStatus),
  },
});

/** ShipmentPackingSlipJournalLines (reference 1.6): one per order line shipped, keyed by the order line's lot id. */
export const ShipmentPackingSlipJournalLines = entitySet<LineRow>({
  name: 'ShipmentPackingSlipJournalLines',
  type: 'ShipmentPackingSlipJournalLine',
  keys: ['dataAreaId', 'InventoryLotId', 'ShipmentPackingSlipVersionNumber'],
  rows: (db, sourceSystemId) => packingSlipLineRows(db, sourceSystemId).as('t'),
  fields: {
    InventoryLotId: numericText('inventoryLotId'),
    ShipmentPackingSlipVersionNumber: text('shipmentPackingSlipVersionNumber'),
    ItemNumber: text('itemNumber'),
    SourceSystemItemNumber: text('sourceSystemItemNumber'),
    SourceSystemItemMasterNumber: emptyText(),
    ConsignerOrderNumber: emptyText(),
    ConsignerLineNumber: zero('int'),
    ConsigneeLineNumber: fromJson('references', ['consigneeLineNumber'], 'int'),
    ConsigneeReference: fromJson('references', ['consigneeReference']),
    ConsigneePurchaseOrderNumber: fromJson('parties', ['consigneePurchaseOrderNumber']),
    OrderedQuantity: quantity('orderedQuantity'),
    OrderedUnitSymbol: text('orderedUnitSymbol'),
    // Ordered, shipped and remaining in the ordered unit; the handling quantities in the inventory unit (reference 1.6).
    ShippedQuantity: quantity('shippedOrderedQuantity'),
    RemainingQuantity: quantity('remainingOrderedQuantity'),
    ShippedHandlingQuantity: quantity('shippedInventoryQuantity'),
    RemainingHandlingQuantity: quantity('remainingInventoryQuantity'),
    HandlingUnitSymbol: text('inventoryUnitSymbol'),
    ShippedWeight: zero(),
    WeightUnitSymbol: emptyText(),
    SourceSystemOrderNumber: text('sourceSystemOrderNumber'),
    SourceSystemOrderLineNumber: int('orderLineNumber'),
    OutboundShipmentOrderNumber: text('outboundShipmentOrderNumber'),
  },
});
