import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { DomainError, invalid, notFound } from '../../../platform/errors.js';
import { changeProcess, findProcess } from '../../../platform/jobs/process-changes.js';
import { ensureProcess } from '../../../platform/jobs/processes.js';
import type { App } from '../../../platform/http/server.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { releaseOrders, type ReleaseResult } from '../commands/release-orders.js';
import { processWave } from '../commands/waves.js';
import { createManualOutboundOrder } from '../commands/create-manual-order.js';
import { parseQty } from '../../../platform/quantity.js';
import { loadHeaderView, waveHeaderView } from '../db/wave-load-views.js';
import { OutboundErrors } from '../errors.js';
import { AUTOMATIC_RELEASE, PROCESS_OUTBOUND_SHIPMENTS } from '../processes.js';
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

export const Template = Type.Object({
  waveTemplateId: Id({ maxLength: 50 }),
  warehouseId: Id(),
  sourceSystemId: Type.Optional(nullable(Id())),
  shippingCarrierId: Type.Optional(nullable(Id())),
  deliveryModeCode: Type.Optional(nullable(Id())),
  processAt: Type.Union([Type.Literal('Release'), Type.Literal('Threshold'), Type.Literal('Manual')]),
  thresholdShipments: Type.Optional(nullable(Int({ minimum: 1 }))),
  putLocationId: Id({ description: 'Staging or bay door location the pick work brings stock to' }),
  sequence: Type.Optional(Int({ minimum: 0, default: 10 })),
});

export const WaveHeader = Type.Object({
  waveId: Type.String(),
  warehouseId: Type.String(),
  waveTemplateId: Type.String(),
  status: Type.String({ description: 'Open or Executed' }),
  createdAt: nullable(Type.String()),
  executedAt: nullable(Type.String()),
});

