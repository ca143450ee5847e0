import type { Executor } from '../../../platform/db/database.js';
import { flag } from '../../../platform/db/json.js';
import { resolveConversion, type Fraction } from '../domain/conversion.js';
import { isOwnerEntitled } from './owner-entitlement.js';

export interface WarehouseRef {
  warehouseId: string;
  name: string;
  siteId: string | null;
}

export interface ItemRef {
  itemNumber: string;
  name: string;
  inventoryUnit: string;
  batchTracked: boolean;
  serialTracked: boolean;
  shelfLifeDays: number | null;
  /** Product, or ProductMaster (never stocked or ordered itself: its variants are). */
  productSubtype: string;
  /** Set for a variant: its product master's item number and its product dimensions. */
  productMasterNumber: string | null;
  productDimensions: ProductDimensions;
}

/** A variant's product dimensions (null where the variant does not vary by it). */
export interface ProductDimensions {
  productColorId: string | null;
  productSizeId: string | null;
  productStyleId: string | null;
  productConfigurationId: string | null;
}

export interface UnitRef {
  symbol: string;
  decimals: number;
}

export interface OwnerRef {
  ownerId: string;
  name: string;
}

export interface InventoryStatusRef {
  statusId: string;
  available: boolean;
}

/** Reads of master data for callers that look up the same records again and again (the message processor). */
export interface ReferenceReader {
  warehouse(warehouseId: string): Promise<WarehouseRef | undefined>;
  item(itemNumber: string): Promise<ItemRef | undefined>;
  /** The variant of a product master with exactly these product dimensions. */
  variant(productMasterNumber: string, dims: ProductDimensions): Promise<ItemRef | undefined>;
  unit(symbol: string): Promise<UnitRef | undefined>;
  /** factor to multiply a quantity in fromUnit to get toUnit; identity when equal; item-specific conversion wins over a general one; a reverse conversion may be used inverted. */
  conversion(itemNumber: string, fromUnit: string, toUnit: string): Promise<Fraction | undefined>;
  owner(ownerId: string): Promise<OwnerRef | undefined>;
  ownerByExternalId(sourceSystemId: string, externalOwnerId: string): Promise<OwnerRef | undefined>;
  externalOwnerId(sourceSystemId: string, ownerId: string): Promise<string | undefined>;
  /** Whether the source system may name this owner (see owner-entitlement.ts). */
  ownerEntitled(sourceSystemId: string, ownerId: string): Promise<boolean>;
  inventoryStatus(statusId: string): Promise<InventoryStatusRef | undefined>;
  defaultInventoryStatus(): Promise<InventoryStatusRef | undefined>;
}

const ITEM_REF_COLUMNS = [
  'item_number',
  'name',
  'inventory_unit',
  'batch_tracked',
  'serial_tracked',
  'shelf_life_days',
  'product_subtype',
  'product_master_number',
  'color_id',
  'size_id',
  'style_id',
  'configuration_id',
] as const;

/** Each product dimension and the items column that holds it. */
export const DIMENSION_COLUMNS = [
  ['productColorId', 'color_id'],
  ['productSizeId', 'size_id'],
  ['productStyleId', 'style_id'],
  ['productConfigurationId', 'configuration_id'],
] as const;

type ItemRefRow = Record<(typeof ITEM_REF_COLUMNS)[number], unknown>;

function itemRef(r: ItemRefRow): ItemRef {
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    itemNumber: r.item_number as string,
    name: r.name as string,
    inventoryUnit: r.inventory_unit as string,
    batchTracked: flag(r.batch_tracked as number),
    serialTracked: flag(r.serial_tracked as number),
    shelfLifeDays: r.shelf_life_days as number | null,
    productSubtype: r.product_subtype as string,
    productMasterNumber: text(r.product_master_number),
    productDimensions: { productColorId: text(r.color_id), productSizeId: text(r.size_id), productStyleId: text(r.style_id), productConfigurationId: text(r.configuration_id) },
  };
}

/**
 * A reader that memoizes every answer, misses included, for its lifetime: make one per batch of
 * work (it sees the database as it was when each answer was first read, and the executor's
 * transaction if it was given one), never one for the life of the process.
 */
