import { Type } from 'typebox';
import type { AppContext } from '../../../platform/context.js';
import { invalid } from '../../../platform/errors.js';
import { scopedSourceSystem } from '../../../platform/http/auth.js';
import { Id, LineNumber, Quantity } from '../../../platform/http/schema-types.js';
import type { App } from '../../../platform/http/server.js';
import { parseQty } from '../../../platform/quantity.js';
import { setOutboundDeliveryRemainder } from '../commands/delivery-remainder.js';

const Remainder = Type.Object({
  orderNumber: Type.String(),
  orderLineNumber: Type.Integer(),
  orderedQuantity: Type.Number({ description: "In the line's unit" }),
  orderedInventoryQuantity: Type.Number(),
  shippedQuantity: Type.Number(),
  remainingQuantity: Type.Number({ description: 'In the inventory unit' }),
  releaseStatus: Type.String(),
  shipmentStatus: Type.String(),
  status: Type.String({ description: 'Canceled when nothing was shipped and the remainder is 0' }),
});

export function outboundDeliveryRemainderRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/outbound-shipment-orders/:orderNumber/lines/:orderLineNumber/delivery-remainder',
    {
      schema: {
        tags: ['outbound shipment orders'],
        summary: 'Delivery remainder: set what an order line still orders beyond what was shipped (0 closes it)',
        description:
          "The line's ordered quantity becomes shipped + remainder, never less than what is released to the warehouse (409 OUTBOUND.LINE_IN_PROGRESS). Reservations it no longer needs are given back. Only a warehouse manager may: it changes an order the ERP owns.",
        params: Type.Object({ orderNumber: Id(), orderLineNumber: LineNumber() }),
        body: Type.Object({ remainingQuantity: Quantity({ positive: false, description: "In the line's unit (orderedUnitSymbol)" }) }),
        response: { 200: Remainder },
      },
      config: { access: ['warehouse_manager'] },
    },
    async (request) => {
      const remaining = parseQty(request.body.remainingQuantity);
      if (remaining === undefined) throw invalid('remainingQuantity', 'has more decimals than supported', request.body.remainingQuantity);
      return setOutboundDeliveryRemainder(ctx, { orderNumber: request.params.orderNumber, lineNumber: request.params.orderLineNumber, remaining, confinedTo: scopedSourceSystem(request, undefined) });
    },
  );
}
