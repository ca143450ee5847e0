/**
 * Master data: sites, warehouses, zones, location profiles and locations, units and conversions,
 * items, inventory statuses, inventory owners and license plates (one generic CRUD and import engine;
 * the wiring is in module.ts). Also the one rule of which owners a source system is entitled to.
 *
 * Tables: sites, warehouses, zones, location_profiles, locations, units, unit_conversions, items,
 * inventory_statuses, inventory_owners, license_plates.
 * Events: none.
 */
export { ownerEntitledSql, entitledOwnerIdsQuery, entitledOwners, isOwnerEntitled, notEntitledText } from './db/owner-entitlement.js';
export { referenceReader } from './db/reference-reader.js';
export { DIMENSION_COLUMNS as PRODUCT_DIMENSION_COLUMNS } from './db/reference-reader.js';
export type { InventoryStatusRef, ItemRef, OwnerRef, ProductDimensions, ReferenceReader, UnitRef, WarehouseRef } from './db/reference-reader.js';
export type { Fraction } from './domain/conversion.js';
export { LOCATION_TYPES, type LocationType } from './resources/location-profiles.js';
export { MasterDataErrors } from './errors.js';
export { registerLicensePlate } from './commands/register-license-plate.js';
export {
  saveItemBarcode,
  saveItemUnitConversion,
  saveProduct,
  saveVariant,
  type ItemBarcodeInput,
  type ItemConversionInput,
  type ProductInput,
  type ProductProblem,
  type SaveOutcome,
  type VariantInput,
} from './commands/product-master.js';
export { decimalToFraction } from './domain/conversion.js';
export { NO_PRODUCT_DIMENSIONS, ProductDimensionFields, productDimensionLookup, productDimensionsOf } from './db/product-dimensions.js';
