import { Type } from 'typebox';
import { auditSourceOf } from '../../../platform/audit/request-source.js';
import type { AppContext } from '../../../platform/context.js';
import { DomainError, notFound } from '../../../platform/errors.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import { BODY_LIMITS } from '../../../platform/http/input-guard.js';
import { containsText, fetchPage, orderRows, pageOf, pageParams, PageQuery, SearchText, SortQuery, sorting, textSort } from '../../../platform/http/paging.js';
import type { App } from '../../../platform/http/server.js';
import { createSourceSystem, updateSourceSystem } from '../commands/save-source-system.js';
import { mapSourceSystemItems, removeSourceSystemItem } from '../commands/map-source-system-items.js';
import { findSourceSystem, sourceSystemFromRow } from '../db/source-system-rows.js';
import { SourceSystemErrors } from '../errors.js';
import { NewSourceSystem, SourceSystemChanges, SourceSystemItem, SourceSystemView } from './source-system-schemas.js';
import { Id } from '../../../platform/http/schema-types.js';

const TAGS = ['source systems'];
const READ = ['integration_operator', 'warehouse_manager', 'planner', 'source_system'] as const;
const ADMINISTER = ['integration_operator'] as const;
/**
 * Item mappings decide which items' stock a source system sees (security review L3): staff write them,
 * an integration client only reads its own, so that no key can widen its own stock scope.
 */
const MAP_ITEMS = [...ADMINISTER, 'warehouse_manager'] as const;
const Params = Type.Object({ sourceSystemId: Id() });

const SourceSystemSorting = sorting({
  fields: { sourceSystemId: textSort('source_system_id'), name: textSort('name') },
  default: { sort: 'sourceSystemId', order: 'asc' },
  tiebreak: textSort('source_system_id'),
});

const ItemMappingSorting = sorting({
  fields: { externalItemNumber: textSort('external_item_number'), itemNumber: textSort('item_number') },
  default: { sort: 'externalItemNumber', order: 'asc' },
  tiebreak: textSort('external_item_number'),
});

