import { NO_PRODUCT_DIMENSIONS } from '../../master-data/index.js';
import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { fromIso } from '../../../platform/clock.js';
import type { AppContext } from '../../../platform/context.js';
import { DomainError, invalid } from '../../../platform/errors.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import type { App } from '../../../platform/http/server.js';
import { reverseShipConfirmation, shipConfirm } from '../commands/ship-confirm.js';
import { shortPick } from '../commands/short-pick.js';
import { renderPackingSlipPdf } from './packing-slip-pdf.js';
import { principalOf } from '../../../platform/http/auth.js';
import { loadPackingSlip, type PackingSlipView } from '../db/packing-slip-views.js';
import { Slip, SlipSummary, slipView } from './packing-slip-schema.js';
import { OutboundErrors } from '../errors.js';
import { DateTime, Id, LineNumber, Text } from '../../../platform/http/schema-types.js';

// The shipping office (planners) confirms shipments at the desk; managers and workers at the dock.
const SHIP = ['warehouse_manager', 'planner', 'warehouse_worker'] as const;
const PICK = ['warehouse_manager', 'warehouse_worker'] as const;
const READ = ['source_system', 'integration_operator', 'warehouse_manager', 'planner', 'warehouse_worker'] as const;
export function shippingRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/outbound-loads/:loadId/ship-confirm',
    {
      schema: {
        tags: ['outbound loads'],
        summary: 'Outbound ship confirm of a Loaded load: Shipped, with a shipment packing slip per shipment',
        params: Type.Object({ loadId: Id() }),
        response: { 200: Type.Object({ loadId: Type.String(), shipmentPackingSlipVersionNumbers: Type.Array(Type.String()) }) },
      },
      config: { access: SHIP },
    },
    async (request) => {
      const result = await shipConfirm(ctx, request.params.loadId);
      return { loadId: result.loadId, shipmentPackingSlipVersionNumbers: result.packingSlips };
    },
  );

  app.post(
    '/api/v1/work/:workId/lines/:lineNumber/short-pick',
    {
      schema: {
        tags: ['outbound loads'],
        summary: 'Report a short pick on an outbound pick line: the open rest is dropped, returned to the order line, with a reason',
        params: Type.Object({ workId: Id(), lineNumber: LineNumber() }),
        body: Type.Object({ operationId: Id(), reason: Text(500, { minLength: 1 }) }),
        response: { 200: Type.Object({ workId: Type.String(), lineNumber: Type.Integer(), shortQuantity: Type.Number(), reason: Type.String() }) },
      },
      config: { access: PICK },
    },
    (request) =>
      shortPick(ctx, {
        workId: request.params.workId,
        lineNumber: request.params.lineNumber,
        reason: request.body.reason,
        workerId: principalOf(request).name,
        operationId: request.body.operationId,
      }),
  );

  const slipFor = async (request: FastifyRequest, versionNumber: string): Promise<PackingSlipView> => {
    const own = scopedSourceSystem(request, undefined);
    const slip = await loadPackingSlip(ctx.db.kysely, versionNumber);
    if (!slip || (own !== undefined && slip.header.source_system_id !== own)) {
      throw new DomainError(OutboundErrors.packingSlipNotFound, `Shipment packing slip '${versionNumber}' does not exist`);
    }
    return slip;
  };

  app.post(
    '/api/v1/shipment-packing-slips/:versionNumber/reverse',
    {
      schema: {
        tags: ['shipment packing slips'],
        summary: 'Reverse the ship confirmation before the packing slip is posted; the load is Loaded again',
        params: Type.Object({ versionNumber: Id() }),
        response: { 200: Slip },
      },
      config: { access: ['warehouse_manager'] },
    },
    async (request) => {
      await reverseShipConfirmation(ctx, request.params.versionNumber);
      return slipView(await slipFor(request, request.params.versionNumber));
    },
  );

  app.get(
    '/api/v1/shipment-packing-slips/:versionNumber',
    {
      schema: {
        tags: ['shipment packing slips'],
        summary: 'A shipment packing slip version with its lines and transaction dimensions (source systems see their own)',
        params: Type.Object({ versionNumber: Id() }),
        response: { 200: Slip },
      },
      config: { access: READ },
    },
    async (request) => slipView(await slipFor(request, request.params.versionNumber)),
  );

  app.get(
    '/api/v1/shipment-packing-slips/:versionNumber/pdf',
    {
      schema: {
        tags: ['shipment packing slips'],
        summary: 'The printable packing slip (PDF) for the driver',
        params: Type.Object({ versionNumber: Id() }),
        produces: ['application/pdf'],
        response: { 200: Type.Unknown({ description: 'The PDF document (application/pdf)' }) },
      },
      config: { access: READ },
    },
    async (request, reply) => {
      const pdf = await renderPackingSlipPdf(slipView(await slipFor(request, request.params.versionNumber)));
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="packing-slip-${request.params.versionNumber}.pdf"`)
        .send(Buffer.from(pdf));
    },
  );

  app.get(
    '/api/v1/shipment-packing-slips',
    {
      schema: {
        tags: ['shipment packing slips'],
        summary: 'Packing slips changed after a point in time, oldest change first (for incremental reading)',
        querystring: Type.Object({
          sourceSystemId: Type.Optional(Id()),
          loadId: Type.Optional(Id({ description: "A load's packing slips (the documents to print for its driver)" })),
          shipmentId: Type.Optional(Id()),
          changedAfter: Type.Optional(DateTime({ description: 'Exclusive; pass the last updatedAt seen' })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
        }),
        response: { 200: Type.Object({ items: Type.Array(SlipSummary) }) },
      },
      config: { access: READ },
    },
    async (request) => {
      const q = request.query;
      const sourceSystemId = scopedSourceSystem(request, q.sourceSystemId);
      let query = ctx.db.kysely.selectFrom('outbound_packing_slips').selectAll();
      if (sourceSystemId !== undefined) query = query.where('source_system_id', '=', sourceSystemId);
      if (q.loadId) query = query.where('load_id', '=', q.loadId);
      if (q.shipmentId) query = query.where('shipment_id', '=', q.shipmentId);
      if (q.changedAfter !== undefined) {
        const after = fromIso(q.changedAfter);
        if (after === null || Number.isNaN(after)) throw invalid('changedAfter', 'not a date-time', q.changedAfter);
        query = query.where('updated_at', '>', after);
      }
      const rows = await query.orderBy('updated_at').orderBy('id').limit(q.limit ?? 100).execute();
      return { items: rows.map((header) => { const { lines: _l, ...rest } = slipView({ header, lines: [], dimensions: [], orderedAs: new Map(), variantOf: () => NO_PRODUCT_DIMENSIONS }); return rest; }) };
    },
  );
}
