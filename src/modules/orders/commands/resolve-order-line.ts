import { convertQty, parseQty, type Qty } from '../../../platform/quantity.js';
import { notEntitledText, PRODUCT_DIMENSION_COLUMNS, type ItemRef, type ProductDimensions, type ReferenceReader } from '../../master-data/index.js';
import type { SourceSystem } from '../../source-systems/index.js';

/** One reason a line cannot be taken, with the field (as the caller names it) and the value. */
export interface LineProblem {
  text: string;
  field: string;
  value: string | null;
}

/** An order line with every reference resolved to Quayside's own ids, as both directions store it. */
export interface ResolvedOrderLine {
  itemNumber: string;
  sourceItemNumber: string;
  batchNumber: string | null;
  serialNumber: string | null;
  ownerId: string;
  inventoryStatusId: string;
  qty: Qty;
  unit: string;
  inventoryQty: Qty;
  inventoryUnit: string;
  overdeliveryPct: number;
  underdeliveryPct: number;
}

/** A line as a message or a person writes it: decimal quantities, ids as the writer knows them. */
export interface OrderLineInput {
  itemNumber: string;
  quantity: number;
  unitSymbol: string;
  inventoryStatusId: string | undefined;
  itemBatchNumber?: string | undefined;
  itemSerialNumber?: string | undefined;
  inventoryOwnerId?: string | undefined;
  sourceSystemInventoryOwnerId?: string | undefined;
  overdeliveryPercentage?: number | undefined;
  underdeliveryPercentage?: number | undefined;
  productColorId?: string | undefined;
  productSizeId?: string | undefined;
  productStyleId?: string | undefined;
  productConfigurationId?: string | undefined;
}

/**
 * How the line's item number is read: a source system's messages name their own item numbers (mapped),
 * a person at the desk names Quayside's. The answer is the item, or why there is none.
 */
export type ItemLookup = (itemNumber: string) => Promise<{ item: ItemRef } | { problem: string }>;

/** Items named by a source system's own numbers, through its item mappings. */
export function mappedItems(refs: ReferenceReader, system: SourceSystem, mapped: (externalItemNumber: string) => Promise<string | undefined>): ItemLookup {
  return async (external) => {
    const itemNumber = await mapped(external);
    if (itemNumber === undefined) return { problem: `Not able to resolve item for external item number '${external}': source system '${system.sourceSystemId}' has no source system item for it` };
    const item = await refs.item(itemNumber);
    return item ? { item } : { problem: `External item number '${external}' maps to item '${itemNumber}', which does not exist` };
  };
}

/** Items named by Quayside's own numbers (manual orders). */
export function ownItems(refs: ReferenceReader): ItemLookup {
  return async (itemNumber) => {
    const item = await refs.item(itemNumber);
    return item ? { item } : { problem: `Item '${itemNumber}' does not exist` };
  };
}

/** The names the caller's document gives the fields that differ between inbound and outbound lines. */
export interface LineFieldNames {
  quantity: string;
  unit: string;
  status: string;
}

/**
 * Resolves a line's item, unit and conversion to the inventory unit, owner (internal id, the source
 * system's external id, or the default owner, and one the source system may name) and inventory status
 * (or the default), and checks its tracking and percentages: the same rules for a message and for a
 * manual order. Every problem is reported, not just the first; `path` names a field of this line.
 */
