import type { Executor } from '../../../platform/db/database.js';
import { bool } from '../../../platform/db/json.js';
import { DIMENSION_COLUMNS, referenceReader, type ProductDimensions } from '../db/reference-reader.js';
import { MAX_FRACTION_TERM, reduce, type Fraction } from '../domain/conversion.js';

/** Why a product, variant, conversion or bar code cannot be saved: the field as the message names it. */
export interface ProductProblem {
  text: string;
  field: string;
  value: string | null;
}

export type SaveOutcome = { ok: true; itemNumber: string; action: 'created' | 'updated' } | { ok: false; problems: ProductProblem[] };

export interface ProductInput {
  itemNumber: string;
  name: string;
  description: string | null;
  productSubtype: 'Product' | 'ProductMaster';
  inventoryUnit: string;
  batchTracked: boolean;
  serialTracked: boolean;
  shelfLifeDays: number | null;
  unitWeightGrams: number | null;
  unitVolumeCm3: number | null;
}

async function hasStock(db: Executor, itemNumbers: readonly string[]): Promise<boolean> {
  if (itemNumbers.length === 0) return false;
  const row = await db.selectFrom('inventory_balances').select('item_number').where('item_number', 'in', itemNumbers).where('physical_qty', '<>', 0).limit(1).executeTakeFirst();
  return row !== undefined;
}

async function variantNumbers(db: Executor, masterNumber: string): Promise<string[]> {
  return (await db.selectFrom('items').select('item_number').where('product_master_number', '=', masterNumber).execute()).map((r) => r.item_number);
}

/**
 * Creates or updates a product or product master from the source system's product message. What stock
 * depends on (inventory unit, tracking, being a master) does not change while the item or its variants
 * hold stock; a master's unit, tracking, shelf life, weight and volume carry over to its variants.
 */
