import type { ApiPath } from '../../../api/loose-api';

export type FieldKind = 'text' | 'int' | 'number' | 'flag' | 'enum' | 'date';

export interface ResourceField {
  name: string;
  label: string;
  kind: FieldKind;
  /** Part of the natural key: given when creating, never changed after. */
  key?: boolean;
  required?: boolean;
  /** An empty value clears the field (sent as null when changing). */
  nullable?: boolean;
  options?: readonly string[];
  /** What the form starts with for a new record (flags: 'true' or 'false'). */
  initial?: string;
  hint?: string;
  /** Shown in the table but not in the form (set by Quayside). */
  readOnly?: boolean;
  /** Not in the table (still in the form). */
  hidden?: boolean;
  /** The list route cannot sort by it. */
  unsortable?: boolean;
}

export interface ResourceFilter {
  name: string;
  label: string;
  kind: 'text' | 'flag' | 'enum';
  options?: readonly string[];
}

export interface ResourceConfig {
  /** The address segment under master data, e.g. items. */
  id: string;
  title: string;
  noun: string;
  path: ApiPath;
  /** Fields that address one record: path + '/{a}/{b}'. */
  urlKey: readonly string[];
  fields: readonly ResourceField[];
  filters: readonly ResourceFilter[];
}

const LOCATION_TYPES = ['receipt', 'storage', 'pick', 'staging', 'bayDoor', 'packing'] as const;
const search = (label: string): ResourceFilter => ({ name: 'q', label, kind: 'text' });
const text = (name: string, label: string, extra: Partial<ResourceField> = {}): ResourceField => ({ name, label, kind: 'text', nullable: !extra.required && !extra.key, ...extra });
const id = (name: string, label: string): ResourceField => ({ name, label, kind: 'text', key: true, required: true });
const flag = (name: string, label: string, initial: boolean, hint?: string): ResourceField => ({ name, label, kind: 'flag', initial: String(initial), ...(hint ? { hint } : {}) });
const byId = (name: string, label: string): ResourceFilter => ({ name, label, kind: 'text' });

