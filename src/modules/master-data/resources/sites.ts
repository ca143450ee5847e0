import { search } from './filters.js';
import { keyField, textField, type ResourceSpec } from './spec.js';

/** A site groups warehouses (a campus, a city); warehouses may belong to one. */
export const sites: ResourceSpec = {
  noun: 'site',
  plural: 'sites',
  path: 'sites',
  table: 'sites',
  tag: 'sites and warehouses',
  fields: {
    siteId: keyField('site_id', 'Site id'),
    name: textField('name', 'Name', { required: true }),
  },
  key: ['siteId'],
  dependents: [{ table: 'warehouses', columns: ['site_id'], what: 'warehouses' }],
  filters: { q: search(['r.site_id', 'r.name'], 'Site id or name contains') },
  clientsMayRead: false,
};
