import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { DomainError } from '../../../platform/errors.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import type { App } from '../../../platform/http/server.js';
import { receiptViews } from '../db/receipt-views.js';
import { InboundErrors } from '../errors.js';
import { ShipmentReceipt } from './schemas.js';
import { Id } from '../../../platform/http/schema-types.js';

const TAGS = ['shipment receipts'];
const READ = ['source_system', 'integration_operator', 'warehouse_manager', 'planner'] as const;

export function receiptRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/shipment-receipts',
    {
      schema: {
        tags: TAGS,
        summary: 'Shipment receipt versions changed after a cursor, oldest change first (the ERP\'s incremental read)',
        querystring: Type.Object({
          after: Type.Optional(Type.String({ pattern: '^[0-9]+$', maxLength: 15, description: 'The cursor of the last receipt you processed; 0 or absent for all' })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
          sourceSystemId: Type.Optional(Id()),
          loadId: Type.Optional(Id()),
          shipmentReceiptNumber: Type.Optional(Id()),
          postingStatus: Type.Optional(Id()),
        }),
        response: { 200: Type.Object({ items: Type.Array(ShipmentReceipt), nextCursor: Type.String({ description: 'Pass as after= next time' }) }) },
      },
      config: { access: READ },
    },
    async (request) => {
      const q = request.query;
      const after = Number(q.after ?? '0');
      const sourceSystemId = scopedSourceSystem(request, q.sourceSystemId);
      let query = ctx.db.kysely.selectFrom('shipment_receipts').selectAll().where('change_seq', '>', after);
      if (sourceSystemId !== undefined) query = query.where('source_system_id', '=', sourceSystemId);
      if (q.loadId) query = query.where('load_id', '=', q.loadId);
      if (q.shipmentReceiptNumber) query = query.where('receipt_number', '=', q.shipmentReceiptNumber);
      if (q.postingStatus) query = query.where('posting_status', '=', q.postingStatus);
      const rows = await query.orderBy('change_seq').limit(q.limit ?? 100).execute();
      return { items: await receiptViews(ctx.db.kysely, rows), nextCursor: String(rows.at(-1)?.change_seq ?? after) };
    },
  );

  app.get(
    '/api/v1/shipment-receipts/:shipmentReceiptVersionNumber',
    {
      schema: {
        tags: TAGS,
        summary: 'One shipment receipt version (`<number>.<version>`) with its lines and transaction dimensions',
        params: Type.Object({ shipmentReceiptVersionNumber: Id() }),
        response: { 200: ShipmentReceipt },
      },
      config: { access: READ },
    },
    async (request) => {
      const own = scopedSourceSystem(request, undefined);
      const id = request.params.shipmentReceiptVersionNumber;
      const row = await ctx.db.kysely.selectFrom('shipment_receipts').selectAll().where('receipt_version_number', '=', id).executeTakeFirst();
      if (!row || (own !== undefined && row.source_system_id !== own)) throw new DomainError(InboundErrors.receiptNotFound, `Shipment receipt '${id}' does not exist`);
      const [view] = await receiptViews(ctx.db.kysely, [row]);
      return view;
    },
  );
}
