import type { Executor } from '../../../platform/db/database.js';
import { yielder } from '../../../platform/event-loop.js';
import { CommonErrors, DomainError } from '../../../platform/errors.js';
import { findByNaturalKeys, recordOf } from '../db/records.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { schemasOf } from '../resources/schemas.js';
import { naturalKeyOf, type BatchProblem, type Rec, type ResourceSpec } from '../resources/spec.js';
import { constraintErrors } from './constraint-problems.js';
import { prepareChanges } from './prepare-changes.js';
import { importRow, throwIfProblems } from './problems.js';
import { rowIssues } from './row-schema.js';
import { writeChanges, type WriteCounts } from './write-changes.js';

export const MAX_IMPORT_ROWS = 20_000;

export interface ImportOptions {
  /** Appended to a row's problems, e.g. the CSV line a row came from. */
  whereIs?(index: number): string | undefined;
}

/**
 * Bulk upsert: every row is checked first (schema, rules, references, batch rules) and any problem
 * answers with all problems named rows[i].field and writes nothing; otherwise all rows are written in
 * one transaction. A row for an existing record changes the fields it gives and leaves the others.
 */
export async function importRecords(db: Executor, spec: ResourceSpec, rows: readonly unknown[], now: number, options: ImportOptions = {}): Promise<WriteCounts> {
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new DomainError(CommonErrors.rateOrSize, `At most ${MAX_IMPORT_ROWS} rows can be imported at once; split the file`, [
      { field: 'rows', reason: `has ${rows.length} rows`, value: rows.length },
    ]);
  }
  const where = (index: number) => {
    const at = options.whereIs?.(index);
    return at ? ` (${at})` : '';
  };
  const located = (problems: BatchProblem[]) => problems.map((p) => ({ ...p, reason: `${p.reason}${where(p.index)}` }));
  const schema = schemasOf(spec).importRow;
  const schemaProblems: BatchProblem[] = [];
  const pause = yielder(500);
  for (const [index, row] of rows.entries()) {
    await pause();
    for (const issue of rowIssues(schema, row)) schemaProblems.push({ index, ...issue });
  }
  throwIfProblems(located(schemaProblems), importRow, 'Nothing was imported');
  const inputs = rows as Rec[];
  return constraintErrors(spec, {}, () =>
    inTransaction(db, async (tx) => {
      const stored = await findByNaturalKeys(tx, spec, inputs);
      const submissions = inputs.map((input, index) => {
        const row = stored.get(naturalKeyOf(spec, input));
        return { index, input, before: row ? recordOf(spec, row) : undefined };
      });
      const { changes, problems } = await prepareChanges(tx, spec, submissions);
      throwIfProblems(located(problems), importRow, 'Nothing was imported');
      return writeChanges(tx, spec, changes, now);
    }),
  );
}
