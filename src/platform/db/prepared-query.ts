import type { Compilable, CompiledQuery, QueryResult } from 'kysely';
import type { Executor } from './database.js';

/** Stands for a value while the statement is built: it must come out of the compiler as a parameter. */
const MARK = '\u0000quayside-value\u0000';

type Slot = { name: string } | { value: unknown };

/**
 * A statement Kysely builds and compiles once per database and then runs with new values. Building and
 * compiling a statement costs Kysely more than SQLite needs to run a simple one (about 5-15 µs against
 * 4 µs), so the few statements that every scan runs are prepared this way; everything else is built as
 * usual. `build` must give the same statement text whatever the values (no value may choose a column, a
 * clause or the number of rows): the first build checks that every named value became a parameter.
 */
export function preparedQuery<P extends Record<string, unknown>, R>(names: ReadonlyArray<keyof P & string>, build: (db: Executor, values: P) => Compilable<R>) {
  // By dialect adapter: one database's compiled text is not another dialect's.
  const compiled = new WeakMap<object, { query: CompiledQuery<R>; slots: Slot[] }>();
  const compile = (db: Executor) => {
    const marks = Object.fromEntries(names.map((n) => [n, `${MARK}${n}`])) as unknown as P;
    const query = build(db, marks).compile();
    const slots: Slot[] = query.parameters.map((v) => (typeof v === 'string' && v.startsWith(MARK) ? { name: v.slice(MARK.length) } : { value: v }));
    for (const n of names) {
      if (!slots.some((s) => 'name' in s && s.name === n)) throw new Error(`prepared statement: the value '${n}' did not become a parameter of: ${query.sql}`);
    }
    if (query.sql.includes(MARK)) throw new Error(`prepared statement: a value became part of the statement text: ${query.sql}`);
    return { query, slots };
  };
  return (db: Executor, values: P): Promise<QueryResult<R>> => {
    const adapter = db.getExecutor().adapter;
    let entry = compiled.get(adapter);
    if (!entry) {
      entry = compile(db);
      compiled.set(adapter, entry);
    }
    const parameters = entry.slots.map((s) => ('name' in s ? values[s.name] : s.value));
    return db.executeQuery<R>({ ...entry.query, parameters });
  };
}
