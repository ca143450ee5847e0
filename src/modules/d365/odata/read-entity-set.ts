import { sql, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../../../db-schema.js';
import type { Executor } from '../../../platform/db/database.js';
import { DomainError } from '../../../platform/errors.js';
import type { Companies } from '../db/companies.js';
import { D365Errors } from '../errors.js';
import type { EntitySet, SourceRow } from './entity-set.js';
import { filterCondition } from './filter-sql.js';
import type { QueryOptions } from './query-options.js';
import { wireValue } from './values.js';

export interface ReadRequest {
  db: Executor;
  /** The caller's source system, when it is confined to one. */
  sourceSystemId: string | undefined;
  companies: Companies;
  collation: string | null;
  /** Rows per answer before a nextLink continues. */
  pageSize: number;
}

export interface ReadResult {
  value: Record<string, unknown>[];
  count?: number;
  /** $skip and $top of the next page, when there is one. */
  next?: { skip: number; top?: number };
}

const unsupported = (option: string, reason: string) => new DomainError(D365Errors.unsupportedQuery, `${option}: ${reason}`, [{ field: option, reason }]);

function checkSelect<R extends SourceRow>(set: EntitySet<R>, select: readonly string[] | undefined): readonly string[] {
  if (select === undefined) return ['dataAreaId', ...Object.keys(set.fields)];
  for (const name of select) {
    if (name !== 'dataAreaId' && !Object.hasOwn(set.fields, name)) {
      throw new DomainError(D365Errors.invalidQuery, `$select: ${name} is not a property of ${set.name}`, [{ field: '$select', reason: `${name} is not a property of ${set.name}`, value: name }]);
    }
  }
  return select;
}

/**
 * Answers a read of an entity set: filter, order (with the keys as tiebreak, so pages never repeat or skip
 * rows), select, $top/$skip and server-driven paging. Text orders by code point on both databases.
 */
export async function readEntitySet<R extends SourceRow>(set: EntitySet<R>, options: QueryOptions, req: ReadRequest): Promise<ReadResult> {
  const properties = checkSelect(set, options.select);
  const where = options.filter ? filterCondition(options.filter, { set, sourceSystemsOf: (id) => req.companies.sourceSystemsOf(id), collation: req.collation }) : sql<boolean>`1 = 1`;
  const base = () => req.db.selectFrom(set.rows(req.db, req.sourceSystemId)).where(where);

  const order: { column: string; descending: boolean; text: boolean }[] = [];
  for (const o of options.orderby) {
    const field = set.fields[o.property];
    if (o.property === 'dataAreaId') throw unsupported('$orderby', 'dataAreaId cannot be ordered by');
    if (!field) throw new DomainError(D365Errors.invalidQuery, `$orderby: ${o.property} is not a property of ${set.name}`, [{ field: '$orderby', reason: `${o.property} is not a property of ${set.name}` }]);
    if (field.column === undefined) throw unsupported('$orderby', `${o.property} can be selected but not ordered by`);
    order.push({ column: field.column, descending: o.descending, text: (field.kind === 'string' && !field.numericText) || field.kind === 'enum' });
  }
  for (const key of set.keys) {
    const field = set.fields[key];
    if (field?.column !== undefined && !order.some((o) => o.column === field.column)) order.push({ column: field.column, descending: false, text: field.kind === 'string' && !field.numericText });
  }
  order.push({ column: 'sourceSystemId', descending: false, text: true });

  const take = options.top === undefined ? req.pageSize : Math.min(options.top, req.pageSize);
  let query: SelectQueryBuilder<DB & { t: R }, 't', R> = base().selectAll() as unknown as SelectQueryBuilder<DB & { t: R }, 't', R>;
  for (const o of order) {
    query = query.orderBy(sql.ref(`t.${o.column}`), (ob) => {
      const direction = o.descending ? ob.desc() : ob.asc();
      const collated = o.text && req.collation !== null ? direction.collate(req.collation) : direction;
      return collated.nullsLast();
    });
  }
  const [rows, counted] = await Promise.all([
    take === 0 ? Promise.resolve([] as R[]) : query.limit(take + 1).offset(options.skip).execute(),
    options.count ? base().select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow() : Promise.resolve(undefined),
  ]);
  const page = rows.slice(0, take);
  const more = rows.length > take && (options.top === undefined || options.top > take);
  const value = page.map((row) => {
    const entity: Record<string, unknown> = {};
    for (const name of properties) {
      const field = set.fields[name];
      entity[name] = name === 'dataAreaId' ? (req.companies.of(row.sourceSystemId) ?? '') : field ? wireValue(field, row) : undefined;
    }
    return entity;
  });
  return {
    value,
    ...(counted === undefined ? {} : { count: Number(counted.n) }),
    ...(more ? { next: { skip: options.skip + take, ...(options.top === undefined ? {} : { top: options.top - take }) } } : {}),
  };
}
