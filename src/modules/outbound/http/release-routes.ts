import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { invalid, notFound } from '../../../platform/errors.js';
import type { App } from '../../../platform/http/server.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { releaseOrders, type ReleaseResult } from '../commands/release-orders.js';
import { processWaveNow } from '../commands/waves.js';
import { createManualOutboundOrder } from '../commands/create-manual-order.js';
import { parseQty } from '../../../platform/quantity.js';
import { loadDetail, waveDetail } from '../db/wave-load-details.js';
import { scheduleOutboundAutomation } from '../commands/outbound-automation.js';
import { createWaveTemplate, deleteWaveTemplate, updateWaveTemplate } from '../commands/wave-templates.js';
import { LoadHeader, Template, WaveHeader } from './wave-load-schemas.js';
import { FreeForm, Id, Int, LineNumber, MAX_DAYS, Quantity, Text } from '../../../platform/http/schema-types.js';

const PLAN = ['planner', 'warehouse_manager'] as const;
const READ = ['planner', 'warehouse_manager', 'warehouse_worker', 'integration_operator'] as const;
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const ReleaseOptions = {
  quantityToRelease: Type.Optional(Type.Union([Type.Literal('All'), Type.Literal('PhysicallyReserved')], { default: 'All' })),
  allowPartiallyReleased: Type.Optional(Type.Boolean({ default: true, description: 'Release the rest of orders that are already partly released' })),
};
const ReleaseOutcome = Type.Object({
  orderNumber: Type.String(),
  released: Type.Boolean(),
  reason: nullable(Type.String()),
  error: nullable(Type.String()),
  shipmentId: nullable(Type.String()),
  loadId: nullable(Type.String()),
  lines: Type.Array(Type.Object({ lineNumber: Type.Integer(), releasedQuantity: Type.Number() })),
});
const view = (r: ReleaseResult & { error: string | null }) => ({ ...r, lines: r.lines.map((l) => ({ lineNumber: l.lineNumber, releasedQuantity: qtyToNumber(l.releasedQty) })) });