export async function saveProduct(db: Executor, input: ProductInput): Promise<SaveOutcome> {
  const problems: ProductProblem[] = [];
  const refs = referenceReader(db);
  if (!(await refs.unit(input.inventoryUnit))) problems.push({ text: `Unit '${input.inventoryUnit}' does not exist`, field: 'inventoryUnitSymbol', value: input.inventoryUnit });
  if (input.shelfLifeDays !== null && !input.batchTracked) problems.push({ text: 'A shelf life needs batch tracking: expiry dates are kept per batch', field: 'shelfLifePeriodDays', value: String(input.shelfLifeDays) });
  const existing = await refs.item(input.itemNumber);
  if (existing) {
    if (existing.productMasterNumber !== null) {
      problems.push({ text: `Item '${input.itemNumber}' is a variant of '${existing.productMasterNumber}': send a product variant message for it`, field: 'itemNumber', value: input.itemNumber });
    }
    const variants = await variantNumbers(db, input.itemNumber);
    if (existing.productSubtype === 'ProductMaster' && input.productSubtype === 'Product' && variants.length > 0) {
      problems.push({ text: `Item '${input.itemNumber}' has ${String(variants.length)} variants and stays a product master`, field: 'productSubtype', value: input.productSubtype });
    }
    const stockDecides =
      existing.inventoryUnit !== input.inventoryUnit || existing.batchTracked !== input.batchTracked || existing.serialTracked !== input.serialTracked || existing.productSubtype !== input.productSubtype;
    if (problems.length === 0 && stockDecides && (await hasStock(db, [input.itemNumber, ...variants]))) {
      problems.push({
        text: `Item '${input.itemNumber}' has stock: its inventory unit, tracking and product subtype stay as they are until the stock is gone`,
        field: existing.inventoryUnit !== input.inventoryUnit ? 'inventoryUnitSymbol' : existing.productSubtype !== input.productSubtype ? 'productSubtype' : 'trackingDimensionGroupName',
        value: input.itemNumber,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const values = {
    name: input.name,
    description: input.description,
    product_subtype: input.productSubtype,
    inventory_unit: input.inventoryUnit,
    batch_tracked: bool(input.batchTracked),
    serial_tracked: bool(input.serialTracked),
    shelf_life_days: input.shelfLifeDays,
    unit_weight_grams: input.unitWeightGrams,
    unit_volume_cm3: input.unitVolumeCm3,
  };
  if (existing) {
    await db.updateTable('items').set(values).where('item_number', '=', input.itemNumber).execute();
    if (input.productSubtype === 'ProductMaster') {
      // The variants are the stocked items: they follow the master's unit, tracking and measures.
      const { name: _name, description: _description, product_subtype: _subtype, ...inherited } = values;
      await db.updateTable('items').set(inherited).where('product_master_number', '=', input.itemNumber).execute();
    }
    return { ok: true, itemNumber: input.itemNumber, action: 'updated' };
  }
  await db.insertInto('items').values({ item_number: input.itemNumber, valuated: 0, barcode: null, ...values }).execute();
  return { ok: true, itemNumber: input.itemNumber, action: 'created' };
}

export interface VariantInput {
  masterItemNumber: string;
  itemNumber: string;
  name: string | null;
  description: string | null;
  dimensions: ProductDimensions;
}

/**
 * Creates or updates a variant of a product master: an item of its own (stock, order lines and documents
 * name it), with the master's unit, tracking, measures and item-specific unit conversions, and its product
 * dimensions. Two variants of one master never share the same dimensions.
 */
export async function saveVariant(db: Executor, input: VariantInput): Promise<SaveOutcome> {
  const refs = referenceReader(db);
  const master = await refs.item(input.masterItemNumber);
  if (!master) return { ok: false, problems: [{ text: `Product master '${input.masterItemNumber}' does not exist: send its product message first`, field: 'itemMasterNumber', value: input.masterItemNumber }] };
  if (master.productSubtype !== 'ProductMaster') {
    return { ok: false, problems: [{ text: `Item '${input.masterItemNumber}' is not a product master (productSubtype ProductMaster)`, field: 'itemMasterNumber', value: input.masterItemNumber }] };
  }
  const existing = await refs.item(input.itemNumber);
  if (existing && existing.productMasterNumber !== input.masterItemNumber) {
    return { ok: false, problems: [{ text: `Item '${input.itemNumber}' exists and is not a variant of '${input.masterItemNumber}'`, field: 'itemNumber', value: input.itemNumber }] };
  }
  const twin = await refs.variant(input.masterItemNumber, input.dimensions);
  if (twin && twin.itemNumber !== input.itemNumber) {
    const [field] = DIMENSION_COLUMNS.find(([f]) => input.dimensions[f] !== null) ?? ['productColorId'];
    return { ok: false, problems: [{ text: `Variant '${twin.itemNumber}' of '${input.masterItemNumber}' already has these product dimensions`, field, value: input.dimensions[field] }] };
  }
  if (existing && (await hasStock(db, [input.itemNumber])) && DIMENSION_COLUMNS.some(([f]) => existing.productDimensions[f] !== input.dimensions[f])) {
    return { ok: false, problems: [{ text: `Variant '${input.itemNumber}' has stock: its product dimensions stay as they are`, field: 'itemNumber', value: input.itemNumber }] };
  }
  const masterRow = await db
    .selectFrom('items')
    .select(['name', 'description', 'inventory_unit', 'batch_tracked', 'serial_tracked', 'valuated', 'shelf_life_days', 'unit_weight_grams', 'unit_volume_cm3'])
    .where('item_number', '=', input.masterItemNumber)
    .executeTakeFirstOrThrow();
  const dims = { color_id: input.dimensions.productColorId, size_id: input.dimensions.productSizeId, style_id: input.dimensions.productStyleId, configuration_id: input.dimensions.productConfigurationId };
  const name = input.name ?? `${masterRow.name} ${DIMENSION_COLUMNS.map(([f]) => input.dimensions[f]).filter((d) => d !== null).join(' ')}`;
  if (existing) {
    await db.updateTable('items').set({ name, description: input.description ?? masterRow.description, ...dims }).where('item_number', '=', input.itemNumber).execute();
    return { ok: true, itemNumber: input.itemNumber, action: 'updated' };
  }
  await db
    .insertInto('items')
    .values({ item_number: input.itemNumber, ...masterRow, name, description: input.description ?? masterRow.description, barcode: null, product_subtype: 'Product', product_master_number: input.masterItemNumber, ...dims })
    .execute();
  const conversions = await db.selectFrom('unit_conversions').select(['from_unit', 'to_unit', 'numerator', 'denominator']).where('item_number', '=', input.masterItemNumber).execute();
  if (conversions.length > 0) await db.insertInto('unit_conversions').values(conversions.map((c) => ({ ...c, item_number: input.itemNumber }))).execute();
  return { ok: true, itemNumber: input.itemNumber, action: 'created' };
}

export interface ItemConversionInput {
  itemNumber: string;
  fromUnit: string;
  toUnit: string;
  factor: Fraction;
}

/** Sets an item-specific unit conversion; on a product master it holds for every variant too. */
export async function saveItemUnitConversion(db: Executor, input: ItemConversionInput): Promise<SaveOutcome> {
  const refs = referenceReader(db);
  const problems: ProductProblem[] = [];
  const item = await refs.item(input.itemNumber);
  if (!item) problems.push({ text: `Item '${input.itemNumber}' does not exist`, field: 'itemNumber', value: input.itemNumber });
  if (!(await refs.unit(input.fromUnit))) problems.push({ text: `Unit '${input.fromUnit}' does not exist`, field: 'fromUnitSymbol', value: input.fromUnit });
  if (!(await refs.unit(input.toUnit))) problems.push({ text: `Unit '${input.toUnit}' does not exist`, field: 'toUnitSymbol', value: input.toUnit });
  if (input.fromUnit === input.toUnit) problems.push({ text: 'A conversion needs two different units', field: 'toUnitSymbol', value: input.toUnit });
  const factor = reduce(input.factor);
  if (factor.numerator <= 0 || factor.denominator <= 0 || factor.numerator > MAX_FRACTION_TERM || factor.denominator > MAX_FRACTION_TERM) {
    problems.push({ text: `Factor ${String(input.factor.numerator)}/${String(input.factor.denominator)} must be positive with terms up to ${String(MAX_FRACTION_TERM)}`, field: 'factor', value: null });
  }
  if (problems.length > 0 || !item) return { ok: false, problems };
  const targets = item.productSubtype === 'ProductMaster' ? [input.itemNumber, ...(await variantNumbers(db, input.itemNumber))] : [input.itemNumber];
  let created = false;
  for (const itemNumber of targets) {
    // The stored direction is the message's: a reverse rule of the same pair goes, or both would apply.
    const removed = await db
      .deleteFrom('unit_conversions')
      .where('item_number', '=', itemNumber)
      .where((eb) => eb.or([eb.and([eb('from_unit', '=', input.fromUnit), eb('to_unit', '=', input.toUnit)]), eb.and([eb('from_unit', '=', input.toUnit), eb('to_unit', '=', input.fromUnit)])]))
      .executeTakeFirst();
    if (itemNumber === input.itemNumber) created = Number(removed.numDeletedRows) === 0;
    await db.insertInto('unit_conversions').values({ item_number: itemNumber, from_unit: input.fromUnit, to_unit: input.toUnit, numerator: factor.numerator, denominator: factor.denominator }).execute();
  }
  return { ok: true, itemNumber: input.itemNumber, action: created ? 'created' : 'updated' };
}

export interface ItemBarcodeInput {
  itemNumber: string;
  barcode: string;
  barcodeSetupId: string | null;
  unitSymbol: string | null;
  /** Micro-units of unitSymbol one scan stands for. */
  quantity: number | null;
  isDefaultScanned: boolean;
}

/**
 * Adds or moves a bar code (a GTIN) to an item. The default scanned bar code is the item's own bar code
 * (what the handhelds look up first); every bar code finds its item through the items' barcode filter.
 */
export async function saveItemBarcode(db: Executor, input: ItemBarcodeInput, now: number): Promise<SaveOutcome> {
  const refs = referenceReader(db);
  const problems: ProductProblem[] = [];
  if (!(await refs.item(input.itemNumber))) problems.push({ text: `Item '${input.itemNumber}' does not exist`, field: 'itemNumber', value: input.itemNumber });
  if (input.unitSymbol !== null && !(await refs.unit(input.unitSymbol))) problems.push({ text: `Unit '${input.unitSymbol}' does not exist`, field: 'productQuantityUnitSymbol', value: input.unitSymbol });
  const other = await db
    .selectFrom('items')
    .select('item_number')
    .where('barcode', '=', input.barcode)
    .where('item_number', '<>', input.itemNumber)
    .executeTakeFirst();
  if (other) problems.push({ text: `Bar code '${input.barcode}' is the default bar code of item '${other.item_number}'`, field: 'barcode', value: input.barcode });
  if (problems.length > 0) return { ok: false, problems };
  const known = await db.selectFrom('item_barcodes').select('item_number').where('barcode', '=', input.barcode).executeTakeFirst();
  const row = { item_number: input.itemNumber, barcode_setup_id: input.barcodeSetupId, unit_symbol: input.unitSymbol, quantity: input.quantity, updated_at: now };
  if (known) await db.updateTable('item_barcodes').set(row).where('barcode', '=', input.barcode).execute();
  else await db.insertInto('item_barcodes').values({ barcode: input.barcode, ...row }).execute();
  if (input.isDefaultScanned) await db.updateTable('items').set({ barcode: input.barcode }).where('item_number', '=', input.itemNumber).execute();
  return { ok: true, itemNumber: input.itemNumber, action: known ? 'updated' : 'created' };
}
