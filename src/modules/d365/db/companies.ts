import type { Executor } from '../../../platform/db/database.js';

/** Which D365 company (dataAreaId) each source system is, read once per request (the table is tiny). */
export interface Companies {
  of(sourceSystemId: string): string | undefined;
  sourceSystemsOf(dataAreaId: string): string[];
}

export async function loadCompanies(db: Executor): Promise<Companies> {
  const rows = await db.selectFrom('d365_companies').select(['source_system_id', 'data_area_id']).execute();
  const bySource = new Map(rows.map((r) => [r.source_system_id, r.data_area_id]));
  return {
    of: (sourceSystemId) => bySource.get(sourceSystemId),
    sourceSystemsOf: (dataAreaId) => rows.filter((r) => r.data_area_id === dataAreaId.toLowerCase()).map((r) => r.source_system_id),
  };
}

export async function companyOf(db: Executor, sourceSystemId: string): Promise<string | undefined> {
  const row = await db.selectFrom('d365_companies').select('data_area_id').where('source_system_id', '=', sourceSystemId).executeTakeFirst();
  return row?.data_area_id;
}

export async function setCompany(db: Executor, now: number, sourceSystemId: string, dataAreaId: string): Promise<void> {
  const value = dataAreaId.toLowerCase();
  await db
    .insertInto('d365_companies')
    .values({ source_system_id: sourceSystemId, data_area_id: value, updated_at: now })
    .onConflict((oc) => oc.column('source_system_id').doUpdateSet({ data_area_id: value, updated_at: now }))
    .execute();
}

export async function removeCompany(db: Executor, sourceSystemId: string): Promise<boolean> {
  const result = await db.deleteFrom('d365_companies').where('source_system_id', '=', sourceSystemId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
