import type { Executor } from '../../../platform/db/database.js';
import { DomainError, type FieldProblem } from '../../../platform/errors.js';
import { referenceReader } from '../../master-data/index.js';
import { findSourceSystem, SourceSystemErrors } from '../../source-systems/index.js';
import { ReturnsErrors } from '../errors.js';

export interface DispositionCode {
  sourceSystemId: string;
  dispositionCode: string;
  description: string;
  inventoryStatusId: string;
  locationId: string | null;
}

export function dispositionView(r: { source_system_id: string; disposition_code: string; description: string; inventory_status_id: string; location_id: string | null }): DispositionCode {
  return { sourceSystemId: r.source_system_id, dispositionCode: r.disposition_code, description: r.description, inventoryStatusId: r.inventory_status_id, locationId: r.location_id };
}

/**
 * Creates or changes a disposition code. Its status must exist; its location, when given, must exist in
 * every warehouse that receives returns with it, which is checked when a return uses it.
 */
export async function saveDispositionCode(db: Executor, now: number, code: DispositionCode): Promise<DispositionCode> {
  if (!(await findSourceSystem(db, code.sourceSystemId))) {
    throw new DomainError(SourceSystemErrors.sourceSystemNotFound, `Source system '${code.sourceSystemId}' does not exist`, [{ field: 'sourceSystemId', reason: 'source system does not exist', value: code.sourceSystemId }]);
  }
  const problems: FieldProblem[] = [];
  if (!(await referenceReader(db).inventoryStatus(code.inventoryStatusId))) problems.push({ field: 'inventoryStatusId', reason: 'inventory status does not exist', value: code.inventoryStatusId });
  if (code.locationId !== null) {
    const known = await db.selectFrom('locations').select('location_id').where('location_id', '=', code.locationId).executeTakeFirst();
    if (!known) problems.push({ field: 'locationId', reason: 'no warehouse has this location', value: code.locationId });
  }
  if (problems.length > 0) throw new DomainError(ReturnsErrors.dispositionInvalid, problems.map((p) => `${p.field}: ${p.reason}`).join('; '), problems);
  const values = { description: code.description, inventory_status_id: code.inventoryStatusId, location_id: code.locationId, updated_at: now };
  await db
    .insertInto('return_disposition_codes')
    .values({ source_system_id: code.sourceSystemId, disposition_code: code.dispositionCode, ...values })
    .onConflict((oc) => oc.columns(['source_system_id', 'disposition_code']).doUpdateSet(values))
    .execute();
  return code;
}

export async function dispositionCodes(db: Executor, sourceSystemId: string): Promise<DispositionCode[]> {
  const rows = await db.selectFrom('return_disposition_codes').selectAll().where('source_system_id', '=', sourceSystemId).orderBy('disposition_code').execute();
  return rows.map(dispositionView);
}

export async function removeDispositionCode(db: Executor, sourceSystemId: string, dispositionCode: string): Promise<void> {
  const removed = await db.deleteFrom('return_disposition_codes').where('source_system_id', '=', sourceSystemId).where('disposition_code', '=', dispositionCode).executeTakeFirst();
  if (Number(removed.numDeletedRows) === 0) {
    throw new DomainError(ReturnsErrors.dispositionNotFound, `Source system '${sourceSystemId}' has no disposition code '${dispositionCode}'`, [{ field: 'dispositionCode', reason: 'no such disposition code', value: dispositionCode }]);
  }
}
