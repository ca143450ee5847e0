import type { CompiledQuery, Kysely } from 'kysely';
import type { Executor } from './database.js';

/** Statement sizes, largest first: any count of rows is written as a few statements of these sizes. */
const SIZES = [256, 64, 16, 4, 1] as const;
/** Parameters per statement, below SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;

type Row = Record<string, unknown>;

/** Compiled inserts by dialect adapter, then by table, columns and row count. */
const compiled = new WeakMap<object, Map<string, CompiledQuery>>();

function statementFor(db: Executor, table: string, columns: readonly string[], size: number): CompiledQuery {
  const adapter = db.getExecutor().adapter;
  let byShape = compiled.get(adapter);
  if (!byShape) {
    byShape = new Map();
    compiled.set(adapter, byShape);
  }
  const key = `${table}\u0000${columns.join('\u0000')}\u0000${size}`;
  let query = byShape.get(key);
  if (!query) {
    const row = Object.fromEntries(columns.map((c) => [c, null]));
    query = (db as unknown as Kysely<Record<string, Row>>).insertInto(table).values(Array.from({ length: size }, () => row)).compile();
    if (query.parameters.length !== columns.length * size) throw new Error(`insertRows: ${table} did not compile to one parameter per value`);
    byShape.set(key, query);
  }
  return query;
}

/** A value Kysely would not bind as a parameter as it is: undefined (the column is left out) or an expression. */
function special(value: unknown): boolean {
  return value === undefined || (typeof value === 'object' && value !== null && typeof (value as { toOperationNode?: unknown }).toOperationNode === 'function');
}

/** Every row has exactly these columns, each with a value that is bound as it is. */
function sameColumns(rows: readonly Row[], columns: readonly string[]): boolean {
  for (const row of rows) {
    let n = 0;
    for (const key in row) {
      if (!Object.hasOwn(row, key)) continue;
      if (special(row[key])) return false;
      n += 1;
    }
    if (n !== columns.length || !columns.every((c) => Object.hasOwn(row, c))) return false;
  }
  return true;
}

/**
 * Inserts rows that all have the same columns, in statements of a few fixed sizes that are built and
 * compiled once (per dialect, table and size). A multi-row insert of any other size would be built by
 * Kysely and prepared by SQLite afresh each time: a message batch's orders, lines, log rows and events
 * come in every count, and building and preparing their statements cost more than running them. The
 * fixed sizes also keep every statement under the databases' parameter limits. Rows of differing columns
 * (or with an undefined value or an expression) are inserted as Kysely would insert them.
 */
export async function insertRows(db: Executor, table: string, rows: readonly Row[]): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first);
  const kysely = db as unknown as Kysely<Record<string, Row>>;
  if (columns.length === 0 || !sameColumns(rows, columns)) {
    // Kysely binds every column any row names, for every row.
    const named = new Set(rows.flatMap((row) => Object.keys(row)));
    const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, named.size)));
    for (let at = 0; at < rows.length; at += perStatement) await kysely.insertInto(table).values(rows.slice(at, at + perStatement)).execute();
    return;
  }
  let at = 0;
  for (const size of SIZES) {
    if (size * columns.length > MAX_PARAMETERS) continue;
    while (rows.length - at >= size) {
      const query = statementFor(db, table, columns, size);
      const parameters: unknown[] = new Array(size * columns.length);
      let p = 0;
      for (let r = at; r < at + size; r++) {
        const row = rows[r]!;
        for (const c of columns) parameters[p++] = row[c];
      }
      await db.executeQuery({ ...query, parameters });
      at += size;
    }
  }
}
