import { Type } from 'typebox';
import { equals, search } from './filters.js';
import { enumField, flagField, keyField, textField, type ResourceSpec } from './spec.js';

export const LOCATION_TYPES = ['receipt', 'storage', 'pick', 'staging', 'bayDoor', 'packing'] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];

/** What kind of place a location is and how it is handled; every location has one profile. */
export const locationProfiles: ResourceSpec = {
  noun: 'location profile',
  plural: 'location profiles',
  path: 'location-profiles',
  table: 'location_profiles',
  tag: 'locations',
  fields: {
    profileId: keyField('profile_id', 'Location profile id'),
    name: textField('name', 'Name', { required: true }),
    locationType: enumField('location_type', LOCATION_TYPES, 'What the locations are used for'),
    licensePlateControlled: flagField('license_plate_controlled', false, 'Stock in these locations is kept on license plates'),
    allowCycleCounting: flagField('allow_cycle_counting', true, 'Cycle counting may count these locations'),
  },
  key: ['profileId'],
  dependents: [{ table: 'locations', columns: ['profile_id'], what: 'locations' }],
  filters: {
    locationType: equals('r.location_type', Type.Union(LOCATION_TYPES.map((t) => Type.Literal(t)))),
    q: search(['r.profile_id', 'r.name'], 'Profile id or name contains'),
  },
  clientsMayRead: false,
};