/** Every master data resource the Setup workspace edits, as the one generic screen needs to know it. */
export const RESOURCES: readonly ResourceConfig[] = [
  {
    id: 'sites',
    title: 'Sites',
    noun: 'site',
    path: '/api/v1/sites',
    urlKey: ['siteId'],
    fields: [id('siteId', 'Site id'), text('name', 'Name', { required: true })],
    filters: [search('Site id or name contains')],
  },
  {
    id: 'warehouses',
    title: 'Warehouses',
    noun: 'warehouse',
    path: '/api/v1/warehouses',
    urlKey: ['warehouseId'],
    fields: [id('warehouseId', 'Warehouse id'), text('name', 'Name', { required: true }), text('siteId', 'Site id')],
    filters: [search('Warehouse id or name contains'), byId('siteId', 'Site id')],
  },
  {
    id: 'zones',
    title: 'Zones',
    noun: 'zone',
    path: '/api/v1/zones',
    urlKey: ['warehouseId', 'zoneId'],
    fields: [id('warehouseId', 'Warehouse id'), id('zoneId', 'Zone id'), text('name', 'Name', { required: true })],
    filters: [search('Zone id or name contains'), byId('warehouseId', 'Warehouse id')],
  },
  {
    id: 'location-profiles',
    title: 'Location profiles',
    noun: 'location profile',
    path: '/api/v1/location-profiles',
    urlKey: ['profileId'],
    fields: [
      id('profileId', 'Profile id'),
      text('name', 'Name', { required: true }),
      { name: 'locationType', label: 'Location type', kind: 'enum', options: LOCATION_TYPES, required: true },
      flag('licensePlateControlled', 'License plate controlled', false, 'Stock in these locations is kept on license plates'),
      flag('allowCycleCounting', 'Allow cycle counting', true),
    ],
    filters: [search('Profile id or name contains'), { name: 'locationType', label: 'Location type', kind: 'enum', options: LOCATION_TYPES }],
  },
  {
    id: 'locations',
    title: 'Locations',
    noun: 'location',
    path: '/api/v1/locations',
    urlKey: ['warehouseId', 'locationId'],
    fields: [
      id('warehouseId', 'Warehouse id'),
      id('locationId', 'Location id'),
      text('profileId', 'Location profile', { required: true }),
      { name: 'locationType', label: 'Location type', kind: 'text', readOnly: true, unsortable: true },
      text('zoneId', 'Zone id'),
      text('aisle', 'Aisle'),
      { name: 'sortCode', label: 'Sort code', kind: 'int', nullable: true, hint: 'Position in the picking route; lower first' },
      { name: 'maxQuantity', label: 'Maximum quantity', kind: 'number', nullable: true, hint: "In the stored item's inventory unit" },
      { name: 'maxDistinctItems', label: 'Maximum distinct items', kind: 'int', nullable: true },
    ],
    filters: [
      search('Location id contains'),
      byId('warehouseId', 'Warehouse id'),
      byId('zoneId', 'Zone id'),
      byId('profileId', 'Location profile'),
      { name: 'locationType', label: 'Location type', kind: 'enum', options: LOCATION_TYPES },
      byId('aisle', 'Aisle'),
    ],
  },
  {
    id: 'units',
    title: 'Units',
    noun: 'unit',
    path: '/api/v1/units',
    urlKey: ['symbol'],
    fields: [id('symbol', 'Symbol'), text('name', 'Name', { required: true }), { name: 'decimals', label: 'Decimals', kind: 'int', initial: '0', hint: 'Decimal places allowed in quantities (0 to 6)' }],
    filters: [search('Symbol or name contains')],
  },
  {
    id: 'unit-conversions',
    title: 'Unit conversions',
    noun: 'unit conversion',
    path: '/api/v1/unit-conversions',
    urlKey: ['id'],
    fields: [
      { name: 'id', label: 'Id', kind: 'int', readOnly: true },
      { name: 'itemNumber', label: 'Item number', kind: 'text', key: true, nullable: true, hint: 'Empty: for every item' },
      { name: 'fromUnit', label: 'From unit', kind: 'text', key: true, required: true },
      { name: 'toUnit', label: 'To unit', kind: 'text', key: true, required: true },
      { name: 'numerator', label: 'Numerator', kind: 'int', required: true, hint: '1 from unit = numerator / denominator to unit' },
      { name: 'denominator', label: 'Denominator', kind: 'int', initial: '1' },
    ],
    filters: [byId('itemNumber', 'Item number'), byId('fromUnit', 'From unit'), byId('toUnit', 'To unit')],
  },
  {
    id: 'items',
    title: 'Items',
    noun: 'item',
    path: '/api/v1/items',
    urlKey: ['itemNumber'],
    fields: [
      id('itemNumber', 'Item number'),
      text('name', 'Name', { required: true }),
      text('inventoryUnit', 'Inventory unit', { required: true, hint: 'The unit stock is kept in (the smallest unit handled)' }),
      flag('batchTracked', 'Batch tracked', false),
      flag('serialTracked', 'Serial tracked', false),
      flag('valuated', 'Valuated', false),
      { name: 'shelfLifeDays', label: 'Shelf life (days)', kind: 'int', nullable: true, hint: 'Needs batch tracking' },
      text('barcode', 'Bar code'),
      { name: 'unitWeightGrams', label: 'Unit weight (g)', kind: 'int', nullable: true, hint: 'Weight of one inventory unit, for packed containers' },
    ],
    filters: [
      search('Item number or name contains'),
      byId('inventoryUnit', 'Inventory unit'),
      byId('barcode', 'Bar code'),
      { name: 'batchTracked', label: 'Batch tracked', kind: 'flag' },
      { name: 'serialTracked', label: 'Serial tracked', kind: 'flag' },
    ],
  },
  {
    id: 'inventory-statuses',
    title: 'Inventory statuses',
    noun: 'inventory status',
    path: '/api/v1/inventory-statuses',
    urlKey: ['statusId'],
    fields: [
      id('statusId', 'Status id'),
      text('name', 'Name', { required: true }),
      flag('available', 'Available', true, 'Stock in this status can be reserved and shipped'),
      flag('isDefault', 'Default status', false, 'Used when none is given; setting it clears the old default'),
    ],
    filters: [
      { name: 'available', label: 'Available', kind: 'flag' },
      { name: 'isDefault', label: 'Default status', kind: 'flag' },
    ],
  },
  {
    id: 'inventory-owners',
    title: 'Inventory owners',
    noun: 'inventory owner',
    path: '/api/v1/inventory-owners',
    urlKey: ['ownerId'],
    fields: [id('ownerId', 'Owner id'), text('name', 'Name', { required: true })],
    filters: [search('Owner id or name contains'), byId('sourceSystemId', 'Known in source system'), byId('externalOwnerId', 'External owner id')],
  },
  {
    id: 'license-plates',
    title: 'License plates',
    noun: 'license plate',
    path: '/api/v1/license-plates',
    urlKey: ['licensePlateId'],
    fields: [
      id('licensePlateId', 'License plate id'),
      text('warehouseId', 'Warehouse id'),
      text('parentLicensePlateId', 'Parent license plate', { hint: 'The plate this one is nested on' }),
      { name: 'createdAt', label: 'Created', kind: 'date', readOnly: true },
    ],
    filters: [byId('warehouseId', 'Warehouse id'), byId('parentLicensePlateId', 'Parent license plate')],
  },
];