export function referenceReader(db: Executor): ReferenceReader {
  const memo = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    const known = memo.get(key);
    if (known) return known as Promise<T>;
    const loading = load();
    memo.set(key, loading);
    // A failed read is not an answer: the next call reads again.
    loading.catch(() => memo.delete(key));
    return loading;
  };
  const k = (...parts: string[]) => parts.join('\u0000');

  return {
    warehouse: (warehouseId) =>
      once(k('warehouse', warehouseId), async () => {
        const r = await db.selectFrom('warehouses').select(['warehouse_id', 'name', 'site_id']).where('warehouse_id', '=', warehouseId).executeTakeFirst();
        return r && { warehouseId: r.warehouse_id, name: r.name, siteId: r.site_id };
      }),

    item: (itemNumber) =>
      once(k('item', itemNumber), async () => {
        const r = await db.selectFrom('items').select(ITEM_REF_COLUMNS).where('item_number', '=', itemNumber).executeTakeFirst();
        return r && itemRef(r);
      }),

    variant: (productMasterNumber, dims) =>
      once(k('variant', productMasterNumber, ...DIMENSION_COLUMNS.map(([field]) => dims[field] ?? '')), async () => {
        let query = db.selectFrom('items').select(ITEM_REF_COLUMNS).where('product_master_number', '=', productMasterNumber);
        for (const [field, column] of DIMENSION_COLUMNS) {
          const value = dims[field];
          query = value === null ? query.where(column, 'is', null) : query.where(column, '=', value);
        }
        const r = await query.executeTakeFirst();
        return r && itemRef(r);
      }),

    unit: (symbol) =>
      once(k('unit', symbol), async () => {
        const r = await db.selectFrom('units').select(['symbol', 'decimals']).where('symbol', '=', symbol).executeTakeFirst();
        return r && { symbol: r.symbol, decimals: r.decimals };
      }),

    conversion: (itemNumber, fromUnit, toUnit) =>
      once(k('conversion', itemNumber, fromUnit, toUnit), async () => {
        if (fromUnit === toUnit) return resolveConversion([], itemNumber, fromUnit, toUnit);
        const rows = await db
          .selectFrom('unit_conversions')
          .select(['item_number', 'from_unit', 'to_unit', 'numerator', 'denominator'])
          .where((eb) =>
            eb.and([
              eb.or([eb.and([eb('from_unit', '=', fromUnit), eb('to_unit', '=', toUnit)]), eb.and([eb('from_unit', '=', toUnit), eb('to_unit', '=', fromUnit)])]),
              eb.or([eb('item_number', 'is', null), eb('item_number', '=', itemNumber)]),
            ]),
          )
          .execute();
        return resolveConversion(
          rows.map((r) => ({ itemNumber: r.item_number, fromUnit: r.from_unit, toUnit: r.to_unit, numerator: Number(r.numerator), denominator: Number(r.denominator) })),
          itemNumber,
          fromUnit,
          toUnit,
        );
      }),

    owner: (ownerId) =>
      once(k('owner', ownerId), async () => {
        const r = await db.selectFrom('inventory_owners').select(['owner_id', 'name']).where('owner_id', '=', ownerId).executeTakeFirst();
        return r && { ownerId: r.owner_id, name: r.name };
      }),

    ownerByExternalId: (sourceSystemId, externalOwnerId) =>
      once(k('ownerByExternalId', sourceSystemId, externalOwnerId), async () => {
        const r = await db
          .selectFrom('inventory_owner_external_ids as x')
          .innerJoin('inventory_owners as o', 'o.owner_id', 'x.owner_id')
          .select(['o.owner_id', 'o.name'])
          .where('x.source_system_id', '=', sourceSystemId)
          .where('x.external_owner_id', '=', externalOwnerId)
          .executeTakeFirst();
        return r && { ownerId: r.owner_id, name: r.name };
      }),

    externalOwnerId: (sourceSystemId, ownerId) =>
      once(k('externalOwnerId', sourceSystemId, ownerId), async () => {
        const r = await db
          .selectFrom('inventory_owner_external_ids')
          .select('external_owner_id')
          .where('source_system_id', '=', sourceSystemId)
          .where('owner_id', '=', ownerId)
          .executeTakeFirst();
        return r?.external_owner_id;
      }),

    ownerEntitled: (sourceSystemId, ownerId) => once(k('ownerEntitled', sourceSystemId, ownerId), () => isOwnerEntitled(db, sourceSystemId, ownerId)),

    inventoryStatus: (statusId) =>
      once(k('status', statusId), async () => {
        const r = await db.selectFrom('inventory_statuses').select(['status_id', 'available']).where('status_id', '=', statusId).executeTakeFirst();
        return r && { statusId: r.status_id, available: flag(r.available) };
      }),

    defaultInventoryStatus: () =>
      once(k('defaultStatus'), async () => {
        const r = await db.selectFrom('inventory_statuses').select(['status_id', 'available']).where('is_default', '=', 1).executeTakeFirst();
        return r && { statusId: r.status_id, available: flag(r.available) };
      }),
  };
}
