import type { Generated } from 'kysely';

/**
 * Master data: the warehouse's own reference records. Natural keys are the primary keys, so that
 * other modules, messages and imports name records the way people do (warehouse 'W1', item 'A-100').
 */
export interface SitesTable {
  site_id: string;
  name: string;
}

export interface WarehousesTable {
  warehouse_id: string;
  name: string;
  site_id: string | null;
}

export interface ZonesTable {
  warehouse_id: string;
  zone_id: string;
  name: string;
}

export interface LocationProfilesTable {
  profile_id: string;
  name: string;
  /** receipt | storage | pick | staging | bayDoor | packing */
  location_type: string;
  license_plate_controlled: number;
  allow_cycle_counting: number;
}

export interface LocationsTable {
  warehouse_id: string;
  location_id: string;
  profile_id: string;
  zone_id: string | null;
  /** Capacity in micro-units of the stored item's inventory unit. */
  max_quantity: number | null;
  max_distinct_items: number | null;
  sort_code: string | null;
  aisle: string | null;
}

export interface UnitsTable {
  symbol: string;
  name: string;
  decimals: number;
}

export interface UnitConversionsTable {
  id: Generated<number>;
  from_unit: string;
  to_unit: string;
  /** Null for a conversion that holds for every item. */
  item_number: string | null;
  /** The factor as an exact fraction, reduced. */
  numerator: number;
  denominator: number;
}

export interface ItemsTable {
  item_number: string;
  name: string;
  inventory_unit: string;
  batch_tracked: number;
  serial_tracked: number;
  valuated: number;
  shelf_life_days: number | null;
  barcode: string | null;
  /** Weight of one inventory unit in grams, for container weights; null when not known. */
  unit_weight_grams: number | null;
  /** Volume of one inventory unit in cm³, for the fill of outbound loads; null when not known. */
  unit_volume_cm3: number | null;
  /** Product, or ProductMaster (never stocked: its variants are). Default Product. */
  product_subtype: Generated<string>;
  /** For a variant: the item number of its product master. */
  product_master_number: string | null;
  color_id: string | null;
  size_id: string | null;
  style_id: string | null;
  configuration_id: string | null;
  description: string | null;
}

/** Further bar codes of an item (GTINs per unit), besides the one scanned by default (items.barcode). */
export interface ItemBarcodesTable {
  barcode: string;
  item_number: string;
  barcode_setup_id: string | null;
  unit_symbol: string | null;
  /** Micro-units of unit_symbol that one scan of the bar code stands for. */
  quantity: number | null;
  updated_at: number;
}

export interface InventoryStatusesTable {
  status_id: string;
  name: string;
  available: number;
  is_default: number;
}

export interface InventoryOwnersTable {
  owner_id: string;
  name: string;
}

export interface LicensePlatesTable {
  license_plate_id: string;
  warehouse_id: string | null;
  parent_license_plate_id: string | null;
  created_at: number;
}

export interface MasterDataTables {
  sites: SitesTable;
  warehouses: WarehousesTable;
  zones: ZonesTable;
  location_profiles: LocationProfilesTable;
  locations: LocationsTable;
  units: UnitsTable;
  unit_conversions: UnitConversionsTable;
  items: ItemsTable;
  item_barcodes: ItemBarcodesTable;
  inventory_statuses: InventoryStatusesTable;
  inventory_owners: InventoryOwnersTable;
  license_plates: LicensePlatesTable;
}
