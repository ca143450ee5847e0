import { shipmentReceiptDimensionRows } from '../../inbound/index.js';
import { packingSlipDimensionRows } from '../../outbound/index.js';
import { entitySet, type Field } from '../odata/entity-set.js';
import { emptyText, int, numericText, quantity, text, zero } from './fields.js';

type ReceiptRow = ReturnType<typeof shipmentReceiptDimensionRows> extends { executeTakeFirstOrThrow(): Promise<infer R> } ? R : never;
type SlipRow = ReturnType<typeof packingSlipDimensionRows> extends { executeTakeFirstOrThrow(): Promise<infer R> } ? R : never;

function productDimensions<R extends { productColorId: string | null; productSizeId: string | null; productStyleId: string | null; productConfigurationId: string | null }>(): Record<string, Field<R>> {
  return {
    ProductColorId: text('productColorId'),
    ProductSizeId: text('productSizeId'),
    ProductStyleId: text('productStyleId'),
    ProductConfigurationId: text('productConfigurationId'),
    ProductVersionId: emptyText(),
  };
}

/**
 * ShipmentReceiptTransactionDimensions (reference 1.5, the V2 entity's fields): a receipt line's quantity per
 * license plate, batch, serial, owner and status. D365 keys it like the line; one line has several of these,
 * so Quayside's TransactionDimensionId completes the key.
 */
export const ShipmentReceiptTransactionDimensions = entitySet<ReceiptRow>({
  name: 'ShipmentReceiptTransactionDimensions',
  type: 'ShipmentReceiptTransactionDimension',
  keys: ['dataAreaId', 'InventoryLotId', 'ShipmentReceiptVersionNumber', 'TransactionDimensionId'],
  rows: (db, sourceSystemId) => shipmentReceiptDimensionRows(db, sourceSystemId).as('t'),
  fields: {
    InventoryLotId: numericText('inventoryLotId'),
    ShipmentReceiptVersionNumber: text('shipmentReceiptVersionNumber'),
    TransactionDimensionId: int('id'),
    ShipmentReceiptJournal: zero('int'),
    ReceivingSiteId: text('receivingSiteId'),
    ReceivingWarehouseId: text('receivingWarehouseId'),
    LicensePlateNumber: text('licensePlateNumber'),
    ItemBatchNumber: text('itemBatchNumber'),
    ItemSerialNumber: text('itemSerialNumber'),
    ...productDimensions<ReceiptRow>(),
    InventoryOwnerId: text('inventoryOwnerId'),
    SourceSystemInventoryOwnerId: text('sourceSystemInventoryOwnerId'),
    OrderedInventoryStatusId: text('orderedInventoryStatusId'),
    SourceSystemDispositionCode: text('sourceSystemDispositionCode'),
    SourceSystemItemNumber: text('sourceSystemItemNumber'),
    SourceSystemItemMasterNumber: emptyText(),
    HandlingQuantity: quantity('handlingQuantity'),
    HandlingUnitSymbol: text('handlingUnitSymbol'),
    Weight: zero(),
    WeightUnitSymbol: emptyText(),
  },
});

/** ShipmentPackingSlipTransactionDimensions (reference 1.6): a packing slip line's quantity per location, license plate, batch, serial, owner and status. */
export const ShipmentPackingSlipTransactionDimensions = entitySet<SlipRow>({
  name: 'ShipmentPackingSlipTransactionDimensions',
  type: 'ShipmentPackingSlipTransactionDimension',
  keys: ['dataAreaId', 'InventoryLotId', 'ShipmentPackingSlipVersionNumber', 'TransactionDimensionId'],
  rows: (db, sourceSystemId) => packingSlipDimensionRows(db, sourceSystemId).as('t'),
  fields: {
    InventoryLotId: numericText('inventoryLotId'),
    ShipmentPackingSlipVersionNumber: text('shipmentPackingSlipVersionNumber'),
    TransactionDimensionId: int('id'),
    ShipmentPackingSlipJournal: int('packingSlipId'),
    ShipmentPackingSlipTrans: int('packingSlipLineId'),
    ShippingSiteId: emptyText(),
    ShippingWarehouseId: text('shippingWarehouseId'),
    ShippingWarehouseLocationId: text('shippingWarehouseLocationId'),
    LicensePlateNumber: text('licensePlateNumber'),
    ItemBatchNumber: text('itemBatchNumber'),
    ItemSerialNumber: text('itemSerialNumber'),
    ...productDimensions<SlipRow>(),
    InventoryOwnerId: text('inventoryOwnerId'),
    SourceSystemInventoryOwnerId: text('sourceSystemInventoryOwnerId'),
    OrderedInventoryStatusId: text('orderedInventoryStatusId'),
    SourceSystemItemNumber: text('sourceSystemItemNumber'),
    SourceSystemItemMasterNumber: emptyText(),
    HandlingQuantity: quantity('handlingQuantity'),
    HandlingUnitSymbol: text('handlingUnitSymbol'),
    Weight: zero(),
    WeightUnitSymbol: emptyText(),
  },
});
