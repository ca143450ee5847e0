import type { Executor } from '../../../platform/db/database.js';
import { yielder } from '../../../platform/event-loop.js';
import { insertRows, updateRow } from '../db/records.js';
import type { Change, Rec, ResourceSpec } from '../resources/spec.js';

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

function storedValue(spec: ResourceSpec, name: string, value: unknown): unknown {
  const field = spec.fields[name];
  if (value === null || value === undefined) return null;
  return field?.toDb ? field.toDb(value) : value;
}

function differs(spec: ResourceSpec, change: Change): boolean {
  if (!change.before) return true;
  return Object.entries(spec.fields).some(
    ([name, field]) => field.column && field.input !== false && !field.key && JSON.stringify(change.before?.[name] ?? null) !== JSON.stringify(change.record[name] ?? null),
  );
}

function insertRow(spec: ResourceSpec, record: Rec, now: number): Rec {
  const row: Rec = {};
  for (const [name, field] of Object.entries(spec.fields)) {
    if (!field.column) continue;
    if (field.input === false) {
      if (field.onCreate) row[field.column] = field.onCreate(now);
      continue;
    }
    row[field.column] = storedValue(spec, name, record[name]);
  }
  return row;
}

function updateValues(spec: ResourceSpec, record: Rec): Rec {
  const values: Rec = {};
  for (const [name, field] of Object.entries(spec.fields)) {
    if (!field.column || field.input === false || field.key) continue;
    values[field.column] = storedValue(spec, name, record[name]);
  }
  return values;
}

/** Writes checked changes: new records in multi-row inserts, then changed ones; unchanged ones are left alone. */
export async function writeChanges(db: Executor, spec: ResourceSpec, changes: readonly Change[], now: number): Promise<WriteCounts> {
  const toWrite = changes.filter((c) => differs(spec, c));
  await spec.beforeWrite?.(db, toWrite);
  const ordered = spec.writeOrder ? spec.writeOrder(toWrite) : toWrite;
  const fresh = ordered.filter((c) => !c.before);
  const changed = ordered.filter((c) => c.before);
  await insertRows(
    db,
    spec.table,
    fresh.map((c) => insertRow(spec, c.record, now)),
  );
  const pause = yielder();
  for (const c of changed) {
    await pause();
    await updateRow(
      db,
      spec,
      spec.key.map((f) => c.record[f] ?? null),
      updateValues(spec, c.record),
    );
  }
  return { created: fresh.length, updated: changed.length, unchanged: changes.length - toWrite.length };
}
