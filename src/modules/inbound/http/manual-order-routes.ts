import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import type { App } from '../../../platform/http/server.js';
import { createManualInboundOrder } from '../commands/create-manual-order.js';
import { micro, Quantity } from './schemas.js';
import { FreeForm, Id, LineNumber, Text } from '../../../platform/http/schema-types.js';

export function manualOrderRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/inbound-shipment-orders',
    {
      schema: {
        tags: ['inbound shipment orders'],
        summary: 'Create a manual inbound shipment order (when the source system enables manual inbound order creation)',
        body: Type.Object({
          sourceSystemId: Id(),
          receivingWarehouseId: Id(),
          orderType: Type.Optional(Text(50)),
          parties: Type.Optional(FreeForm()),
          lines: Type.Array(
            Type.Object({
              orderLineNumber: LineNumber(),
              itemNumber: Id({ description: 'Internal item number' }),
              expectedQuantity: Quantity,
              expectedUnitSymbol: Id(),
              inventoryStatusId: Type.Optional(Id()),
              inventoryOwnerId: Type.Optional(Id()),
              itemBatchNumber: Type.Optional(Id()),
              overdeliveryPercentage: Type.Optional(Type.Number({ minimum: 0, maximum: 1000 })),
              underdeliveryPercentage: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
            }),
            { minItems: 1, maxItems: 1000 },
          ),
        }),
        response: { 201: Type.Object({ orderNumber: Type.String() }) },
      },
      config: { access: ['warehouse_manager', 'planner'] },
    },
    async (request, reply) => {
      const b = request.body;
      const orderNumber = await createManualInboundOrder(ctx, {
        sourceSystemId: b.sourceSystemId,
        receivingWarehouseId: b.receivingWarehouseId,
        orderType: b.orderType,
        parties: b.parties,
        lines: b.lines.map((l, i) => ({
          lineNumber: l.orderLineNumber,
          itemNumber: l.itemNumber,
          qty: micro(`lines/${String(i)}/expectedQuantity`, l.expectedQuantity),
          unitSymbol: l.expectedUnitSymbol,
          inventoryStatusId: l.inventoryStatusId,
          inventoryOwnerId: l.inventoryOwnerId,
          batchNumber: l.itemBatchNumber,
          overdeliveryPct: l.overdeliveryPercentage === undefined ? 0 : micro(`lines/${String(i)}/overdeliveryPercentage`, l.overdeliveryPercentage),
          underdeliveryPct: l.underdeliveryPercentage === undefined ? 0 : micro(`lines/${String(i)}/underdeliveryPercentage`, l.underdeliveryPercentage),
        })),
      });
      return reply.status(201).send({ orderNumber });
    },
  );
}
