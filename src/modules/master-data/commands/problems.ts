import { CommonErrors, DomainError, type ErrorDefinition, type FieldProblem } from '../../../platform/errors.js';
import type { BatchProblem } from '../resources/spec.js';

/** How a problem's field is named to the caller: `siteId` for one record, `rows[3].siteId` for an import. */
export type FieldNamer = (index: number, field: string) => string;

export const singleRecord: FieldNamer = (_index, field) => field;
export const importRow: FieldNamer = (index, field) => (field === '' ? `rows[${index}]` : `rows[${index}].${field}`);

/** Bad input first, then unknown references, then conflicts with the stored state. */
const PRIORITY: ErrorDefinition[] = [CommonErrors.validation, CommonErrors.referenceMissing];

function rank(def: ErrorDefinition): number {
  const at = PRIORITY.findIndex((d) => d.code === def.code);
  return at === -1 ? PRIORITY.length : at;
}

/**
 * Throws one error naming every problem, so that a caller fixes everything in one round. Its code is
 * that of the most basic kind of problem found.
 */
export function throwIfProblems(problems: readonly BatchProblem[], name: FieldNamer, context: string): void {
  if (problems.length === 0) return;
  const sorted = [...problems].sort((a, b) => a.index - b.index);
  let def: ErrorDefinition = sorted[0]?.def ?? CommonErrors.validation;
  for (const p of sorted) {
    const d = p.def ?? CommonErrors.validation;
    if (rank(d) < rank(def)) def = d;
  }
  const fields: FieldProblem[] = sorted.map((p) => ({
    field: name(p.index, p.field),
    reason: p.reason,
    ...(p.value === undefined ? {} : { value: p.value }),
  }));
  const first = fields[0];
  const detail =
    fields.length === 1 && first ? `${context}: ${first.field}: ${first.reason}` : `${context}: ${fields.length} problems, the first: ${first?.field}: ${first?.reason}`;
  throw new DomainError(def, detail, fields);
}
