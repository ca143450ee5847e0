import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { principalOf, scopedSourceSystem } from '../../../platform/http/auth.js';
import { toIso } from '../../../platform/clock.js';
import { Id, Quantity, Text } from '../../../platform/http/schema-types.js';
import { parseQty, qtyToNumber } from '../../../platform/quantity.js';
import { invalid } from '../../../platform/errors.js';
import type { App } from '../../../platform/http/server.js';
import { dispositionCodes, dispositionView, removeDispositionCode, saveDispositionCode } from '../commands/disposition-codes.js';
import { registerReturn, returnOrigin } from '../commands/register-return.js';

const TAGS = ['returns'];
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const Disposition = Type.Object({
  sourceSystemId: Type.String(),
  dispositionCode: Type.String(),
  description: Type.String(),
  inventoryStatusId: Type.String({ description: 'The inventory status returned stock gets' }),
  locationId: nullable(Type.String({ description: 'Where it is put (quarantine, scrap); null: the put-away location directives decide' })),
});

const ReturnLine = Type.Object(
  {
    itemNumber: Id({ maxLength: 64, description: "Quayside's item number (as scanned)" }),
    quantity: Quantity({ description: 'Returned quantity in unitSymbol; up to 6 decimals' }),
    unitSymbol: Type.Optional(Id({ maxLength: 10, description: "Default: the item's inventory unit" })),
    dispositionCode: Id({ maxLength: 20, description: "One of the source system's disposition codes" }),
    batchNumber: Type.Optional(nullable(Id({ maxLength: 50 }))),
    serialNumber: Type.Optional(nullable(Id({ maxLength: 50 }))),
    licensePlateId: Type.Optional(nullable(Id({ maxLength: 50 }))),
  },
  { additionalProperties: false },
);

const ReturnBody = Type.Object(
  {
    operationId: Id({ maxLength: 200, description: 'Client operation id: a retried return with the same id is registered once' }),
    packingSlipNumber: Type.Optional(Id({ maxLength: 50, description: 'The packing slip the goods were shipped on' })),
    outboundOrderNumber: Type.Optional(Id({ maxLength: 50, description: 'Or the outbound order (internal or source system number)' })),
    sourceSystemId: Type.Optional(Id({ maxLength: 50, description: 'Required for a blind return (no packing slip or order)' })),
    warehouseId: Type.Optional(Id({ maxLength: 64, description: 'Default: the warehouse the goods were shipped from' })),
    locationId: Type.Optional(Id({ maxLength: 64, description: "Receipt location; default: the warehouse's first receipt location" })),
    lines: Type.Array(ReturnLine, { minItems: 1, maxItems: 100 }),
  },
  { additionalProperties: false },
);

const ReturnResult = Type.Object({
  returnNumber: Type.String(),
  sourceSystemId: Type.String(),
  inboundShipmentOrderNumber: Type.String({ description: 'The inbound shipment order (type Return) the goods were received on' }),
  shipmentReceiptVersionNumbers: Type.Array(Type.String(), { description: 'The return receipt(s) the source system reads' }),
  workId: nullable(Type.String({ description: 'The put-away work taking the goods to their locations' })),
  lines: Type.Array(
    Type.Object({ lineNumber: Type.Integer(), itemNumber: Type.String(), quantity: Type.Number(), unitSymbol: Type.String(), dispositionCode: Type.String(), inventoryStatusId: Type.String(), putLocationId: nullable(Type.String()) }),
  ),
  replayed: Type.Boolean(),
});

const ReturnSummary = Type.Object({
  returnNumber: Type.String(),
  sourceSystemId: Type.String(),
  warehouseId: Type.String(),
  inboundShipmentOrderNumber: Type.String(),
  packingSlipNumber: nullable(Type.String()),
  outboundOrderNumber: nullable(Type.String()),
  worker: Type.String(),
  createdAt: nullable(Type.String()),
  lines: Type.Array(Type.Object({ lineNumber: Type.Integer(), itemNumber: Type.String(), quantity: Type.Number(), dispositionCode: Type.String() })),
});

const SourceSystemParams = Type.Object({ sourceSystemId: Id() });
const CodeParams = Type.Object({ sourceSystemId: Id(), dispositionCode: Id({ maxLength: 20 }) });

