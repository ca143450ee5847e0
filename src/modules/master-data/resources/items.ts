import { equals, flagEquals, search } from './filters.js';
import { idSchema } from './spec.js';
import { enumField, flagField, intField, keyField, refField, textField, type RecordProblem, type ResourceSpec } from './spec.js';

export const PRODUCT_SUBTYPES = ['Product', 'ProductMaster'] as const;

/**
 * A product the warehouse handles. Quantities of an item are kept in its inventory unit. Items are
 * non-valuated by default: in warehouse-management-only mode the ERP owns the money.
 */
export const items: ResourceSpec = {
  noun: 'item',
  plural: 'items',
  path: 'items',
  table: 'items',
  tag: 'items',
  fields: {
    itemNumber: keyField('item_number', 'Item number'),
    name: textField('name', 'Name', { required: true }),
    inventoryUnit: refField('inventory_unit', 'Unit stock is kept in (the smallest unit handled)', { required: true }),
    batchTracked: flagField('batch_tracked', false, 'Stock is kept per batch number'),
    serialTracked: flagField('serial_tracked', false, 'Stock is kept per serial number'),
    valuated: flagField('valuated', false, 'The item carries inventory value; warehouse-only items do not'),
    shelfLifeDays: intField('shelf_life_days', 'Days from a batch\'s manufacturing date to its expiry; needs batch tracking', {
      minimum: 0,
      maximum: 36_500,
      nullable: true,
    }),
    barcode: textField('barcode', 'Bar code scanned for the item; unique', { maxLength: 128 }),
    unitWeightGrams: intField('unit_weight_grams', 'Weight of one inventory unit in grams, for the weight of packed containers and loads', { minimum: 0, maximum: 100_000_000, nullable: true }),
    unitVolumeCm3: intField('unit_volume_cm3', 'Volume of one inventory unit in cubic centimetres, for the fill of loads', { minimum: 0, maximum: 100_000_000, nullable: true }),
    description: textField('description', 'Longer description shown to workers', { maxLength: 1000 }),
    productSubtype: { ...enumField('product_subtype', PRODUCT_SUBTYPES, 'Product, or ProductMaster: a master is never stocked or ordered itself, its variants are'), required: false, default: 'Product' },
    productMasterNumber: refField('product_master_number', 'For a variant: the item number of its product master'),
    productColorId: textField('color_id', 'Colour of a variant', { maxLength: 50 }),
    productSizeId: textField('size_id', 'Size of a variant', { maxLength: 50 }),
    productStyleId: textField('style_id', 'Style of a variant', { maxLength: 50 }),
    productConfigurationId: textField('configuration_id', 'Configuration of a variant', { maxLength: 50 }),
  },
  key: ['itemNumber'],
  references: [
    { fields: ['inventoryUnit'], table: 'units', columns: ['symbol'], what: 'unit' },
    { fields: ['productMasterNumber'], table: 'items', columns: ['item_number'], what: 'product master' },
  ],
  // Read-only counts in other modules' tables: an item still ordered, stocked or mapped stays.
  dependents: [
    { table: 'unit_conversions', columns: ['item_number'], what: 'item-specific unit conversions' },
    { table: 'items', columns: ['product_master_number'], what: 'variants', label: 'item_number' },
    { table: 'item_barcodes', columns: ['item_number'], what: 'bar codes', label: 'barcode' },
    { table: 'source_system_items', columns: ['item_number'], what: 'source system item mappings', label: 'source_system_id' },
    { table: 'inbound_order_lines', columns: ['item_number'], what: 'inbound shipment order lines', label: 'order_number' },
    { table: 'outbound_order_lines', columns: ['item_number'], what: 'outbound shipment order lines', label: 'order_number' },
    { table: 'inventory_balances', columns: ['item_number'], what: 'inventory balances (stock, or stock it had)', label: 'location_id' },
  ],
  uniques: [{ field: 'barcode', what: 'bar code' }],
  filters: {
    q: search(['r.item_number', 'r.name'], 'Item number or name contains'),
    inventoryUnit: equals('r.inventory_unit'),
    barcode: {
      schema: idSchema('The item scanned by this bar code: its default bar code or one of its further bar codes (GTINs)'),
      apply: (query, value) =>
        query.where((eb) => eb.or([eb('r.barcode', '=', value), eb('r.item_number', 'in', eb.selectFrom('item_barcodes').select('item_number').where('barcode', '=', value as string))])),
    },
    productMasterNumber: equals('r.product_master_number'),
    batchTracked: flagEquals('r.batch_tracked', 'Only batch-tracked items (true) or only others (false)'),
    serialTracked: flagEquals('r.serial_tracked', 'Only serial-tracked items (true) or only others (false)'),
    valuated: flagEquals('r.valuated', 'Only valuated items (true) or only others (false)'),
  },
  clientsMayRead: true,
  // An integration client sees the items it has mapped to its own item numbers (mappings are staff-written).
  visibleTo: (db, query, sourceSystemId) =>
    query.where('r.item_number', 'in', db.selectFrom('source_system_items').select('item_number').where('source_system_id', '=', sourceSystemId)),
  rules: ({ record }) => {
    const problems: RecordProblem[] = [];
    if (record.productMasterNumber && record.productSubtype === 'ProductMaster') {
      problems.push({ field: 'productSubtype', reason: 'a variant cannot be a product master itself', value: record.productSubtype });
    }
    const dims = [record.productColorId, record.productSizeId, record.productStyleId, record.productConfigurationId].filter((d) => d !== null && d !== undefined);
    if (record.productMasterNumber && dims.length === 0) {
      problems.push({ field: 'productMasterNumber', reason: 'a variant needs at least one of productColorId, productSizeId, productStyleId, productConfigurationId', value: record.productMasterNumber });
    }
    if (!record.productMasterNumber && dims.length > 0) {
      problems.push({ field: 'productMasterNumber', reason: 'product dimensions belong to a variant: name its product master', value: null });
    }
    if (record.shelfLifeDays !== null && record.shelfLifeDays !== undefined && record.batchTracked !== true) {
      problems.push({ field: 'shelfLifeDays', reason: 'needs batchTracked: expiry dates are kept per batch', value: record.shelfLifeDays });
    }
    return problems;
  },
};
