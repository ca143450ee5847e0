import { CommonErrors, DomainError } from '../../../platform/errors.js';
import { isForeignKeyViolation, isUniqueViolation } from '../../../platform/db/constraint-errors.js';
import { capitalized, type Rec, type ResourceSpec } from '../resources/spec.js';

/**
 * The checks before a write see committed data only; a concurrent writer can still win the race.
 * The database's constraints then fail the write, and the caller gets the answer the check would
 * have given instead of a 500.
 */
export async function constraintErrors<T>(spec: ResourceSpec, input: Rec, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      const field = spec.key.at(-1) ?? '';
      throw new DomainError(CommonErrors.conflict, `${capitalized(spec.noun)} was created or changed at the same time by someone else`, [
        { field, reason: 'already exists', value: input[field] ?? null },
      ]);
    }
    if (isForeignKeyViolation(error)) {
      throw new DomainError(CommonErrors.referenceMissing, `A record this ${spec.noun} refers to was deleted at the same time`);
    }
    throw error;
  }
}
