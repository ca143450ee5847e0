import type { Executor } from '../../../platform/db/database.js';

export interface OwnerExternalId {
  ownerId: string;
  sourceSystemId: string;
  externalOwnerId: string;
}

export async function listOwnerExternalIds(db: Executor, ownerId: string, sourceSystemId?: string): Promise<OwnerExternalId[]> {
  let query = db
    .selectFrom('inventory_owner_external_ids')
    .select(['owner_id', 'source_system_id', 'external_owner_id'])
    .where('owner_id', '=', ownerId)
    .orderBy('source_system_id');
  if (sourceSystemId !== undefined) query = query.where('source_system_id', '=', sourceSystemId);
  const rows = await query.execute();
  return rows.map((r) => ({ ownerId: r.owner_id, sourceSystemId: r.source_system_id, externalOwnerId: r.external_owner_id }));
}

export async function ownerExists(db: Executor, ownerId: string): Promise<boolean> {
  return (await db.selectFrom('inventory_owners').select('owner_id').where('owner_id', '=', ownerId).executeTakeFirst()) !== undefined;
}
