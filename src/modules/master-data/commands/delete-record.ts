import type { Executor } from '../../../platform/db/database.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import { isForeignKeyViolation } from '../../../platform/db/constraint-errors.js';
import { countWhere, deleteRow, findRow, firstLabels, recordOf } from '../db/records.js';
import { inTransaction } from '../../../platform/db/transaction.js';
import { MasterDataErrors } from '../errors.js';
import { capitalized, describeKey, urlKeyOf, type Rec, type RecordProblem, type ResourceSpec } from '../resources/spec.js';

/** How many of the records that still use a record a refusal names. */
const NAMED = 5;

/**
 * Deletes one record unless other records still name it: 409 MASTER_DATA.IN_USE with a reason per
 * kind of dependent. A foreign key from another module's table gives the same answer.
 */
export async function deleteRecord(db: Executor, spec: ResourceSpec, address: Rec): Promise<void> {
  const fields = urlKeyOf(spec);
  const values = fields.map((f) => address[f]);
  const label = describeKey(spec, address, fields);
  const what = `${capitalized(spec.noun)} '${label}'`;
  const keyField = spec.key.at(-1) ?? '';
  try {
    await inTransaction(db, async (tx) => {
      const row = await findRow(tx, spec, fields, values);
      if (!row) throw notFound(capitalized(spec.noun), label);
      const record = recordOf(spec, row);
      const keyValues = spec.key.map((f) => record[f] ?? null);
      const problems: RecordProblem[] = [];
      for (const dependent of spec.dependents ?? []) {
        const count = await countWhere(tx, dependent.table, dependent.columns, keyValues);
        if (count === 0) continue;
        const named = dependent.label ? await firstLabels(tx, dependent.table, dependent.columns, keyValues, dependent.label, NAMED + 1) : [];
        const which = named.length === 0 ? '' : ` (${named.slice(0, NAMED).map((n) => `'${n}'`).join(', ')}${named.length > NAMED ? ', ...' : ''})`;
        problems.push({ field: keyField, reason: `is used by ${count} ${dependent.what}${which}`, value: record[keyField], def: MasterDataErrors.inUse });
      }
      problems.push(...((await spec.beforeDelete?.(tx, record)) ?? []));
      const first = problems[0];
      if (first) {
        throw new DomainError(first.def ?? MasterDataErrors.inUse, `${what} cannot be deleted: ${problems.map((p) => p.reason).join('; ')}`, problems.map(({ field, reason, value }) => ({ field, reason, value })));
      }
      await deleteRow(tx, spec, fields, values);
    });
  } catch (error) {
    if (!isForeignKeyViolation(error)) throw error;
    throw new DomainError(MasterDataErrors.inUse, `${what} cannot be deleted: other records still refer to it`, [
      { field: keyField, reason: 'is still referred to by other records', value: address[keyField] ?? label },
    ]);
  }
}
