import type { Executor } from '../../../platform/db/database.js';
import { notFound } from '../../../platform/errors.js';
import { findRow, recordOf, viewOf } from '../db/records.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { capitalized, describeKey, urlKeyOf, type Rec, type ResourceSpec } from '../resources/spec.js';
import { constraintErrors } from './constraint-problems.js';
import { prepareChanges } from './prepare-changes.js';
import { singleRecord, throwIfProblems } from './problems.js';
import { writeChanges } from './write-changes.js';

/** Changes the given fields of one record (null clears an optional field); the key never changes. */
export async function updateRecord(db: Executor, spec: ResourceSpec, address: Rec, patch: Rec, now: number): Promise<Rec> {
  const fields = urlKeyOf(spec);
  const values = fields.map((f) => address[f]);
  const what = `${capitalized(spec.noun)} '${describeKey(spec, address, fields)}'`;
  return constraintErrors(spec, patch, () =>
    inTransaction(db, async (tx) => {
      const row = await findRow(tx, spec, fields, values);
      if (!row) throw notFound(capitalized(spec.noun), describeKey(spec, address, fields));
      const { changes, problems } = await prepareChanges(tx, spec, [{ index: 0, input: patch, before: recordOf(spec, row) }]);
      throwIfProblems(problems, singleRecord, `${what} cannot be changed`);
      await writeChanges(tx, spec, changes, now);
      const updated = await findRow(tx, spec, fields, values);
      if (!updated) throw new Error(`${what} vanished inside its own transaction`);
      return viewOf(spec, updated);
    }),
  );
}