export const LoadHeader = Type.Object({
  loadId: Type.String(),
  warehouseId: Type.String(),
  sourceSystemId: Type.String(),
  status: Type.String({ description: 'Open, In process, Loaded or Shipped' }),
  shippingCarrierId: nullable(Type.String()),
  deliveryModeCode: nullable(Type.String()),
  shippedAt: nullable(Type.String()),
  createdAt: nullable(Type.String()),
  updatedAt: nullable(Type.String()),
});

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
      const warehouse = await ctx.db.kysely.selectFrom('warehouses').select('warehouse_id').where('warehouse_id', '=', warehouseId).executeTakeFirst();
      if (!warehouse) throw notFound('Warehouse', warehouseId);
      const now = ctx.clock.now();
      const parameters = { quantityToRelease: request.body.quantityToRelease, allowPartiallyReleased: request.body.allowPartiallyReleased };
      const ids = await ctx.db.kysely.transaction().execute(async (trx) => {
        for (const def of [AUTOMATIC_RELEASE, PROCESS_OUTBOUND_SHIPMENTS]) {
          await ensureProcess(trx, def, { scopeKey: warehouseId, sourceSystemId: null }, now);
        }
        await changeProcess(trx, { type: AUTOMATIC_RELEASE.type, scopeKey: warehouseId }, { parameters }, now);
        const ids: number[] = [];
        // Ordered by process type (automaticRelease... before processOutbound...).
        for (const def of [AUTOMATIC_RELEASE, PROCESS_OUTBOUND_SHIPMENTS]) {
          const row = await findProcess(trx, { type: def.type, scopeKey: warehouseId });
          if (row) ids.push(Number(row.id));
        }
        return ids;
      });
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
      const b = request.body;
      const location = await ctx.db.kysely
        .selectFrom('locations as l')
        .innerJoin('location_profiles as p', 'p.profile_id', 'l.profile_id')
        .select('p.location_type')
        .where('l.warehouse_id', '=', b.warehouseId)
        .where('l.location_id', '=', b.putLocationId)
        .executeTakeFirst();
      if (!location || !['staging', 'bayDoor'].includes(location.location_type)) {
        throw new DomainError(OutboundErrors.notReleasable, `Location '${b.putLocationId}' is not a staging or bay door location of warehouse '${b.warehouseId}'`, [
          { field: 'putLocationId', reason: 'must be a staging or bay door location', value: b.putLocationId },
        ]);
      }
      await ctx.db.kysely
        .insertInto('outbound_wave_templates')
        .values({
          template_id: b.waveTemplateId,
          warehouse_id: b.warehouseId,
          source_system_id: b.sourceSystemId ?? null,
          carrier_id: b.shippingCarrierId ?? null,
          delivery_mode_code: b.deliveryModeCode ?? null,
          process_at: b.processAt,
          threshold_shipments: b.thresholdShipments ?? null,
          put_location_id: b.putLocationId,
          sequence: b.sequence ?? 10,
          created_at: ctx.clock.now(),
        })
        .execute();
      reply.code(201);
      return b;
    },
  );

  const Wave = Type.Object({
    ...WaveHeader.properties,
    shipmentIds: Type.Array(Type.String()),
    loadIds: Type.Array(Type.String()),
    workIds: Type.Array(Type.String()),
    shortages: Type.Array(Type.Object({ orderNumber: Type.String(), lineNumber: Type.Integer(), itemNumber: Type.String(), shortQuantity: Type.Number(), reason: Type.String() })),
  });
  const waveView = async (waveId: string) => {
    const db = ctx.db.kysely;
    const wave = await db.selectFrom('outbound_waves').selectAll().where('wave_id', '=', waveId).executeTakeFirst();
    if (!wave) throw new DomainError(OutboundErrors.waveNotFound, `Wave '${waveId}' does not exist`);
    const shipments = await db.selectFrom('outbound_shipments').select(['shipment_id', 'load_id']).where('wave_id', '=', waveId).orderBy('shipment_id').execute();
    const ids = shipments.map((s) => s.shipment_id);
    const work = ids.length ? await db.selectFrom('work_headers').select('work_id').where('reference_type', '=', 'OutboundShipment').where('reference_id', 'in', ids).orderBy('work_id').execute() : [];
    const shortages = await db.selectFrom('outbound_wave_shortages').selectAll().where('wave_id', '=', waveId).orderBy('id').execute();
    return {
      ...waveHeaderView(wave),
      shipmentIds: ids,
      loadIds: [...new Set(shipments.map((s) => s.load_id))],
      workIds: work.map((w) => w.work_id),
      shortages: shortages.map((s) => ({ orderNumber: s.order_number, lineNumber: s.line_number, itemNumber: s.item_number, shortQuantity: qtyToNumber(s.short_qty), reason: s.reason })),
    };
  };

  app.get(
    '/api/v1/waves/:waveId',
    { schema: { tags: ['waves'], summary: 'A wave with its shipments, work and shortages', params: Type.Object({ waveId: Id() }), response: { 200: Wave } }, config: { access: READ } },
    (request) => waveView(request.params.waveId),
  );

  app.post(
    '/api/v1/waves/:waveId/process',
    { schema: { tags: ['waves'], summary: 'Process a wave by hand', params: Type.Object({ waveId: Id() }), response: { 200: Wave } }, config: { access: PLAN } },
    async (request) => {
      await ctx.db.kysely.transaction().execute((trx) => processWave(trx, ctx, request.params.waveId));
      return waveView(request.params.waveId);
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
      const db = ctx.db.kysely;
      const load = await db.selectFrom('outbound_loads').selectAll().where('load_id', '=', request.params.loadId).executeTakeFirst();
      if (!load) throw new DomainError(OutboundErrors.loadNotFound, `Load '${request.params.loadId}' does not exist`);
      const shipments = await db.selectFrom('outbound_shipments').select(['shipment_id', 'wave_id', 'status']).where('load_id', '=', load.load_id).orderBy('shipment_id').execute();
      const lines = await db.selectFrom('outbound_load_lines').selectAll().where('load_id', '=', load.load_id).orderBy('id').execute();
      return {
        ...loadHeaderView(load),
        shipments: shipments.map((s) => ({ shipmentId: s.shipment_id, waveId: s.wave_id, status: s.status })),
        lines: lines.map((l) => ({
          loadLineId: Number(l.id),
          shipmentId: l.shipment_id,
          orderNumber: l.order_number,
          orderLineNumber: l.line_number,
          itemNumber: l.item_number,
          quantity: qtyToNumber(l.qty),
          workCreatedQuantity: qtyToNumber(l.work_created_qty),
          pickedQuantity: qtyToNumber(l.picked_qty),
          shippedQuantity: qtyToNumber(l.shipped_qty),
          status: l.status,
        })),
      };
    },
  );
}
