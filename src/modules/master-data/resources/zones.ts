import { equals, search } from './filters.js';
import { keyField, refField, textField, type ResourceSpec } from './spec.js';

/** A zone groups locations of one warehouse (cold store, high bay) for location directives and work. */
export const zones: ResourceSpec = {
  noun: 'zone',
  plural: 'zones',
  path: 'zones',
  table: 'zones',
  tag: 'locations',
  fields: {
    warehouseId: refField('warehouse_id', 'Warehouse id', { required: true, key: true }),
    zoneId: keyField('zone_id', 'Zone id, unique within the warehouse'),
    name: textField('name', 'Name', { required: true }),
  },
  key: ['warehouseId', 'zoneId'],
  references: [{ fields: ['warehouseId'], table: 'warehouses', columns: ['warehouse_id'], what: 'warehouse' }],
  dependents: [{ table: 'locations', columns: ['warehouse_id', 'zone_id'], what: 'locations' }],
  filters: {
    warehouseId: equals('r.warehouse_id'),
    q: search(['r.zone_id', 'r.name'], 'Zone id or name contains'),
  },
  clientsMayRead: false,
};
