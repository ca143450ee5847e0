import { Type } from 'typebox';
import { fromIso, isBoundedInstant, toIso } from '../../../platform/clock.js';
import type { AppContext } from '../../../platform/context.js';
import { DomainError } from '../../../platform/errors.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import type { App } from '../../../platform/http/server.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { sourceSystemScope } from '../../counting/index.js';
import { findSourceSystem } from '../../source-systems/index.js';
import { explainDrift } from '../db/drift.js';
import { ReconciliationErrors } from '../errors.js';
import { nullable, READ, SourceSystemParams } from './schemas.js';
import { Id, Text } from '../../../platform/http/schema-types.js';

const opt = (v: string) => (v === '' ? null : v);

const DriftLine = Type.Object({
  itemNumber: Type.String(),
  sourceSystemItemNumber: Type.String(),
  warehouseId: Type.String(),
  inventoryStatusId: Type.String(),
  inventoryOwnerId: Type.String(),
  sourceSystemInventoryOwnerId: nullable(Type.String()),
  batchNumber: nullable(Type.String()),
  serialNumber: nullable(Type.String()),
  wmsOnHandQuantity: Type.Number({ description: 'Physical on-hand in the warehouse' }),
  toldOnHandQuantity: Type.Number({ description: 'What the source system has been told through finalized documents, counting journals and published update log entries' }),
  differenceQuantity: Type.Number({ description: 'wms - told' }),
  openDocuments: Type.Array(
    Type.Object({
      reason: Type.String({ description: 'RegisteredNotReceivingCompleted, PickedNotShipConfirmed, UpdateLogEntryNotPublished or StatusChangeNotReported' }),
      referenceType: Type.String(),
      referenceId: Type.String(),
      operationId: Type.String(),
      kind: Type.String(),
      status: Type.String(),
      quantity: Type.Number(),
      since: Type.String(),
    }),
  ),
});

export function driftRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/source-systems/:sourceSystemId/on-hand-drift',
    {
      schema: {
        tags: ['reconciliation'],
        summary: 'Why the WMS and the source system may disagree: physical on-hand, what the source system was told, and the open documents in between',
        params: SourceSystemParams,
        querystring: Type.Object({
          at: Type.Optional(Text(40, { description: 'ISO 8601 instant; default now' })),
          all: Type.Optional(Type.Boolean({ description: 'Also list lines without a difference' })),
          itemNumber: Type.Optional(Id()),
        }),
        response: { 200: Type.Object({ sourceSystemId: Type.String(), at: Type.String(), lines: Type.Array(DriftLine) }) },
      },
      config: { access: READ },
    },
    async (request) => {
      const sourceSystemId = scopedSourceSystem(request, request.params.sourceSystemId) ?? request.params.sourceSystemId;
      const at = request.query.at === undefined ? ctx.clock.now() : fromIso(request.query.at);
      if (at === null || !isBoundedInstant(at)) throw new DomainError(ReconciliationErrors.invalidDate, `'${String(request.query.at)}' is not an instant`, [{ field: 'at', reason: 'not an ISO 8601 instant between 1970 and the year 9999', value: request.query.at }]);
      const db = ctx.db.kysely;
      const system = await findSourceSystem(db, sourceSystemId);
      if (!system) throw new DomainError(ReconciliationErrors.sourceSystemNotFound, `Source system '${sourceSystemId}' does not exist`);
      const scope = await sourceSystemScope(db, sourceSystemId);
      const lines = await explainDrift(db, scope, { inbound: system.inboundWarehouseInventoryUpdateLogs, outbound: system.outboundWarehouseInventoryUpdateLogs }, at);
      return {
        sourceSystemId,
        at: toIso(at) ?? '',
        lines: lines
          .filter((l) => (request.query.all ?? false) || l.wmsQty !== l.toldQty)
          .filter((l) => request.query.itemNumber === undefined || l.item_number === request.query.itemNumber)
          .map((l) => ({
            itemNumber: l.item_number,
            sourceSystemItemNumber: scope.externalItemNumber(l.item_number) ?? l.item_number,
            warehouseId: l.warehouse_id,
            inventoryStatusId: l.inventory_status_id,
            inventoryOwnerId: l.owner_id,
            sourceSystemInventoryOwnerId: scope.externalOwnerId(l.owner_id),
            batchNumber: opt(l.batch_number),
            serialNumber: opt(l.serial_number),
            wmsOnHandQuantity: qtyToNumber(l.wmsQty),
            toldOnHandQuantity: qtyToNumber(l.toldQty),
            differenceQuantity: qtyToNumber(l.wmsQty - l.toldQty),
            openDocuments: l.explanations.map((e) => ({
              reason: e.reason,
              referenceType: e.referenceType,
              referenceId: e.referenceId,
              operationId: e.operationId,
              kind: e.kind,
              status: e.status,
              quantity: qtyToNumber(e.qty),
              since: toIso(e.since) ?? '',
            })),
          })),
      };
    },
  );
}
