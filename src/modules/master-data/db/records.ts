import { yieldToEventLoop } from '../../../platform/event-loop.js';
import type { Executor } from '../../../platform/db/database.js';
import { orderRows, type SortDialect, type SortRequest, type Sorting } from '../../../platform/http/paging.js';
import { naturalKeyOf, type Rec, type ResourceSpec } from '../resources/spec.js';
import { dynamic, type AnyQuery } from './dynamic.js';

/** Generic reads and writes of resource records; the resource specs say which table and columns. */

/** Keeps statements well below SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 400;

function chunks<T>(values: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/** `confinedTo`: the source system of an integration client, which sees only what the spec's visibleTo lets it. */
export function baseQuery(db: Executor, spec: ResourceSpec, confinedTo?: string): AnyQuery {
  const query = spec.select ? spec.select(dynamic(db)) : dynamic(db).selectFrom(`${spec.table} as r`).selectAll('r');
  return confinedTo !== undefined && spec.visibleTo ? spec.visibleTo(db, query, confinedTo) : query;
}

function columnOf(spec: ResourceSpec, field: string): string {
  const column = Object.hasOwn(spec.fields, field) ? spec.fields[field]?.column : undefined;
  if (!column) throw new Error(`${spec.noun}: field ${field} has no column`);
  return column;
}

/** Restricts to rows whose columns equal one of the tuples (null matches null). */
function whereTuples(query: AnyQuery, columns: string[], tuples: readonly unknown[][]): AnyQuery {
  const first = columns[0];
  if (columns.length === 1 && first !== undefined && tuples.every((t) => t[0] !== null)) {
    return query.where(first, 'in', tuples.map((t) => t[0]));
  }
  return query.where((eb) =>
    eb.or(tuples.map((t) => eb.and(columns.map((c, i) => (t[i] === null || t[i] === undefined ? eb(c, 'is', null) : eb(c, '=', t[i])))))),
  );
}

/** The API record of a stored row (fields with a column only). */
export function recordOf(spec: ResourceSpec, row: Rec): Rec {
  const record: Rec = {};
  for (const [name, field] of Object.entries(spec.fields)) {
    if (!field.column) continue;
    const value = row[field.column] ?? null;
    record[name] = field.fromDb && value !== null ? field.fromDb(value) : value;
  }
  return record;
}

export function viewOf(spec: ResourceSpec, row: Rec): Rec {
  const record = recordOf(spec, row);
  const view: Rec = {};
  for (const [name, field] of Object.entries(spec.fields)) if (field.view !== false) view[name] = record[name] ?? null;
  return { ...view, ...(spec.extras?.compute(row, record) ?? {}) };
}

export async function findRow(db: Executor, spec: ResourceSpec, fields: string[], values: unknown[], confinedTo?: string): Promise<Rec | undefined> {
  const query = whereTuples(
    baseQuery(db, spec, confinedTo),
    fields.map((f) => `r.${columnOf(spec, f)}`),
    [values],
  );
  return (await query.executeTakeFirst()) as Rec | undefined;
}

/** Stored rows of the given records, by natural key. */
export async function findByNaturalKeys(db: Executor, spec: ResourceSpec, records: readonly Rec[]): Promise<Map<string, Rec>> {
  const found = new Map<string, Rec>();
  const columns = spec.key.map((f) => `r.${columnOf(spec, f)}`);
  const seen = new Set<string>();
  const tuples: unknown[][] = [];
  for (const record of records) {
    const key = naturalKeyOf(spec, record);
    if (seen.has(key)) continue;
    seen.add(key);
    tuples.push(spec.key.map((f) => record[f] ?? null));
  }
  for (const part of chunks(tuples)) {
    const rows = (await whereTuples(baseQuery(db, spec), columns, part).execute()) as Rec[];
    for (const row of rows) found.set(naturalKeyOf(spec, recordOf(spec, row)), row);
    await yieldToEventLoop();
  }
  return found;
}

/** Which of the tuples exist in table(columns), as JSON text of each tuple. */
export async function existingTuples(db: Executor, table: string, columns: string[], tuples: readonly unknown[][]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const part of chunks(tuples)) {
    const rows = (await whereTuples(dynamic(db).selectFrom(table).select(columns), columns, part).execute()) as Rec[];
    for (const row of rows) found.add(JSON.stringify(columns.map((c) => row[c] ?? null)));
    await yieldToEventLoop();
  }
  return found;
}

export async function countWhere(db: Executor, table: string, columns: string[], values: unknown[]): Promise<number> {
  const row = (await whereTuples(
    dynamic(db)
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n')),
    columns,
    [values],
  ).executeTakeFirst()) as { n: number | string | bigint } | undefined;
  return Number(row?.n ?? 0);
}

/** Up to `limit` distinct values of `label` among the rows whose columns equal the values, sorted. */
export async function firstLabels(db: Executor, table: string, columns: string[], values: unknown[], label: string, limit = 5): Promise<string[]> {
  const rows = (await whereTuples(dynamic(db).selectFrom(table).select(label).distinct(), columns, [values])
    .orderBy(label)
    .limit(limit)
    .execute()) as Rec[];
  return rows.map((r) => String(r[label]));
}

export async function listRows(
  db: Executor,
  spec: ResourceSpec,
  filters: Rec,
  page: { limit: number; offset: number },
  sort: { spec: Sorting; request: SortRequest; dialect: SortDialect },
  confinedTo?: string,
): Promise<{ rows: Rec[]; total: number }> {
  let query = baseQuery(db, spec, confinedTo);
  for (const [name, value] of Object.entries(filters)) {
    const filter = spec.filters?.[name];
    if (filter && value !== undefined) query = filter.apply(query, value, filters);
  }
  const counted = (await query
    .clearSelect()
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst());
  const ordered = orderRows(query, sort.spec, sort.request, sort.dialect);
  const rows = (await ordered.limit(page.limit).offset(page.offset).execute()) as Rec[];
  return { rows, total: Number(counted?.n ?? 0) };
}

export async function insertRows(db: Executor, table: string, rows: readonly Rec[]): Promise<void> {
  for (const part of chunks(rows, 100)) {
    await dynamic(db).insertInto(table).values(part).execute();
    await yieldToEventLoop();
  }
}

export async function updateRow(db: Executor, spec: ResourceSpec, keyValues: unknown[], values: Rec): Promise<void> {
  if (Object.keys(values).length === 0) return;
  const columns = spec.key.map((f) => columnOf(spec, f));
  await dynamic(db)
    .updateTable(spec.table)
    .set(values)
    .where((eb) => eb.and(columns.map((c, i) => (keyValues[i] === null ? eb(c, 'is', null) : eb(c, '=', keyValues[i])))))
    .execute();
}

export async function deleteRow(db: Executor, spec: ResourceSpec, fields: string[], values: unknown[]): Promise<number> {
  const columns = fields.map((f) => columnOf(spec, f));
  const result = await dynamic(db)
    .deleteFrom(spec.table)
    .where((eb) => eb.and(columns.map((c, i) => eb(c, '=', values[i]))))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