export function releaseRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/outbound-shipment-orders/release',
    {
      schema: {
        tags: ['outbound release'],
        summary: 'Release orders to the warehouse: reserve, create shipments and load lines, place them in waves',
        body: Type.Object({ orderNumbers: Type.Array(Id(), { minItems: 1, maxItems: 500 }), ...ReleaseOptions }),
        response: { 200: Type.Object({ results: Type.Array(ReleaseOutcome) }) },
      },
      config: { access: PLAN },
    },
    async (request) => {
      const results = await releaseOrders(ctx, request.body.orderNumbers, {
        quantityToRelease: request.body.quantityToRelease ?? 'All',
        allowPartiallyReleased: request.body.allowPartiallyReleased ?? true,
      });
      return { results: results.map(view) };
    },
  );

  app.post(
    '/api/v1/outbound-shipment-orders/:orderNumber/release',
    {
      schema: {
        tags: ['outbound release'],
        summary: 'Release one order to the warehouse',
        params: Type.Object({ orderNumber: Id() }),
        body: Type.Object(ReleaseOptions),
        response: { 200: ReleaseOutcome },
      },
      config: { access: PLAN },
    },
    async (request) => {
      const [result] = await releaseOrders(ctx, [request.params.orderNumber], {
        quantityToRelease: request.body.quantityToRelease ?? 'All',
        allowPartiallyReleased: request.body.allowPartiallyReleased ?? true,
      });
      if (!result) throw notFound('Outbound shipment order', request.params.orderNumber);
      if (result.error?.startsWith('REQUEST.NOT_FOUND')) throw notFound('Outbound shipment order', request.params.orderNumber);
      return view(result);
    },
  );

  app.post(
    '/api/v1/outbound-shipment-orders',
    {
      schema: {
        tags: ['outbound shipment orders'],
        summary: 'Create a manual outbound shipment order (when the source system enables manual outbound order creation)',
        body: Type.Object({
          sourceSystemId: Id(),
          shipFromWarehouseId: Id(),
          orderType: Type.Optional(Text(50)),
          deliveryModeCode: Type.Optional(Id({ maxLength: 50 })),
          shippingCarrierId: Type.Optional(Id({ maxLength: 50 })),
          parties: FreeForm({ description: 'Receiver* / consignee* fields; a name and a country/region are required' }),
          lines: Type.Array(
            Type.Object({
              orderLineNumber: LineNumber(),
              itemNumber: Id({ description: 'Internal item number' }),
              orderedQuantity: Quantity(),
              orderedUnitSymbol: Id(),
              inventoryStatusId: Type.Optional(Id()),
              inventoryOwnerId: Type.Optional(Id()),
              itemBatchNumber: Type.Optional(Id()),
              sellableDays: Type.Optional(Int({ minimum: 0, maximum: MAX_DAYS })),
            }),
            { minItems: 1, maxItems: 1000 },
          ),
        }),
        response: { 201: Type.Object({ orderNumber: Type.String() }) },
      },
      config: { access: PLAN },
    },
    async (request, reply) => {
      const b = request.body;
      const orderNumber = await createManualOutboundOrder(ctx, {
        sourceSystemId: b.sourceSystemId,
        shipFromWarehouseId: b.shipFromWarehouseId,
        orderType: b.orderType ?? null,
        deliveryModeCode: b.deliveryModeCode ?? null,
        carrierId: b.shippingCarrierId ?? null,
        parties: b.parties,
        lines: b.lines.map((l, i) => {
          const qty = parseQty(l.orderedQuantity);
          if (qty === undefined) throw invalid(`lines/${String(i)}/orderedQuantity`, 'at most 6 decimals', l.orderedQuantity);
          return {
            lineNumber: l.orderLineNumber,
            itemNumber: l.itemNumber,
            qty,
            unitSymbol: l.orderedUnitSymbol,
            inventoryStatusId: l.inventoryStatusId,
            inventoryOwnerId: l.inventoryOwnerId,
            batchNumber: l.itemBatchNumber ?? null,
            sellableDays: l.sellableDays ?? null,
          };
        }),
      });
      return reply.status(201).send({ orderNumber });
    },
  );

  app.put(
    '/api/v1/warehouses/:warehouseId/outbound-automation',
    {
      schema: {
        tags: ['outbound release'],
        summary: 'Schedule the automatic release of outbound shipment orders and the process outbound shipments job for a warehouse',
        params: Type.Object({ warehouseId: Id() }),
        body: Type.Object({
          quantityToRelease: Type.Union([Type.Literal('All'), Type.Literal('PhysicallyReserved')]),
          allowPartiallyReleased: Type.Boolean(),
        }),
        response: { 200: Type.Object({ warehouseId: Type.String(), processIds: Type.Array(Type.Integer()) }) },
      },
      config: { access: ['warehouse_manager'] },
    },
    async (request) => {
      const { warehouseId } = request.params;
      const ids = await scheduleOutboundAutomation(ctx, warehouseId, { quantityToRelease: request.body.quantityToRelease, allowPartiallyReleased: request.body.allowPartiallyReleased });
      return { warehouseId, processIds: ids };
    },
  );

  app.post(
    '/api/v1/wave-templates',
    {
      schema: { tags: ['waves'], summary: 'Create a wave template', body: Template, response: { 201: Template } },
      config: { access: ['warehouse_manager'] },
    },
    async (request, reply) => {
      await createWaveTemplate(ctx, request.body);
      reply.code(201);
      return request.body;
    },
  );

  const TemplateParams = Type.Object({ waveTemplateId: Id({ maxLength: 50 }) });
  app.put(
    '/api/v1/wave-templates/:waveTemplateId',
    {
      schema: { tags: ['waves'], summary: 'Replace a wave template (an open wave is processed with it as it is then)', params: TemplateParams, body: Type.Omit(Template, ['waveTemplateId']), response: { 200: Template } },
      config: { access: ['warehouse_manager'] },
    },
    async (request) => {
      const template = { ...request.body, waveTemplateId: request.params.waveTemplateId };
      await updateWaveTemplate(ctx, template);
      return template;
    },
  );
  app.delete(
    '/api/v1/wave-templates/:waveTemplateId',
    {
      schema: { tags: ['waves'], summary: 'Delete a wave template that no open wave needs (executed waves keep its id)', params: TemplateParams, response: { 204: Type.Null() } },
      config: { access: ['warehouse_manager'] },
    },
    async (request, reply) => {
      await deleteWaveTemplate(ctx, request.params.waveTemplateId);
      return reply.status(204).send(null);
    },
  );

  const Wave = Type.Object({
    ...WaveHeader.properties,
    shipmentIds: Type.Array(Type.String()),
    loadIds: Type.Array(Type.String()),
    workIds: Type.Array(Type.String()),
    shortages: Type.Array(Type.Object({ orderNumber: Type.String(), lineNumber: Type.Integer(), itemNumber: Type.String(), shortQuantity: Type.Number(), reason: Type.String() })),
  });
  app.get(
    '/api/v1/waves/:waveId',
    { schema: { tags: ['waves'], summary: 'A wave with its shipments, work and shortages', params: Type.Object({ waveId: Id() }), response: { 200: Wave } }, config: { access: READ } },
    (request) => waveDetail(ctx.db.kysely, request.params.waveId),
  );

  app.post(
    '/api/v1/waves/:waveId/process',
    { schema: { tags: ['waves'], summary: 'Process a wave by hand', params: Type.Object({ waveId: Id() }), response: { 200: Wave } }, config: { access: PLAN } },
    async (request) => {
      await processWaveNow(ctx, request.params.waveId);
      return waveDetail(ctx.db.kysely, request.params.waveId);
    },
  );

  const Load = Type.Object({
    ...LoadHeader.properties,
    shipments: Type.Array(Type.Object({ shipmentId: Type.String(), waveId: nullable(Type.String()), status: Type.String() })),
    lines: Type.Array(
      Type.Object({
        loadLineId: Type.Integer(),
        shipmentId: Type.String(),
        orderNumber: Type.String(),
        orderLineNumber: Type.Integer(),
        itemNumber: Type.String(),
        quantity: Type.Number(),
        workCreatedQuantity: Type.Number(),
        pickedQuantity: Type.Number(),
        shippedQuantity: Type.Number(),
        status: Type.String(),
      }),
    ),
  });
  app.get(
    '/api/v1/outbound-loads/:loadId',
    { schema: { tags: ['outbound loads'], summary: 'An outbound load with its shipments and load lines', params: Type.Object({ loadId: Id() }), response: { 200: Load } }, config: { access: READ } },
    async (request) => {
      return loadDetail(ctx.db.kysely, request.params.loadId);
    },
  );
}
