import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { fromIso } from '../../../platform/clock.js';
import { invalid } from '../../../platform/errors.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import { containsText, fetchPage, orderRows, pageOf, pageParams, PageQuery, SearchText, SortQuery } from '../../../platform/http/paging.js';
import type { App } from '../../../platform/http/server.js';
import { deleteInboundLoad } from '../commands/delete-load.js';
import { importAsn } from '../commands/import-asn.js';
import { addLoadLines, createLoad, moveLoadLine } from '../commands/plan-loads.js';
import { completeFullyRegisteredLoads, completeReceiving } from '../commands/receiving-completed.js';
import { reverseReceivingCompleted } from '../commands/reverse-receiving.js';
import { findLoad } from '../db/loads.js';
import { loadHeaderView, loadView } from '../db/load-views.js';
import { Load, LoadSummary, LoadWithReceipts, micro, nullable, OverReceiptPolicy } from './schemas.js';
import { BODY_LIMITS } from '../../../platform/http/input-guard.js';
import { DateTime, FreeForm, Id, LineNumber, Quantity } from '../../../platform/http/schema-types.js';
import { AsnBody, LoadSorting, MAX_PLANNED_LINES, PlannedLine, plannedLines } from './load-schemas.js';

const TAGS = ['inbound loads'];
const READ = ['planner', 'warehouse_manager', 'warehouse_worker', 'integration_operator'] as const;
const PLAN = ['planner', 'warehouse_manager'] as const;
const COMPLETE = ['warehouse_worker', 'warehouse_manager', 'planner'] as const;
const Params = Type.Object({ loadId: Id() });
export function loadRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/inbound-loads',
    {
      schema: {
        tags: TAGS,
        summary: 'Inbound loads, newest first',
        querystring: Type.Intersect([
          PageQuery,
          Type.Object({ warehouseId: Type.Optional(Id()), loadStatus: Type.Optional(Id()), sourceSystemId: Type.Optional(Id()), orderNumber: Type.Optional(Id({ description: 'Loads carrying a line of this order' })), q: Type.Optional(SearchText('Load id or packing slip id contains')) }),
          SortQuery(LoadSorting),
        ]),
        response: { 200: pageOf(LoadSummary) },
      },
      config: { access: READ },
    },
    async (request) => {
      const q = request.query;
      const { limit, offset } = pageParams(q);
      let query = ctx.db.kysely.selectFrom('inbound_loads');
      if (q.warehouseId) query = query.where('warehouse_id', '=', q.warehouseId);
      if (q.loadStatus) query = query.where('status', '=', q.loadStatus);
      if (q.sourceSystemId) query = query.where('source_system_id', '=', q.sourceSystemId);
      if (q.orderNumber) {
        const orderNumber = q.orderNumber;
        query = query.where('load_id', 'in', ctx.db.kysely.selectFrom('inbound_load_lines').select('load_id').where('order_number', '=', orderNumber));
      }
      if (q.q) query = query.where(containsText(['load_id', 'packing_slip_id'], q.q));
      return fetchPage(query, { limit, offset }, (rows) => orderRows(rows.selectAll(), LoadSorting, q, ctx.db.caps), loadHeaderView);
    },
  );

  app.get(
    '/api/v1/inbound-loads/:loadId',
    { schema: { tags: TAGS, summary: 'One inbound load with its lines, shipments and packing structure', params: Params, response: { 200: Load } }, config: { access: READ } },
    async (request) => loadView(ctx.db.kysely, await findLoad(ctx.db.kysely, request.params.loadId)),
  );

  app.post(
    '/api/v1/inbound-loads',
    {
      schema: {
        tags: TAGS,
        summary: 'Load planning: a new inbound load, optionally with order lines',
        body: Type.Object({
          warehouseId: Id(),
          loadOverReceiptPolicy: Type.Optional(nullable(OverReceiptPolicy)),
          transport: Type.Optional(FreeForm()),
          lines: Type.Optional(Type.Array(PlannedLine, { maxItems: MAX_PLANNED_LINES })),
        }),
        response: { 201: Load },
      },
      config: { access: PLAN },
    },
    async (request, reply) => {
      const b = request.body;
      const load = await createLoad(ctx, { warehouseId: b.warehouseId, loadOverReceiptPolicy: b.loadOverReceiptPolicy, transport: b.transport, lines: plannedLines(b.lines ?? []) });
      return reply.status(201).send(load);
    },
  );

  app.post(
    '/api/v1/inbound-loads/:loadId/lines',
    { schema: { tags: TAGS, summary: 'Load planning: add order lines to a load', params: Params, body: Type.Object({ lines: Type.Array(PlannedLine, { minItems: 1, maxItems: MAX_PLANNED_LINES }) }), response: { 200: Load } }, config: { access: PLAN } },
    async (request) => addLoadLines(ctx, request.params.loadId, plannedLines(request.body.lines)),
  );

  app.post(
    '/api/v1/inbound-loads/:loadId/lines/move',
    {
      schema: {
        tags: TAGS,
        summary: "Load planning: move (part of) an order line's unregistered quantity to another load",
        params: Params,
        body: Type.Object({ targetLoadId: Id(), orderNumber: Id(), orderLineNumber: LineNumber(), quantity: Type.Optional(Quantity()) }),
        response: { 200: Type.Object({ source: Load, target: Load }) },
      },
      config: { access: PLAN },
    },
    async (request) => {
      const b = request.body;
      return moveLoadLine(ctx, { loadId: request.params.loadId, targetLoadId: b.targetLoadId, orderNumber: b.orderNumber, lineNumber: b.orderLineNumber, qty: b.quantity === undefined ? undefined : micro('quantity', b.quantity) });
    },
  );

  app.post(
    '/api/v1/inbound-loads/asn',
    {
      schema: {
        tags: TAGS,
        summary: 'Import an advanced shipping notice: load, shipments, license plates with nested cases and item lines, validated against the orders',
        body: AsnBody,
        response: { 201: Load },
      },
      bodyLimit: BODY_LIMITS.bulk,
      config: { access: ['source_system', 'integration_operator', 'planner', 'warehouse_manager'] },
    },
    async (request, reply) => {
      const b = request.body;
      const sourceSystemId = scopedSourceSystem(request, b.sourceSystemId);
      if (sourceSystemId === undefined) throw invalid('sourceSystemId', 'required', null);
      const load = await importAsn(ctx, {
        sourceSystemId,
        receivingWarehouseId: b.receivingWarehouseId,
        transport: b.transport,
        shipments: b.shipments.map((s, si) => ({
          vendorShipmentId: s.vendorShipmentId,
          vendorPackingSlipId: s.vendorPackingSlipId,
          details: s.details,
          licensePlates: s.licensePlates.map((p, pi) => ({
            licensePlateNumber: p.licensePlateNumber,
            parentLicensePlateNumber: p.parentLicensePlateNumber,
            lines: (p.lines ?? []).map((l, li) => ({
              orderNumber: l.orderNumber,
              orderLineNumber: l.orderLineNumber,
              itemNumber: l.itemNumber,
              qty: micro(`shipments/${String(si)}/licensePlates/${String(pi)}/lines/${String(li)}/quantity`, l.quantity),
              unitSymbol: l.unitSymbol,
              batchNumber: l.itemBatchNumber,
            })),
          })),
        })),
      });
      return reply.status(201).send(load);
    },
  );

  app.delete(
    '/api/v1/inbound-loads/:loadId',
    {
      schema: {
        tags: TAGS,
        summary: 'Delete an ASN or a planned load that nothing was received on (to replace a wrong ASN, delete it and send the corrected one)',
        description:
          '409 INBOUND.LOAD_STATUS when goods were registered on the load, its receiving is completed, or it was made by message synchronization or at receiving. ' +
          "A source system's key deletes only its own loads.",
        params: Params,
        response: { 204: Type.Null() },
      },
      config: { access: ['source_system', 'integration_operator', 'planner', 'warehouse_manager'] },
    },
    async (request, reply) => {
      await deleteInboundLoad(ctx, request.params.loadId, scopedSourceSystem(request, undefined));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/inbound-loads/:loadId/receiving-completed',
    {
      schema: {
        tags: TAGS,
        summary: 'Receiving completed: the load becomes Received and a shipment receipt per shipment and order is created for the ERP',
        params: Params,
        body: Type.Object({ packingSlipId: Type.Optional(Id()), packingSlipDate: Type.Optional(DateTime()) }),
        response: { 200: LoadWithReceipts },
      },
      config: { access: COMPLETE },
    },
    async (request) => completeReceiving(ctx, { loadId: request.params.loadId, packingSlipId: request.body.packingSlipId ?? null, packingSlipDate: fromIso(request.body.packingSlipDate) }),
  );

  app.post(
    '/api/v1/inbound-loads/:loadId/reverse-receiving-completed',
    {
      schema: { tags: TAGS, summary: 'Reverse receiving completed before the shipment receipts are posted: each receipt gets a Canceled version', params: Params, body: Type.Object({}), response: { 200: LoadWithReceipts } },
      config: { access: ['warehouse_manager'] },
    },
    async (request) => reverseReceivingCompleted(ctx, request.params.loadId),
  );

  app.post(
    '/api/v1/inbound-loads/receiving-completed-batch',
    {
      schema: { tags: TAGS, summary: 'Run receiving completed for every In process load whose lines are fully registered', body: Type.Object({}), response: { 200: Type.Object({ completedLoads: Type.Integer() }) } },
      config: { access: ['warehouse_manager'] },
    },
    async () => ({ completedLoads: await completeFullyRegisteredLoads(ctx) }),
  );
}
