import { runCommand } from '../../../platform/command.js';
import type { AppContext } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/database.js';
import { bool, flag } from '../../../platform/db/json.js';
import { DomainError } from '../../../platform/errors.js';
import { CYCLE_COUNT_JOURNAL_NAME, DEFAULT_JOURNAL_NAME } from '../domain/counting.js';
import { CountingErrors } from '../errors.js';

export interface JournalName {
  journalNameId: string;
  description: string;
  excludeFromWarehouseInventoryUpdateLogs: boolean;
}

/** A Map, not an object: a journal name id comes from the request, and `__proto__` must not find Object.prototype. */
const BUILT_IN = new Map<string, string>([
  [DEFAULT_JOURNAL_NAME, 'Counting'],
  [CYCLE_COUNT_JOURNAL_NAME, 'Cycle counting'],
]);

export async function createJournalName(db: Executor, input: JournalName): Promise<JournalName> {
  const inserted = await db
    .insertInto('counting_journal_names')
    .values({ journal_name_id: input.journalNameId, description: input.description, exclude_from_update_log: bool(input.excludeFromWarehouseInventoryUpdateLogs) })
    .onConflict((oc) => oc.column('journal_name_id').doNothing())
    .returning('journal_name_id')
    .executeTakeFirst();
  if (!inserted) {
    throw new DomainError(CountingErrors.journalNameExists, `Counting journal name '${input.journalNameId}' already exists`, [
      { field: 'journalNameId', reason: 'already exists', value: input.journalNameId },
    ]);
  }
  return input;
}

export async function setJournalNameExclusion(db: Executor, journalNameId: string, exclude: boolean): Promise<JournalName | undefined> {
  await ensureBuiltInJournalName(db, journalNameId);
  await db.updateTable('counting_journal_names').set({ exclude_from_update_log: bool(exclude) }).where('journal_name_id', '=', journalNameId).execute();
  return findJournalName(db, journalNameId);
}

export async function findJournalName(db: Executor, journalNameId: string): Promise<JournalName | undefined> {
  const r = await db.selectFrom('counting_journal_names').selectAll().where('journal_name_id', '=', journalNameId).executeTakeFirst();
  return r && { journalNameId: r.journal_name_id, description: r.description, excludeFromWarehouseInventoryUpdateLogs: flag(r.exclude_from_update_log) };
}

export async function listJournalNames(db: Executor): Promise<JournalName[]> {
  for (const id of BUILT_IN.keys()) await ensureBuiltInJournalName(db, id);
  const rows = await db.selectFrom('counting_journal_names').selectAll().orderBy('journal_name_id').execute();
  return rows.map((r) => ({ journalNameId: r.journal_name_id, description: r.description, excludeFromWarehouseInventoryUpdateLogs: flag(r.exclude_from_update_log) }));
}

/** The built-in names exist from their first use on, so a fresh warehouse can count at once. */
export async function ensureBuiltInJournalName(db: Executor, journalNameId: string): Promise<void> {
  const description = BUILT_IN.get(journalNameId);
  if (description === undefined) return;
  await db
    .insertInto('counting_journal_names')
    .values({ journal_name_id: journalNameId, description, exclude_from_update_log: 0 })
    .onConflict((oc) => oc.column('journal_name_id').doNothing())
    .execute();
}

/** Including or excluding a journal name from the update log, as a request makes it. */
export function changeJournalNameExclusion(ctx: Pick<AppContext, 'db' | 'clock' | 'wake'>, journalNameId: string, exclude: boolean): Promise<JournalName | undefined> {
  return runCommand(ctx, ({ trx }) => setJournalNameExclusion(trx, journalNameId, exclude), { wakes: [] });
}

/** The journal names as a request reads them: the built-in ones are made on first read, in one transaction. */
export function readJournalNames(ctx: Pick<AppContext, 'db' | 'clock' | 'wake'>): Promise<JournalName[]> {
  return runCommand(ctx, ({ trx }) => listJournalNames(trx), { wakes: [] });
}