export async function resolveOrderLine(
  refs: ReferenceReader,
  system: SourceSystem,
  lookupItem: ItemLookup,
  line: OrderLineInput,
  path: (field: string) => string,
  fields: LineFieldNames,
  problems: Array<Omit<LineProblem, 'field'> & { field: string | null }>,
): Promise<ResolvedOrderLine | undefined> {
  const before = problems.length;
  const problem = (field: string, value: string | number | null | undefined, text: string) =>
    problems.push({ text, field: path(field), value: value === undefined || value === null ? null : String(value) });

  const found = await lookupItem(line.itemNumber);
  if ('problem' in found) problem('itemNumber', line.itemNumber, found.problem);
  const item = 'item' in found ? await resolveVariant(refs, found.item, line, problem) : undefined;

  const unit = await refs.unit(line.unitSymbol);
  if (!unit) problem(fields.unit, line.unitSymbol, `Unit '${line.unitSymbol}' does not exist`);
  const conversion = item && unit ? await refs.conversion(item.itemNumber, line.unitSymbol, item.inventoryUnit) : undefined;
  if (item && unit && !conversion) {
    problem(fields.unit, line.unitSymbol, `No unit conversion from '${line.unitSymbol}' to the inventory unit '${item.inventoryUnit}' of item '${item.itemNumber}'`);
  }
  const qty = parseQty(line.quantity);
  if (qty === undefined || qty <= 0) problem(fields.quantity, line.quantity, `Quantity ${String(line.quantity)} must be positive with at most 6 decimals`);

  const ownerId = await resolveOwner(refs, system, line, problem);

  const status = line.inventoryStatusId ? await refs.inventoryStatus(line.inventoryStatusId) : await refs.defaultInventoryStatus();
  if (!status) {
    if (line.inventoryStatusId) problem(fields.status, line.inventoryStatusId, `Inventory status '${line.inventoryStatusId}' does not exist`);
    else problem(fields.status, null, 'No inventory status given and no default inventory status is set up');
  }

  if (item && line.itemBatchNumber && !item.batchTracked) problem('itemBatchNumber', line.itemBatchNumber, `Item '${item.itemNumber}' is not batch-tracked`);
  if (item && line.itemSerialNumber && !item.serialTracked) problem('itemSerialNumber', line.itemSerialNumber, `Item '${item.itemNumber}' is not serial-tracked`);

  const over = parseQty(line.overdeliveryPercentage ?? 0);
  const under = parseQty(line.underdeliveryPercentage ?? 0);
  if (over === undefined) problem('overdeliveryPercentage', line.overdeliveryPercentage, 'Percentage has more than 6 decimals');
  if (under === undefined) problem('underdeliveryPercentage', line.underdeliveryPercentage, 'Percentage has more than 6 decimals');

  if (problems.length > before || !item || !conversion || qty === undefined || !ownerId || !status || over === undefined || under === undefined) {
    return undefined;
  }
  const inventoryQty = convertQty(qty, conversion.numerator, conversion.denominator);
  if (inventoryQty <= 0) {
    problem(fields.quantity, line.quantity, `Quantity ${String(line.quantity)} ${line.unitSymbol} is less than the smallest quantity of ${item.inventoryUnit}`);
    return undefined;
  }
  return {
    itemNumber: item.itemNumber,
    sourceItemNumber: line.itemNumber,
    batchNumber: line.itemBatchNumber ?? null,
    serialNumber: line.itemSerialNumber ?? null,
    ownerId,
    inventoryStatusId: status.statusId,
    qty,
    unit: line.unitSymbol,
    inventoryQty,
    inventoryUnit: item.inventoryUnit,
    overdeliveryPct: over,
    underdeliveryPct: under,
  };
}

/** The dimensions a line names; an empty text is not a dimension. */
function lineDimensions(line: OrderLineInput): ProductDimensions {
  const dim = (v: string | undefined) => (v === undefined || v === '' ? null : v);
  return { productColorId: dim(line.productColorId), productSizeId: dim(line.productSizeId), productStyleId: dim(line.productStyleId), productConfigurationId: dim(line.productConfigurationId) };
}

function describeDimensions(dims: ProductDimensions): string {
  const named = PRODUCT_DIMENSION_COLUMNS.filter(([field]) => dims[field] !== null).map(([field]) => `${field} '${dims[field] ?? ''}'`);
  return named.length > 0 ? named.join(', ') : 'no product dimensions';
}

