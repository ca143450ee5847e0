import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import { companyOf } from '../db/companies.js';
import { D365Errors } from '../errors.js';

/**
 * dataAreaId names the D365 company a message is for; Quayside maps each source system to one company
 * (PUT /api/v1/source-systems/{id}/d365-company). A message for another company is refused rather than
 * taken into the wrong warehouse books; the comparison ignores case, as D365's does.
 */
export async function checkCompany(db: Executor, sourceSystemId: string, dataAreaId: string): Promise<string> {
  const company = await companyOf(db, sourceSystemId);
  if (company === undefined) {
    throw new DomainError(
      D365Errors.companyNotConfigured,
      `Source system '${sourceSystemId}' has no D365 company; an admin sets it with PUT /api/v1/source-systems/${sourceSystemId}/d365-company`,
      [{ field: 'dataAreaId', reason: 'the source system has no D365 company configured', value: dataAreaId }],
    );
  }
  if (company !== dataAreaId.toLowerCase()) {
    throw new DomainError(D365Errors.wrongCompany, `dataAreaId '${dataAreaId}' is not source system '${sourceSystemId}''s company '${company}'`, [
      { field: 'dataAreaId', reason: `must be '${company}'`, value: dataAreaId },
    ]);
  }
  return company;
}
