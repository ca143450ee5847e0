import type { AppContext } from '../../platform/context.js';
import type { Module } from '../../platform/module.js';
import { acceptCsv } from './http/csv-rows.js';
import { ownerExternalIdRoutes } from './http/owner-external-id-routes.js';
import { resourceRoutes } from './http/resource-routes.js';
import { RESOURCES } from './resources/index.js';

export { ownerEntitledSql, entitledOwnerIdsQuery, entitledOwners, isOwnerEntitled, notEntitledText } from './db/owner-entitlement.js';
export { referenceReader } from './db/reference-reader.js';
export type { InventoryStatusRef, ItemRef, OwnerRef, ReferenceReader, UnitRef, WarehouseRef } from './db/reference-reader.js';
export type { Fraction } from './domain/conversion.js';
export { LOCATION_TYPES, type LocationType } from './resources/location-profiles.js';
export { MasterDataErrors } from './errors.js';

/**
 * Master data: sites, warehouses, zones, location profiles and locations, units and conversions,
 * items, inventory statuses, inventory owners with their source-system ids, and license plates.
 */
export function masterDataModule(ctx: AppContext): Module {
  return {
    name: 'master-data',
    routes: (app) => {
      acceptCsv(app);
      for (const spec of RESOURCES) resourceRoutes(app, ctx, spec);
      ownerExternalIdRoutes(app, ctx);
    },
  };
}
