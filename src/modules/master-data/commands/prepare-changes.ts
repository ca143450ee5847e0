import type { Executor } from '../../../platform/db/database.js';
import { CommonErrors } from '../../../platform/errors.js';
import { existingTuples } from '../db/records.js';
import { dynamic } from '../db/dynamic.js';
import { naturalKeyOf, type BatchProblem, type Change, type Rec, type ResourceSpec } from '../resources/spec.js';

export interface Submission {
  index: number;
  /** Fields the caller gave, already valid against the resource's schema. */
  input: Rec;
  /** The stored record, or undefined for a new one. */
  before: Rec | undefined;
}

function merge(spec: ResourceSpec, submission: Submission): Rec {
  if (submission.before) return { ...submission.before, ...submission.input };
  const record: Rec = {};
  for (const [name, field] of Object.entries(spec.fields)) {
    if (field.input === false) continue;
    if (field.default !== undefined) record[name] = field.default;
    else if (field.nullable) record[name] = null;
  }
  return { ...record, ...submission.input };
}

function recordProblems(spec: ResourceSpec, change: Change): BatchProblem[] {
  const problems: BatchProblem[] = [];
  for (const [name, field] of Object.entries(spec.fields)) {
    const value = change.input[name];
    if (value === undefined || value === null || !field.check) continue;
    const reason = field.check(value);
    if (reason) problems.push({ index: change.index, field: name, reason, value });
  }
  for (const p of spec.rules?.(change) ?? []) problems.push({ ...p, index: change.index });
  if (problems.length > 0) return problems;
  for (const [name, field] of Object.entries(spec.fields)) {
    if (!field.column || field.input === false || field.nullable) continue;
    const value = change.record[name];
    if (value === undefined || value === null) problems.push({ index: change.index, field: name, reason: 'is required' });
  }
  return problems;
}

function duplicateKeys(spec: ResourceSpec, changes: readonly Change[]): BatchProblem[] {
  const first = new Map<string, number>();
  const problems: BatchProblem[] = [];
  const field = spec.key.at(-1) ?? '';
  for (const change of changes) {
    const key = naturalKeyOf(spec, change.record);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, change.index);
    else problems.push({ index: change.index, field, reason: `repeats rows[${earlier}]`, value: change.record[field] });
  }
  return problems;
}

async function uniqueValues(db: Executor, spec: ResourceSpec, changes: readonly Change[]): Promise<BatchProblem[]> {
  const problems: BatchProblem[] = [];
  for (const unique of spec.uniques ?? []) {
    const column = spec.fields[unique.field]?.column;
    if (!column) continue;
    const owners = new Map<unknown, Change>();
    for (const change of changes) {
      const value = change.record[unique.field];
      if (value === null || value === undefined) continue;
      const other = owners.get(value);
      if (other) {
        problems.push({ index: change.index, field: unique.field, reason: `is also given to ${spec.noun} '${String(other.record[spec.key.at(-1) ?? ''])}'`, value, def: CommonErrors.conflict });
      } else owners.set(value, change);
    }
    if (owners.size === 0) continue;
    const keyColumns = spec.key.map((f) => spec.fields[f]?.column ?? f);
    const inBatch = new Set(changes.map((c) => naturalKeyOf(spec, c.record)));
    const rows = (await dynamic(db)
      .selectFrom(spec.table)
      .select([...keyColumns, column])
      .where(column, 'in', [...owners.keys()])
      .execute()) as Rec[];
    for (const row of rows) {
      const holderKey = JSON.stringify(keyColumns.map((c) => row[c] ?? null));
      // A holder that is itself in the batch gets its new value from the batch, checked above.
      if (inBatch.has(holderKey)) continue;
      const change = owners.get(row[column]);
      if (!change) continue;
      problems.push({
        index: change.index,
        field: unique.field,
        reason: `is already used by ${spec.noun} '${keyColumns.map((c) => String(row[c])).join('/')}'`,
        value: row[column],
        def: CommonErrors.conflict,
      });
    }
  }
  return problems;
}

async function missingReferences(db: Executor, spec: ResourceSpec, changes: readonly Change[]): Promise<BatchProblem[]> {
  const problems: BatchProblem[] = [];
  for (const ref of spec.references ?? []) {
    const tuples = new Map<string, unknown[]>();
    for (const change of changes) {
      const tuple = ref.fields.map((f) => change.record[f] ?? null);
      if (tuple.some((v) => v === null)) continue;
      tuples.set(JSON.stringify(tuple), tuple);
    }
    if (tuples.size === 0) continue;
    const existing = await existingTuples(db, ref.table, ref.columns, [...tuples.values()]);
    // A reference to a record of the same resource may be satisfied by another row of the batch.
    if (ref.table === spec.table) for (const c of changes) existing.add(naturalKeyOf(spec, c.record));
    const field = ref.fields.at(-1) ?? '';
    for (const change of changes) {
      const tuple = ref.fields.map((f) => change.record[f] ?? null);
      if (tuple.some((v) => v === null) || existing.has(JSON.stringify(tuple))) continue;
      problems.push({ index: change.index, field, reason: `${ref.what} does not exist`, value: change.record[field], def: CommonErrors.referenceMissing });
    }
  }
  return problems;
}

/**
 * Merges each submission into the stored record and checks everything that can be checked before a
 * write: field rules, completeness, repeated keys, unique values, references and the resource's own
 * batch rules. Nothing is written here; the caller writes only when there are no problems.
 */
export async function prepareChanges(db: Executor, spec: ResourceSpec, submissions: readonly Submission[]): Promise<{ changes: Change[]; problems: BatchProblem[] }> {
  const changes: Change[] = submissions.map((s) => ({ index: s.index, input: s.input, before: s.before, record: merge(spec, s) }));
  const problems = changes.flatMap((c) => recordProblems(spec, c));
  problems.push(...duplicateKeys(spec, changes));
  problems.push(...(await uniqueValues(db, spec, changes)));
  problems.push(...(await missingReferences(db, spec, changes)));
  if (problems.length > 0) return { changes, problems };
  problems.push(...((await spec.checkBatch?.(db, changes)) ?? []));
  return { changes, problems };
}
