import { Type } from 'typebox';
import { equals, search } from './filters.js';
import { LOCATION_TYPES } from './location-profiles.js';
import { intField, keyField, qtyField, refField, textField, type ResourceSpec } from './spec.js';
import { Text } from '../../../platform/http/schema-types.js';

const LocationTypeSchema = Type.Union(LOCATION_TYPES.map((t) => Type.Literal(t)));

/** A place in a warehouse where stock can be. Its type comes from its profile. */
export const locations: ResourceSpec = {
  noun: 'location',
  plural: 'locations',
  path: 'locations',
  table: 'locations',
  tag: 'locations',
  fields: {
    warehouseId: refField('warehouse_id', 'Warehouse id', { required: true, key: true }),
    locationId: keyField('location_id', 'Location id, unique within the warehouse'),
    profileId: refField('profile_id', 'Location profile', { required: true }),
    zoneId: refField('zone_id', 'Zone of the same warehouse'),
    maxQuantity: qtyField('max_quantity', "Capacity in the stored item's inventory unit, for location directives"),
    maxDistinctItems: intField('max_distinct_items', 'How many different items the location may hold, for location directives', {
      minimum: 1,
      nullable: true,
    }),
    sortCode: intField('sort_code', 'Position in the picking route; lower first', { minimum: 0, maximum: 2_000_000_000, nullable: true }),
    aisle: textField('aisle', 'Aisle', { maxLength: 64 }),
  },
  key: ['warehouseId', 'locationId'],
  references: [
    { fields: ['warehouseId'], table: 'warehouses', columns: ['warehouse_id'], what: 'warehouse' },
    { fields: ['profileId'], table: 'location_profiles', columns: ['profile_id'], what: 'location profile' },
    { fields: ['warehouseId', 'zoneId'], table: 'zones', columns: ['warehouse_id', 'zone_id'], what: 'zone in this warehouse' },
  ],
  select: (db) => db.selectFrom('locations as r').innerJoin('location_profiles as p', 'p.profile_id', 'r.profile_id').selectAll('r').select('p.location_type'),
  extras: {
    schema: { locationType: LocationTypeSchema },
    compute: (row) => ({ locationType: row.location_type }),
  },
  filters: {
    warehouseId: equals('r.warehouse_id'),
    zoneId: equals('r.zone_id'),
    profileId: equals('r.profile_id'),
    locationType: equals('p.location_type', LocationTypeSchema),
    aisle: equals('r.aisle', Text(64, { minLength: 1 })),
    q: search(['r.location_id'], 'Location id contains'),
  },
  clientsMayRead: false,
};
