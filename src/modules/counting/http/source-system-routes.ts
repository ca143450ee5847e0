import { Type } from 'typebox';
import { toIso } from '../../../platform/clock.js';
import type { AppContext } from '../../../platform/context.js';
import { notFound } from '../../../platform/errors.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import type { App } from '../../../platform/http/server.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { findSourceSystem } from '../../source-systems/index.js';
import { fromDimensionRow } from '../../inventory/index.js';
import { sourceSystemScope } from '../db/source-system-scope.js';
import { nullable } from './schemas.js';
import { Id, SAFE_INTEGER_MAX } from '../../../platform/http/schema-types.js';

const READ = ['source_system', 'integration_operator', 'warehouse_manager', 'planner'] as const;

const ErpLine = Type.Object({
  journalId: Type.String(),
  journalNameId: Type.String(),
  postingSequence: Type.Integer(),
  postedAt: Type.String(),
  lineNumber: Type.Integer(),
  itemNumber: Type.String(),
  sourceSystemItemNumber: Type.String(),
  warehouseId: Type.String(),
  locationId: nullable(Type.String()),
  licensePlateId: nullable(Type.String()),
  inventoryStatusId: Type.String(),
  inventoryOwnerId: Type.String(),
  sourceSystemInventoryOwnerId: nullable(Type.String()),
  batchNumber: nullable(Type.String()),
  serialNumber: nullable(Type.String()),
  onHandQuantity: Type.Number({ description: 'WMS on-hand when counted: for information only' }),
  countedQuantity: Type.Number({ description: 'For information only' }),
  adjustmentQuantity: Type.Number({ description: 'The delta: apply this, and only this' }),
  countingDate: Type.String(),
  countingReasonCode: nullable(Type.String()),
});

export function sourceSystemCountingRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/source-systems/:sourceSystemId/counting-journal-lines',
    {
      schema: {
        tags: ['counting'],
        summary: 'Posted counting journal lines of this source system\'s owners and items, in posting order, after a cursor',
        description:
          'Start with after=0 and call again with nextCursor; each page holds whole journals. Apply adjustmentQuantity only: the on-hand and counted quantities are the WMS figures at the count and would double count what the ERP already knows.',
        params: Type.Object({ sourceSystemId: Id() }),
        querystring: Type.Object({
          after: Type.Optional(Type.Integer({ minimum: 0, maximum: SAFE_INTEGER_MAX, default: 0, description: 'The postingSequence of the last journal you applied' })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Journals per page' })),
          journalId: Type.Optional(Id({ description: 'Only this journal (as named by a countingJournal.posted event)' })),
        }),
        response: { 200: Type.Object({ items: Type.Array(ErpLine), nextCursor: Type.Integer() }) },
      },
      config: { access: READ },
    },
    async (request) => {
      const sourceSystemId = scopedSourceSystem(request, request.params.sourceSystemId) ?? request.params.sourceSystemId;
      const db = ctx.db.kysely;
      if (!(await findSourceSystem(db, sourceSystemId))) throw notFound('Source system', sourceSystemId);
      const after = request.query.after ?? 0;
      let journals = db.selectFrom('counting_journals').selectAll().where('status', '=', 'Posted').where('posting_seq', '>', after);
      if (request.query.journalId) journals = journals.where('journal_id', '=', request.query.journalId);
      const page = await journals.orderBy('posting_seq').limit(request.query.limit ?? 50).execute();
      if (page.length === 0) return { items: [], nextCursor: after };
      const scope = await sourceSystemScope(db, sourceSystemId);
      const lines =
        scope.ownerIds.length === 0 || scope.itemNumbers.length === 0
          ? []
          : await db
              .selectFrom('counting_journal_lines')
              .selectAll()
              .where('journal_id', 'in', page.map((j) => j.journal_id))
              .where('owner_id', 'in', scope.ownerIds)
              .where('item_number', 'in', scope.itemNumbers)
              .where('counted_qty', 'is not', null)
              .execute();
      const byJournal = new Map(page.map((j) => [j.journal_id, j]));
      const items = lines
        .map((l) => {
          const j = byJournal.get(l.journal_id);
          if (!j) throw new Error('line of a journal outside the page');
          const d = fromDimensionRow(l);
          return {
            journalId: j.journal_id,
            journalNameId: j.journal_name_id,
            postingSequence: Number(j.posting_seq),
            postedAt: toIso(j.posted_at) ?? '',
            lineNumber: l.line_number,
            itemNumber: d.itemNumber,
            sourceSystemItemNumber: scope.externalItemNumber(d.itemNumber) ?? d.itemNumber,
            warehouseId: d.warehouseId,
            locationId: d.locationId,
            licensePlateId: d.licensePlateId,
            inventoryStatusId: d.inventoryStatusId,
            inventoryOwnerId: d.ownerId,
            sourceSystemInventoryOwnerId: scope.externalOwnerId(d.ownerId),
            batchNumber: d.batchNumber,
            serialNumber: d.serialNumber,
            onHandQuantity: qtyToNumber(Number(l.on_hand_qty)),
            countedQuantity: qtyToNumber(Number(l.counted_qty)),
            adjustmentQuantity: qtyToNumber(Number(l.adjustment_qty)),
            countingDate: toIso(l.counted_at) ?? '',
            countingReasonCode: l.reason_code,
          };
        })
        .sort((a, b) => a.postingSequence - b.postingSequence || a.lineNumber - b.lineNumber);
      return { items, nextCursor: Number(page[page.length - 1]?.posting_seq ?? after) };
    },
  );
}
