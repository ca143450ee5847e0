import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { runOperation } from '../../../platform/command.js';
import type { App } from '../../../platform/http/server.js';
import { changeInventoryStatus } from '../commands/change-inventory-status.js';
import { moveLicensePlate } from '../commands/move-license-plate.js';
import { DimensionsInput, OperationId } from './schemas.js';
import { Id, Quantity, Text } from '../../../platform/http/schema-types.js';

const TAGS = ['inventory'];
const ACT = ['warehouse_manager', 'warehouse_worker'] as const;

export function stockChangeRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/inventory-status-changes',
    {
      schema: {
        tags: TAGS,
        summary: 'Change the inventory status of some stock (two StatusChange ledger rows, one operation)',
        body: Type.Object({
          operationId: OperationId,
          dimensions: DimensionsInput,
          toInventoryStatusId: Id(),
          quantity: Quantity(),
          reasonCode: Type.Optional(Text(100)),
        }),
        response: { 200: Type.Object({ operationId: Type.String(), ledgerIds: Type.Array(Type.Integer()), replayed: Type.Boolean() }) },
      },
      config: { access: ACT },
    },
    async (request) => {
      const { operationId } = request.body;
      const { result, replayed } = await runOperation(ctx, { operationId, scope: 'inventoryStatusChange' }, ({ trx, now }) => changeInventoryStatus(trx, now, operationId, request.body), { wakes: [] });
      return { operationId, ledgerIds: result.ledgerIds, replayed };
    },
  );

  app.post(
    '/api/v1/license-plate-moves',
    {
      schema: {
        tags: TAGS,
        summary: 'Move a license plate with everything on it to another location (Transfer ledger rows, one operation)',
        body: Type.Object({ operationId: OperationId, warehouseId: Id(), licensePlateId: Id(), toLocationId: Id() }),
        response: { 200: Type.Object({ operationId: Type.String(), ledgerIds: Type.Array(Type.Integer()), lines: Type.Integer(), replayed: Type.Boolean() }) },
      },
      config: { access: ACT },
    },
    async (request) => {
      const { operationId } = request.body;
      const { result, replayed } = await runOperation(ctx, { operationId, scope: 'licensePlateMove' }, ({ trx, now }) => moveLicensePlate(trx, now, operationId, request.body), { wakes: [] });
      return { operationId, ...result, replayed };
    },
  );
}
