import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import { Id, LineNumber, Quantity } from '../../../platform/http/schema-types.js';
import type { App } from '../../../platform/http/server.js';
import type { Qty } from '../../../platform/quantity.js';
import { setInboundDeliveryRemainder } from '../commands/delivery-remainder.js';
import { micro } from './schemas.js';

const Remainder = Type.Object({
  orderNumber: Type.String(),
  orderLineNumber: Type.Integer(),
  expectedQuantity: Type.Number({ description: "In the line's unit" }),
  expectedInventoryQuantity: Type.Number(),
  receivedQuantity: Type.Number(),
  remainingQuantity: Type.Number({ description: 'In the inventory unit' }),
  receivingStatus: Type.String(),
  status: Type.String({ description: 'Canceled when nothing was received and the remainder is 0' }),
});

export function inboundDeliveryRemainderRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/inbound-shipment-orders/:orderNumber/lines/:orderLineNumber/delivery-remainder',
    {
      schema: {
        tags: ['inbound shipment orders'],
        summary: 'Delivery remainder: set what an order line still expects beyond what was received (0 closes it)',
        description:
          "The line's expected quantity becomes received + remainder. It changes an order the ERP owns, so only a warehouse manager may; the ERP's next message for the order sets the line again.",
        params: Type.Object({ orderNumber: Id(), orderLineNumber: LineNumber() }),
        body: Type.Object({ remainingQuantity: Quantity({ positive: false, description: "In the line's unit (expectedUnitSymbol)" }) }),
        response: { 200: Remainder },
      },
      config: { access: ['warehouse_manager'] },
    },
    async (request) =>
      setInboundDeliveryRemainder(ctx, {
        orderNumber: request.params.orderNumber,
        lineNumber: request.params.orderLineNumber,
        remaining: micro('remainingQuantity', request.body.remainingQuantity) as Qty,
        confinedTo: scopedSourceSystem(request, undefined),
      }),
  );
}
