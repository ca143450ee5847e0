import type { Tx } from '../../../platform/db/database.js';
import { parseQty } from '../../../platform/quantity.js';
import { decimalToFraction, saveItemBarcode, saveItemUnitConversion, saveProduct, saveVariant, type SaveOutcome } from '../../master-data/index.js';
import { mapProductItem, productItemNumber } from '../../source-systems/index.js';
import type { ProductMessageType } from '../domain/message-states.js';
import type { ProductBarcodeMessage, ProductMessage, ProductUnitConversionMessage, ProductVariantMessage } from '../http/product-message-schemas.js';
import type { MessageProblem } from './resolution-context.js';

export type ProductApplyResult = { ok: true; itemNumber: string; action: 'created' | 'updated' } | { ok: false; problems: MessageProblem[] };

/**
 * Applies a product master message inside the caller's transaction: the item it names is created or
 * updated and mapped to the source system's item number. Checks come first; a refused message writes
 * nothing. Applying the same content again changes nothing, so a resend under a new message id is safe.
 */
export async function applyProductMessage(trx: Tx, now: number, sourceSystemId: string, type: ProductMessageType, content: unknown): Promise<ProductApplyResult> {
  switch (type) {
    case 'Product':
      return applyProduct(trx, sourceSystemId, content as ProductMessage);
    case 'ProductVariant':
      return applyVariant(trx, sourceSystemId, content as ProductVariantMessage);
    case 'ProductUnitConversion':
      return applyConversion(trx, sourceSystemId, content as ProductUnitConversionMessage);
    case 'ProductBarcode':
      return applyBarcode(trx, now, sourceSystemId, content as ProductBarcodeMessage);
  }
}

function refused(text: string, field: string, value: string | null): ProductApplyResult {
  return { ok: false, problems: [{ text, field, value }] };
}

function outcome(saved: SaveOutcome): ProductApplyResult {
  return saved.ok ? saved : { ok: false, problems: saved.problems };
}

/** The item a source system's item number already names (conversions and bar codes need one). */
async function knownItem(trx: Tx, sourceSystemId: string, externalItemNumber: string): Promise<string | MessageProblem> {
  const mapped = await productItemNumber(trx, sourceSystemId, externalItemNumber);
  if ('problem' in mapped) return { text: mapped.problem, field: 'itemNumber', value: externalItemNumber };
  if (mapped.isNew) return { text: `Not able to resolve item for external item number '${externalItemNumber}': send its product or variant message first`, field: 'itemNumber', value: externalItemNumber };
  return mapped.itemNumber;
}

async function applyProduct(trx: Tx, sourceSystemId: string, m: ProductMessage): Promise<ProductApplyResult> {
  const target = await productItemNumber(trx, sourceSystemId, m.itemNumber);
  if ('problem' in target) return refused(target.problem, 'itemNumber', m.itemNumber);
  const tracking = m.trackingDimensionGroupName ?? 'None';
  const saved = await saveProduct(trx, {
    itemNumber: target.itemNumber,
    name: m.productName,
    description: m.productDescription ?? null,
    productSubtype: m.productSubtype ?? 'Product',
    inventoryUnit: m.inventoryUnitSymbol,
    batchTracked: tracking === 'Batch' || tracking === 'BatchAndSerial',
    serialTracked: tracking === 'Serial' || tracking === 'BatchAndSerial',
    shelfLifeDays: m.shelfLifePeriodDays ?? null,
    unitWeightGrams: m.netProductWeight === undefined ? null : Math.round(m.netProductWeight * 1000),
    unitVolumeCm3: m.productVolume === undefined ? null : Math.round(m.productVolume * 1_000_000),
  });
  if (saved.ok) await mapProductItem(trx, sourceSystemId, m.itemNumber, saved.itemNumber);
  return outcome(saved);
}

async function applyVariant(trx: Tx, sourceSystemId: string, m: ProductVariantMessage): Promise<ProductApplyResult> {
  const dimensions = {
    productColorId: m.productColorId ?? null,
    productSizeId: m.productSizeId ?? null,
    productStyleId: m.productStyleId ?? null,
    productConfigurationId: m.productConfigurationId ?? null,
  };
  if (Object.values(dimensions).every((d) => d === null)) {
    return refused('A variant needs at least one of productColorId, productSizeId, productStyleId, productConfigurationId', 'productColorId', null);
  }
  const master = await knownItem(trx, sourceSystemId, m.itemMasterNumber);
  if (typeof master !== 'string') return { ok: false, problems: [{ ...master, field: 'itemMasterNumber' }] };
  const target = await productItemNumber(trx, sourceSystemId, m.itemNumber);
  if ('problem' in target) return refused(target.problem, 'itemNumber', m.itemNumber);
  const saved = await saveVariant(trx, { masterItemNumber: master, itemNumber: target.itemNumber, name: m.productName ?? null, description: m.productDescription ?? null, dimensions });
  if (saved.ok) await mapProductItem(trx, sourceSystemId, m.itemNumber, saved.itemNumber);
  return outcome(saved);
}

async function applyConversion(trx: Tx, sourceSystemId: string, m: ProductUnitConversionMessage): Promise<ProductApplyResult> {
  const item = await knownItem(trx, sourceSystemId, m.itemNumber);
  if (typeof item !== 'string') return { ok: false, problems: [item] };
  let factor;
  if (m.factor !== undefined) {
    factor = decimalToFraction(m.factor);
    if (!factor) return refused(`Factor ${String(m.factor)} is not an exact positive decimal`, 'factor', String(m.factor));
  } else if (m.numerator !== undefined && m.denominator !== undefined) {
    factor = { numerator: m.numerator, denominator: m.denominator };
  } else {
    return refused('Give factor, or numerator and denominator', 'factor', null);
  }
  return outcome(await saveItemUnitConversion(trx, { itemNumber: item, fromUnit: m.fromUnitSymbol, toUnit: m.toUnitSymbol, factor }));
}

async function applyBarcode(trx: Tx, now: number, sourceSystemId: string, m: ProductBarcodeMessage): Promise<ProductApplyResult> {
  const item = await knownItem(trx, sourceSystemId, m.itemNumber);
  if (typeof item !== 'string') return { ok: false, problems: [item] };
  const quantity = m.productQuantity === undefined ? null : parseQty(m.productQuantity);
  if (quantity === undefined) return refused('productQuantity has more than 6 decimals', 'productQuantity', String(m.productQuantity));
  if (quantity !== null && m.productQuantityUnitSymbol === undefined) return refused('productQuantity needs productQuantityUnitSymbol', 'productQuantityUnitSymbol', null);
  return outcome(
    await saveItemBarcode(
      trx,
      { itemNumber: item, barcode: m.barcode, barcodeSetupId: m.barcodeSetupId ?? null, unitSymbol: m.productQuantityUnitSymbol ?? null, quantity, isDefaultScanned: m.isDefaultScannedBarcode ?? false },
      now,
    ),
  );
}
