import { sql, type RawBuilder } from 'kysely';

/**
 * `case <key> when k1 then v1 when k2 then v2 ... end`, for one UPDATE that gives several rows each its
 * own value (one statement instead of one per row). PostgreSQL cannot tell a parameter's type inside a
 * CASE from its surroundings, so each value is cast to the column's type.
 */
export function valueByKey<T, V extends number | string | null>(
  key: string,
  rows: readonly T[],
  keyOf: (row: T) => number | string,
  valueOf: (row: T) => V,
  type: 'integer' | 'bigint' | 'text',
): RawBuilder<V> {
  const cast = sql.raw(type);
  return sql<V>`case ${sql.ref(key)} ${sql.join(
    rows.map((r) => sql`when ${keyOf(r)} then cast(${valueOf(r)} as ${cast})`),
    sql` `,
  )} end`;
}
