import { sql, type RawBuilder } from 'kysely';

/**
 * A text column's value as an expression no index covers (`column || ''`, the same value on SQLite and
 * PostgreSQL), for a filter that must not drive the plan: where a few rows are to be found through another
 * index (by time, say) and a planner without statistics would otherwise pick this column's index and read
 * every row it holds.
 */
export function notIndexed(column: string): RawBuilder<string> {
  return sql<string>`${sql.ref(column)} || ''`;
}