/**
 * The item a line stands for: a product master with the line's product dimensions is its variant (as D365
 * reads ItemNumber + ProductColorId...); a variant named by its own number must not be given other
 * dimensions; a product without variants takes none.
 */
async function resolveVariant(
  refs: ReferenceReader,
  item: ItemRef,
  line: OrderLineInput,
  problem: (field: string, value: string | null | undefined, text: string) => void,
): Promise<ItemRef | undefined> {
  const dims = lineDimensions(line);
  const given = PRODUCT_DIMENSION_COLUMNS.filter(([field]) => dims[field] !== null);
  const firstField = given[0]?.[0] ?? 'itemNumber';
  if (item.productSubtype === 'ProductMaster') {
    if (given.length === 0) {
      problem('itemNumber', line.itemNumber, `Item '${line.itemNumber}' is a product master: name one of its variants with productColorId, productSizeId, productStyleId or productConfigurationId`);
      return undefined;
    }
    const variant = await refs.variant(item.itemNumber, dims);
    if (!variant) problem(firstField, dims[given[0]?.[0] ?? 'productColorId'], `Not able to resolve released item/variant for item '${line.itemNumber}' with ${describeDimensions(dims)}: the product master has no such variant`);
    return variant;
  }
  if (given.length === 0) return item;
  if (item.productMasterNumber !== null && given.every(([field]) => item.productDimensions[field] === dims[field])) return item;
  problem(firstField, dims[given[0]?.[0] ?? 'productColorId'], item.productMasterNumber === null
    ? `Item '${line.itemNumber}' has no variants: a line for it names no product dimensions`
    : `Item '${line.itemNumber}' is the variant with ${describeDimensions(item.productDimensions)}, not ${describeDimensions(dims)}`);
  return undefined;
}

async function resolveOwner(
  refs: ReferenceReader,
  system: SourceSystem,
  line: OrderLineInput,
  problem: (field: string, value: string | null | undefined, text: string) => void,
): Promise<string | undefined> {
  let ownerId: string | undefined;
  if (line.inventoryOwnerId) {
    ownerId = (await refs.owner(line.inventoryOwnerId))?.ownerId;
    if (!ownerId) problem('inventoryOwnerId', line.inventoryOwnerId, `Warehouse inventory owner '${line.inventoryOwnerId}' does not exist`);
  } else if (line.sourceSystemInventoryOwnerId) {
    ownerId = (await refs.ownerByExternalId(system.sourceSystemId, line.sourceSystemInventoryOwnerId))?.ownerId;
    if (!ownerId) {
      problem('sourceSystemInventoryOwnerId', line.sourceSystemInventoryOwnerId, `No warehouse inventory owner has external id '${line.sourceSystemInventoryOwnerId}' for source system '${system.sourceSystemId}'`);
    }
  } else if (system.defaultOwnerId) {
    ownerId = system.defaultOwnerId;
  } else {
    problem('inventoryOwnerId', null, `No owner given and source system '${system.sourceSystemId}' has no default owner`);
  }
  if (ownerId && !(await refs.ownerEntitled(system.sourceSystemId, ownerId))) {
    problem(line.inventoryOwnerId ? 'inventoryOwnerId' : 'sourceSystemInventoryOwnerId', line.inventoryOwnerId ?? line.sourceSystemInventoryOwnerId ?? ownerId, notEntitledText(system.sourceSystemId, ownerId));
    return undefined;
  }
  return ownerId;
}

/** A line number may appear once per order: the second would overwrite the first. */
export function duplicateLineNumbers(lines: ReadonlyArray<{ lineNumber: number }>, path: (index: number) => string): LineProblem[] {
  const seen = new Set<number>();
  const problems: LineProblem[] = [];
  for (const [i, l] of lines.entries()) {
    if (seen.has(l.lineNumber)) problems.push({ text: `Line number ${String(l.lineNumber)} is used twice`, field: path(i), value: String(l.lineNumber) });
    seen.add(l.lineNumber);
  }
  return problems;
}
