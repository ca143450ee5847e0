import { sql, type Expression, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { Type, type Static, type TSchema } from 'typebox';
import type { DialectCaps } from '../db/database.js';

/** No list is longer; an offset past it can only answer an empty page. */
export const MAX_OFFSET = 1_000_000_000;

/** One paging and sorting convention for every list route. */
export const PageQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 })),
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
export type SortOrder = Static<typeof SortOrder>;

/** A column a list may be sorted by; text columns are ordered by code point so both databases agree. */
export interface SortColumn {
  column: string;
  text?: boolean;
  /** The column stores "none" as '' (not NULL); such rows sort with the NULLs, last. */
  emptyIsNone?: boolean;
  /**
   * The column is NOT NULL: it is ordered without NULLS LAST, which PostgreSQL would otherwise not match to
   * an index scanned backwards (descending order puts NULLs first there).
   */
  notNull?: boolean;
}

/**
 * How one list may be sorted: the API field names (camelCase) and their columns, the list's order when the
 * caller names none, and a unique column that breaks ties so that pages never repeat or skip rows.
 */
export interface Sorting<F extends string = string> {
  fields: Record<F, string | SortColumn>;
  default: { sort: F; order: SortOrder };
  /** Unique together; without `order` a tiebreak column follows the chosen order. */
  tiebreak: TieBreak | readonly TieBreak[];
}

export type TieBreak = SortColumn & { order?: SortOrder };

export function sorting<const F extends string>(spec: { fields: Record<F, string | SortColumn>; default: { sort: NoInfer<F>; order: SortOrder }; tiebreak: Sorting['tiebreak'] }): Sorting<F> {
  return spec;
}

/** Text by code point and NULLs last, identically on SQLite and PostgreSQL. */
export const textSort = (column: string): SortColumn => ({ column, text: true });

/** Like textSort, for a column that keeps "none" as '' instead of NULL: '' sorts last like NULL would. */
export const optionalTextSort = (column: string): SortColumn => ({ column, text: true, emptyIsNone: true });

/** The `sort` and `order` query parameters of a list; the schema's enum rejects unknown fields with a 400. */
export function SortQuery<F extends string>(spec: Sorting<F>) {
  const names = Object.keys(spec.fields) as F[];
  return Type.Object({
    sort: Type.Optional(
      Type.Enum(names, {
        description: `Field to sort by; default ${spec.default.sort} (${spec.default.order}). Ties keep a stable order; empty values come last.`,
      }),
    ),
    order: Type.Optional(
      Type.Union([Type.Literal('asc'), Type.Literal('desc')], {
        description: `asc or desc; default ${spec.default.order} for the default sort, asc when a sort field is given`,
      }),
    ),
  });
}

export interface SortRequest {
  sort?: string | undefined;
  order?: SortOrder | undefined;
}

/** The dialect fact ordering needs: which collation, if any, makes text compare by code point. */
export type SortDialect = Pick<DialectCaps, 'codePointCollation'>;

function columnOf(field: string | SortColumn): SortColumn {
  return typeof field === 'string' ? { column: field } : field;
}

/**
 * Adds the requested order (or the list's default) and the tiebreak to a list query. NULLs always sort last
 * and text compares by code point (SQLite's default BINARY collation, `C` on PostgreSQL), so both databases
 * give one order.
 */
export function orderRows<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  spec: Sorting,
  request: SortRequest,
  dialect: SortDialect,
): SelectQueryBuilder<DB, TB, O> {
  const chosen = request.sort !== undefined && Object.hasOwn(spec.fields, request.sort) ? request.sort : spec.default.sort;
  const order = request.order ?? (request.sort === undefined || request.sort === spec.default.sort ? spec.default.order : 'asc');
  const field = spec.fields[chosen];
  if (field === undefined) throw new Error(`sort field ${chosen} has no column`);
  const collation = dialect.codePointCollation;
  const by = (column: SortColumn, direction: SortOrder, q: SelectQueryBuilder<DB, TB, O>) =>
    q.orderBy(column.emptyIsNone ? sql`nullif(${sql.ref(column.column)}, '')` : sql.ref(column.column), (ob) => {
      const item = direction === 'asc' ? ob.asc() : ob.desc();
      const collated = column.text && collation !== null ? item.collate(collation) : item;
      return column.notNull ? collated : collated.nullsLast();
    });
  const primary = columnOf(field);
  let ordered = by(primary, order, query);
  const tiebreaks: readonly TieBreak[] = Array.isArray(spec.tiebreak) ? spec.tiebreak : [spec.tiebreak as TieBreak];
  for (const tie of tiebreaks) if (tie.column !== primary.column) ordered = by(tie, tie.order ?? order, ordered);
  return ordered;
}

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

function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Case-insensitive "contains" over a few columns, the same on SQLite and PostgreSQL (the `q` filter of lists). */
export function containsText(columns: readonly string[], text: string): Expression<SqlBool> {
  const pattern = likePattern(text);
  const tests = columns.map((c) => sql<SqlBool>`lower(${sql.ref(c)}) like ${pattern} escape '\\'`);
  return tests.length === 1 && tests[0] ? tests[0] : sql<SqlBool>`(${sql.join(tests, sql` or `)})`;
}

export const SearchText = (description: string) => Type.String({ minLength: 1, maxLength: 100, description });
