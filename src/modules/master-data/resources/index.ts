import { inventoryOwners } from './inventory-owners.js';
import { inventoryStatuses } from './inventory-statuses.js';
import { items } from './items.js';
import { licensePlates } from './license-plates.js';
import { locationProfiles } from './location-profiles.js';
import { locations } from './locations.js';
import { sites } from './sites.js';
import { unitConversions } from './unit-conversions.js';
import { units } from './units.js';
import { warehouses } from './warehouses.js';
import { zones } from './zones.js';

export { inventoryOwners, inventoryStatuses, items, licensePlates, locationProfiles, locations, sites, unitConversions, units, warehouses, zones };

/** Every master data resource, in the order a new warehouse is set up. */
export const RESOURCES = [
  sites,
  warehouses,
  zones,
  locationProfiles,
  locations,
  units,
  items,
  unitConversions,
  inventoryStatuses,
  inventoryOwners,
  licensePlates,
] as const;
