import { Type, type Static } from 'typebox';
import { Id, Int, MAX_DAYS, Text } from '../../../platform/http/schema-types.js';

/**
 * Product master message bodies, following the reference's product message entities (section 5.3) in
 * camelCase: products and product masters, their variants, item-specific unit conversions and bar codes.
 * Unknown fields are rejected, as for order messages.
 */
const ItemId = (description: string) => Id({ maxLength: 64, description });
const DimensionId = (description: string) => Type.Optional(Id({ maxLength: 50, description }));

const MessageKeys = {
  messageId: Id({ maxLength: 100, description: 'Unique per source system across all its messages; a resend with the same id changes nothing' }),
  sourceSystemId: Type.Optional(Id({ maxLength: 50, description: 'Defaults to the source system of the API key' })),
};

export const ProductMessage = Type.Object(
  {
    ...MessageKeys,
    itemNumber: ItemId("The source system's item number; it becomes Quayside's item number when the item is new"),
    productSubtype: Type.Optional(Type.Union([Type.Literal('Product'), Type.Literal('ProductMaster')], { description: 'ProductMaster: stocked and ordered only as its variants. Default Product' })),
    productName: Text(200, { minLength: 1, description: 'Name shown on screens and documents' }),
    productDescription: Type.Optional(Text(1000, { description: 'Longer description shown to workers' })),
    inventoryUnitSymbol: Id({ maxLength: 10, description: 'The unit stock is kept in; an existing unit' }),
    trackingDimensionGroupName: Type.Optional(
      Type.Union([Type.Literal('None'), Type.Literal('Batch'), Type.Literal('Serial'), Type.Literal('BatchAndSerial')], { description: 'Which tracking dimensions stock of the item carries. Default None' }),
    ),
    shelfLifePeriodDays: Type.Optional(Int({ minimum: 0, maximum: MAX_DAYS, description: 'Days from manufacturing to expiry (batch-tracked items)' })),
    netProductWeight: Type.Optional(Type.Number({ minimum: 0, maximum: 100_000, description: 'Weight of one inventory unit in kilograms' })),
    productVolume: Type.Optional(Type.Number({ minimum: 0, maximum: 100, description: 'Volume of one inventory unit in cubic metres' })),
  },
  { additionalProperties: false },
);
export type ProductMessage = Static<typeof ProductMessage>;

export const ProductVariantMessage = Type.Object(
  {
    ...MessageKeys,
    itemMasterNumber: ItemId("The source system's item number of the product master"),
    itemNumber: ItemId("The source system's item number of this variant; it becomes Quayside's item number when the variant is new"),
    productName: Type.Optional(Text(200, { minLength: 1, description: "Default: the master's name and the dimensions" })),
    productDescription: Type.Optional(Text(1000)),
    productColorId: DimensionId('Colour'),
    productSizeId: DimensionId('Size'),
    productStyleId: DimensionId('Style'),
    productConfigurationId: DimensionId('Configuration'),
  },
  { additionalProperties: false },
);
export type ProductVariantMessage = Static<typeof ProductVariantMessage>;

export const ProductUnitConversionMessage = Type.Object(
  {
    ...MessageKeys,
    itemNumber: ItemId("The source system's item number (a product master's conversion holds for its variants)"),
    fromUnitSymbol: Id({ maxLength: 10 }),
    toUnitSymbol: Id({ maxLength: 10 }),
    factor: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1_000_000_000, description: 'One fromUnit is this many toUnit; or give numerator and denominator' })),
    numerator: Type.Optional(Int({ minimum: 1, maximum: 1_000_000_000 })),
    denominator: Type.Optional(Int({ minimum: 1, maximum: 1_000_000_000 })),
  },
  { additionalProperties: false },
);
export type ProductUnitConversionMessage = Static<typeof ProductUnitConversionMessage>;

export const ProductBarcodeMessage = Type.Object(
  {
    ...MessageKeys,
    itemNumber: ItemId("The source system's item number"),
    barcode: Id({ maxLength: 128, description: 'The bar code (a GTIN, EAN-13...)' }),
    barcodeSetupId: Type.Optional(Id({ maxLength: 20, description: 'The symbology, e.g. EAN-13' })),
    productQuantity: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1_000_000, description: 'What one scan stands for, in productQuantityUnitSymbol' })),
    productQuantityUnitSymbol: Type.Optional(Id({ maxLength: 10 })),
    isDefaultScannedBarcode: Type.Optional(Type.Boolean({ description: 'The bar code handhelds look the item up by' })),
  },
  { additionalProperties: false },
);
export type ProductBarcodeMessage = Static<typeof ProductBarcodeMessage>;

export type AnyProductMessage = ProductMessage | ProductVariantMessage | ProductUnitConversionMessage | ProductBarcodeMessage;

export const PRODUCT_MESSAGE_SCHEMAS = {
  Product: ProductMessage,
  ProductVariant: ProductVariantMessage,
  ProductUnitConversion: ProductUnitConversionMessage,
  ProductBarcode: ProductBarcodeMessage,
} as const;
