import { Type } from 'typebox';
import type { Executor } from '../../../platform/db/database.js';
import type { ProductDimensions } from './reference-reader.js';

const nullableText = (description: string) => Type.Union([Type.String(), Type.Null()], { description });

/** The product dimension fields every ERP-facing document line carries (null for an item without variants). */
export const ProductDimensionFields = {
  productColorId: nullableText("The variant's colour"),
  productSizeId: nullableText("The variant's size"),
  productStyleId: nullableText("The variant's style"),
  productConfigurationId: nullableText("The variant's configuration"),
};

export const NO_PRODUCT_DIMENSIONS: ProductDimensions = { productColorId: null, productSizeId: null, productStyleId: null, productConfigurationId: null };

/** The product dimensions of these items (variants); items without variants are absent from the map. */
export async function productDimensionsOf(db: Executor, itemNumbers: readonly string[]): Promise<Map<string, ProductDimensions>> {
  const wanted = [...new Set(itemNumbers)];
  const found = new Map<string, ProductDimensions>();
  for (let i = 0; i < wanted.length; i += 500) {
    const rows = await db
      .selectFrom('items')
      .select(['item_number', 'color_id', 'size_id', 'style_id', 'configuration_id'])
      .where('item_number', 'in', wanted.slice(i, i + 500))
      .where('product_master_number', 'is not', null)
      .execute();
    for (const r of rows) found.set(r.item_number, { productColorId: r.color_id, productSizeId: r.size_id, productStyleId: r.style_id, productConfigurationId: r.configuration_id });
  }
  return found;
}

/** A lookup for document lines: the item's dimensions, or all null. */
export async function productDimensionLookup(db: Executor, itemNumbers: readonly string[]): Promise<(itemNumber: string) => ProductDimensions> {
  const found = await productDimensionsOf(db, itemNumbers);
  return (itemNumber) => found.get(itemNumber) ?? NO_PRODUCT_DIMENSIONS;
}