/** Unannounced returns at the dock and the disposition codes that decide where returned goods go. */
export function returnRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/returns',
    {
      schema: {
        tags: TAGS,
        summary: 'Register returned goods (against a packing slip, an order, or blind) and receive them at once',
        description:
          'Checked against what was shipped and not yet returned (409 RETURNS.MORE_THAN_SHIPPED); received on an inbound shipment order of type Return, put away by disposition, and receiving completed: the source system gets a shipment receipt with the disposition codes.',
        body: ReturnBody,
        response: { 201: ReturnResult, 200: ReturnResult },
      },
      config: { access: ['warehouse_worker', 'warehouse_manager'] },
    },
    async (request, reply) => {
      const b = request.body;
      const lines = b.lines.map((l, i) => {
        const qty = parseQty(l.quantity);
        if (qty === undefined) throw invalid(`lines/${String(i)}/quantity`, 'must have at most 6 decimals', l.quantity);
        return { ...l, qty };
      });
      const result = await registerReturn(ctx, { ...b, worker: principalOf(request).name, lines });
      return reply.status(result.replayed ? 200 : 201).send(result);
    },
  );

  app.get(
    '/api/v1/returns/origin',
    {
      schema: {
        tags: TAGS,
        summary: 'What a return against a packing slip or an order may bring back',
        description: 'Per item: shipped, and what is still returnable (shipped less earlier returns). 404 RETURNS.ORIGIN_NOT_FOUND when nothing was shipped on it.',
        querystring: Type.Object({ packingSlipNumber: Type.Optional(Id({ maxLength: 50 })), outboundOrderNumber: Type.Optional(Id({ maxLength: 50 })) }),
        response: {
          200: Type.Object({
            sourceSystemId: Type.String(),
            warehouseId: Type.String(),
            orderNumbers: Type.Array(Type.String()),
            items: Type.Array(Type.Object({ itemNumber: Type.String(), unitSymbol: Type.String(), shippedQuantity: Type.Number(), returnableQuantity: Type.Number() })),
          }),
        },
      },
      config: { access: ['warehouse_worker', 'warehouse_manager'] },
    },
    async (request) => {
      const q = request.query;
      if (q.packingSlipNumber !== undefined) return returnOrigin(ctx.db.kysely, { packingSlipNumber: q.packingSlipNumber });
      if (q.outboundOrderNumber !== undefined) return returnOrigin(ctx.db.kysely, { outboundOrderNumber: q.outboundOrderNumber });
      throw invalid('packingSlipNumber', 'name a packing slip or an outbound order (outboundOrderNumber)');
    },
  );

  app.get(
    '/api/v1/returns',
    {
      schema: {
        tags: TAGS,
        summary: 'Returns, newest first',
        querystring: Type.Object({ sourceSystemId: Type.Optional(Id()), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) }),
        response: { 200: Type.Object({ items: Type.Array(ReturnSummary) }) },
      },
      config: { access: ['warehouse_manager', 'warehouse_worker', 'planner', 'integration_operator', 'source_system'] },
    },
    async (request) => {
      const sourceSystemId = scopedSourceSystem(request, request.query.sourceSystemId);
      let query = ctx.db.kysely.selectFrom('returns').selectAll();
      if (sourceSystemId !== undefined) query = query.where('source_system_id', '=', sourceSystemId);
      const rows = await query.orderBy('created_at', 'desc').orderBy('return_number', 'desc').limit(request.query.limit ?? 100).execute();
      const lines = rows.length === 0 ? [] : await ctx.db.kysely.selectFrom('return_lines').selectAll().where('return_number', 'in', rows.map((r) => r.return_number)).orderBy('line_number').execute();
      return {
        items: rows.map((r) => ({
          returnNumber: r.return_number,
          sourceSystemId: r.source_system_id,
          warehouseId: r.warehouse_id,
          inboundShipmentOrderNumber: r.inbound_order_number,
          packingSlipNumber: r.packing_slip_number,
          outboundOrderNumber: r.outbound_order_number,
          worker: r.worker,
          createdAt: toIso(r.created_at),
          lines: lines.filter((l) => l.return_number === r.return_number).map((l) => ({ lineNumber: l.line_number, itemNumber: l.item_number, quantity: qtyToNumber(Number(l.qty)), dispositionCode: l.disposition_code })),
        })),
      };
    },
  );

  app.get(
    '/api/v1/return-disposition-codes',
    {
      schema: { tags: TAGS, summary: "Every source system's return disposition codes (what a handheld offers at the dock)", response: { 200: Type.Object({ items: Type.Array(Disposition) }) } },
      config: { access: ['warehouse_manager', 'warehouse_worker', 'planner', 'integration_operator', 'source_system'] },
    },
    async (request) => {
      const own = scopedSourceSystem(request, undefined);
      let query = ctx.db.kysely.selectFrom('return_disposition_codes').selectAll();
      if (own !== undefined) query = query.where('source_system_id', '=', own);
      return { items: (await query.orderBy('source_system_id').orderBy('disposition_code').execute()).map(dispositionView) };
    },
  );

  app.get(
    '/api/v1/source-systems/:sourceSystemId/disposition-codes',
    { schema: { tags: TAGS, summary: "The source system's return disposition codes", params: SourceSystemParams, response: { 200: Type.Object({ items: Type.Array(Disposition) }) } }, config: { access: ['warehouse_manager', 'warehouse_worker', 'planner', 'integration_operator', 'source_system'] } },
    async (request) => ({ items: await dispositionCodes(ctx.db.kysely, scopedSourceSystem(request, request.params.sourceSystemId) ?? request.params.sourceSystemId) }),
  );

  app.put(
    '/api/v1/source-systems/:sourceSystemId/disposition-codes/:dispositionCode',
    {
      schema: {
        tags: TAGS,
        summary: 'Create or change a return disposition code',
        params: CodeParams,
        body: Type.Object(
          {
            description: Text(200, { minLength: 1 }),
            inventoryStatusId: Id({ maxLength: 64 }),
            locationId: Type.Optional(nullable(Id({ maxLength: 64, description: 'A quarantine or scrap location; omit to let put-away directives decide' }))),
          },
          { additionalProperties: false },
        ),
        response: { 200: Disposition },
      },
      config: { access: ['warehouse_manager', 'integration_operator'] },
    },
    async (request) =>
      saveDispositionCode(ctx.db.kysely, ctx.clock.now(), {
        sourceSystemId: request.params.sourceSystemId,
        dispositionCode: request.params.dispositionCode,
        description: request.body.description,
        inventoryStatusId: request.body.inventoryStatusId,
        locationId: request.body.locationId ?? null,
      }),
  );

  app.delete(
    '/api/v1/source-systems/:sourceSystemId/disposition-codes/:dispositionCode',
    { schema: { tags: TAGS, summary: 'Remove a return disposition code', params: CodeParams, response: { 204: Type.Null() } }, config: { access: ['warehouse_manager', 'integration_operator'] } },
    async (request, reply) => {
      await removeDispositionCode(ctx.db.kysely, request.params.sourceSystemId, request.params.dispositionCode);
      return reply.status(204).send(null);
    },
  );
}
