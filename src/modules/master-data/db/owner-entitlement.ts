import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Executor } from '../../../platform/db/database.js';

/**
 * The one rule of tenancy between source systems: a source system may name, and see the stock of, only
 * the inventory owners it is entitled to, which are the owners that have an id for it
 * (`inventory_owner_external_ids`) and its default owner (`source_systems.default_owner_id`).
 * Every check (message lines, manual orders, counting, reports, the update log, drift, reservations)
 * and every confined read goes through the functions below, so that the rule is written only here.
 *
 * The source system's default owner and the owners' external ids live in the source-systems module's
 * tables; they are read here (never written) because an owner's entitlements are master data about the
 * owner, and every module above master data asks here.
 */
export function entitledOwnerIdsQuery(db: Executor, sourceSystemId: string) {
  return db
    .selectFrom('inventory_owner_external_ids')
    .select('owner_id')
    .where('source_system_id', '=', sourceSystemId)
    .union(
      db
        .selectFrom('source_systems')
        .select(sql<string>`default_owner_id`.as('owner_id'))
        .where('source_system_id', '=', sourceSystemId)
        .where('default_owner_id', 'is not', null),
    );
}

/**
 * The same rule as a condition on two columns of an outer query, for reads across source systems: the owner
 * in `ownerColumn` is entitled to the source system in `sourceSystemColumn`.
 */
export function ownerEntitledSql(ownerColumn: string, sourceSystemColumn: string): RawBuilder<SqlBool> {
  const owner = sql.ref(ownerColumn);
  const system = sql.ref(sourceSystemColumn);
  return sql<SqlBool>`(exists (select 1 from inventory_owner_external_ids x where x.owner_id = ${owner} and x.source_system_id = ${system})
    or exists (select 1 from source_systems s where s.source_system_id = ${system} and s.default_owner_id = ${owner}))`;
}

/** The owners a source system is entitled to, each with the source system's id for it (null for a default owner it has no id for). */
export async function entitledOwners(db: Executor, sourceSystemId: string): Promise<Map<string, string | null>> {
  const [ids, system] = await Promise.all([
    db.selectFrom('inventory_owner_external_ids').select(['owner_id', 'external_owner_id']).where('source_system_id', '=', sourceSystemId).execute(),
    db.selectFrom('source_systems').select('default_owner_id').where('source_system_id', '=', sourceSystemId).executeTakeFirst(),
  ]);
  const owners = new Map<string, string | null>(ids.map((r) => [r.owner_id, r.external_owner_id]));
  if (system?.default_owner_id && !owners.has(system.default_owner_id)) owners.set(system.default_owner_id, null);
  return owners;
}

export async function isOwnerEntitled(db: Executor, sourceSystemId: string, ownerId: string): Promise<boolean> {
  const found = await db
    .selectFrom('inventory_owners')
    .select('owner_id')
    .where('owner_id', '=', ownerId)
    .where('owner_id', 'in', entitledOwnerIdsQuery(db, sourceSystemId))
    .executeTakeFirst();
  return found !== undefined;
}

/** The sentence every refusal and message log line uses, naming the owner and the source system. */
export function notEntitledText(sourceSystemId: string, ownerId: string): string {
  return `Source system '${sourceSystemId}' may not name warehouse inventory owner '${ownerId}': it is neither its default owner nor has an id for it`;
}
