import { productDimensionLookup } from '../../master-data/index.js';
import { Type } from 'typebox';
import { toIso } from '../../../platform/clock.js';
import type { AppContext } from '../../../platform/context.js';
import { DomainError } from '../../../platform/errors.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import type { App } from '../../../platform/http/server.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { fromDimensionRow } from '../../inventory/index.js';
import { publishUpdateLog } from '../commands/publish-update-log.js';
import { ReconciliationErrors } from '../errors.js';
import { READ, SourceSystemParams, UpdateLogEntry } from './schemas.js';
import { SAFE_INTEGER_MAX, Text } from '../../../platform/http/schema-types.js';

const TAGS = ['reconciliation'];
const DOCUMENTS = ['ShipmentReceipt', 'ShipmentPackingSlip', 'CountingJournal'] as const;

export function updateLogRoutes(app: App, ctx: AppContext): void {
  const db = () => ctx.db.kysely;

  app.get(
    '/api/v1/source-systems/:sourceSystemId/inventory-update-log',
    {
      schema: {
        tags: TAGS,
        summary: 'Published warehouse inventory update log entries after a cursor, oldest first',
        description:
          'Start with after=0 and call again with nextCursor once you have applied the items. With skipAlsoReportedBy, entries that those documents will report too are left out (the cursor still moves past them), so each quantity reaches you once.',
        params: SourceSystemParams,
        querystring: Type.Object({
          after: Type.Optional(Type.Integer({ minimum: 0, maximum: SAFE_INTEGER_MAX, default: 0 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
          skipAlsoReportedBy: Type.Optional(Text(200, { description: 'Comma-separated: ShipmentReceipt, ShipmentPackingSlip, CountingJournal' })),
        }),
        response: { 200: Type.Object({ items: Type.Array(UpdateLogEntry), nextCursor: Type.Integer() }) },
      },
      config: { access: READ },
    },
    async (request) => {
      const sourceSystemId = scopedSourceSystem(request, request.params.sourceSystemId) ?? request.params.sourceSystemId;
      const skip = (request.query.skipAlsoReportedBy ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
      const unknown = skip.filter((s) => !(DOCUMENTS as readonly string[]).includes(s));
      if (unknown.length > 0) {
        throw new DomainError(ReconciliationErrors.unknownDocument, `skipAlsoReportedBy: ${unknown.join(', ')} unknown`, unknown.map((value) => ({ field: 'skipAlsoReportedBy', reason: `not one of ${DOCUMENTS.join(', ')}`, value })));
      }
      const after = request.query.after ?? 0;
      const rows = await db()
        .selectFrom('update_log_entries as e')
        .leftJoin('items as i', 'i.item_number', 'e.item_number')
        .selectAll('e')
        .select('i.inventory_unit')
        .where('e.source_system_id', '=', sourceSystemId)
        .where('e.sequence', '>', after)
        .orderBy('e.sequence')
        .limit(request.query.limit ?? 100)
        .execute();
      const nextCursor = rows.length > 0 ? Number(rows[rows.length - 1]?.sequence) : after;
      const items = rows
        .filter((r) => r.also_reported_by === null || !skip.includes(r.also_reported_by))
        .map((r) => {
          const d = fromDimensionRow(r);
          return {
            sequence: Number(r.sequence),
            updateReferenceId: r.update_reference_id,
            publishId: r.publish_id,
            publishedAt: toIso(r.published_at) ?? '',
            transactionTime: toIso(r.transaction_time) ?? '',
            referenceCategory: r.reference_type,
            referenceId: r.reference_id,
            kind: r.kind,
            itemNumber: d.itemNumber,
            sourceSystemItemNumber: r.source_item_number,
            warehouseId: d.warehouseId,
            locationId: d.locationId,
            licensePlateId: d.licensePlateId,
            inventoryStatusId: d.inventoryStatusId,
            inventoryOwnerId: d.ownerId,
            sourceSystemInventoryOwnerId: r.source_owner_id,
            batchNumber: d.batchNumber,
            serialNumber: d.serialNumber,
            handlingQuantity: qtyToNumber(Number(r.qty)),
            handlingQuantityUnitSymbol: r.inventory_unit ?? '',
            alsoReportedBy: r.also_reported_by,
          };
        });
      const variantOf = await productDimensionLookup(db(), items.map((i) => i.itemNumber));
      return { items: items.map((i) => ({ ...i, ...variantOf(i.itemNumber) })), nextCursor };
    },
  );

  app.post(
    '/api/v1/source-systems/:sourceSystemId/inventory-update-log/publish',
    {
      schema: {
        tags: TAGS,
        summary: 'Publish new update log entries now (what the background process does every 10 minutes)',
        params: SourceSystemParams,
        response: { 200: Type.Object({ published: Type.Integer() }) },
      },
      config: { access: ['integration_operator'] },
    },
    async (request) => {
      const sourceSystemId = scopedSourceSystem(request, request.params.sourceSystemId) ?? request.params.sourceSystemId;
      const exists = await db().selectFrom('source_systems').select('source_system_id').where('source_system_id', '=', sourceSystemId).executeTakeFirst();
      if (!exists) throw new DomainError(ReconciliationErrors.sourceSystemNotFound, `Source system '${sourceSystemId}' does not exist`);
      return { published: await publishUpdateLog(ctx, sourceSystemId) };
    },
  );
}