export function sourceSystemRoutes(app: App, ctx: AppContext): void {
  const visible = async (request: Parameters<typeof scopedSourceSystem>[0], id: string) => {
    scopedSourceSystem(request, id);
    const found = await findSourceSystem(ctx.db.kysely, id);
    if (!found) throw new DomainError(SourceSystemErrors.sourceSystemNotFound, `Source system '${id}' does not exist`);
    return found;
  };

  app.post(
    '/api/v1/source-systems',
    {
      schema: {
        tags: TAGS,
        summary: 'Register a source system (an ERP) and schedule its background processes',
        body: NewSourceSystem,
        response: { 201: SourceSystemView },
      },
      config: { access: ADMINISTER },
    },
    async (request, reply) => reply.status(201).send(await createSourceSystem(ctx, request.body, auditSourceOf(request))),
  );

  app.get(
    '/api/v1/source-systems',
    {
      schema: {
        tags: TAGS,
        summary: 'Source systems',
        querystring: Type.Intersect([PageQuery, Type.Object({ q: Type.Optional(SearchText('Part of the id or name (case-insensitive)')) }), SortQuery(SourceSystemSorting)]),
        response: { 200: pageOf(SourceSystemView) },
      },
      config: { access: READ },
    },
    async (request) => {
      const { limit, offset } = pageParams(request.query);
      const own = scopedSourceSystem(request, undefined);
      let query = ctx.db.kysely.selectFrom('source_systems');
      if (own !== undefined) query = query.where('source_system_id', '=', own);
      if (request.query.q) query = query.where(containsText(['source_system_id', 'name'], request.query.q));
      return fetchPage(query, { limit, offset }, (q) => orderRows(q.selectAll(), SourceSystemSorting, request.query, ctx.db.caps), sourceSystemFromRow);
    },
  );

  app.get(
    '/api/v1/source-systems/:sourceSystemId',
    { schema: { tags: TAGS, summary: 'One source system', params: Params, response: { 200: SourceSystemView } }, config: { access: READ } },
    (request) => visible(request, request.params.sourceSystemId),
  );

  app.patch(
    '/api/v1/source-systems/:sourceSystemId',
    {
      schema: { tags: TAGS, summary: 'Change source system settings', params: Params, body: SourceSystemChanges, response: { 200: SourceSystemView } },
      config: { access: ADMINISTER },
    },
    async (request) => {
      const { expectedVersion, ...changes } = request.body;
      return updateSourceSystem(ctx, request.params.sourceSystemId, changes, expectedVersion, auditSourceOf(request));
    },
  );

  app.get(
    '/api/v1/source-systems/:sourceSystemId/items',
    {
      schema: {
        tags: TAGS,
        summary: "The source system's item numbers and the items they map to",
        params: Params,
        querystring: Type.Intersect([PageQuery, Type.Object({ externalItemNumber: Type.Optional(Id()), itemNumber: Type.Optional(Id()) }), SortQuery(ItemMappingSorting)]),
        response: { 200: pageOf(SourceSystemItem) },
      },
      config: { access: READ },
    },
    async (request) => {
      await visible(request, request.params.sourceSystemId);
      const { limit, offset } = pageParams(request.query);
      let query = ctx.db.kysely.selectFrom('source_system_items').where('source_system_id', '=', request.params.sourceSystemId);
      if (request.query.externalItemNumber) query = query.where('external_item_number', '=', request.query.externalItemNumber);
      if (request.query.itemNumber) query = query.where('item_number', '=', request.query.itemNumber);
      return fetchPage(
        query,
        { limit, offset },
        (q) => orderRows(q.select(['external_item_number', 'item_number']), ItemMappingSorting, request.query, ctx.db.caps),
        (r) => ({ externalItemNumber: r.external_item_number, itemNumber: r.item_number }),
      );
    },
  );

  app.put(
    '/api/v1/source-systems/:sourceSystemId/items/:externalItemNumber',
    {
      schema: {
        tags: TAGS,
        summary: "Map one of the source system's item numbers to an item",
        params: Type.Object({ sourceSystemId: Id(), externalItemNumber: Id({ maxLength: 50 }) }),
        body: Type.Object({ itemNumber: Id({ maxLength: 50 }) }, { additionalProperties: false }),
        response: { 200: SourceSystemItem },
      },
      config: { access: MAP_ITEMS },
    },
    async (request) => {
      scopedSourceSystem(request, request.params.sourceSystemId);
      const mapping = { externalItemNumber: request.params.externalItemNumber, itemNumber: request.body.itemNumber };
      await mapSourceSystemItems(ctx, request.params.sourceSystemId, [mapping], auditSourceOf(request));
      return mapping;
    },
  );

  app.post(
    '/api/v1/source-systems/:sourceSystemId/items/import',
    {
      schema: {
        tags: TAGS,
        summary: 'Map many item numbers at once (all or nothing)',
        params: Params,
        body: Type.Array(SourceSystemItem, { maxItems: 50_000 }),
        response: { 200: Type.Object({ created: Type.Integer(), updated: Type.Integer() }) },
      },
      bodyLimit: BODY_LIMITS.bulk,
      config: { access: MAP_ITEMS },
    },
    async (request) => {
      scopedSourceSystem(request, request.params.sourceSystemId);
      return mapSourceSystemItems(ctx, request.params.sourceSystemId, request.body, auditSourceOf(request));
    },
  );

  app.delete(
    '/api/v1/source-systems/:sourceSystemId/items/:externalItemNumber',
    {
      schema: {
        tags: TAGS,
        summary: 'Remove an item mapping',
        params: Type.Object({ sourceSystemId: Id(), externalItemNumber: Id() }),
        response: { 204: Type.Null() },
      },
      config: { access: MAP_ITEMS },
    },
    async (request, reply) => {
      scopedSourceSystem(request, request.params.sourceSystemId);
      const removed = await removeSourceSystemItem(ctx, request.params.sourceSystemId, request.params.externalItemNumber, auditSourceOf(request));
      if (!removed) throw notFound('Source system item', request.params.externalItemNumber);
      return reply.status(204).send(null);
    },
  );
}
