import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../../platform/context.js';
import { invalid } from '../../../platform/errors.js';
import { fetchPage, orderRows, pageOf, pageParams, PageQuery, SortQuery, sorting, textSort } from '../../../platform/http/paging.js';
import type { App } from '../../../platform/http/server.js';
import { createDirective, createTemplate, deleteDirective, deleteTemplate, directiveView, templateView, updateDirective, updateTemplate } from '../commands/save-setup.js';
import { LocationDirective, LocationDirectiveChanges, LocationDirectiveView, WorkTemplate, WorkTemplateView, WorkTypeSchema } from './schemas.js';
import { Id } from '../../../platform/http/schema-types.js';

const READ = ['warehouse_manager', 'planner', 'warehouse_worker'] as const;
const WRITE = ['warehouse_manager'] as const;

const TemplateSorting = sorting({
  fields: {
    sequence: 'sequence',
    templateId: textSort('template_id'),
    name: textSort('name'),
    workType: textSort('work_type'),
    warehouseId: textSort('warehouse_id'),
    active: 'active',
  },
  default: { sort: 'sequence', order: 'asc' },
  tiebreak: textSort('template_id'),
});

/** Directives are tried per warehouse in sequence, so that is how they list unless asked otherwise. */
const DirectiveSorting = sorting({
  fields: {
    warehouseId: textSort('warehouse_id'),
    sequence: 'sequence',
    directiveId: textSort('directive_id'),
    name: textSort('name'),
    workType: textSort('work_type'),
    lineType: textSort('line_type'),
    zoneId: textSort('zone_id'),
    active: 'active',
  },
  default: { sort: 'warehouseId', order: 'asc' },
  tiebreak: [
    { column: 'sequence', order: 'asc' },
    { ...textSort('directive_id'), order: 'asc' },
  ],
});

/**
 * The request validator coerces types (for query strings), and so turns a body's `maxPickLines: 0` into
 * null, "no limit". A 0 is refused before validation instead: null is how a planner says "no limit".
 */
const refuseZeroPickLines = (request: FastifyRequest, _reply: unknown, done: (error?: Error) => void) => {
  const body = request.body as { maxPickLines?: unknown } | null | undefined;
  if (typeof body === 'object' && body !== null && (body.maxPickLines === 0 || body.maxPickLines === '0' || body.maxPickLines === false)) {
    done(invalid('maxPickLines', 'must be 1 or more; null means no limit', body.maxPickLines));
    return;
  }
  done();
};

export function workSetupRoutes(app: App, ctx: AppContext): void {
  const db = () => ctx.db.kysely;
  const TemplateParams = Type.Object({ templateId: Id() });
  const DirectiveParams = Type.Object({ directiveId: Id() });

  app.get(
    '/api/v1/work-templates',
    {
      schema: {
        tags: ['work templates'],
        summary: 'Work templates in sequence order',
        querystring: Type.Intersect([PageQuery, Type.Object({ workType: Type.Optional(WorkTypeSchema), warehouseId: Type.Optional(Id()) }), SortQuery(TemplateSorting)]),
        response: { 200: pageOf(WorkTemplateView) },
      },
      config: { access: READ },
    },
    async (request) => {
      let q = db().selectFrom('work_templates');
      if (request.query.workType) q = q.where('work_type', '=', request.query.workType);
      if (request.query.warehouseId) q = q.where('warehouse_id', '=', request.query.warehouseId);
      return fetchPage(q, pageParams(request.query), (rows) => orderRows(rows.selectAll(), TemplateSorting, request.query, ctx.db.caps), templateView);
    },
  );

  app.post(
    '/api/v1/work-templates',
    { schema: { tags: ['work templates'], summary: 'Create a work template', body: WorkTemplate, response: { 201: WorkTemplateView } }, config: { access: WRITE }, preValidation: refuseZeroPickLines },
    async (request, reply) => reply.status(201).send(await createTemplate(db(), request.body)),
  );

  app.put(
    '/api/v1/work-templates/:templateId',
    {
      schema: { tags: ['work templates'], summary: 'Replace a work template', params: TemplateParams, body: Type.Omit(WorkTemplate, ['templateId']), response: { 200: WorkTemplateView } },
      config: { access: WRITE },
      preValidation: refuseZeroPickLines,
    },
    async (request) => updateTemplate(db(), { ...request.body, templateId: request.params.templateId }),
  );

  app.delete(
    '/api/v1/work-templates/:templateId',
    { schema: { tags: ['work templates'], summary: 'Delete a work template (existing work keeps its template id)', params: TemplateParams, response: { 204: Type.Null() } }, config: { access: WRITE } },
    async (request, reply) => {
      await deleteTemplate(db(), request.params.templateId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/location-directives',
    {
      schema: {
        tags: ['location directives'],
        summary: 'Location directives in sequence order',
        querystring: Type.Intersect([PageQuery, Type.Object({ workType: Type.Optional(WorkTypeSchema), warehouseId: Type.Optional(Id()) }), SortQuery(DirectiveSorting)]),
        response: { 200: pageOf(LocationDirectiveView) },
      },
      config: { access: READ },
    },
    async (request) => {
      let q = db().selectFrom('location_directives');
      if (request.query.workType) q = q.where('work_type', '=', request.query.workType);
      if (request.query.warehouseId) q = q.where('warehouse_id', '=', request.query.warehouseId);
      return fetchPage(q, pageParams(request.query), (rows) => orderRows(rows.selectAll(), DirectiveSorting, request.query, ctx.db.caps), directiveView);
    },
  );

  app.post(
    '/api/v1/location-directives',
    { schema: { tags: ['location directives'], summary: 'Create a location directive', body: LocationDirective, response: { 201: LocationDirectiveView } }, config: { access: WRITE } },
    async (request, reply) => reply.status(201).send(await createDirective(db(), request.body)),
  );

  app.put(
    '/api/v1/location-directives/:directiveId',
    {
      schema: { tags: ['location directives'], summary: 'Replace a location directive', params: DirectiveParams, body: LocationDirectiveChanges, response: { 200: LocationDirectiveView } },
      config: { access: WRITE },
    },
    async (request) => updateDirective(db(), { ...request.body, directiveId: request.params.directiveId }),
  );

  app.delete(
    '/api/v1/location-directives/:directiveId',
    { schema: { tags: ['location directives'], summary: 'Delete a location directive', params: DirectiveParams, response: { 204: Type.Null() } }, config: { access: WRITE } },
    async (request, reply) => {
      await deleteDirective(db(), request.params.directiveId);
      return reply.status(204).send(null);
    },
  );
}
