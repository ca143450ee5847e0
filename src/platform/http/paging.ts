import { sql, type SelectQueryBuilder } from 'kysely';
import { Type, type Static, type TSchema } from 'typebox';

/** One paging and sorting convention for every list route. */
export const PageQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});
export type PageQuery = Static<typeof PageQuery>;

export function pageOf<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer({ description: 'How many items match the filter in all pages' }),
    limit: Type.Integer(),
    offset: Type.Integer(),
  });
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export function pageParams(query: PageQuery): { limit: number; offset: number } {
  return { limit: query.limit ?? 50, offset: query.offset ?? 0 };
}

export const SortOrder = Type.Union([Type.Literal('asc'), Type.Literal('desc')]);

/**
 * Runs a filtered list query as one page plus the total count, the way every list route answers.
 * `rows` adds the selection and the sort to the filtered query; the page bounds are applied here.
 */
export async function fetchPage<DB, TB extends keyof DB, O, T>(
  filtered: SelectQueryBuilder<DB, TB, object>,
  page: { limit: number; offset: number },
  rows: (query: SelectQueryBuilder<DB, TB, object>) => SelectQueryBuilder<DB, TB, O>,
  toItem: (row: O) => T,
): Promise<Page<T>> {
  const [items, count] = await Promise.all([
    rows(filtered).limit(page.limit).offset(page.offset).execute(),
    filtered.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map(toItem), total: Number((count as { n: number }).n), limit: page.limit, offset: page.offset };
}
