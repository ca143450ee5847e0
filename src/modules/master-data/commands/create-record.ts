import type { Executor } from '../../../platform/db/database.js';
import { CommonErrors, DomainError } from '../../../platform/errors.js';
import { findRow, viewOf } from '../db/records.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { capitalized, describeKey, type Rec, type ResourceSpec } from '../resources/spec.js';
import { constraintErrors } from './constraint-problems.js';
import { prepareChanges } from './prepare-changes.js';
import { singleRecord, throwIfProblems } from './problems.js';
import { writeChanges } from './write-changes.js';

/** Creates one record; 409 when its key exists, 422 naming the field when a reference does not. Returns the view. */
export async function createRecord(db: Executor, spec: ResourceSpec, input: Rec, now: number): Promise<Rec> {
  const keyValues = spec.key.map((f) => input[f] ?? null);
  const what = `${capitalized(spec.noun)} '${describeKey(spec, input)}'`;
  return constraintErrors(spec, input, () =>
    inTransaction(db, async (tx) => {
      if (await findRow(tx, spec, spec.key, keyValues)) {
        const field = spec.key.at(-1) ?? '';
        throw new DomainError(CommonErrors.conflict, `${what} already exists`, [{ field, reason: 'already exists', value: input[field] ?? null }]);
      }
      const { changes, problems } = await prepareChanges(tx, spec, [{ index: 0, input, before: undefined }]);
      throwIfProblems(problems, singleRecord, `${what} cannot be created`);
      await writeChanges(tx, spec, changes, now);
      const row = await findRow(tx, spec, spec.key, keyValues);
      if (!row) throw new Error(`${what} vanished inside its own transaction`);
      return viewOf(spec, row);
    }),
  );
}
