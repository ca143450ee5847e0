import { sql } from 'kysely';
import { entitledOwnerIdsQuery } from '../db/owner-entitlement.js';
import { idSchema, keyField, textField, type ResourceSpec } from './spec.js';
import { search } from './filters.js';

/**
 * A warehouse inventory owner: the company or client that owns stock kept here. Source systems name
 * owners by their own ids, kept per source system (see the source-system-ids routes).
 */
export const inventoryOwners: ResourceSpec = {
  noun: 'inventory owner',
  plural: 'inventory owners',
  path: 'inventory-owners',
  table: 'inventory_owners',
  tag: 'inventory owners',
  fields: {
    ownerId: keyField('owner_id', 'Owner id used inside Quayside'),
    name: textField('name', 'Name', { required: true }),
  },
  key: ['ownerId'],
  // Read-only counts in other modules' tables: an owner still named by a source system, an order or stock stays.
  dependents: [
    { table: 'source_systems', columns: ['default_owner_id'], what: 'source systems as their default owner', label: 'source_system_id' },
    { table: 'inbound_order_lines', columns: ['owner_id'], what: 'inbound shipment order lines', label: 'order_number' },
    { table: 'outbound_order_lines', columns: ['owner_id'], what: 'outbound shipment order lines', label: 'order_number' },
    { table: 'inventory_balances', columns: ['owner_id'], what: 'inventory balances (stock, or stock it had)', label: 'location_id' },
  ],
  filters: {
    q: search(['r.owner_id', 'r.name'], 'Owner id or name contains'),
    sourceSystemId: {
      schema: idSchema('Only owners that have an external id in this source system'),
      sourceSystemScoped: true,
      apply: (query, value) =>
        query.where((eb) =>
          eb.exists(
            eb
              .selectFrom('inventory_owner_external_ids as x')
              .select(sql<number>`1`.as('one'))
              .whereRef('x.owner_id', '=', 'r.owner_id')
              .where('x.source_system_id', '=', value),
          ),
        ),
    },
    externalOwnerId: {
      schema: idSchema("Only the owner with this external id (in sourceSystemId; an integration client's own source system)"),
      scopedBy: 'sourceSystemId',
      apply: (query, value, all) =>
        query.where((eb) => {
          let match = eb
            .selectFrom('inventory_owner_external_ids as y')
            .select(sql<number>`1`.as('one'))
            .whereRef('y.owner_id', '=', 'r.owner_id')
            .where('y.external_owner_id', '=', value);
          if (all.sourceSystemId !== undefined) match = match.where('y.source_system_id', '=', all.sourceSystemId);
          return eb.exists(match);
        }),
    },
  },
  clientsMayRead: true,
  visibleTo: (db, query, sourceSystemId) => query.where('r.owner_id', 'in', entitledOwnerIdsQuery(db, sourceSystemId)),
};
