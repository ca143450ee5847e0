import type { Executor } from '../../../platform/db/database.js';
import { CommonErrors, DomainError, notFound } from '../../../platform/errors.js';
import { isUniqueViolation } from '../../../platform/db/constraint-errors.js';
import { listOwnerExternalIds, ownerExists, type OwnerExternalId } from '../db/owner-external-ids.js';
import { inTransaction } from '../../../platform/db/transaction.js';

function taken(sourceSystemId: string, externalOwnerId: string, holder: string): DomainError {
  return new DomainError(CommonErrors.conflict, `Source system '${sourceSystemId}' already names owner '${holder}' '${externalOwnerId}'`, [
    { field: 'externalOwnerId', reason: `is already the external id of owner '${holder}' in this source system`, value: externalOwnerId },
  ]);
}

/**
 * Sets how a source system names an owner, replacing the previous name. The source system itself is
 * not checked (nor is there a foreign key), so an owner's id may be set before its source system exists.
 */
export async function setOwnerExternalId(
  db: Executor,
  ownerId: string,
  sourceSystemId: string,
  externalOwnerId: string,
): Promise<{ mapping: OwnerExternalId; created: boolean }> {
  try {
    return await inTransaction(db, async (tx) => {
      if (!(await ownerExists(tx, ownerId))) throw notFound('Inventory owner', ownerId);
      const holder = await tx
        .selectFrom('inventory_owner_external_ids')
        .select('owner_id')
        .where('source_system_id', '=', sourceSystemId)
        .where('external_owner_id', '=', externalOwnerId)
        .executeTakeFirst();
      if (holder && holder.owner_id !== ownerId) throw taken(sourceSystemId, externalOwnerId, holder.owner_id);
      const [current] = await listOwnerExternalIds(tx, ownerId, sourceSystemId);
      if (current) {
        await tx
          .updateTable('inventory_owner_external_ids')
          .set({ external_owner_id: externalOwnerId })
          .where('owner_id', '=', ownerId)
          .where('source_system_id', '=', sourceSystemId)
          .execute();
      } else {
        await tx.insertInto('inventory_owner_external_ids').values({ owner_id: ownerId, source_system_id: sourceSystemId, external_owner_id: externalOwnerId }).execute();
      }
      return { mapping: { ownerId, sourceSystemId, externalOwnerId }, created: current === undefined };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new DomainError(CommonErrors.conflict, `Source system '${sourceSystemId}' external owner id '${externalOwnerId}' was taken at the same time`, [
      { field: 'externalOwnerId', reason: 'is already the external id of another owner in this source system', value: externalOwnerId },
    ]);
  }
}
