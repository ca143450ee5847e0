import type { Executor } from '../../../platform/db/database.js';
import { notFound } from '../../../platform/errors.js';

/** Forgets how a source system names an owner; the owner stays. */
export async function removeOwnerExternalId(db: Executor, ownerId: string, sourceSystemId: string): Promise<void> {
  const result = await db
    .deleteFrom('inventory_owner_external_ids')
    .where('owner_id', '=', ownerId)
    .where('source_system_id', '=', sourceSystemId)
    .executeTakeFirst();
  if (Number(result.numDeletedRows) === 0) throw notFound(`External id of owner '${ownerId}' in source system`, sourceSystemId);
}
