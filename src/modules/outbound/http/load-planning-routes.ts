import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { Id, Int, Text } from '../../../platform/http/schema-types.js';
import type { App } from '../../../platform/http/server.js';
import { moveShipment, saveLoadTemplate, setLoadTemplate } from '../commands/load-planning.js';
import { loadPlanning } from '../db/load-planning-view.js';

const TAGS = ['outbound load planning'];
const PLAN = ['planner', 'warehouse_manager'] as const;
const MAX_GRAMS = 100_000_000_000;

const Fill = {
  weightGrams: Type.Integer(),
  volumeCm3: Type.Integer(),
  itemsWithoutWeight: Type.Array(Type.String(), { description: 'Items without a unit weight: left out of weightGrams' }),
  itemsWithoutVolume: Type.Array(Type.String()),
};
const Planning = Type.Object({
  warehouseId: Type.String(),
  loads: Type.Array(
    Type.Object({
      loadId: Type.String(),
      status: Type.String(),
      sourceSystemId: Type.String(),
      carrierId: Type.Union([Type.String(), Type.Null()]),
      loadTemplateId: Type.Union([Type.String(), Type.Null()]),
      capacity: Type.Union([Type.Object({ maxWeightGrams: Type.Union([Type.Integer(), Type.Null()]), maxVolumeCm3: Type.Union([Type.Integer(), Type.Null()]), maxShipments: Type.Union([Type.Integer(), Type.Null()]) }), Type.Null()]),
      overCapacity: Type.Array(Type.String(), { description: 'What the load holds beyond its template (after the template was changed or items got weights)' }),
      ...Fill,
      shipments: Type.Array(Type.Object({ shipmentId: Type.String(), status: Type.String(), waveId: Type.Union([Type.String(), Type.Null()]), receiverName: Type.Union([Type.String(), Type.Null()]), orderNumbers: Type.Array(Type.String()), ...Fill })),
    }),
  ),
});
const Template = Type.Object({
  templateId: Type.String(),
  warehouseId: Type.String(),
  name: Type.String(),
  maxWeightGrams: Type.Union([Type.Integer(), Type.Null()]),
  maxVolumeCm3: Type.Union([Type.Integer(), Type.Null()]),
  maxShipments: Type.Union([Type.Integer(), Type.Null()]),
});
const limit = (description: string, maximum: number) => Type.Optional(Type.Union([Int({ minimum: 1, maximum, description }), Type.Null()]));

/** The load planning workbench (D365's): load templates, the loads of a warehouse with their fill, moving shipments between loads. */
export function loadPlanningRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/load-templates',
    { schema: { tags: TAGS, summary: 'Load templates: what a truck or container takes', querystring: Type.Object({ warehouseId: Type.Optional(Id()) }), response: { 200: Type.Object({ items: Type.Array(Template) }) } }, config: { access: PLAN } },
    async (request) => {
      let query = ctx.db.kysely.selectFrom('outbound_load_templates').selectAll().orderBy('template_id');
      if (request.query.warehouseId) query = query.where('warehouse_id', '=', request.query.warehouseId);
      const rows = await query.limit(500).execute();
      return {
        items: rows.map((r) => ({
          templateId: r.template_id,
          warehouseId: r.warehouse_id,
          name: r.name,
          maxWeightGrams: r.max_weight_grams === null ? null : Number(r.max_weight_grams),
          maxVolumeCm3: r.max_volume_cm3 === null ? null : Number(r.max_volume_cm3),
          maxShipments: r.max_shipments,
        })),
      };
    },
  );

  app.put(
    '/api/v1/load-templates/:templateId',
    {
      schema: {
        tags: TAGS,
        summary: 'Create or change a load template',
        params: Type.Object({ templateId: Id() }),
        body: Type.Object({
          warehouseId: Id(),
          name: Text(100),
          maxWeightGrams: limit('Most a load may weigh, in grams (items need a unit weight)', MAX_GRAMS),
          maxVolumeCm3: limit('Most a load may hold, in cubic centimetres (items need a unit volume)', MAX_GRAMS),
          maxShipments: limit('Most shipments on one load', 10_000),
        }),
        response: { 204: Type.Null() },
      },
      config: { access: PLAN },
    },
    async (request, reply) => {
      const b = request.body;
      await saveLoadTemplate(ctx, { templateId: request.params.templateId, warehouseId: b.warehouseId, name: b.name, maxWeightGrams: b.maxWeightGrams ?? null, maxVolumeCm3: b.maxVolumeCm3 ?? null, maxShipments: b.maxShipments ?? null });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/load-planning',
    {
      schema: { tags: TAGS, summary: "The warehouse's loads not shipped yet, with their template's capacity, weight, volume and shipments", querystring: Type.Object({ warehouseId: Id() }), response: { 200: Planning } },
      config: { access: PLAN },
    },
    async (request) => loadPlanning(ctx.db.kysely, request.query.warehouseId),
  );

  app.put(
    '/api/v1/outbound-loads/:loadId/load-template',
    {
      schema: {
        tags: TAGS,
        summary: "Give a load a load template (or none): refused (409 OUTBOUND.LOAD_CAPACITY_EXCEEDED) when what it holds does not fit",
        params: Type.Object({ loadId: Id() }),
        body: Type.Object({ loadTemplateId: Type.Union([Id(), Type.Null()]) }),
        response: { 200: Planning },
      },
      config: { access: PLAN },
    },
    async (request) => {
      await setLoadTemplate(ctx, request.params.loadId, request.body.loadTemplateId);
      const load = await ctx.db.kysely.selectFrom('outbound_loads').select('warehouse_id').where('load_id', '=', request.params.loadId).executeTakeFirstOrThrow();
      return loadPlanning(ctx.db.kysely, load.warehouse_id);
    },
  );

  app.post(
    '/api/v1/outbound-shipments/:shipmentId/move',
    {
      schema: {
        tags: TAGS,
        summary: 'Move a shipment not yet in a wave to another load of its warehouse and source system, or to a new load',
        description: '409 OUTBOUND.LOAD_CAPACITY_EXCEEDED names what the target load would exceed; 409 OUTBOUND.SHIPMENT_NOT_MOVABLE when the shipment is in a wave or a load is not Open. A load left without shipments is removed.',
        params: Type.Object({ shipmentId: Id() }),
        body: Type.Object({ targetLoadId: Type.Optional(Id({ description: 'Leave out for a new load' })) }),
        response: { 200: Type.Object({ sourceLoadId: Type.String(), targetLoadId: Type.String() }) },
      },
      config: { access: PLAN },
    },
    async (request) => moveShipment(ctx, { shipmentId: request.params.shipmentId, targetLoadId: request.body.targetLoadId }),
  );
}
