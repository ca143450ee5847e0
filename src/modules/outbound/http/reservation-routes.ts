import { Type } from 'typebox';
import { fromIso, toIso } from '../../../platform/clock.js';
import type { AppContext } from '../../../platform/context.js';
import { invalid } from '../../../platform/errors.js';
import type { App } from '../../../platform/http/server.js';
import { qtyToNumber } from '../../../platform/quantity.js';
import { setBatchExpiryDate } from '../commands/batch-expiry.js';
import { reserveOrderNow } from '../commands/reserve-order.js';
import { DateTime, Id } from '../../../platform/http/schema-types.js';

const PLAN = ['planner', 'warehouse_manager'] as const;

export const LineReservation = Type.Object({
  lineNumber: Type.Integer(),
  itemNumber: Type.String(),
  reservedQuantity: Type.Number({ description: 'Reserved for the line in total, in the inventory unit' }),
  shortQuantity: Type.Number({ description: 'What could not be reserved' }),
  reason: Type.Union([Type.String(), Type.Null()], { description: 'Why the line is short' }),
});

export function reservationRoutes(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/outbound-shipment-orders/:orderNumber/reserve',
    {
      schema: {
        tags: ['outbound shipment orders'],
        summary: 'Reserve what the order still needs (owner, status, batch, serial and sellable days respected)',
        params: Type.Object({ orderNumber: Id() }),
        response: { 200: Type.Object({ orderNumber: Type.String(), lines: Type.Array(LineReservation) }) },
      },
      config: { access: PLAN },
    },
    async (request) => {
      const { orderNumber } = request.params;
      const lines = await reserveOrderNow(ctx, orderNumber);
      return {
        orderNumber,
        lines: lines.map((l) => ({ lineNumber: l.lineNumber, itemNumber: l.itemNumber, reservedQuantity: qtyToNumber(l.reserved), shortQuantity: qtyToNumber(l.short), reason: l.reason })),
      };
    },
  );

  const BatchDate = Type.Object({ itemNumber: Type.String(), batchNumber: Type.String(), expiryDate: Type.String({ format: 'date-time' }) });
  app.put(
    '/api/v1/batch-expiry-dates/:itemNumber/:batchNumber',
    {
      schema: {
        tags: ['outbound shipment orders'],
        summary: "Set a batch's expiry date, used for sellable days and first-expired-first-out picking",
        params: Type.Object({ itemNumber: Id(), batchNumber: Id() }),
        body: Type.Object({ expiryDate: DateTime() }),
        response: { 200: BatchDate },
      },
      config: { access: ['warehouse_manager', 'warehouse_worker'] },
    },
    async (request) => {
      const { itemNumber, batchNumber } = request.params;
      const expiry = fromIso(request.body.expiryDate);
      if (expiry === null || Number.isNaN(expiry)) throw invalid('expiryDate', 'not a date-time', request.body.expiryDate);
      await setBatchExpiryDate(ctx, { itemNumber, batchNumber, expiryDate: expiry });
      return { itemNumber, batchNumber, expiryDate: toIso(expiry) ?? '' };
    },
  );
}
