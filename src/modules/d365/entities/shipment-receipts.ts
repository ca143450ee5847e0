import { shipmentReceiptLineRows, shipmentReceiptRows } from '../../inbound/index.js';
import { entitySet, type EnumType } from '../odata/entity-set.js';
import { numericText, emptyText, enumOf, fromJson, instant, int, noYes, partyFields, quantity, text, zero } from './fields.js';

export const PostingStatus: EnumType = { name: 'WHSShipmentJourPostingStatus', members: ['ReadyForPosting', 'Posted', 'Canceled', 'Reversed'] };

type HeaderRow = ReturnType<typeof shipmentReceiptRows> extends { executeTakeFirstOrThrow(): Promise<infer R> } ? R : never;
type LineRow = ReturnType<typeof shipmentReceiptLineRows> extends { executeTakeFirstOrThrow(): Promise<infer R> } ? R : never;

/** ShipmentReceiptJournalHeaders (reference 1.5): what receiving completed reports, read after WHSShipmentReceivingJournalModifiedBusinessEvent. */
export const ShipmentReceiptJournalHeaders = entitySet<HeaderRow>({
  name: 'ShipmentReceiptJournalHeaders',
  type: 'ShipmentReceiptJournalHeader',
  keys: ['dataAreaId', 'ShipmentReceiptVersionNumber'],
  rows: (db, sourceSystemId) => shipmentReceiptRows(db, sourceSystemId).as('t'),
  fields: {
    ShipmentReceiptVersionNumber: text('shipmentReceiptVersionNumber'),
    ShipmentReceiptNumber: text('shipmentReceiptNumber'),
    IsActive: noYes('isActive'),
    PostingStatus: enumOf('postingStatus', PostingStatus),
    SourceSystemId: text('sourceSystemId'),
    LoadId: text('loadId'),
    ShipmentId: text('shipmentId'),
    ReceivingWarehouseId: text('receivingWarehouseId'),
    ReceiptDate: instant('receiptDate'),
    DocumentDate: instant('documentDate'),
    ReceivingCompletedPackingSlipId: text('receivingCompletedPackingSlipId'),
    DeliveryTermsCode: text('deliveryTermsCode'),
    ShippingCarrierId: text('shippingCarrierId'),
    ShippingCarrierServiceId: text('shippingCarrierServiceId'),
    ...partyFields('parties', 'consigner', ['AccountNumber', 'Name', 'Reference', 'ContactName', 'Email', 'Telephone']),
    ...partyFields('parties', 'sender', ['Name']),
    // Quayside's additions: which order the receipt is for, in the ERP's terms and in Quayside's.
    SourceSystemOrderNumber: text('sourceSystemOrderNumber'),
    SourceSystemOrderType: text('sourceSystemOrderType'),
    InboundShipmentOrderNumber: text('inboundShipmentOrderNumber'),
  },
});

/** ShipmentReceiptJournalLines (reference 1.5): one per order line received, keyed by the line's lot id. */
export const ShipmentReceiptJournalLines = entitySet<LineRow>({
  name: 'ShipmentReceiptJournalLines',
  type: 'ShipmentReceiptJournalLine',
  keys: ['dataAreaId', 'InventoryLotId', 'ShipmentReceiptVersionNumber'],
  rows: (db, sourceSystemId) => shipmentReceiptLineRows(db, sourceSystemId).as('t'),
  fields: {
    InventoryLotId: numericText('inventoryLotId'),
    ShipmentReceiptVersionNumber: text('shipmentReceiptVersionNumber'),
    ItemNumber: text('itemNumber'),
    SourceSystemItemNumber: text('sourceSystemItemNumber'),
    SourceSystemItemMasterNumber: emptyText(),
    SourceSystemOrderType: text('sourceSystemOrderType'),
    ConsignerOrderNumber: emptyText(),
    ConsignerLineNumber: fromJson('references', ['consignerLineNumber'], 'int'),
    ConsignerItemNumber: fromJson('references', ['consignerItemNumber']),
    ConsignerReference: fromJson('references', ['consignerReference']),
    ConsigneeOrderNumber: emptyText(),
    ConsigneeLineNumber: zero('int'),
    OrderedQuantity: quantity('orderedQuantity'),
    OrderedUnitSymbol: text('orderedUnitSymbol'),
    ReceivedQuantity: quantity('receivedQuantity'),
    RemainingQuantity: quantity('remainingQuantity'),
    ReceivedHandlingQuantity: quantity('receivedHandlingQuantity'),
    RemainingHandlingQuantity: quantity('remainingHandlingQuantity'),
    HandlingUnitSymbol: text('handlingUnitSymbol'),
    ReceivedWeight: zero(),
    WeightUnitSymbol: emptyText(),
    SourceSystemOrderNumber: text('sourceSystemOrderNumber'),
    SourceSystemOrderLineNumber: int('orderLineNumber'),
    InboundShipmentOrderNumber: text('inboundShipmentOrderNumber'),
  },
});
