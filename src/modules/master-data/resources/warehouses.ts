import { equals, search } from './filters.js';
import { keyField, refField, textField, type ResourceSpec } from './spec.js';

export const warehouses: ResourceSpec = {
  noun: 'warehouse',
  plural: 'warehouses',
  path: 'warehouses',
  table: 'warehouses',
  tag: 'sites and warehouses',
  fields: {
    warehouseId: keyField('warehouse_id', 'Warehouse id'),
    name: textField('name', 'Name', { required: true }),
    siteId: refField('site_id', 'The site the warehouse belongs to'),
  },
  key: ['warehouseId'],
  references: [{ fields: ['siteId'], table: 'sites', columns: ['site_id'], what: 'site' }],
  dependents: [
    { table: 'zones', columns: ['warehouse_id'], what: 'zones' },
    { table: 'locations', columns: ['warehouse_id'], what: 'locations' },
    { table: 'license_plates', columns: ['warehouse_id'], what: 'license plates' },
  ],
  filters: {
    siteId: equals('r.site_id'),
    q: search(['r.warehouse_id', 'r.name'], 'Warehouse id or name contains'),
  },
  clientsMayRead: true,
};
