import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../../platform/context.js';
import { DomainError } from '../../../platform/errors.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import type { App } from '../../../platform/http/server.js';
import { loadCompanies } from '../db/companies.js';
import { readableSet } from '../entities/index.js';
import { D365Errors } from '../errors.js';
import type { EntitySet } from '../odata/entity-set.js';
import { odataJson, preferredPageSize, serviceRoot } from '../odata/headers.js';
import { parseSegment, pathSegments } from '../odata/keys.js';
import { queryOptions, type QueryOptions } from '../odata/query-options.js';
import { readEntitySet, type ReadResult } from '../odata/read-entity-set.js';

export const READ = ['source_system', 'integration_operator', 'warehouse_manager', 'planner'] as const;

/** Rows per answer unless the client prefers fewer (`Prefer: odata.maxpagesize`); a nextLink gives the rest. */
export const MAX_PAGE_SIZE = 1000;

function notFound(request: FastifyRequest): DomainError {
  return new DomainError(D365Errors.unknownResource, `GET ${request.url.slice(0, 200)} is not an entity set or entity of this service`);
}

/** The same URL with the next page's $skip and $top, other options kept as sent. */
function nextLink(request: FastifyRequest, set: EntitySet, next: NonNullable<ReadResult['next']>): string {
  const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
  const kept = query.split('&').filter((p) => p !== '' && !/^(\$|%24)(skip|top)=/i.test(p));
  kept.push(`$skip=${String(next.skip)}`);
  if (next.top !== undefined) kept.push(`$top=${String(next.top)}`);
  return `${serviceRoot(request)}${set.name}?${kept.join('&')}`;
}

/** A key predicate as the filter it stands for: `(dataAreaId='usmf',X='1')` is `dataAreaId eq 'usmf' and X eq '1'`. */
function keyFilter(set: EntitySet, key: Map<string, string>): string {
  const names = [...key.keys()];
  const missing = set.keys.filter((k) => !key.has(k));
  if (missing.length > 0 || names.length !== set.keys.length) {
    throw new DomainError(D365Errors.invalidKey, `key: ${set.name} is keyed by ${set.keys.join(', ')}`, [{ field: 'key', reason: `must name ${set.keys.join(', ')}` }]);
  }
  return names.map((n) => `${n} eq ${key.get(n) ?? ''}`).join(' and ');
}

/** Reads of the document entity sets, one entity by key, and /$count. */
export function documentRoutes(data: App, ctx: AppContext): void {
  const read = async (request: FastifyRequest, set: EntitySet, options: QueryOptions) =>
    readEntitySet(set, options, {
      db: ctx.db.kysely,
      sourceSystemId: scopedSourceSystem(request, undefined),
      companies: await loadCompanies(ctx.db.kysely),
      collation: ctx.db.caps.codePointCollation,
      pageSize: Math.min(preferredPageSize(request) ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE),
    });

  data.get('/*', { schema: { hide: true }, config: { access: READ } }, async (request, reply) => {
    const segments = pathSegments(request.url);
    const [first, second] = segments;
    const segment = first === undefined ? undefined : parseSegment(first);
    const set = segment === undefined ? undefined : readableSet(segment.set);
    if (!set || !segment || segments.length > 2 || (second !== undefined && (second !== '$count' || segment.key))) throw notFound(request);
    const query = request.query as Record<string, unknown>;

    if (second === '$count') {
      const result = await read(request, set, { ...queryOptions(query), top: 0, count: true });
      return reply.status(200).header('odata-version', '4.0').type('text/plain').send(String(result.count ?? 0));
    }
    if (segment.key) {
      const options = queryOptions({ ...query, $filter: keyFilter(set, segment.key) });
      const result = await read(request, set, { ...options, top: 1 });
      const [entity] = result.value;
      if (!entity) throw new DomainError(D365Errors.unknownResource, `${set.name}${first?.slice(segment.set.length) ?? ''} does not exist`);
      return odataJson(reply, 200, { '@odata.context': `${serviceRoot(request)}$metadata#${set.name}/$entity`, ...entity });
    }
    const options = queryOptions(query);
    const result = await read(request, set, options);
    const selected = options.select ? `(${options.select.join(',')})` : '';
    return odataJson(reply, 200, {
      '@odata.context': `${serviceRoot(request)}$metadata#${set.name}${selected}`,
      ...(result.count === undefined ? {} : { '@odata.count': result.count }),
      value: result.value,
      ...(result.next ? { '@odata.nextLink': nextLink(request, set, result.next) } : {}),
    });
  });
}
