/** The dimensions of a stock quantity, as the API and commands see them (undefined/null = not set). */
export interface Dimensions {
  itemNumber: string;
  warehouseId: string;
  locationId?: string | null;
  licensePlateId?: string | null;
  ownerId: string;
  inventoryStatusId: string;
  batchNumber?: string | null;
  serialNumber?: string | null;
}

export interface DimensionRow {
  item_number: string;
  warehouse_id: string;
  location_id: string;
  license_plate_id: string;
  owner_id: string;
  inventory_status_id: string;
  batch_number: string;
  serial_number: string;
}

export const DIMENSION_COLUMNS = [
  'item_number',
  'warehouse_id',
  'location_id',
  'license_plate_id',
  'owner_id',
  'inventory_status_id',
  'batch_number',
  'serial_number',
] as const;

export function toDimensionRow(d: Dimensions): DimensionRow {
  return {
    item_number: d.itemNumber,
    warehouse_id: d.warehouseId,
    location_id: d.locationId ?? '',
    license_plate_id: d.licensePlateId ?? '',
    owner_id: d.ownerId,
    inventory_status_id: d.inventoryStatusId,
    batch_number: d.batchNumber ?? '',
    serial_number: d.serialNumber ?? '',
  };
}

export function fromDimensionRow(r: DimensionRow): Required<{ [K in keyof Dimensions]: Exclude<Dimensions[K], undefined> }> {
  const opt = (v: string) => (v === '' ? null : v);
  return {
    itemNumber: r.item_number,
    warehouseId: r.warehouse_id,
    locationId: opt(r.location_id),
    licensePlateId: opt(r.license_plate_id),
    ownerId: r.owner_id,
    inventoryStatusId: r.inventory_status_id,
    batchNumber: opt(r.batch_number),
    serialNumber: opt(r.serial_number),
  };
}

/** A stable key for grouping deltas of the same dimension combination. */
export function dimensionKey(r: DimensionRow): string {
  return DIMENSION_COLUMNS.map((c) => r[c]).join('\u0000');
}

export function describeDimensions(r: DimensionRow): string {
  const parts = [`item ${r.item_number}`, `warehouse ${r.warehouse_id}`];
  if (r.location_id) parts.push(`location ${r.location_id}`);
  if (r.license_plate_id) parts.push(`license plate ${r.license_plate_id}`);
  parts.push(`owner ${r.owner_id}`, `status ${r.inventory_status_id}`);
  if (r.batch_number) parts.push(`batch ${r.batch_number}`);
  if (r.serial_number) parts.push(`serial ${r.serial_number}`);
  return parts.join(', ');
}

/** Sums signed deltas per dimension combination, dropping combinations that net to zero. */
export function netDeltas<T extends DimensionRow & { qty: number }>(rows: readonly T[]): Array<DimensionRow & { qty: number }> {
  const sums = new Map<string, DimensionRow & { qty: number }>();
  for (const r of rows) {
    const key = dimensionKey(r);
    const current = sums.get(key);
    if (current) current.qty += r.qty;
    else sums.set(key, { ...pickDimensions(r), qty: r.qty });
  }
  return [...sums.values()].filter((s) => s.qty !== 0);
}

export function pickDimensions(r: DimensionRow): DimensionRow {
  return {
    item_number: r.item_number,
    warehouse_id: r.warehouse_id,
    location_id: r.location_id,
    license_plate_id: r.license_plate_id,
    owner_id: r.owner_id,
    inventory_status_id: r.inventory_status_id,
    batch_number: r.batch_number,
    serial_number: r.serial_number,
  };
}
